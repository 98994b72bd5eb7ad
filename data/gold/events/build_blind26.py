r"""Build ``blind26.jsonl``: Voice of America stories annotated blind by evgold14 (2026-12-06).

The texts (Voice of America news stories, public domain) and the annotation are written below
as data: for each event a sentence anchor (a substring of exactly one sentence), the trigger
(a substring of that sentence) and the codes. The builder of ``build_dev4.py`` finds every
offset with the sentence rule of ``data/gold/check_documents.py`` and checks that every anchor
and trigger is found exactly once and that every actor/recipient text lies in its sentence.
This script then re-reads the written file, checks every offset again and runs the standalone
checker of ``check_documents.py`` over it (id pattern ``blind26-\d\d``, registered at run time
only). It imports nothing from wirecoder. Run from the repository root:

    python data/gold/events/build_blind26.py

See ``README-blind26.md``: the annotation was written before any system ran on these texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from blind_build import write_checked  # noqa: E402
from build_dev4 import build  # noqa: E402

OUT = HERE / "blind26.jsonl"
VOA = "Voice of America"

DOCS: list[dict] = [
    {
        "id": "blind26-01",
        "url": "http://www.voanews.com/content/two-peacekeepers-killed-in-sudans-darfur-region/1819768.html",
        "agency": VOA,
        "title": "Two Peacekeepers Killed in Sudan's Darfur Region",
        "published": "2013-12-30",
        "date_approximate": True,
        "date_note": "the stored copy carries no date; the VOA article id (1819768) lies just "
                     "after that of a story of 2013-12-14 (1810276), so late December 2013 is "
                     "assumed",
        "truncated": False,
        "note": "removed furniture: 'Accessibility links', 'Breaking News', the headline (kept in "
                "title), the text-size widget 'XS SM MD LG'; whole story",
        "text": (
            "The United Nations says two peacekeepers have been killed while on patrol in Sudan's "
            "conflict-stricken Darfur region.\n"
            "A Jordanian officer and a peacekeeper from Senegal were killed when their convoy was "
            "attacked by unidentified gunmen Sunday.\n"
            "At least a dozen international soldiers from the joint African-U.N. peacekeeping "
            "mission have been killed in Darfur over the past five months.\n"
            "The western Sudanese region has been gripped by bloodshed since 2003 when rebels took "
            "up arms against the government in Khartoum, accusing it of discrimination and "
            "neglect. The United Nations says 300,000 people have died in the conflict and 2.7 "
            "million have fled their homes."
        ),
    },
    {
        "id": "blind26-02",
        "url": "http://www.voanews.com/a/pakistani-militants-kill-border-guards-iran-media-report/3827080.html",
        "agency": VOA,
        "title": "Pakistani Militants Kill 10 Border Guards, Iran State Media Say",
        "published": "2017-04-26",
        "date_approximate": False,
        "date_note": "date given by the stored copy (2017-04-26); the attack was on Wednesday",
        "truncated": False,
        "note": "removed furniture: 'Accessibility links', 'Languages', 'Middle East', the "
                "headline (kept in title), the byline box 'VOA News', the FILE photo caption, "
                "'Your opinion', 'Show comments', 'Related', 'Back to top', the text-size "
                "widget 'XS SM MD LG'; whole story; the last sentence has no final period in the "
                "source and is kept so",
        "text": (
            "Ten Iranian border guards were killed and three others were wounded Wednesday in a "
            "\"terrorist attack\" launched from inside Pakistan, Iranian state media said.\n"
            "The border guards were patrolling in Mirjaveh in Sistan-Baluchestan province, "
            "southeastern Iran.\n"
            "The militant group called Jaish-ul-Adl, or the Army of Justice, claimed "
            "responsibility for the attack, the state media said.\n"
            "Sistan-Baluchestan province has long been plagued by unrest from both drug-smuggling "
            "gangs and separatist militants. The population of the province is predominantly "
            "Sunni Muslim; the majority of Iranians are Shi'ite.\n"
            "Eight Iranian border guards were killed in clashes with Sunni rebels in 2015. Two "
            "years earlier, Jaish-ul-Adl killed 14 border guards in an attack"
        ),
    },
    {
        "id": "blind26-03",
        "url": "https://www.voanews.com/a/three-killed-in-rocket-attack-on-un-base-in-northern-mali/3078508.html",
        "agency": VOA,
        "title": "UN Security Council Condemns Attack in Mali",
        "published": "2015-11-29",
        "date_approximate": True,
        "date_note": "the stored copy carries no date; the attack was on Saturday, a week after "
                     "the Radisson Blu attack of 2015-11-20, i.e. 2015-11-28; the statement is "
                     "dated the day after",
        "truncated": True,
        "note": "removed furniture: 'Accessibility links', 'Breaking News', the headline (kept in "
                "title); the stored copy shows no closing widget, so it is treated as a lead cut "
                "at its last complete paragraph",
        "text": (
            "The United Nations condemned in the strongest terms a rocket attack Saturday on a "
            "U.N. base in Kidal, northern Mali, which killed two U.N. peacekeepers and a civilian "
            "contractor and injured at least 20 other people.\n"
            "The U.N. Security Council called on Mali's government to quickly investigate the "
            "attack and bring the perpetrators to justice.\n"
            "A senior member of the al-Qaida-linked Islamist group Ansar Dine (Defenders of the "
            "Faith) claimed responsibility for the violence, according to the French news agency "
            "AFP, saying the attack was \"in response to the violation of our lands by the "
            "enemies of Islam.\" The claim could not be independently verified.\n"
            "Member counties underlined that attacks targeting peacekeepers might constitute war "
            "crimes under international law, the U.N. said in a statement.\n"
            "Any acts of terrorism are criminal and unjustifiable, regardless of their "
            "motivation, wherever, whenever and by whomever they are committed, the statement "
            "said.\n"
            "Saturday\u2019s attack followed a militant assault last week on a luxury hotel in "
            "Mali's capital, Bamako, that left at least 20 people dead.\n"
            "Two West African militant groups \u2014 al-Qaida in the Islamic Maghreb and its "
            "affiliate al-Mourabitoun \u2014 claimed joint responsibility for the November 20 "
            "attack on the Radisson Blu Hotel.\n"
            "On Friday, Malian forces arrested two men in connection with the hotel attack.\n"
            "The violence underscores the threat posed by militants who remain active in "
            "northern and central Mali despite the presence of U.N. peacekeepers.\n"
            "Islamist groups took over the north after a military coup in Bamako in 2012, but a "
            "French-led military force ousted them from power in northern Mali in 2013. Yet "
            "violence has continued and spread into formerly safe areas in the south."
        ),
    },
    {
        "id": "blind26-04",
        "url": "https://www.voanews.com/a/a-13-2007-04-24-voa29-66773842/564524.html",
        "agency": VOA,
        "title": "EU to Expand Zimbabwe Sanctions List",
        "published": "2007-04-24",
        "date_approximate": False,
        "date_note": "date from the VOA archive URL (a-13-2007-04-24)",
        "truncated": True,
        "note": "removed furniture: 'Accessibility links', 'Breaking News', the headline (kept in "
                "title); the stored copy ends mid-sentence inside the minister's quote, so the "
                "text is cut after its last complete sentence (the quote is left open)",
        "text": (
            "The European Union is preparing to expand the list of Zimbabwean officials who are "
            "barred from traveling to EU countries. Tendai Maphosa has more in this report for "
            "VOA from London.\n"
            "European Union foreign ministers meeting in Luxembourg have issued a statement "
            "expressing strong concern at what they called the rapidly deteriorating human "
            "rights, political and economic situation in Zimbabwe.\n"
            "As a result, the statement says the Union will add more names to the 100 plus visa "
            "ban list. The targeted sanctions were imposed in 2002 on President Robert Mugabe "
            "and senior members of his government and ruling ZANU-PF party in response to "
            "alleged human rights abuses.\n"
            "Besides stopping those on the list from traveling to EU countries, the sanctions "
            "also target their assets. An embargo on arms sales to Zimbabwe is also in place.\n"
            "Earlier this month, five new names were added to the no visa list. The Reuters "
            "news agency reports the European Union may target senior police officers involved "
            "in the arrest of and alleged assault of opposition leader Morgan Tsvangirai last "
            "month.\n"
            "Zimbabwe's government is faced with an unprecedented economic meltdown. The country "
            "has the highest inflation rate in the world, high unemployment, and food and other "
            "basics are in short supply. The Mugabe government blames what it calls the illegal "
            "EU and U.S. sanctions for its predicament. Sikhanyiso Ndlovu is Zimbabwe's Minister "
            "of Information.\n"
            "\"They use the term targeted sanctions; it is a smokescreen to say they are a "
            "targeted ban on travel or ban on any investment by individuals,\" he said. \"We do "
            "not have investment in any of the European countries or Britain or America. The "
            "people of Zimbabwe are the ones who are made to suffer by these sanctions, because "
            "we cannot have access [to] foreign currency to import the commodities we need."
        ),
    },
    {
        "id": "blind26-05",
        "url": "https://www.voanews.com/a/a-13-2007-06-01-voa60/352102.html",
        "agency": VOA,
        "title": "US Urges Roundup of Remaining Balkans War Crimes Fugitives",
        "published": "2007-06-01",
        "date_approximate": False,
        "date_note": "date from the VOA archive URL (a-13-2007-06-01)",
        "truncated": True,
        "note": "removed furniture: 'Accessibility links', 'Breaking News', the headline (kept in "
                "title); the stored copy ends mid-word ('ha'), the cut last paragraph is dropped; "
                "source spellings kept ('Serpska', 'muslims', '1990's')",
        "text": (
            "The United States Friday called on Serbia and the Bosnian Serb entity to follow-up "
            "the arrest of a key Balkans war crimes suspect with the capture of the five "
            "remaining indicted fugitives. Chief among them are former Bosnian Serb wartime "
            "leader Radovan Karadzic and his military chief Ratko Mladic. VOA's David Gollust "
            "reports from the State Department.\n"
            "Officials here are welcoming Thursday's arrest of former Bosnian Serb general "
            "Zdravko Tolimir in what was reported to have been a joint operation by police of "
            "Serbia and the neighboring Serb entity of Bosnia-Herzegovina, the Republika "
            "Serpska.\n"
            "However, they say there cannot be closure in the 1990's war crimes or truly normal "
            "political relationships in the region until the remaining wartime fugitives, "
            "especially Karadzic and Mladic, are arrested and sent to the international Hague "
            "tribunal.\n"
            "News accounts say Tolimir, alleged to have been a key figure in the 1995 massacre "
            "of thousands of Bosnian muslims at Srebrenica, was captured as he tried to cross "
            "without proper documents from Serbia into the Republika Serpska.\n"
            "Tolimir, who was indicted in 2005 on charges of war crimes and genocide, was taken "
            "to a NATO base near Sarajevo and flown to the Hague on Friday.\n"
            "At a news briefing, State Department Deputy Spokesman Tom Casey joined European "
            "Union officials in welcoming the arrest though stressing that more needs to be "
            "done.\n"
            "\"This was, as I understand it, action that was taken as a result of cooperation "
            "between the Republika Serpska and Serbian government authorities, and certainly "
            "that's a welcome and positive development,\" he said.\n"
            "\"There are, as you know, still five people who are indicted by the tribunal, "
            "including Ratko Mladic and Radovan Karadzic who are still at large, and we do want "
            "to see them and all the other remaining indictees turned over to the tribunal,\" "
            "he added."
        ),
    },
    {
        "id": "blind26-06",
        "url": "https://www.voanews.com/a/a-13-cn-somalia-23jan07/336094.html",
        "agency": VOA,
        "title": "Ethiopian Troops Begin Pulling Out Of Mogadishu",
        "published": "2007-01-23",
        "date_approximate": False,
        "date_note": "date from the VOA archive URL (somalia-23jan07)",
        "truncated": True,
        "note": "removed furniture: 'Accessibility links', 'Breaking News', the headline (kept in "
                "title); the stored copy ends mid-sentence ('troops from Uganda,'), the cut last "
                "paragraph is dropped",
        "text": (
            "Ethiopian troops have begun pulling out of Somalia's capital, almost a month after "
            "they came in to support Somali government troops battling Islamists. Cathy "
            "Majtenyi reports for VOA from Nairobi.\n"
            "At a small departure ceremony in Mogadishu, Ethiopian General Suem Hagoss told the "
            "gathering that it is time for Ethiopian soldiers to go home.\n"
            "Suem says the Ethiopian government has ordered the troops to leave Somalia.\n"
            "A journalist working in Mogadishu, Mohamed Dhoore, tells VOA there is mixed "
            "reaction in the capital, with some who oppose the presence of foreign peacekeepers "
            "happy to see the Ethiopians go, while others fear a security vacuum and a return to "
            "clan warfare that has ripped the country apart.\n"
            "Ethiopian troops officially came into Somalia last month to help Somali government "
            "troops battle fighters of the Islamic Courts Union, which had control of the "
            "capital and much of southern Somalia.\n"
            "By the start of the year, the Islamists had abandoned their posts, with some top "
            "officials fleeing the country.\n"
            "The Kenyan government issued a statement confirming that one top official, Sheikh "
            "Sharif Ahmed, is now in Kenya under police custody, but gave no further details.\n"
            "The departure of Ethiopian troops has some observers worried that Somalia may fall "
            "back into a system where warlords and their militias control different parts of "
            "the country, as has been the case since civil war broke out in 1991.\n"
            "The Somali government, the African Union and the United States are among those "
            "pushing for an African peacekeeping force to be sent into Somalia, with the African "
            "Union approving a plan to send 8,000 troops into the volatile country.\n"
            "Uganda and Malawi have officially offered to supply troops, with South Africa, "
            "Libya, Tanzania, Angola, and Congo among countries said to be considering sending "
            "personnel."
        ),
    },
    {
        "id": "blind26-07",
        "url": "https://voanews.com/amp/a-13-2007-05-30-voa14-66556392/554802.html",
        "agency": VOA,
        "title": "Thousands of Bhutanese Refugees Protest at Nepal-India Border",
        "published": "2007-05-30",
        "date_approximate": False,
        "date_note": "date from the VOA archive URL (a-13-2007-05-30)",
        "truncated": False,
        "note": "removed furniture: the headline (kept in title); whole story, ending with its "
                "wire-credit line, which is kept",
        "text": (
            "Thousands of Bhutanese refugees demonstrated Wednesday in eastern Nepal, demanding "
            "that authorities allow them to cross into India on the way back to Bhutan.\n"
            "The protesters gathered on the Nepalese-Indian border, but Nepalese police "
            "prevented them from crossing a bridge into India.\n"
            "The refugees of Nepali origin must travel through the Indian state of West Bengal "
            "in order to return home to Bhutan.\n"
            "Since Monday, thousands of refugees have tried to cross the border into India, "
            "triggering battles with Indian police. At least nine refugees and 50 Indian "
            "security officers were injured in clashes on Tuesday.\n"
            "India has refused to allow refugees to pass through its territory, fearing they may "
            "spark disturbances within Indian borders.\n"
            "About 100,000 Bhutanese refugees live in camps in eastern Nepal that are monitored "
            "by U.N. officials.\n"
            "An offer from the United States to resettle more than half of the refugees has "
            "created tension between those who want to go to the U.S. and others who insist on "
            "returning to Bhutan.\n"
            "Bhutan expelled the predominantly Hindu ethnic Nepalese refugees in the early 1990s "
            "to help maintain the kingdom's dominant Buddhist culture.\n"
            "Some information for this report was provided by Reuters."
        ),
    },
    {
        "id": "blind26-08",
        "url": "https://www.voanews.com/a/a-13-2006-07-18-voa46/318119.html",
        "agency": VOA,
        "title": "Peace Talks Between Uganda and the LRA Continue",
        "published": "2006-07-18",
        "date_approximate": False,
        "date_note": "date from the VOA archive URL (a-13-2006-07-18)",
        "truncated": False,
        "note": "removed furniture: 'Accessibility links', 'Breaking News', the headline (kept in "
                "title), and the closing call-in paragraph ('Let us know what you think of this "
                "report ... We want to hear what you have to say!'); whole story; source "
                "spellings kept ('Lords Resistance Army', 'its our people')",
        "text": (
            "Peace talks between the Ugandan government and the rebel Lords Resistance Army "
            "continued today in the Southern Sudanese regional capital, Juba. This, following a "
            "day after Kampala demanded the LRA disarm and renounce all forms of terrorism in "
            "order to receive amnesty.\n"
            "The talks are brokered by the Southern Sudan regional government. Salva Kiir, who "
            "is Sudan\u2019s First Vice President and President of the South, says he expects "
            "Ugandan rebels and the Ugandan government to reach a peace deal in less than two "
            "months time. Speaking to reporters in Nairobi earlier today, Kiir said he expects "
            "the warring sides \u201cto reach a peaceful solution by the end of their "
            "negotiating period.\u201d Mr. Kiir did not mention a date, but Kampala has set a "
            "September 12th deadline for the talks to succeed.\n"
            "Mr. Kiir says, \u201cThe decision to broker the peace talks between Kampala and the "
            "rebels, whose top five leaders are wanted for war crimes by the International "
            "Criminal Court, was a difficult one. We were forced into this position because its "
            "our people who are dying.\u201d He says the Ugandan government has two choices: to "
            "fight the LRA militarily, which would take time, or to talk to them, which is easy. "
            "Mr. Kiir says the government can explore other options only if the rebels refuse "
            "to negotiate."
        ),
    },
    {
        "id": "blind26-09",
        "url": "https://www.voanews.com/a/a-13-2006-08-28-voa32/329941.html",
        "agency": VOA,
        "title": "In Uganda, the Government and the LRA Reach a Truce",
        "published": "2006-08-28",
        "date_approximate": False,
        "date_note": "date from the VOA archive URL (a-13-2006-08-28)",
        "truncated": True,
        "note": "removed furniture: 'Accessibility links', 'Breaking News', the headline (kept in "
                "title); the stored copy ends mid-word ('fo'), the cut last paragraph is "
                "dropped; the source's misplaced quote mark ('entails.\u201d It means') and "
                "ellipses are kept",
        "text": (
            "Uganda\u2019s government and the rebel Lord\u2019s Resistance Army (LRA) signed "
            "their first-ever truce accord over the weekend, boosting hopes for peace talks "
            "aimed at ending the brutal war in northern Uganda, which has lasted almost two "
            "decades. The peace accord, which begins tomorrow (Tuesday), will require rebel "
            "fighters to gather at two camps supervised by the regional government of southern "
            "Sudan, which is mediating the talks. The LRA has been given up to three weeks to "
            "assemble in southern Sudan. The talks resume on Thursday. The primary condition "
            "for a cessation of hostilities was the requirement to have all LRA fighters "
            "assemble at designated points in southern Sudan.\n"
            "Chief mediator Riek Machar, the regional vice president of southern Sudan, urged "
            "the parties to implement the provisions of the truce fully as soon as it becomes "
            "operative, at 6:00 am (0300 GMT) on August 29. The accord comes after more than a "
            "month of off-again, on-again negotiations marked by mutual antagonism, harsh "
            "rhetoric, violence and rebel demands for major concessions that Kampala has "
            "rejected.\n"
            "Uganda\u2019s information minister, Kirunda Kivajinja, spoke with English to Africa "
            "reporter Peter Clottey about the latest truce with the LRA.\n"
            "\u201cWe\u2019ve agreed that by Tuesday, 6 a.m., the LRA should be assembled in two "
            "places in southern Sudan. And our team has already left Juba, came here in Kampala "
            "briefing us, and then shortly they should be going back tomorrow for the final "
            "modalities of the implementations.\u201d\n"
            "He explains what the peace deal entails.\u201d It means hostilities have ceased. "
            "And we have now between today and Tuesday 6:00 for the LRA to assemble in "
            "designated positions for their own safety\u2026in southern Sudan\u2026.\u201d"
        ),
    },
    {
        "id": "blind26-10",
        "url": "https://www.voanews.com/a/a-13-2006-01-08-voa34/330156.html",
        "agency": VOA,
        "title": "UN: Eritrean Restrictions Limit Border-Watching Force",
        "published": "2006-01-08",
        "date_approximate": False,
        "date_note": "date from the VOA archive URL (a-13-2006-01-08); the report it cites was "
                     "released late Friday",
        "truncated": False,
        "note": "removed furniture: 'Accessibility links', 'Breaking News', the headline (kept in "
                "title); a short story stored well under the store's length limit and ending on "
                "a complete paragraph, taken as whole",
        "text": (
            "The United Nations says restrictions imposed by Eritrea have limited the U.N.'s "
            "ability to watch the tense Eritrea-Ethiopia border.\n"
            "A new report from Secretary-General Kofi Annan, released late Friday, says U.N. "
            "observers are able to monitor just 40 percent of the territory in their mandated "
            "area.\n"
            "It says the observers' ability to give timely warning of any military action along "
            "the border has been \"seriously reduced.\"\n"
            "Eritrea has kept restrictions on U.N. helicopter flights and ground patrols "
            "despite a Security Council demand that the restrictions be lifted.\n"
            "Eritrean leaders say the U.N. is doing too little to make Ethiopia accept a "
            "borderline drawn up by an independent panel.\n"
            "The countries fought a two-year border war ending in 2000 that killed 70,000 "
            "people. The Security Council has threatened sanctions against both countries if "
            "they renew hostilities."
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


D = "blind26-01"
ev(D, "two peacekeepers have been killed", "have been killed", "ASSAULT", "",
   ["peacekeeping", "military"], [], [], ["UNO"], ["two peacekeepers"])
ev(D, "A Jordanian officer and a peacekeeper", "attacked", "ASSAULT", "",
   ["peacekeeping", "military"], ["SDN"], ["unidentified gunmen"], ["JOR", "SEN"],
   ["A Jordanian officer", "a peacekeeper from Senegal"])
ev(D, "rebels took up arms", "took up arms", "ASSAULT", "", ["military"], ["SDN"], ["rebels"],
   ["SDN"], ["the government in Khartoum"])
ev(D, "rebels took up arms", "accusing", "ACCUSE", "allege", ["inequality", "human_rights"],
   ["SDN"], ["rebels"], ["SDN"], ["it"])

D = "blind26-02"
ev(D, "Ten Iranian border guards were killed", "\"terrorist attack\"", "ASSAULT", "",
   ["terrorism", "military"], [], [], ["IRN"], ["Ten Iranian border guards"])
ev(D, "Jaish-ul-Adl, or the Army of Justice", "claimed responsibility for the attack", "ASSAULT",
   "", ["terrorism"], ["IRN"], ["The militant group called Jaish-ul-Adl"])
ev(D, "Eight Iranian border guards", "clashes", "ASSAULT", "", ["military"], ["IRN", "IRN"],
   ["Eight Iranian border guards", "Sunni rebels"])
ev(D, "Jaish-ul-Adl killed 14", "killed", "ASSAULT", "", ["terrorism", "military"], ["IRN"],
   ["Jaish-ul-Adl"], ["IRN"], ["14 border guards"])

D = "blind26-03"
ev(D, "The United Nations condemned", "condemned", "ACCUSE", "disapprove",
   ["peacekeeping", "terrorism"], ["UNO"], ["The United Nations"])
ev(D, "The United Nations condemned", "rocket attack", "ASSAULT", "",
   ["peacekeeping", "terrorism"], [], [], ["UNO"], ["a U.N. base in Kidal"])
ev(D, "The U.N. Security Council called on", "called on", "REQUEST", "change",
   ["legal", "crime", "peacekeeping"], ["UNO"], ["The U.N. Security Council"], ["MLI"],
   ["Mali's government"])
ev(D, "Ansar Dine (Defenders", "claimed responsibility for the violence", "ASSAULT", "",
   ["terrorism", "peacekeeping"], ["MLI"],
   ["A senior member of the al-Qaida-linked Islamist group Ansar Dine"])
ev(D, "Ansar Dine (Defenders", "saying", "ACCUSE", "allege",
   ["religion_ethnicity", "territory"], ["MLI"],
   ["A senior member of the al-Qaida-linked Islamist group Ansar Dine"])
ev(D, "Member counties underlined", "underlined", "ACCUSE", "disapprove",
   ["peacekeeping", "legal"], ["UNO"], ["Member counties"])
ev(D, "a militant assault last week", "militant assault", "ASSAULT", "", ["terrorism"], [], [],
   ["MLI"], ["a luxury hotel in Mali's capital, Bamako"])
ev(D, "claimed joint responsibility", "claimed joint responsibility", "ASSAULT", "",
   ["terrorism"], ["IMG", "IMG"], ["al-Qaida in the Islamic Maghreb", "al-Mourabitoun"],
   ["MLI"], ["the Radisson Blu Hotel"])
ev(D, "Malian forces arrested", "arrested", "COERCE", "arrest", ["terrorism", "crime"], ["MLI"],
   ["Malian forces"], ["MLI"], ["two men"])
ev(D, "Islamist groups took over the north", "took over", "COERCE", "seize",
   ["territory", "military"], ["MLI"], ["Islamist groups"])
ev(D, "Islamist groups took over the north", "ousted them from power", "COERCE", "",
   ["military", "territory"], ["FRA"], ["a French-led military force"], ["MLI"], ["them"])


D = "blind26-04"
ev(D, "is preparing to expand the list", "expand the list", "REJECT", "",
   ["human_rights", "diplomatic"], ["EUR"], ["The European Union"], ["ZWE"],
   ["Zimbabwean officials"], future=True)
ev(D, "expressing strong concern", "expressing strong concern", "ACCUSE", "disapprove",
   ["human_rights", "economic"], ["EUR"], ["European Union foreign ministers"], ["ZWE"],
   ["Zimbabwe"])
ev(D, "the Union will add more names", "add more names", "REJECT", "", ["human_rights"],
   ["EUR"], ["the Union"], future=True)
ev(D, "The targeted sanctions were imposed", "imposed", "SANCTION", "discontinue",
   ["human_rights"], [], [], ["ZWE", "ZWE"],
   ["President Robert Mugabe", "senior members of his government and ruling ZANU-PF party"])
ev(D, "An embargo on arms sales", "embargo on arms sales", "SANCTION", "discontinue",
   ["military"], [], [], ["ZWE"], ["Zimbabwe"])
ev(D, "may target senior police officers", "may target", "REJECT", "",
   ["human_rights", "repression"], ["EUR"], ["the European Union"], ["ZWE"],
   ["senior police officers"], hypothetical=True)
ev(D, "may target senior police officers", "arrest", "COERCE", "arrest", ["repression"],
   ["ZWE"], ["senior police officers"], ["ZWE"], ["opposition leader Morgan Tsvangirai"])
ev(D, "may target senior police officers", "assault", "ASSAULT", "beat", ["repression"],
   ["ZWE"], ["senior police officers"], ["ZWE"], ["opposition leader Morgan Tsvangirai"])
ev(D, "The Mugabe government blames", "blames", "ACCUSE", "allege", ["economic"], ["ZWE"],
   ["The Mugabe government"], ["EUR", "USA"], ["EU", "U.S."])
ev(D, "it is a smokescreen", "smokescreen", "REJECT", "", ["economic"], ["ZWE"], ["he"])

D = "blind26-05"
ev(D, "The United States Friday called on", "called on", "REQUEST", "change",
   ["crime", "legal", "human_rights"], ["USA"], ["The United States"], ["SRB", "BIH"],
   ["Serbia", "the Bosnian Serb entity"])
ev(D, "The United States Friday called on", "arrest", "COERCE", "arrest", ["crime", "legal"],
   [], [], ["BIH"], ["a key Balkans war crimes suspect"])
ev(D, "Officials here are welcoming", "welcoming", "SUPPORT", "", ["legal"], ["USA"],
   ["Officials here"])
ev(D, "Officials here are welcoming", "arrest", "COERCE", "arrest", ["crime", "legal"],
   ["SRB", "BIH"], ["police of Serbia", "the neighboring Serb entity of Bosnia-Herzegovina"],
   ["BIH"], ["former Bosnian Serb general Zdravko Tolimir"])
ev(D, "Officials here are welcoming", "joint operation", "COOPERATE", "", ["crime", "legal"],
   ["SRB", "BIH"], ["police of Serbia", "the neighboring Serb entity of Bosnia-Herzegovina"])
ev(D, "there cannot be closure", "say", "REQUEST", "change", ["legal", "diplomatic"], ["USA"],
   ["they"])
ev(D, "News accounts say Tolimir", "was captured", "COERCE", "arrest", ["crime", "legal"], [],
   [], ["BIH"], ["Tolimir"])
ev(D, "News accounts say Tolimir", "massacre", "ASSAULT", "",
   ["human_rights", "religion_ethnicity"], [], [], ["BIH"], ["thousands of Bosnian muslims"])
ev(D, "who was indicted in 2005", "indicted", "ACCUSE", "allege", ["legal", "human_rights"], [],
   [], ["BIH"], ["Tolimir"])
ev(D, "Tom Casey joined", "welcoming", "SUPPORT", "", ["legal"], ["USA", "EUR"],
   ["State Department Deputy Spokesman Tom Casey", "European Union officials"])
ev(D, "Tom Casey joined", "stressing", "REQUEST", "change", ["legal"], ["USA"],
   ["State Department Deputy Spokesman Tom Casey"])
ev(D, "a result of cooperation", "cooperation", "COOPERATE", "", ["crime", "legal"],
   ["BIH", "SRB"], ["the Republika Serpska", "Serbian government authorities"])
ev(D, "a result of cooperation", "welcome and positive development", "SUPPORT", "", ["legal"],
   ["USA"], ["he"])
ev(D, "we do want to see them", "want to see", "REQUEST", "change", ["legal"], ["USA"], ["we"])

D = "blind26-06"
ev(D, "have begun pulling out", "pulling out", "RETREAT", "withdraw", ["military"], ["ETH"],
   ["Ethiopian troops"], ["SOM"], ["Somalia's capital"])
ev(D, "have begun pulling out", "came in to support", "AID", "", ["military"], ["ETH"],
   ["they"], ["SOM"], ["Somali government troops"])
ev(D, "have begun pulling out", "battling", "ASSAULT", "", ["military", "religion_ethnicity"],
   ["SOM"], ["Somali government troops"], ["SOM"], ["Islamists"])
ev(D, "small departure ceremony", "it is time for Ethiopian soldiers to go home", "CONCEDE", "",
   ["military"], ["ETH"], ["Ethiopian General Suem Hagoss"])
ev(D, "has ordered the troops to leave", "ordered", "CONCEDE", "", ["military"], ["ETH"],
   ["the Ethiopian government"], ["SOM"], ["Somalia"])
ev(D, "officially came into Somalia", "came into Somalia", "AID", "", ["military"], ["ETH"],
   ["Ethiopian troops"], ["SOM"], ["Somali government troops"])
ev(D, "officially came into Somalia", "battle", "ASSAULT", "", ["military"], ["SOM"],
   ["Somali government troops"], ["SOM"], ["fighters of the Islamic Courts Union"])
ev(D, "had abandoned their posts", "abandoned their posts", "RETREAT", "withdraw",
   ["military"], ["SOM"], ["the Islamists"])
ev(D, "The Kenyan government issued", "under police custody", "COERCE", "arrest",
   ["military", "terrorism"], ["KEN"], ["The Kenyan government"], ["SOM"],
   ["Sheikh Sharif Ahmed"])
ev(D, "pushing for an African peacekeeping force", "pushing for", "REQUEST", "assist",
   ["peacekeeping"], ["SOM", "IGO", "USA"],
   ["The Somali government", "the African Union", "the United States"])
ev(D, "pushing for an African peacekeeping force", "approving a plan", "AGREE", "",
   ["peacekeeping"], ["IGO"], ["the African Union"], ["SOM"], ["the volatile country"])
ev(D, "Uganda and Malawi have officially offered", "offered", "AGREE", "", ["peacekeeping"],
   ["UGA", "MWI"], ["Uganda", "Malawi"])

D = "blind26-07"
ev(D, "Thousands of Bhutanese refugees demonstrated", "demonstrated", "PROTEST", "demo",
   ["migration", "asylum"], ["BTN"], ["Thousands of Bhutanese refugees"])
ev(D, "Nepalese police prevented", "prevented", "COERCE", "restrict", ["migration"], ["NPL"],
   ["Nepalese police"], ["BTN"], ["them"])
ev(D, "triggering battles with Indian police", "battles", "ASSAULT", "", ["migration"],
   ["BTN", "IND"], ["thousands of refugees", "Indian police"])
ev(D, "were injured in clashes", "clashes", "ASSAULT", "", ["migration"], ["BTN", "IND"],
   ["At least nine refugees", "50 Indian security officers"])
ev(D, "India has refused", "refused", "REJECT", "", ["migration", "territory"], ["IND"],
   ["India"], ["BTN"], ["refugees"])
ev(D, "An offer from the United States", "offer", "AGREE", "", ["asylum", "migration"],
   ["USA"], ["the United States"], ["BTN"], ["the refugees"])
ev(D, "Bhutan expelled", "expelled", "SANCTION", "expel", ["religion_ethnicity", "migration"],
   ["BTN"], ["Bhutan"], ["BTN"], ["the predominantly Hindu ethnic Nepalese refugees"])

D = "blind26-08"
ev(D, "Peace talks between the Ugandan government", "Peace talks", "CONSULT", "", ["military"],
   ["UGA", "UGA"], ["the Ugandan government", "the rebel Lords Resistance Army"])
ev(D, "Kampala demanded the LRA disarm", "demanded", "REQUEST", "yield",
   ["military", "terrorism"], ["UGA"], ["Kampala"], ["UGA"], ["the LRA"])
ev(D, "The talks are brokered", "brokered", "CONSULT", "third-party", ["military"], ["SDN"],
   ["the Southern Sudan regional government"])
ev(D, "says he expects Ugandan rebels", "reach a peace deal", "AGREE", "", ["military"],
   ["UGA", "UGA"], ["Ugandan rebels", "the Ugandan government"], hypothetical=True)
ev(D, "Kiir said he expects the warring sides", "to reach a peaceful solution", "AGREE", "",
   ["military"], ["UGA", "UGA"], ["the warring sides", "the warring sides"],
   hypothetical=True)
ev(D, "Kampala has set a September 12th deadline", "set a September 12th deadline",
   "THREATEN", "", ["military"], ["UGA"], ["Kampala"])
ev(D, "whose top five leaders are wanted", "are wanted", "THREATEN", "arrest",
   ["legal", "human_rights"], ["IGO"], ["the International Criminal Court"], ["UGA"],
   ["top five leaders"])
ev(D, "explore other options", "refuse to negotiate", "REJECT", "meet", ["military"], ["UGA"],
   ["the rebels"], hypothetical=True)

D = "blind26-09"
ev(D, "signed their first-ever truce accord", "signed", "AGREE", "", ["military"],
   ["UGA", "UGA"], ["Uganda\u2019s government", "the rebel Lord\u2019s Resistance Army"])
ev(D, "which is mediating the talks", "mediating", "CONSULT", "third-party", ["military"],
   ["SDN"], ["the regional government of southern Sudan"])
ev(D, "The LRA has been given up to three weeks", "given up to three weeks", "THREATEN", "",
   ["military"], [], [], ["UGA"], ["The LRA"])
ev(D, "Chief mediator Riek Machar", "urged", "REQUEST", "change", ["military"], ["SDN"],
   ["Chief mediator Riek Machar"], ["UGA", "UGA"], ["the parties", "the parties"])
ev(D, "rebel demands for major concessions", "demands", "REQUEST", "yield", ["military"],
   ["UGA"], ["rebel"])
ev(D, "rebel demands for major concessions", "rejected", "REJECT", "yield", ["military"],
   ["UGA"], ["Kampala"])
ev(D, "agreed that by Tuesday", "agreed", "AGREE", "", ["military"], ["UGA"], ["We"])

D = "blind26-10"
ev(D, "The United Nations says restrictions", "says", "ACCUSE", "allege",
   ["peacekeeping", "territory"], ["UNO"], ["The United Nations"], ["ERI"], ["Eritrea"])
ev(D, "The United Nations says restrictions", "restrictions imposed", "COERCE", "restrict",
   ["peacekeeping"], ["ERI"], ["Eritrea"], ["UNO"], ["the U.N."])
ev(D, "A new report from Secretary-General", "new report", "ACCUSE", "investigate",
   ["peacekeeping"], ["UNO"], ["Secretary-General Kofi Annan"])
ev(D, "Eritrea has kept restrictions", "kept restrictions", "COERCE", "restrict",
   ["peacekeeping"], ["ERI"], ["Eritrea"], ["UNO"], ["U.N. helicopter flights and ground patrols"])
ev(D, "Eritrea has kept restrictions", "demand", "REQUEST", "change", ["peacekeeping"], ["UNO"],
   ["Security Council"])
ev(D, "Eritrean leaders say", "say", "ACCUSE", "disapprove", ["territory", "peacekeeping"],
   ["ERI"], ["Eritrean leaders"], ["UNO"], ["the U.N."])
ev(D, "The countries fought", "fought", "ASSAULT", "", ["military", "territory"],
   ["ERI", "ETH"], ["The countries", "The countries"])
ev(D, "has threatened sanctions", "threatened sanctions", "THREATEN", "",
   ["military", "economic"], ["UNO"], ["The Security Council"], ["ERI", "ETH"],
   ["both countries", "both countries"])


def main() -> int:
    """Write ``blind26.jsonl``, re-check it and run the standalone checker."""
    return 1 if write_checked(build(DOCS, E), OUT, 26, r"blind26-\d\d") else 0


if __name__ == "__main__":
    sys.exit(main())

"""Build ``dev10.jsonl``: six whole VOA news stories annotated by hand (evgold, 2026-12-05).

Annotated and committed before any system ran on these texts (see ``README-dev10.md``); a
development set from the moment its errors are read. Six regions and years 2008-2020: a
temple border standoff (Thailand/Cambodia), an air war and ceasefire diplomacy (Russia/Georgia),
a final offensive against an insurgency (Sri Lanka), a regional body's ruling on a border
incursion (AU, Sudan/South Sudan), the start of peace talks (Yemen) and mutual accusations of
ceasefire violations (Armenia/Azerbaijan). Same format and checks as ``build_dev4.py``, whose
builder is reused. Run from the repository root:

    python data/gold/events/build_dev10.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from build_dev4 import build
from check_documents import sentences

OUT = Path(__file__).with_name("dev10.jsonl")

DOCS = [
    {
        "id": "dev10-01",
        "url": "https://www.voatibetan.com/a/a-28-2008-07-17-voa5-90301827/1272802.html",
        "agency": "Voice of America",
        "title": "Tensions Escalate Over Temple at Thai-Cambodian Borders",
        "published": "2008-07-17",
        "date_approximate": False,
        "date_note": "date from the URL (VOA English story on the VOA Tibetan site); the language "
                     "link after the title and the closing credit line (\"Some information for "
                     "this report was provided by AFP and AP.\") removed; the story is whole",
        "text": (
            "Thai villagers and police have blocked protesters from reaching an ancient temple "
            "that is the subject of a diplomatic dispute with Cambodia.\n"
            "Villagers are worried about the escalation of tensions between the southeast Asian "
            "neighbors over the site. They shouted at protesters Thursday and told them to \"go "
            "home\" and stop making trouble.\n"
            "Thailand and Cambodia have each sent troops to the border in the dispute over the "
            "11th-century Preah Vihear temple. The International Court of Justice granted "
            "sovereignty of the temple to Cambodia in 1962, but Thai nationalists want to "
            "reclaim it.\n"
            "Thailand now has more than 400 troops at the border, twice as many as a day ago, and "
            "the number of Cambodian troops has increased to about 800.\n"
            "Senior officials of the two countries have agreed to meet in the next few days to "
            "discuss the issue.\n"
            "The dispute over the temple intensified last month when Thailand's government "
            "agreed to support Cambodia's bid to win World Heritage status for the ruins.\n"
            "Opposition forces in Thailand have used the dispute to stoke nationalist fervor and "
            "increase their efforts to oust the government.\n"
            "Earlier this month, the United Nations' cultural organization (the U.N. "
            "Educational, Scientific and Cultural Organization, or UNESCO) designated the temple "
            "a World Heritage Site.\n"
            "On Tuesday, Thai soldiers crossed the border after Cambodian authorities arrested "
            "three activists for entering the country illegally to reach the ancient temple. The "
            "activists have since been released to Thai authorities."
        ),
    },
    {
        "id": "dev10-02",
        "url": "https://www.voanews.com/a/a-13-2008-08-11-voa22/340849.html",
        "agency": "Voice of America",
        "title": "Diplomatic Efforts Stepped Up as Georgia, Russia Refuse to Back Down",
        "published": "2008-08-11",
        "date_approximate": False,
        "date_note": "date from the URL; the banners (\"Accessibility links\", \"Breaking "
                     "News\") and the radio lead-in sentence naming the reporter (\"Emma "
                     "Stickgold has this report for the VOA in Moscow.\") removed; the stored "
                     "copy ends inside a quotation, the complete paragraphs before it are kept",
        "text": (
            "Russian planes continued bombing raids on Georgia Monday, ignoring international "
            "appeals for the country to observe Georgia's offer for a cease-fire. Russian leaders "
            "say Georgia has yet to fully honor the cease-fire, claiming that Georgian forces "
            "have continued to attack the breakaway province of South Ossetia's capital, "
            "Tskinvali.\n"
            "Speaking to Russian governments officials Monday, President Dmitry Medvedev said a "
            "major part of Russia's operations in South Ossetia was complete. Mr. Medvedev also "
            "reiterated Russia's claim that the capital city of Tskhinvali was now under Russian "
            "control.\n"
            "Georgian officials said Russian warplanes bombed a location near Tblisi "
            "International Airport, and that Russia had launched what it called a massive aerial "
            "bombardment of Gori, a Georgian city not far from South Ossetia.\n"
            "An additional nine thousand Russia paratroopers and more than 350 armored vehicles "
            "were expected to be deployed to Georgia's breakaway province Abkhazia, to bolster "
            "Russian troops that are permanently based in the region.\n"
            "But while Georgian President Mikhail Saakashvili said Georgian troops were "
            "withdrawing from Tskhinvali, Russian officials and reporters on the scene said "
            "Georgian forces pummeled the rebel capital with artillery fire overnight.\n"
            "France's Foreign Minister Bernard Kouchner met with Mr. Saakashvili to seek "
            "agreement on a peace plan proposed by the European Union. Kouchner laid out the "
            "four-pronged solution as such."
        ),
    },
    {
        "id": "dev10-03",
        "url": "https://webarchive.library.unt.edu/eot2008/20090506031824/http://www.voanews.com/english/2009-05-02-voa30.cfm",
        "agency": "Voice of America",
        "title": ("Sri Lanka Military Contends Civilian Safety Paramount as Final Offensive "
                  "Continues"),
        "published": "2009-05-02",
        "date_approximate": False,
        "date_note": "VOA page archived by the UNT End-of-Term web archive (a U.S. government "
                     "web archive, not a mirror of another outlet); date in the page; site "
                     "navigation, two photo captions (each printed twice) and the slideshow link "
                     "removed; the stored copy ends mid-sentence, the complete paragraphs are kept",
        "text": (
            "Military commanders on the ground in northern Sri Lanka say no civilians have been "
            "killed in their offensive in the last several months to defeat the Tamil Tigers. A "
            "United Nations report says 6,500 civilians have died in the fighting since the "
            "beginning of the year. But in a rare briefing in the Northern Province for "
            "correspondents permitted to travel there, top-ranking officers claimed only Tamil "
            "Tiger fighters have been killed by military forces.\n"
            "International human rights group claim many of the civilians deaths that have "
            "occurred this year are due to military action.\n"
            "Sri Lankan government ministers say such organizations, as well as the United "
            "Nations, are dupes for the propaganda of the Liberation Tigers of Tamil Eelam, which "
            "is listed as a terrorist organization by many nations.\n"
            "With the LTTE's total defeat, possibly just days away, the Army has invoked what it "
            "calls a zero tolerance policy regarding civilian deaths.\n"
            "It vows to rescue thousands of civilians trapped in the small sliver of coastal land "
            "where the rebels are still offering resistance.\n"
            "Brigadier Shavendra Silva, who commands the 58th Division, said \"Poor civilians, "
            "Tamil people who are being taken as hostages, who are taken as a human shield, are "
            "without arms. So they can't resist these people with people who are keeping "
            "weapons.\""
        ),
    },
    {
        "id": "dev10-04",
        "url": "http://www.voanews.com/content/au-south-sudans-capture-of-heglig-oil-field-illegal-147256225/179343.html",
        "agency": "Voice of America",
        "title": "AU: South Sudan's Capture of Heglig Oil Field 'Illegal'",
        "published": "2012-04-12",
        "date_approximate": True,
        "date_note": "the copy carries no date; South Sudan took Heglig on 10 April 2012 and the "
                     "AU statement was made \"Thursday\", so 12 April 2012; the section label "
                     "(\"News\") removed; the stored copy ends inside a quotation, the complete "
                     "paragraphs before it are kept; double spaces after periods kept as stored",
        "text": (
            "The African Union said Thursday that South Sudan acted illegally when it sent troops "
            "across the border into Sudan to capture a strategic oil field and demanded the "
            "force's immediate withdrawal. Diplomats are urging the presidents of both countries "
            "to show leadership as war seems imminent.\n"
            "The AU Peace and Security Council condemned Sudan as well as South Sudan for hostile "
            "actions that appear to signal a resumption of the war that ended seven years ago.  "
            "Peace and Security Commissioner Ramtane Lamamra warned that the south's military "
            "incursion into the northern oil field at Heglig and the north's aerial bombing "
            "campaign had raised tensions to a new level.\n"
            "\"It cannot be reduced to yet just another incident like the ones we have seen "
            "before.  Therefore, it is the feeling in the Peace and Security Council that it is "
            "the time now for the two leaders -- Presidents Omar al-Bashir and Salva Kiir -- to "
            "display the required leadership, so that the two countries would avoid a disastrous "
            "war which the two people do not need to fall in again,\" Lamamra said.\n"
            "But the south's capture of Heglig appears to have dashed all hopes for a Bashir-Kiir "
            "summit.  The Khartoum government said it was pulling out of AU-mediated talks.  And "
            "a hoped-for meeting on the sidelines of a security summit in Ethiopia on Saturday "
            "and Sunday evaporated when it was announced that President Bashir would not "
            "attend.\n"
            "AU diplomats say South Sudan's move to capture and close the Heglig oil fields has "
            "cut Sudan's oil production in half.  That has raised calls in Khartoum for swift "
            "military action to reclaim the fields.\n"
            "As border clashes escalated on Thursday, South Sudan President Kiir told parliament "
            "he would not order a withdrawal from Heglig.  He said the south has a rightful claim "
            "to the area.\n"
            "The AU Peace and Security Council rejected that claim, in a statement read by "
            "Commissioner Lamamra."
        ),
    },
    {
        "id": "dev10-05",
        "url": "https://voanews.com/a/un-ready-to-launch-delayed-yemen-peace-talks/3295187.html",
        "agency": "Voice of America",
        "title": "US Welcomes Start of Yemen Peace Talks",
        "published": "2016-04-21",
        "date_approximate": True,
        "date_note": "the copy carries no date; the Kuwait talks on Yemen opened on Thursday "
                     "21 April 2016; banners (\"Accessibility links\", \"Breaking News\", "
                     "\"update\"), a photo caption printed twice and the subheading \"Focus of "
                     "talks\" removed; the stored copy ends mid-sentence, it is kept up to the "
                     "last complete sentence",
        "text": (
            "The United States welcomed the start of the Yemen peace talks that began Thursday in "
            "Kuwait, after being delayed when opposition delegations stayed home complaining of "
            "cease-fire violations by pro-government forces.\n"
            "\"We understand that all parties now have arrived in Kuwait and are set to begin the "
            "talks,\" said State Department spokesman John Kirby, adding that the U.S. believes "
            "the recent cessation of hostilities in Yemen has \"largely held.\"\n"
            "Kirby said the U.S. \"continues to believe these talks are vitally important for "
            "Yemen right now. We urge the parties to fully engage in good faith in order to end "
            "the military conflict immediately and to return to a peaceful political process.\"\n"
            "The negotiations are being held in Kuwait and were due to start Monday. Members of "
            "the Houthi rebels and the party of former Yemeni leader Ali Abdullah Saleh, which "
            "backs the rebels, left Yemen on Wednesday after getting assurances the cease-fire "
            "would be respected.\n"
            "The U.N. envoy for Yemen, Ismail Ould Cheikh Ahmed, has said the process will focus "
            "on the withdrawal of militias and armed groups, the handover of heavy weapons to the "
            "government, interim security arrangements, the restoration of state institutions, "
            "and the creation of a special committee on prisoners and detainees.\n"
            "The Houthis have controlled Yemen's capital, Sana'a, since seizing it in September "
            "2014."
        ),
    },
    {
        "id": "dev10-06",
        "url": "https://www.voanews.com/a/south-central-asia_reports-shelling-persist-nagorno-karabakh-despite-cease-fire/6197330.html",
        "agency": "Voice of America",
        "title": "Reports of Shelling Persist in Nagorno-Karabakh Despite Cease-fire",
        "published": "2020-10-19",
        "date_approximate": True,
        "date_note": "the copy carries no date; the cease-fire took effect on Sunday 18 October "
                     "2020 and the story reports Monday; banners and a photo caption removed; "
                     "the stored copy ends mid-sentence, the complete paragraphs are kept",
        "text": (
            "Shelling was reported Monday in the disputed region of Nagorno-Karabakh, despite a "
            "cease-fire that took effect early Sunday.\n"
            "Armenia and Azerbaijan each accused the other of shelling their cities overnight, "
            "despite a truce backed by international mediators aimed at quelling the violence, "
            "which has left hundreds dead.\n"
            "Azerbaijani officials accused Armenia of shelling at least four regions outside the "
            "conflict zone overnight. Nagorno-Karabakh officials, as well as Armenian state "
            "media, said that Azerbaijan targeted multiple villages and resumed shelling "
            "overnight.\n"
            "Both sides accused the other of violating the cease-fire Sunday, as well.\n"
            "The latest cease-fire is the second brokered by Russian officials since the conflict "
            "began last month. Russia\u2019s foreign minister, Sergey Lavrov, who acted as a "
            "mediator for the truce, called the continued fighting unacceptable Monday.\n"
            "United Nations Secretary-General Antonio Guterres also spoke out against the "
            "hostilities Sunday as he condemned \u201call attacks on populated areas impacted by "
            "the Nagorno-Karabakh conflict.\u201d\n"
            "\u201cAs he underscored again in his latest calls with the foreign ministers of "
            "Armenia and Azerbaijan, both sides have the obligation under international "
            "humanitarian law to take constant care to spare and protect civilians and civilian "
            "infrastructure in the conduct of military operations,\u201d a statement released by "
            "spokesperson Stephane Dujarric read.\n"
            "The ongoing fighting between Azerbaijan and Armenia erupted Sept. 27, marking the "
            "biggest escalation of the decades-old conflict over the breakaway region of "
            "Nagorno-Karabakh since a 1994 cease-fire."
        ),
    },
]

E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


D = "dev10-01"
ev(D, "Thai villagers and police have blocked", "blocked", "COERCE", "restrict",
   ["territory"], ["THA"], ["Thai villagers and police"], ["THA"], ["protesters"])
ev(D, "They shouted at protesters", "told them to \"go home\"", "REQUEST", "change",
   ["territory"], ["THA"], ["They"], ["THA"], ["protesters"])
ev(D, "have each sent troops to the border", "sent troops", "MOBILIZE", "troops",
   ["military", "territory"], ["THA", "KHM"], ["Thailand", "Cambodia"])
ev(D, "The International Court of Justice granted", "granted sovereignty", "SUPPORT", "",
   ["legal", "territory"], ["UNO"], ["The International Court of Justice"], ["KHM"],
   ["Cambodia"])
ev(D, "Thailand now has more than 400 troops", "has more than 400 troops at the border",
   "MOBILIZE", "troops", ["military", "territory"], ["THA"], ["Thailand"])
ev(D, "Thailand now has more than 400 troops", "increased", "MOBILIZE", "troops",
   ["military", "territory"], ["KHM"], ["Cambodian troops"])
ev(D, "Senior officials of the two countries", "agreed to meet", "AGREE", "",
   ["diplomatic", "territory"], ["THA", "KHM"], ["the two countries", "the two countries"],
   future=True)
ev(D, "agreed to support Cambodia's bid", "agreed to support", "SUPPORT", "",
   ["diplomatic"], ["THA"], ["Thailand's government"], ["KHM"], ["Cambodia's bid"])
ev(D, "Opposition forces in Thailand", "efforts to oust the government", "REQUEST",
   "change", ["political_institutions"], ["THA"], ["Opposition forces in Thailand"], ["THA"],
   ["the government"])
ev(D, "Thai soldiers crossed the border", "crossed the border", "MOBILIZE", "troops",
   ["military", "territory"], ["THA"], ["Thai soldiers"])
ev(D, "Thai soldiers crossed the border", "arrested", "COERCE", "arrest",
   ["territory", "crime"], ["KHM"], ["Cambodian authorities"], ["THA"], ["three activists"])
ev(D, "The activists have since been released", "released", "RETREAT", "release",
   ["territory"], [], [], ["THA"], ["The activists"])
ev(D, "The activists have since been released", "to Thai authorities", "COOPERATE", "",
   ["territory"], [], [], ["THA"], ["Thai authorities"])

D = "dev10-02"
ev(D, "Russian planes continued bombing raids", "continued bombing raids", "ASSAULT",
   "aerial", ["military"], ["RUS"], ["Russian planes"], ["GEO"], ["Georgia"])
ev(D, "Russian planes continued bombing raids", "ignoring international appeals", "REJECT",
   "", ["military"], ["RUS"], ["Russian planes"])
ev(D, "Russian planes continued bombing raids", "offer for a cease-fire", "CONCEDE", "",
   ["military"], ["GEO"], ["Georgia's"])
ev(D, "Russian leaders say Georgia has yet", "claiming", "ACCUSE", "allege",
   ["military", "territory"], ["RUS"], ["Russian leaders"], ["GEO"], ["Georgia"])
ev(D, "Russian leaders say Georgia has yet", "continued to attack", "ASSAULT", "",
   ["military", "territory"], ["GEO"], ["Georgian forces"], ["GEO"],
   ["the breakaway province of South Ossetia's capital, Tskinvali"])
ev(D, "Georgian officials said Russian warplanes", "said", "ACCUSE", "allege",
   ["military"], ["GEO"], ["Georgian officials"], ["RUS"], ["Russian warplanes"])
ev(D, "Georgian officials said Russian warplanes", "bombed", "ASSAULT", "aerial",
   ["military"], ["RUS"], ["Russian warplanes"], ["GEO"],
   ["a location near Tblisi International Airport"])
ev(D, "Georgian officials said Russian warplanes", "launched", "ASSAULT", "aerial",
   ["military"], ["RUS"], ["Russia"], ["GEO"], ["Gori, a Georgian city"])
ev(D, "An additional nine thousand Russia paratroopers", "expected to be deployed",
   "MOBILIZE", "troops", ["military", "territory"], ["RUS"], ["Russia paratroopers"],
   ["GEO"], ["Georgia's breakaway province Abkhazia"], future=True)
ev(D, "Georgian troops were withdrawing", "withdrawing", "RETREAT", "withdraw",
   ["military"], ["GEO"], ["Georgian troops"])
ev(D, "Georgian troops were withdrawing", "said Georgian forces pummeled", "ACCUSE", "allege",
   ["military"], ["RUS"], ["Russian officials"], ["GEO"], ["Georgian forces"])
ev(D, "Georgian troops were withdrawing", "pummeled", "ASSAULT", "", ["military"], ["GEO"],
   ["Georgian forces"], ["GEO"], ["the rebel capital"])
ev(D, "Bernard Kouchner met with Mr. Saakashvili", "met with", "CONSULT", "visit",
   ["diplomatic"], ["FRA"], ["France's Foreign Minister Bernard Kouchner"], ["GEO"],
   ["Mr. Saakashvili"])
ev(D, "Bernard Kouchner met with Mr. Saakashvili", "peace plan proposed", "REQUEST", "change",
   ["diplomatic", "military"], ["EUR"], ["the European Union"])

D = "dev10-03"
ev(D, "say no civilians have been killed", "killed", "ASSAULT", "", ["military"], ["LKA"],
   ["Military commanders"], ["LKA"], ["civilians"], negated=True)
ev(D, "say no civilians have been killed", "offensive", "ASSAULT", "", ["military"], ["LKA"],
   ["Military commanders"], ["LKA"], ["the Tamil Tigers"])
ev(D, "top-ranking officers claimed", "killed by military forces", "ASSAULT", "",
   ["military"], ["LKA"], ["military forces"], ["LKA"], ["Tamil Tiger fighters"])
ev(D, "International human rights group claim", "claim", "ACCUSE", "allege",
   ["human_rights", "military"], ["NGO"], ["International human rights group"], ["LKA"],
   ["military action"])
ev(D, "International human rights group claim", "military action", "ASSAULT", "",
   ["human_rights", "military"], ["LKA"], ["military action"], ["LKA"], ["civilians deaths"])
ev(D, "Sri Lankan government ministers say", "are dupes for the propaganda", "ACCUSE",
   "disapprove", ["human_rights"], ["LKA"], ["Sri Lankan government ministers"],
   ["NGO", "UNO"], ["such organizations", "the United Nations"])
ev(D, "It vows to rescue thousands", "vows to rescue", "AGREE", "", ["human_security"],
   ["LKA"], ["It"], ["LKA"], ["thousands of civilians"])
ev(D, "It vows to rescue thousands", "offering resistance", "ASSAULT", "", ["military"],
   ["LKA"], ["the rebels"])
ev(D, "Brigadier Shavendra Silva, who commands", "said", "ACCUSE", "allege", ["military"],
   ["LKA"], ["Brigadier Shavendra Silva"])
ev(D, "Brigadier Shavendra Silva, who commands", "taken as hostages", "ASSAULT", "abduct",
   ["military"], [], [], ["LKA"], ["Tamil people"])

D = "dev10-04"
ev(D, "The African Union said Thursday", "acted illegally", "ACCUSE", "allege",
   ["military", "territory"], ["IGO"], ["The African Union"], ["SSD"], ["South Sudan"])
ev(D, "The African Union said Thursday", "capture", "ASSAULT", "",
   ["military", "territory", "natural_resource"], ["SSD"], ["South Sudan"], ["SDN"],
   ["Sudan"])
ev(D, "The African Union said Thursday", "demanded", "REQUEST", "yield",
   ["military", "territory"], ["IGO"], ["The African Union"], ["SSD"], ["the force's"])
ev(D, "Diplomats are urging the presidents", "urging", "REQUEST", "change", ["diplomatic"],
   [], [], ["SDN", "SSD"], ["the presidents of both countries",
                            "the presidents of both countries"])
ev(D, "condemned Sudan as well as South Sudan", "condemned", "ACCUSE", "disapprove",
   ["military"], ["IGO"], ["The AU Peace and Security Council"], ["SDN", "SSD"],
   ["Sudan", "South Sudan"])
ev(D, "Peace and Security Commissioner Ramtane Lamamra warned", "aerial bombing campaign",
   "ASSAULT", "aerial", ["military"], ["SDN"], ["the north's"])
ev(D, "Therefore, it is the feeling", "display the required leadership", "REQUEST", "change",
   ["diplomatic"], ["IGO"], ["Lamamra"], ["SDN", "SSD"], ["Omar al-Bashir", "Salva Kiir"])
ev(D, "The Khartoum government said", "pulling out of AU-mediated talks", "REJECT", "meet",
   ["diplomatic"], ["SDN"], ["The Khartoum government"])
ev(D, "a hoped-for meeting", "would not attend", "REJECT", "meet", ["diplomatic"], ["SDN"],
   ["President Bashir"], future=True)
ev(D, "That has raised calls in Khartoum", "calls", "REQUEST", "",
   ["military", "territory"], ["SDN"], ["Khartoum"])
ev(D, "South Sudan President Kiir told parliament", "would not order a withdrawal",
   "REJECT", "yield", ["military", "territory"], ["SSD"], ["South Sudan President Kiir"])
ev(D, "rejected that claim", "rejected", "REJECT", "", ["territory"], ["IGO"],
   ["The AU Peace and Security Council"])

D = "dev10-05"
ev(D, "The United States welcomed the start", "welcomed", "SUPPORT", "", ["diplomatic"],
   ["USA"], ["The United States"], ["YEM"], ["the Yemen peace talks"])
ev(D, "The United States welcomed the start", "peace talks that began", "CONSULT",
   "third-party", ["diplomatic"], ["YEM"], ["Yemen"])
ev(D, "The United States welcomed the start", "stayed home", "REJECT", "meet",
   ["diplomatic"], ["YEM"], ["opposition delegations"])
ev(D, "The United States welcomed the start", "complaining", "ACCUSE", "allege",
   ["military"], ["YEM"], ["opposition delegations"], ["YEM"], ["pro-government forces"])
ev(D, "cessation of hostilities in Yemen", "has \"largely held", "RETREAT", "ceasefire",
   ["military"], ["YEM"], ["Yemen"])
ev(D, "Kirby said the U.S.", "vitally important", "SUPPORT", "", ["diplomatic"], ["USA"],
   ["the U.S."], ["YEM"], ["Yemen"])
ev(D, "We urge the parties", "urge", "REQUEST", "meet", ["diplomatic"], ["USA"], ["We"],
   ["YEM"], ["the parties"])
ev(D, "which backs the rebels", "backs", "SUPPORT", "", ["political_institutions"], ["YEM"],
   ["the party of former Yemeni leader Ali Abdullah Saleh"], ["YEM"], ["the rebels"])
ev(D, "which backs the rebels", "getting assurances", "AGREE", "", ["military"], [], [],
   ["YEM"], ["Members of the Houthi rebels"])
ev(D, "The Houthis have controlled", "seizing", "COERCE", "", ["military"], ["YEM"],
   ["The Houthis"], ["YEM"], ["Yemen's capital, Sana'a"])

D = "dev10-06"
ev(D, "Armenia and Azerbaijan each accused", "accused", "ACCUSE", "allege", ["military"],
   ["ARM", "AZE"], ["Armenia", "Azerbaijan"])
ev(D, "Azerbaijani officials accused Armenia", "accused", "ACCUSE", "allege", ["military"],
   ["AZE"], ["Azerbaijani officials"], ["ARM"], ["Armenia"])
ev(D, "Nagorno-Karabakh officials, as well as", "said", "ACCUSE", "allege", ["military"],
   ["AZE", "ARM"], ["Nagorno-Karabakh officials", "Armenian state media"], ["AZE"],
   ["Azerbaijan"])
ev(D, "Nagorno-Karabakh officials, as well as", "targeted multiple villages", "ASSAULT", "",
   ["military"], ["AZE"], ["Azerbaijan"])
ev(D, "Both sides accused the other", "accused", "ACCUSE", "allege", ["military"],
   ["ARM", "AZE"], ["Both sides", "Both sides"])
ev(D, "The latest cease-fire is the second", "brokered", "CONSULT", "third-party",
   ["diplomatic", "military"], ["RUS"], ["Russian officials"])
ev(D, "Sergey Lavrov, who acted as a mediator", "called the continued fighting unacceptable",
   "ACCUSE", "disapprove", ["military"], ["RUS"],
   ["Russia\u2019s foreign minister, Sergey Lavrov"])
ev(D, "Antonio Guterres also spoke out", "condemned", "ACCUSE", "disapprove",
   ["military", "human_security"], ["UNO"],
   ["United Nations Secretary-General Antonio Guterres"])
ev(D, "his latest calls with the foreign ministers", "calls", "CONSULT", "phone",
   ["diplomatic"], ["UNO", "ARM", "AZE"],
   ["he", "the foreign ministers of Armenia and Azerbaijan",
    "the foreign ministers of Armenia and Azerbaijan"])
ev(D, "his latest calls with the foreign ministers", "have the obligation", "REQUEST",
   "change", ["human_security", "military"], ["UNO"],
   ["a statement released by spokesperson Stephane Dujarric"], ["ARM", "AZE"],
   ["both sides", "both sides"])
ev(D, "The ongoing fighting between Azerbaijan", "fighting", "ASSAULT", "", ["military",
   "territory"], ["AZE", "ARM"], ["Azerbaijan", "Armenia"])


def main() -> None:
    """Write ``dev10.jsonl`` and print counts."""
    docs = build(DOCS, E)
    with OUT.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    n_sent = sum(len(sentences(d["text"])) for d in docs)
    print(f"{len(docs)} documents, {n_sent} sentences, "
          f"{sum(len(d['events']) for d in docs)} events -> {OUT}")


if __name__ == "__main__":
    main()

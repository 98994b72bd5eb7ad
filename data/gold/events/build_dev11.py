"""Build ``dev11.jsonl``: five public-domain news texts annotated by hand (evgold, 2026-12-05).

Annotated and committed before any system ran on these texts (see ``README-dev11.md``); a
development set from the moment its errors are read. Regions and outlets other than dev10's:
West Africa (a regional bloc's ultimatum and financial sanctions, Ivory Coast 2010), East Asia
(protests, landings, diplomatic protests and deportations over disputed islands, China/Japan/
Taiwan 2012), a U.S. Defense Department news story (disaster aid, Nepal 2015), post-election
protests and police violence (Kenya 2017) and detentions of opposition leaders with EU reaction
(Belarus 2020). Same format and checks as ``build_dev4.py``, whose builder is reused. Run from
the repository root:

    python data/gold/events/build_dev11.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from build_dev4 import build
from check_documents import sentences

OUT = Path(__file__).with_name("dev11.jsonl")

DOCS = [
    {
        "id": "dev11-01",
        "url": "https://www.voanews.com/a/west-african-leaders-threaten-force-in-ivory-coast-crisis-112448939/132730.html",
        "agency": "Voice of America",
        "title": "West African Leaders Threaten Force in Ivory Coast Crisis",
        "published": "2010-12-24",
        "date_approximate": False,
        "date_note": "date from the photo caption (ECOWAS emergency summit, Abuja, 24 Dec 2010); "
                     "the banner, the byline and the photo caption removed; the stored copy ends "
                     "mid-sentence, the complete paragraphs are kept",
        "text": (
            "West African leaders are threatening to use force against incumbent Ivorian Coast "
            "President Laurent Gbagbo unless he accepts election results and gives up power.\n"
            "Heads of state said after meeting in Nigeria Friday that they will send a delegation "
            "to Mr. Gbagbo in hopes of convincing him to step down peacefully.\n"
            "They said if he refuses, neighboring countries will have \"no alternative\" but to "
            "take other measures, including the use of \"legitimate force,\" to enforce the "
            "election results.\n"
            "The African Union, United Nations, and many countries have recognized Alassane "
            "Ouattara as the winner of the November election. However, Mr. Gbagbo has rejected "
            "all attempts to make him leave office.\n"
            "The United Nations says more than 170 people have been killed in post-election "
            "violence. It also says Mr. Gbagbo's forces and masked gunmen are blocking access to "
            "the site of a possible mass grave, in the village of N'Dotre.\n"
            "Friday's statement by the West African bloc ECOWAS intensified the international "
            "pressure on Mr. Gbagbo to leave office.\n"
            "On Thursday, west Africa's central bank cut off his access to state money, and said "
            "money would only be given to what it called Mr. Ouattara's legitimate government. "
            "Also Thursday, the U.N. General Assembly decided it will recognize Mr. Ouattara's "
            "diplomats instead of Mr. Gbagbo's.\n"
            "Mr. Gbagbo has demanded that U.N. peacekeepers in Ivory Coast depart. But the U.N. "
            "has said the troops will stay, and the U.S. has said it is seeking ways to increase "
            "the size of the force.\n"
            "Mr. Gbagbo is facing internal pressure as well. In a speech, Mr. Ouattara called on "
            "the Ivorian army to desert the incumbent leader."
        ),
    },
    {
        "id": "dev11-02",
        "url": "http://www.voanews.com/content/anti-japan-protests-held-across-china/1491277.html",
        "agency": "Voice of America",
        "title": "Anti-Japan Protests Held Across China",
        "published": "2012-08-19",
        "date_approximate": False,
        "date_note": "date from the photo caption (Shenzhen, 19 Aug 2012, the story's Sunday); "
                     "the section label, the photo caption (printed three times) and the "
                     "\"VOA News\" byline removed; paragraph separators \"\\n \\n\" reduced to "
                     "\"\\n\"; the stored copy ends mid-sentence, the complete paragraphs are "
                     "kept; double spaces after periods and the unclosed quotation mark kept as "
                     "stored",
        "text": (
            "Anti-Japanese demonstrations spread to more than 20 cities in China Sunday, as Tokyo "
            "dismissed China's opposition to Japanese activists landing on disputed islands in "
            "East China Sea.\n"
            "Chinese demonstrators waved national flags and chanted angry slogans as they "
            "protested the arrest of Chinese activists who landed last week in the islands known "
            "as Senkaku in Japan and as Diaoyu in China.  In some cities, protesters vandalized "
            "Japanese made vehicles and clashed with police who tried to restrain them.\n"
            "Earlier Sunday, a group of 10 Japanese activists, including local lawmakers, swam "
            "ashore and unfurled Japanese flags on one of the disputed islands after a flotilla "
            "carrying about 150 people sailed to the disputed archipelago.\n"
            "The Chinese foreign ministry issued a \"strong protest against the landing.  "
            "Japanese Ambassador to China Uichiro Niwa rejected the protest and urged Beijing to "
            "protect Japanese property in Chinese cities from vandalism.\n"
            "Both China and Japan claim sovereignty over the uninhabited islands in an area "
            "potentially rich in natural resources.\n"
            "Taiwan also claims the maritime territory and its foreign ministry protested the "
            "Japanese activists landing on Sunday.\n"
            "Japanese authorities have deported 14 residents of Hong Kong and mainland China who "
            "were arrested after traveling to one of the islands last week and planting a "
            "Chinese flag there while singing China's national anthem."
        ),
    },
    {
        "id": "dev11-03",
        "url": "https://dvidshub.net/news/163738/us-military-helicopter-teams-up-with-samaritans-purse-deliver-aid-before-nepal-monsoons",
        "agency": "U.S. Department of Defense (DVIDS)",
        "title": "U.S. military helicopter teams up with Samaritan's Purse to deliver aid before "
                 "Nepal monsoons",
        "published": "2015-05-18",
        "date_approximate": True,
        "date_note": "the copy carries no publication date; the deliveries were on 16 and 17 May "
                     "2015, so the story is dated 18 May 2015 (approx.); title reconstructed "
                     "from the URL; the dateline is kept; the stored copy ends mid-quotation, "
                     "the complete paragraphs before it are kept; spellings (\"Sumaritan's\") "
                     "kept as stored",
        "text": (
            "KATHMANDU, Nepal \u2014 Deployed U.S. Military members and a North Carolina "
            "faith-based organization provided earthquake disaster relief supplies to Nepalese "
            "villagers in Dolakha District, May 16 and 17.\n"
            "Joint Task Force 505, the United States Agency for International Development "
            "(USAID) and Samaritan\u2019s Purse worked together to deliver donated supplies to "
            "Jiri village using Marine Corps MV-22B Osprey Tiltrotor aircraft during relief "
            "efforts in Nepal after two devastating earthquakes.\n"
            "Jiri - known as the \"Gateway to Mt. Everest\" - is located in Northeast Nepal and "
            "sits at 6,250 feet. Already suffering from the first earthquake on April 25, the "
            "citizens of Jiri found themselves at the epicenter of a second earthquake on May "
            "12. Sumaritan's Purse aid workers were on the ground when the second quake struck. "
            "Nepalese local officials reached out to the aid organization and asked them to help "
            "their 1,490 households.\n"
            "\u201cBecause we were working here already and nobody else was, there weren\u2019t "
            "a lot of people to take anything out there,\u201d said Ken Isaacs, Samaritan's "
            "Purse vice president of programs and government relations.\n"
            "Samaritan's Purse coordinated with the United Nations and USAID, who, as the lead "
            "U.S. relief agency in the country, verified the requirement with the Government of "
            "Nepal and then tasked JTF 505 with their unique military capabilities to deliver "
            "the needed supplies from Tribhuvan International Airport using MV-22B Ospreys from "
            "Marine Medium Tiltrotor Squadron 262.\n"
            "Over a two day period flying more than 10 sorties, the squadron delivered roughly "
            "33,600 pounds of plastic sheeting and non-food items to the village so Samaritan's "
            "Purse could distribute to the people. They successfully transported hundreds of "
            "rolls of plastic sheets, measuring at 100 feet long and 20 feet wide each to the "
            "Nepalese people.\n"
            "Isaacs said he thinks the most important thing needed right now in Nepal is the "
            "plastic sheeting due to monsoon season right around the corner."
        ),
    },
    {
        "id": "dev11-04",
        "url": "https://www.voanews.com/a/five-killed-kenya-post-election-violence/4121647.html",
        "agency": "Voice of America",
        "title": "5 Killed in Kenya Post-election Violence",
        "published": "2017-11-17",
        "date_approximate": False,
        "date_note": "date from the photo captions (Nairobi, 17 Nov 2017, the story's Friday); "
                     "banners and three photo captions (two printed twice) removed; the stored "
                     "copy ends mid-sentence, the complete paragraphs are kept",
        "text": (
            "At least five people were killed Friday as Kenyan police tried to disperse "
            "supporters of opposition leader Raila Odinga in ongoing tensions over disputed "
            "elections.\n"
            "Police fired tear gas and water cannons to try to stop supporters of Odinga from "
            "reaching Nairobi's center, where the opposition leader was to give a speech.\n"
            "Police had warned earlier this week that they would not allow Odinga, returning "
            "from speaking engagements abroad, to address supporters. Opposition lawmakers, "
            "meanwhile, encouraged people to turn out.\n"
            "Police said five people were stoned to death by angry mobs after they had been "
            "caught stealing, but several witnesses said police shot them. Police denied that "
            "any live rounds had been used.\n"
            "Witnesses also described protesters throwing stones at police.\n"
            "\"This is a reckless, insensitive and primitive response to a crisis Uhuru Kenyatta "
            "himself has created,\" Odinga said in a statement that condemned attacks on his "
            "supporters."
        ),
    },
    {
        "id": "dev11-05",
        "url": "https://www.voanews.com/a/europe_eu-council-president-urges-action-belarus-sanctions/6195691.html",
        "agency": "Voice of America",
        "title": "EU Council President Urges Action on Belarus Sanctions",
        "published": "2020-09-09",
        "date_approximate": True,
        "date_note": "the copy carries no date; Maxim Znak was detained on Wednesday 9 September "
                     "2020; banners and a photo caption (printed twice) removed; the stored copy "
                     "ends mid-sentence, the complete paragraphs are kept",
        "text": (
            "European Council President Charles Michel has called for faster consideration of "
            "sanctions against officials in Belarus after the detention of multiple opposition "
            "leaders.\n"
            "\u201cPolitical persecution in Belarus including detentions on political grounds "
            "and forced exile must stop,\u201d Michel tweeted Wednesday. \u201cBelarusian "
            "authorities must free political prisoners and let citizens exercise their right to "
            "freedom of speech and assembly.\u201d\n"
            "Unidentified Belarusian authorities on Wednesday detained one of the two remaining "
            "free leaders of an opposition council amid continuing protests against longtime "
            "President Alexander Lukashenko following a disputed election.\n"
            "Attorney Maxim Znak was taken out of the Coordination Council\u2019s office by "
            "unknown people wearing ski masks, according to his associate, Gleb German.\n"
            "Znak\u2019s detention came as Lukashenko tried to end protests against him. German "
            "said Znak managed to text \u201cmasks\u201d before his phone was seized.\n"
            "Svetlana Alexievich, winner of the 2015 Nobel Prize in literature, is now the only "
            "council executive to remain free in Belarus, even after unidentified people tried "
            "to enter her apartment on Wednesday.\n"
            "Several European Union diplomats and journalists arrived at her apartment in Minsk "
            "to prevent her detention. Alexievich told reporters she does not plan to leave "
            "Belarus.\n"
            "\"What is happening is terror against the people,\" Alexievich said. \"We have to "
            "unite and not give up our intentions. There is a danger we will lose the "
            "country.\"\n"
            "Thousands of people have taken part in five weeks of protests following the August "
            "9 election in which Lukashenko was declared the winner."
        ),
    },
]

E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


D = "dev11-01"
ev(D, "West African leaders are threatening", "threatening to use force", "THREATEN",
   "violence", ["election", "military"], ["IGO"], ["West African leaders"], ["CIV"],
   ["incumbent Ivorian Coast President Laurent Gbagbo"])
ev(D, "Heads of state said after meeting", "meeting", "CONSULT", "multilateral",
   ["diplomatic", "election"], ["IGO"], ["Heads of state"])
ev(D, "Heads of state said after meeting", "will send a delegation", "AGREE", "",
   ["diplomatic", "election"], ["IGO"], ["Heads of state"], ["CIV"], ["Mr. Gbagbo"],
   future=True)
ev(D, "They said if he refuses", "use of \"legitimate force", "THREATEN", "violence",
   ["election", "military"], ["IGO"], ["They"], ["CIV"], ["he"])
ev(D, "have recognized Alassane Ouattara", "recognized", "SUPPORT", "", ["election"],
   ["IGO", "UNO"], ["The African Union", "United Nations"], ["CIV"], ["Alassane Ouattara"])
ev(D, "Mr. Gbagbo has rejected all attempts", "rejected", "REJECT", "yield", ["election"],
   ["CIV"], ["Mr. Gbagbo"])
ev(D, "It also says Mr. Gbagbo's forces", "says", "ACCUSE", "allege", ["human_rights"],
   ["UNO"], ["It"], ["CIV"], ["Mr. Gbagbo's forces"])
ev(D, "It also says Mr. Gbagbo's forces", "blocking access", "COERCE", "restrict",
   ["human_rights"], ["CIV"], ["Mr. Gbagbo's forces"])
ev(D, "west Africa's central bank cut off", "cut off his access to state money", "SANCTION",
   "discontinue", ["economic", "election"], ["IGO"], ["west Africa's central bank"], ["CIV"],
   ["his"])
ev(D, "west Africa's central bank cut off", "money would only be given", "SUPPORT", "",
   ["economic", "election"], ["IGO"], ["west Africa's central bank"], ["CIV"],
   ["Mr. Ouattara's legitimate government"])
ev(D, "the U.N. General Assembly decided", "decided it will recognize", "SUPPORT", "",
   ["diplomatic", "election"], ["UNO"], ["the U.N. General Assembly"], ["CIV"],
   ["Mr. Ouattara's diplomats"])
ev(D, "Mr. Gbagbo has demanded that U.N. peacekeepers", "demanded", "REQUEST", "yield",
   ["peacekeeping"], ["CIV"], ["Mr. Gbagbo"], ["UNO"], ["U.N. peacekeepers"])
ev(D, "But the U.N. has said the troops will stay", "the troops will stay", "REJECT", "yield",
   ["peacekeeping"], ["UNO"], ["the U.N."])
ev(D, "But the U.N. has said the troops will stay", "seeking ways to increase", "SUPPORT", "",
   ["peacekeeping"], ["USA"], ["the U.S."], ["UNO"], ["the force"])
ev(D, "Mr. Ouattara called on the Ivorian army", "called on", "REQUEST", "change",
   ["military", "election"], ["CIV"], ["Mr. Ouattara"], ["CIV"], ["the Ivorian army"])

D = "dev11-02"
ev(D, "Anti-Japanese demonstrations spread", "demonstrations", "PROTEST", "demo",
   ["territory"], ["CHN"], ["China"], ["JPN"], ["Anti-Japanese"])
ev(D, "Anti-Japanese demonstrations spread", "dismissed", "REJECT", "", ["territory"],
   ["JPN"], ["Tokyo"], ["CHN"], ["China's"])
ev(D, "Anti-Japanese demonstrations spread", "opposition", "ACCUSE", "disapprove",
   ["territory"], ["CHN"], ["China's"], ["JPN"], ["Japanese activists"])
ev(D, "Chinese demonstrators waved national flags", "protested", "PROTEST", "demo",
   ["territory"], ["CHN"], ["Chinese demonstrators"])
ev(D, "Chinese demonstrators waved national flags", "arrest", "COERCE", "arrest",
   ["territory"], [], [], ["CHN"], ["Chinese activists"])
ev(D, "Chinese demonstrators waved national flags", "landed", "PROTEST", "demo",
   ["territory"], ["CHN"], ["Chinese activists"])
ev(D, "protesters vandalized Japanese made vehicles", "vandalized", "PROTEST", "vandalize",
   ["territory"], ["CHN"], ["protesters"], ["JPN"], ["Japanese made vehicles"])
ev(D, "protesters vandalized Japanese made vehicles", "clashed", "ASSAULT", "",
   ["territory"], ["CHN"], ["protesters"], ["CHN"], ["police"])
ev(D, "a group of 10 Japanese activists", "unfurled Japanese flags", "PROTEST", "demo",
   ["territory"], ["JPN"], ["a group of 10 Japanese activists"])
ev(D, "The Chinese foreign ministry issued", "issued a \"strong protest", "ACCUSE",
   "disapprove", ["territory", "diplomatic"], ["CHN"], ["The Chinese foreign ministry"])
ev(D, "Uichiro Niwa rejected the protest", "rejected", "REJECT", "", ["diplomatic"], ["JPN"],
   ["Japanese Ambassador to China Uichiro Niwa"], ["CHN"], ["China"])
ev(D, "Uichiro Niwa rejected the protest", "urged", "REQUEST", "", ["diplomatic"], ["JPN"],
   ["Japanese Ambassador to China Uichiro Niwa"], ["CHN"], ["Beijing"])
ev(D, "its foreign ministry protested", "protested", "ACCUSE", "disapprove",
   ["territory", "diplomatic"], ["TWN"], ["its foreign ministry"], ["JPN"],
   ["the Japanese activists"])
ev(D, "Japanese authorities have deported", "deported", "COERCE", "deport", ["territory"],
   ["JPN"], ["Japanese authorities"], ["HKG", "CHN"],
   ["14 residents of Hong Kong", "mainland China"])
ev(D, "Japanese authorities have deported", "arrested", "COERCE", "arrest", ["territory"],
   [], [], ["HKG", "CHN"], ["14 residents of Hong Kong", "mainland China"])

D = "dev11-03"
ev(D, "KATHMANDU, Nepal", "provided", "AID", "", ["disasters", "human_security"],
   ["USA", "NGO"], ["Deployed U.S. Military members", "a North Carolina faith-based "
                    "organization"], ["NPL"], ["Nepalese villagers"])
ev(D, "Joint Task Force 505, the United States Agency", "deliver donated supplies", "AID", "",
   ["disasters", "human_security"], ["USA", "USA", "NGO"],
   ["Joint Task Force 505", "the United States Agency for International Development",
    "Samaritan\u2019s Purse"], ["NPL"], ["Jiri village"])
ev(D, "Nepalese local officials reached out", "asked them to help", "REQUEST", "assist",
   ["disasters"], ["NPL"], ["Nepalese local officials"], ["NGO"], ["the aid organization"])
ev(D, "Samaritan's Purse coordinated with", "coordinated with", "COOPERATE", "",
   ["disasters"], ["NGO", "UNO", "USA"],
   ["Samaritan's Purse", "the United Nations", "USAID"])
ev(D, "Samaritan's Purse coordinated with", "verified the requirement", "CONSULT", "",
   ["disasters"], ["USA", "NPL"], ["USAID", "the Government of Nepal"])
ev(D, "the squadron delivered roughly", "delivered", "AID", "", ["disasters",
   "human_security"], ["USA"], ["the squadron"], ["NPL"], ["the village"])
ev(D, "They successfully transported", "transported", "AID", "",
   ["disasters", "human_security"], ["USA"], ["They"], ["NPL"], ["the Nepalese people"])

D = "dev11-04"
ev(D, "At least five people were killed Friday", "killed", "ASSAULT", "", ["election"], [],
   [], ["KEN"], ["At least five people"])
ev(D, "At least five people were killed Friday", "disperse", "COERCE", "restrict",
   ["election", "repression"], ["KEN"], ["Kenyan police"], ["KEN"],
   ["supporters of opposition leader Raila Odinga"])
ev(D, "Police fired tear gas", "fired tear gas and water cannons", "ASSAULT", "",
   ["election", "repression"], ["KEN"], ["Police"], ["KEN"], ["supporters of Odinga"])
ev(D, "Police had warned earlier this week", "warned", "THREATEN", "restrict",
   ["election", "repression"], ["KEN"], ["Police"], ["KEN"], ["Odinga"])
ev(D, "Opposition lawmakers, meanwhile", "encouraged people to turn out", "REQUEST", "",
   ["election"], ["KEN"], ["Opposition lawmakers"], ["KEN"], ["people"])
ev(D, "Police said five people were stoned", "stoned to death", "ASSAULT", "primitive",
   ["crime"], ["KEN"], ["angry mobs"], ["KEN"], ["five people"])
ev(D, "Police said five people were stoned", "shot", "ASSAULT", "firearms", ["repression"],
   ["KEN"], ["police"], ["KEN"], ["them"])
ev(D, "Police denied that any live rounds", "denied", "REJECT", "", ["repression"], ["KEN"],
   ["Police"])
ev(D, "Witnesses also described protesters", "throwing stones", "PROTEST", "riot",
   ["election"], ["KEN"], ["protesters"], ["KEN"], ["police"])
ev(D, "This is a reckless, insensitive", "crisis Uhuru Kenyatta himself has created",
   "ACCUSE", "allege", ["election"], ["KEN"], ["Odinga"], ["KEN"], ["Uhuru Kenyatta"])
ev(D, "This is a reckless, insensitive", "condemned", "ACCUSE", "disapprove",
   ["repression"], ["KEN"], ["Odinga"])

D = "dev11-05"
ev(D, "Charles Michel has called for faster", "called for", "REQUEST", "",
   ["economic", "repression"], ["EUR"], ["European Council President Charles Michel"])
ev(D, "Charles Michel has called for faster", "detention", "COERCE", "arrest",
   ["repression"], [], [], ["BLR"], ["multiple opposition leaders"])
ev(D, "Political persecution in Belarus", "must stop", "REQUEST", "change", ["repression"],
   ["EUR"], ["Michel"], ["BLR"], ["Belarus"])
ev(D, "Belarusian authorities must free", "must free political prisoners", "REQUEST",
   "yield", ["repression", "rights_freedoms"], [], [], ["BLR"], ["Belarusian authorities"])
ev(D, "Unidentified Belarusian authorities on Wednesday", "detained", "COERCE", "arrest",
   ["repression"], ["BLR"], ["Unidentified Belarusian authorities"], ["BLR"],
   ["one of the two remaining free leaders of an opposition council"])
ev(D, "Unidentified Belarusian authorities on Wednesday", "protests", "PROTEST", "demo",
   ["pro_democracy", "election"], [], [], ["BLR"],
   ["longtime President Alexander Lukashenko"])
ev(D, "Attorney Maxim Znak was taken out", "was taken out", "COERCE", "arrest",
   ["repression"], ["BLR"], ["unknown people wearing ski masks"], ["BLR"],
   ["Attorney Maxim Znak"])
ev(D, "came as Lukashenko tried to end protests", "tried to end protests", "COERCE",
   "restrict", ["repression"], ["BLR"], ["Lukashenko"])
ev(D, "before his phone was seized", "seized", "COERCE", "seize", ["repression"], [], [],
   ["BLR"], ["Znak"])
ev(D, "Svetlana Alexievich, winner of the 2015", "tried to enter her apartment", "COERCE", "",
   ["repression"], ["BLR"], ["unidentified people"], ["BLR"], ["Svetlana Alexievich"])
ev(D, "Several European Union diplomats", "arrived at her apartment", "SUPPORT", "",
   ["repression", "diplomatic"], ["EUR"], ["Several European Union diplomats"], ["BLR"],
   ["her"])
ev(D, "What is happening is terror", "terror against the people", "ACCUSE", "disapprove",
   ["repression"], ["BLR"], ["Alexievich"])
ev(D, "Thousands of people have taken part", "protests", "PROTEST", "demo",
   ["pro_democracy", "election"], ["BLR"], ["Thousands of people"])


def main() -> None:
    """Write ``dev11.jsonl`` and print counts."""
    docs = build(DOCS, E)
    with OUT.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    n_sent = sum(len(sentences(d["text"])) for d in docs)
    print(f"{len(docs)} documents, {n_sent} sentences, "
          f"{sum(len(d['events']) for d in docs)} events -> {OUT}")


if __name__ == "__main__":
    main()

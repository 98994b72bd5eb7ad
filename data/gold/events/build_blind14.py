"""Build ``blind14.jsonl``: six whole VOA stories annotated by hand (evgold3, 2026-12-05).

Annotated and committed before any system ran on these texts (see ``README-blind14.md``). The
developers of round 6 do not read this file; the lead scores the round's start and end code on
it, and it is a development set from the moment its errors are read. Six regions and many kinds
of event between non-US parties: a Kashmir cease-fire violation (India / Pakistan), Ethiopian
troops leaving Mogadishu (Ethiopia / Somalia / AU), a police crackdown with South African
mediation (Zimbabwe), a detained trawler captain (China / Japan), a Gaza truce with Egyptian
mediation (Israel / Hamas), a hostage release brokered by Venezuela (Venezuela / Colombia /
FARC). Same format and checks as ``build_dev4.py`` (whose builder is reused). Run from the
repository root:

    python data/gold/events/build_blind14.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from build_dev4 import build  # noqa: E402
from check_documents import sentences  # noqa: E402

OUT = Path(__file__).with_name("blind14.jsonl")

_FURNITURE = ("page furniture (\"Accessibility links\", \"Breaking News\") and the headline "
              "removed")

DOCS = [
    {
        "id": "blind14-01",
        "url": "https://www.voanews.com/a/a-13-2008-08-21-voa20/405414.html",
        "agency": "Voice of America",
        "title": "India Again Claims Border Cease-Fire Violation by Pakistan",
        "published": "2008-08-21",
        "date_approximate": False,
        "date_note": "date from the URL; " + _FURNITURE + "; the stored copy ends inside a "
                     "quotation, the text is kept up to the last complete sentence before it",
        "text": (
            "India says its troops along the Line of Control dividing Kashmir were shelled "
            "Thursday morning from the Pakistani side. VOA Correspondent Steve Herman reports "
            "from New Delhi that it is the latest in a recent series of alleged cease-fire "
            "violations involving the two nuclear-armed neighbors.\n"
            "India's army says at least six mortar shells were lobbed at its troops from across "
            "the Line of Control. An Indian military spokesman in Jammu says no soldiers were "
            "hurt and they did not retaliate.\n"
            "The 750-kilometer long de facto border had been relatively calm for nearly five "
            "years since a peace process began between India and Pakistan. But there have been "
            "seven reported violations in the past month and more than 20 this year.\n"
            "India contends that such firings by the Pakistanis provide cover for Islamist "
            "guerrillas to slip across the de facto international border to join a Muslim "
            "separatist rebellion that began in 1989 in Indian-controlled Kashmir.\n"
            "Kashmiri students held anti-India rallies Thursday in Srinigar to protest killings "
            "of Muslims by Indian forces during recent demonstrations.\n"
            "In this latest border incident India claims one of its posts, 80 miles northwest of "
            "Jammu, was hit by mortar shells over a 45-minute period. The Indians say they are "
            "unsure if the firing was conducted by Pakistani soldiers or insurgents.\n"
            "A Pakistani military official says there has been no report received of any "
            "incident along the line of control on Thursday.\n"
            "Pakistan denies aiding the infiltrators into India, but considers them freedom "
            "fighters.\n"
            "Colonel Satinder Saini, at India's Institute of Defense Studies and Analysis, says "
            "while Indian soldiers were restrained during the latest barrage, they could be "
            "provoked to return fire."
        ),
    },
    {
        "id": "blind14-02",
        "url": "https://www.voanews.com/a/a-13-cn-somalia-23jan07/336094.html",
        "agency": "Voice of America",
        "title": "Ethiopian Troops Begin Pulling Out Of Mogadishu",
        "published": "2007-01-23",
        "date_approximate": False,
        "date_note": "date from the URL (23jan07); " + _FURNITURE + "; the byline sentence "
                     "\"Cathy Majtenyi reports for VOA from Nairobi.\" removed from the lead; the "
                     "stored copy ends mid-sentence, the text is kept up to the last complete "
                     "sentence",
        "text": (
            "Ethiopian troops have begun pulling out of Somalia's capital, almost a month after "
            "they came in to support Somali government troops battling Islamists.\n"
            "At a small departure ceremony in Mogadishu, Ethiopian General Suem Hagoss told the "
            "gathering that it is time for Ethiopian soldiers to go home.\n"
            "Suem says the Ethiopian government has ordered the troops to leave Somalia.\n"
            "A journalist working in Mogadishu, Mohamed Dhoore, tells VOA there is mixed reaction "
            "in the capital, with some who oppose the presence of foreign peacekeepers happy to "
            "see the Ethiopians go, while others fear a security vacuum and a return to clan "
            "warfare that has ripped the country apart.\n"
            "Ethiopian troops officially came into Somalia last month to help Somali government "
            "troops battle fighters of the Islamic Courts Union, which had control of the capital "
            "and much of southern Somalia.\n"
            "By the start of the year, the Islamists had abandoned their posts, with some top "
            "officials fleeing the country.\n"
            "The Kenyan government issued a statement confirming that one top official, Sheikh "
            "Sharif Ahmed, is now in Kenya under police custody, but gave no further details.\n"
            "The departure of Ethiopian troops has some observers worried that Somalia may fall "
            "back into a system where warlords and their militias control different parts of the "
            "country, as has been the case since civil war broke out in 1991.\n"
            "The Somali government, the African Union and the United States are among those "
            "pushing for an African peacekeeping force to be sent into Somalia, with the African "
            "Union approving a plan to send 8,000 troops into the volatile country.\n"
            "Uganda and Malawi have officially offered to supply troops, with South Africa, "
            "Libya, Tanzania, Angola, and Congo among countries said to be considering sending "
            "personnel."
        ),
    },
    {
        "id": "blind14-03",
        "url": "https://www.voazimbabwe.com/a/a-13-56-74-2008-01-24-voa50-68994392/1460069.html",
        "agency": "Voice of America (Studio 7 for Zimbabwe)",
        "title": "Zimbabwe's Tsvangirai Briefs Diplomats Following Police Crackdown On Protest",
        "published": "2008-01-24",
        "date_approximate": False,
        "date_note": "date from the URL; " + _FURNITURE + "; the stored copy ends mid-sentence, "
                     "the text is kept up to the last complete sentence; the doubled \"after "
                     "after\" of the original is kept",
        "text": (
            "Zimbabwean opposition leader Morgan Tsvangirai briefed African and European "
            "diplomats in Harare Thursday one day after after supporters of his formation of the "
            "Movement for Democratic Change were beaten by police in the capital.\n"
            "Tsvangirai vowed to continue with nationwide protests in the weeks ahead to object "
            "to the Harare government\u2019s decision to press on with national elections in "
            "March despite objections by the opposition and civil society, which also want a new "
            "constitution.\n"
            "Tsvangirai accused the ruling ZANU-PF party of acting in bad faith in refusing to "
            "effect electoral reforms despite 10 months of South African-mediated crisis talks.\n"
            "His formation is still deliberating whether to take part in the elections or boycott "
            "them. But Tsvangirai said his MDC faction will only contest free and fair "
            "elections.\n"
            "Tsvangirai faction spokesman Nelson Chamisa told reporter Blessing Zulu of VOA's "
            "Studio 7 for Zimbabwe that despite the harsh response by authorities Wednesday, the "
            "opposition formation is determined to press ahead with further demonstrations.\n"
            "In Washington, US state department spokesman Tom Casey expressed concern about "
            "Tsvangirai\u2019s brief arrest and detention by security forces on Wednesday "
            "morning, and the violent response by police to MDC supporters heading to a Harare "
            "rally.\n"
            "Meanwhile, South African Local Government Minister Sydney Mufamadi, point man for "
            "President Thabo Mbeki in the mediation effort, arrived in Harare Wednesday to try to "
            "revive dialogue between the opposition and ruling party, Pretoria sources said.\n"
            "Those sources said President Mbeki intends to exhaust all possible options to end "
            "the deadlock which has developed in the talks before referring the matter to the "
            "Southern African Development Community\u2019s committee on politics and defense."
        ),
    },
    {
        "id": "blind14-04",
        "url": "https://www.voanews.com/a/tensions-still-high-over-japanese-detention-of-"
               "chinese-fishing-boat-captain-103830609/126724.html",
        "agency": "Voice of America",
        "title": "Tensions Still High Over Japanese Detention of Chinese Fishing Boat Captain",
        "published": "2010-09-26",
        "date_approximate": True,
        "date_note": "the copy carries no dateline; the photo caption is dated Sunday, Sept. 26, "
                     "2010 and the text speaks of Kan's remarks \"on Sunday\"; " + _FURNITURE +
                     "; the photo caption removed; the stored copy ends inside an unclosed "
                     "quotation, which is dropped",
        "text": (
            "The dispute between China and Japan over the detention of a Chinese fishing boat "
            "captain by Tokyo has brought diplomatic relations between the Asian powers to their "
            "lowest level in years.\n"
            "Members of the Hong Kong Confederation of Trade Unions were in the streets to "
            "protest Japan's detention of Chinese fishing boat captain Zhan Qixiong. They chanted "
            "slogans including \"Japan must compensate\" and \"Down with Japanese militarism.\"\n"
            "The Chinese captain had been held since his fishing boat collided with two Japanese "
            "patrol boats September 7. He arrived back in China on a chartered airplane on "
            "Saturday.\n"
            "China had suspended ministerial-level contacts and canceled planned meetings with "
            "Japan while demanding Zhan's release. And, China continues to press for an apology "
            "and compensation, something Japanese Prime Minister Naoto Kan on Sunday rejected. "
            "\"Senkaku islands are Japanese territory. From that point of view, an apology or "
            "compensation is unthinkable. I have no intention at all of meeting the demand,\" he "
            "said.\n"
            "Mr. Kan told reporters in Tokyo that the group of uninhabited islands in the East "
            "China Sea where the man was detained is an integral part of Japanese territory. The "
            "islands are claimed by both countries. The surrounding waters are rich fishing "
            "territory and are believed to hold undersea natural gas and oil reserves.\n"
            "Mr. Kan's remarks followed a statement on Saturday from China's Foreign Ministry "
            "that called the captain's detention unlawful and asked Japan to apologize. Upon his "
            "arrival home, Captain Zhan said he firmly supports the Chinese government's position "
            "and that he did nothing illegal."
        ),
    },
    {
        "id": "blind14-05",
        "url": "http://www.voanews.com/content/palestinians-accuse-israel-of-breaking-truce/"
               "1970936.html",
        "agency": "Voice of America",
        "title": "Israel, Hamas Agree to 72-Hour Truce",
        "published": "2014-08-04",
        "date_approximate": False,
        "date_note": "date from the embedded video item (August 04, 2014); page furniture "
                     "(\"News / Middle East\", the video block with its caption and the \"VOA "
                     "News\" byline) and the headline removed; the stored copy ends mid-sentence, "
                     "the text is kept up to the last complete sentence",
        "text": (
            "Israel and Hamas have agreed to a 72-hour cease-fire in the Gaza Strip beginning "
            "early Tuesday.\n"
            "The announcement came late Monday in Cairo, where Egyptian mediators held talks "
            "with a Palestinian delegation on terms of a durable truce in war-torn Gaza.\n"
            "A senior Israeli official was quoted as saying an Israeli delegation was headed to "
            "Cairo for talks during the three-day cease-fire aimed at reaching agreement on a "
            "long-term truce.\n"
            "Earlier Monday, Israeli Prime Minister Benjamin Netanyahu said the country's "
            "military forces were nearing the end of their push to destroy tunnels Hamas has used "
            "to store weapons and infiltrate the Jewish state.\n"
            "But he said Israel's 28-day campaign to demilitarize Gaza and end Hamas rocket "
            "launches into Israel will end only when there is \"a prolonged period of quiet and "
            "security\" for Israeli citizens.\n"
            "Emergency workers in Gaza City said Monday that Israeli warplanes bombed the Shati "
            "refugee camp, killing an 8-year-old girl and wounding 30 others just minutes before "
            "an earlier seven-hour truce expired.\n"
            "The Israeli military said it is looking into the report, while accusing militants of "
            "firing four rockets from Gaza into Israel.\n"
            "In Jerusalem Monday, a Palestinian man rammed a massive construction excavator into "
            "a bus, killing a nearby pedestrian. Police described the incident as a \"terrorist "
            "attack.\""
        ),
    },
    {
        "id": "blind14-06",
        "url": "https://www.voanews.com/a/a-13-2007-12-28-voa49/342039.html",
        "agency": "Voice of America",
        "title": "Venezuela to Begin Colombia Hostage Release Operation",
        "published": "2007-12-28",
        "date_approximate": False,
        "date_note": "date from the URL; " + _FURNITURE + "; the stored copy ends mid-sentence, "
                     "the text is kept up to the last complete sentence",
        "text": (
            "Venezuela is preparing to launch an operation to pick up three hostages held by "
            "leftist rebels in eastern Colombia's jungle region, but the Red Cross says the "
            "handover will not take place Friday.\n"
            "Venezuelan President Hugo Chavez said airplanes and helicopters bearing the Red "
            "Cross symbol will fly across the border into Colombia, where pilots will receive "
            "instructions from rebel leaders about where to pick up the hostages.\n"
            "Mr. Chavez said the three would be freed on Friday, but a senior Red Cross official "
            "(Barbara Hintermann of the International Committee of the Red Cross) said the Red "
            "Cross does not carry out nighttime operations for security reasons and that the "
            "helicopters were unlikely to reach them on Friday.\n"
            "The hostages are former Colombian lawmaker Consuelo Gonzalez, former vice "
            "presidential candidate Clara Rojas and her young son, Emmanuel, fathered by one of "
            "her guerrilla captors. They are being held by the Revolutionary Armed Forces of "
            "Colombia, known as FARC.\n"
            "Argentina's former president, Nestor Kirchner, and officials from other Latin "
            "American nations are in Venezuela to serve as international observers. Mr. Chavez "
            "said he planned the mission with the governments of Argentina, Bolivia, Brazil, "
            "Cuba, Ecuador and France.\n"
            "The FARC said earlier this month it would release the captives to President Chavez, "
            "or someone he designates. On Wednesday, Colombia agreed to allow Mr. Chavez to send "
            "planes and helicopters into its territory to pick up the three hostages.\n"
            "Colombia also thanked President Chavez for his government's efforts.\n"
            "President Chavez was involved in hostage negotiations until Colombian President "
            "Alvaro Uribe ended the effort last month, saying the Venezuelan leader had "
            "overstepped his role as a mediator. Mr. Chavez responded by cutting diplomatic ties "
            "with Colombia."
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


D = "blind14-01"
ev(D, "India says its troops along", "says", "ACCUSE", "allege", ["military", "territory"],
   ["IND"], ["India"], ["PAK"], ["the Pakistani side"])
ev(D, "India says its troops along", "shelled", "ASSAULT", "", ["military", "territory"],
   ["PAK"], ["the Pakistani side"], ["IND"], ["its troops"])
ev(D, "at least six mortar shells were lobbed", "lobbed", "ASSAULT", "", ["military"], [], [],
   ["IND"], ["its troops"])
ev(D, "they did not retaliate", "retaliate", "ASSAULT", "", ["military"], ["IND"], ["they"],
   negated=True)
ev(D, "since a peace process began", "peace process", "CONSULT", "",
   ["diplomatic", "territory"], ["IND", "PAK"], ["India", "Pakistan"])
ev(D, "India contends that such firings", "contends", "ACCUSE", "allege",
   ["military", "terrorism"], ["IND"], ["India"], ["PAK"], ["the Pakistanis"])
ev(D, "Kashmiri students held anti-India rallies", "held anti-India rallies", "PROTEST", "demo",
   ["religion_ethnicity", "territory"], ["IND"], ["Kashmiri students"], ["IND"], ["India"])
ev(D, "Kashmiri students held anti-India rallies", "killings", "ASSAULT", "",
   ["religion_ethnicity", "repression"], ["IND"], ["Indian forces"], ["IND"], ["Muslims"])
ev(D, "was hit by mortar shells over a 45-minute", "hit by mortar shells", "ASSAULT", "",
   ["military"], [], [], ["IND"], ["one of its posts"])
ev(D, "unsure if the firing was conducted", "firing", "ASSAULT", "", ["military"], ["PAK"],
   ["Pakistani soldiers"], hypothetical=True)
ev(D, "no report received of any incident", "no report received of any incident", "REJECT", "",
   ["military"], ["PAK"], ["A Pakistani military official"])
ev(D, "Pakistan denies aiding the infiltrators", "denies", "REJECT", "",
   ["military", "terrorism"], ["PAK"], ["Pakistan"])
ev(D, "they could be provoked to return fire", "return fire", "ASSAULT", "", ["military"],
   ["IND"], ["Indian soldiers"], hypothetical=True)

D = "blind14-02"
ev(D, "Ethiopian troops have begun pulling out", "pulling out", "RETREAT", "withdraw",
   ["military"], ["ETH"], ["Ethiopian troops"], ["SOM"], ["Somalia's capital"])
ev(D, "Ethiopian troops have begun pulling out", "came in to support", "AID", "", ["military"],
   ["ETH"], ["Ethiopian troops"], ["SOM"], ["Somali government troops"])
ev(D, "Ethiopian troops have begun pulling out", "battling", "ASSAULT", "",
   ["military", "religion_ethnicity"], ["SOM"], ["Somali government troops"], ["SOM"],
   ["Islamists"])
ev(D, "has ordered the troops to leave Somalia", "ordered the troops to leave", "CONCEDE", "",
   ["military"], ["ETH"], ["the Ethiopian government"], ["SOM"], ["Somalia"])
ev(D, "officially came into Somalia last month", "help", "AID", "", ["military"], ["ETH"],
   ["Ethiopian troops"], ["SOM"], ["Somali government troops"])
ev(D, "officially came into Somalia last month", "battle", "ASSAULT", "", ["military"],
   ["SOM"], ["Somali government troops"], ["SOM"], ["fighters of the Islamic Courts Union"])
ev(D, "the Islamists had abandoned their posts", "abandoned their posts", "RETREAT", "withdraw",
   ["military"], ["SOM"], ["the Islamists"])
ev(D, "is now in Kenya under police custody", "under police custody", "COERCE", "arrest",
   ["terrorism"], ["KEN"], ["The Kenyan government"], ["SOM"], ["Sheikh Sharif Ahmed"])
ev(D, "are among those pushing for", "pushing for", "REQUEST", "assist", ["peacekeeping"],
   ["SOM", "IGO", "USA"], ["The Somali government", "the African Union", "the United States"])
ev(D, "are among those pushing for", "approving a plan to send 8,000 troops", "AGREE", "",
   ["peacekeeping"], ["IGO"], ["African Union"], ["SOM"], ["the volatile country"])
ev(D, "Uganda and Malawi have officially offered", "offered to supply troops", "AGREE", "",
   ["peacekeeping"], ["UGA", "MWI"], ["Uganda", "Malawi"])
ev(D, "Uganda and Malawi have officially offered", "considering sending personnel", "AID", "",
   ["peacekeeping"], ["ZAF", "LBY", "TZA", "AGO", "COG"],
   ["South Africa", "Libya", "Tanzania", "Angola", "Congo"], hypothetical=True)

D = "blind14-03"
ev(D, "briefed African and European diplomats", "briefed", "CONSULT", "", ["diplomatic"],
   ["ZWE"], ["Zimbabwean opposition leader Morgan Tsvangirai"])
ev(D, "briefed African and European diplomats", "beaten", "ASSAULT", "beat",
   ["repression", "pro_democracy"], ["ZWE"], ["police"], ["ZWE"],
   ["supporters of his formation of the Movement for Democratic Change"])
ev(D, "Tsvangirai vowed to continue with nationwide protests", "vowed to continue with "
   "nationwide protests", "PROTEST", "demo", ["election", "pro_democracy"], ["ZWE"],
   ["Tsvangirai"], ["ZWE"], ["the Harare government"], future=True)
ev(D, "Tsvangirai vowed to continue with nationwide protests", "objections", "ACCUSE",
   "disapprove", ["election"], ["ZWE", "ZWE"], ["the opposition", "civil society"], ["ZWE"],
   ["the Harare government"])
ev(D, "Tsvangirai accused the ruling ZANU-PF", "accused", "ACCUSE", "allege", ["election"],
   ["ZWE"], ["Tsvangirai"], ["ZWE"], ["the ruling ZANU-PF party"])
ev(D, "Tsvangirai accused the ruling ZANU-PF", "crisis talks", "CONSULT", "third-party",
   ["election", "diplomatic"], ["ZAF"], ["South African"])
ev(D, "His formation is still deliberating", "boycott", "PROTEST", "boycott", ["election"],
   ["ZWE"], ["His formation"], hypothetical=True)
ev(D, "determined to press ahead with further demonstrations", "press ahead with further "
   "demonstrations", "PROTEST", "demo", ["pro_democracy"], ["ZWE"],
   ["the opposition formation"], future=True)
ev(D, "Tom Casey expressed concern", "expressed concern", "ACCUSE", "disapprove",
   ["repression", "human_rights"], ["USA"], ["US state department spokesman Tom Casey"],
   ["ZWE"], ["security forces"])
ev(D, "Tom Casey expressed concern", "arrest and detention", "COERCE", "arrest",
   ["repression"], ["ZWE"], ["security forces"], ["ZWE"], ["Tsvangirai\u2019s"])
ev(D, "arrived in Harare Wednesday to try", "arrived in Harare", "CONSULT", "visit",
   ["diplomatic", "election"], ["ZAF"],
   ["South African Local Government Minister Sydney Mufamadi"], ["ZWE"], ["Harare"])

D = "blind14-04"
ev(D, "The dispute between China and Japan", "detention", "COERCE", "arrest",
   ["territory", "crime"], ["JPN"], ["Tokyo"], ["CHN"], ["a Chinese fishing boat captain"])
ev(D, "Members of the Hong Kong Confederation", "protest", "PROTEST", "demo",
   ["territory", "diplomatic"], ["HKG"], ["Members of the Hong Kong Confederation of Trade "
                                          "Unions"], ["JPN"], ["Japan's"])
ev(D, "They chanted slogans", "\"Japan must compensate\"", "REQUEST", "change",
   ["reparations"], ["HKG"], ["They"], ["JPN"], ["Japan"])
ev(D, "They chanted slogans", "\"Down with Japanese militarism", "ACCUSE", "disapprove",
   ["military"], ["HKG"], ["They"], ["JPN"], ["Japanese militarism"])
ev(D, "China had suspended ministerial-level contacts", "suspended ministerial-level contacts",
   "SANCTION", "discontinue", ["diplomatic"], ["CHN"], ["China"], ["JPN"], ["Japan"])
ev(D, "China had suspended ministerial-level contacts", "canceled planned meetings", "REJECT",
   "meet", ["diplomatic"], ["CHN"], ["China"], ["JPN"], ["Japan"])
ev(D, "China had suspended ministerial-level contacts", "demanding", "REQUEST", "yield",
   ["diplomatic", "crime"], ["CHN"], ["China"], ["JPN"], ["Japan"])
ev(D, "China continues to press for an apology", "press for", "REQUEST", "yield",
   ["reparations", "diplomatic"], ["CHN"], ["China"], ["JPN"],
   ["Japanese Prime Minister Naoto Kan"])
ev(D, "China continues to press for an apology", "rejected", "REJECT", "yield",
   ["reparations", "diplomatic"], ["JPN"], ["Japanese Prime Minister Naoto Kan"], ["CHN"],
   ["China"])
ev(D, "I have no intention at all of meeting the demand", "no intention at all of meeting the "
   "demand", "REJECT", "yield", ["reparations", "diplomatic"], ["JPN"], ["he"])
ev(D, "called the captain's detention unlawful", "called the captain's detention unlawful",
   "ACCUSE", "allege", ["legal", "territory"], ["CHN"], ["China's Foreign Ministry"], ["JPN"],
   ["Japan"])
ev(D, "called the captain's detention unlawful", "asked Japan to apologize", "REQUEST", "yield",
   ["reparations"], ["CHN"], ["China's Foreign Ministry"], ["JPN"], ["Japan"])
ev(D, "Captain Zhan said he firmly supports", "firmly supports", "SUPPORT", "",
   ["territory"], ["CHN"], ["Captain Zhan"], ["CHN"], ["the Chinese government"])
ev(D, "Captain Zhan said he firmly supports", "did nothing illegal", "REJECT", "",
   ["legal", "territory"], ["CHN"], ["Captain Zhan"])

D = "blind14-05"
ev(D, "Israel and Hamas have agreed", "have agreed to a 72-hour cease-fire", "AGREE", "",
   ["military"], ["ISR", "PSE"], ["Israel", "Hamas"])
ev(D, "where Egyptian mediators held talks", "held talks", "CONSULT", "third-party",
   ["military", "diplomatic"], ["EGY", "PSE"], ["Egyptian mediators", "a Palestinian delegation"])
ev(D, "an Israeli delegation was headed to Cairo", "was headed to Cairo for talks", "AGREE", "",
   ["military", "diplomatic"], ["ISR"], ["an Israeli delegation"], ["EGY"], ["Cairo"],
   future=True)
ev(D, "push to destroy tunnels", "push to destroy tunnels", "ASSAULT", "destroy",
   ["military", "terrorism"], ["ISR"], ["the country's military forces"], ["PSE"], ["Hamas"])
ev(D, "Israel's 28-day campaign", "campaign", "ASSAULT", "", ["military"], ["ISR"],
   ["Israel's"], ["PSE"], ["Gaza"])
ev(D, "Israel's 28-day campaign", "rocket launches", "ASSAULT", "", ["military", "terrorism"],
   ["PSE"], ["Hamas"], ["ISR"], ["Israel"])
ev(D, "Israeli warplanes bombed the Shati", "bombed", "ASSAULT", "aerial", ["military"],
   ["ISR"], ["Israeli warplanes"], ["PSE"], ["the Shati refugee camp"])
ev(D, "it is looking into the report", "looking into the report", "ACCUSE", "investigate",
   ["military"], ["ISR"], ["The Israeli military"])
ev(D, "it is looking into the report", "accusing", "ACCUSE", "allege",
   ["military", "terrorism"], ["ISR"], ["The Israeli military"], ["PSE"], ["militants"])
ev(D, "a Palestinian man rammed", "rammed", "ASSAULT", "", ["terrorism"], ["PSE"],
   ["a Palestinian man"])
ev(D, "Police described the incident", "described the incident as a \"terrorist attack.\"",
   "ACCUSE", "disapprove", ["terrorism", "crime"], ["ISR"], ["Police"])

D = "blind14-06"
ev(D, "Venezuela is preparing to launch an operation", "preparing to launch an operation to "
   "pick up three hostages", "AGREE", "", ["human_security", "crime"], ["VEN"], ["Venezuela"])
ev(D, "They are being held by the Revolutionary", "are being held", "ASSAULT", "abduct",
   ["crime"], ["COL"], ["the Revolutionary Armed Forces of Colombia"], ["COL"], ["They"])
ev(D, "Argentina's former president, Nestor Kirchner", "are in Venezuela", "CONSULT", "visit",
   ["diplomatic", "human_security"], ["ARG"], ["Argentina's former president, Nestor Kirchner"],
   ["VEN"], ["Venezuela"])
ev(D, "Mr. Chavez said he planned the mission", "planned the mission", "COOPERATE", "",
   ["human_security", "diplomatic"], ["VEN", "ARG", "BOL", "BRA", "CUB", "ECU", "FRA"],
   ["he", "Argentina", "Bolivia", "Brazil", "Cuba", "Ecuador", "France"])
ev(D, "it would release the captives", "release the captives", "RETREAT", "release",
   ["crime", "human_security"], ["COL"], ["The FARC"], ["VEN"], ["President Chavez"],
   future=True)
ev(D, "Colombia agreed to allow Mr. Chavez", "agreed to allow", "AGREE", "",
   ["human_security", "territory"], ["COL"], ["Colombia"], ["VEN"], ["Mr. Chavez"])
ev(D, "Colombia also thanked President Chavez", "thanked", "SUPPORT", "", ["diplomatic"],
   ["COL"], ["Colombia"], ["VEN"], ["President Chavez"])
ev(D, "was involved in hostage negotiations", "hostage negotiations", "CONSULT", "third-party",
   ["crime", "diplomatic"], ["VEN"], ["President Chavez"])
ev(D, "was involved in hostage negotiations", "ended the effort", "REJECT", "",
   ["diplomatic"], ["COL"], ["Colombian President Alvaro Uribe"], ["VEN"],
   ["the Venezuelan leader"])
ev(D, "was involved in hostage negotiations", "saying", "ACCUSE", "allege", ["diplomatic"],
   ["COL"], ["Colombian President Alvaro Uribe"], ["VEN"], ["the Venezuelan leader"])
ev(D, "Mr. Chavez responded by cutting", "cutting diplomatic ties", "SANCTION", "discontinue",
   ["diplomatic"], ["VEN"], ["Mr. Chavez"], ["COL"], ["Colombia"])


def main() -> None:
    """Write ``blind14.jsonl`` and print counts."""
    docs = build(DOCS, E)
    with OUT.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    n_sent = sum(len(sentences(d["text"])) for d in docs)
    print(f"{len(docs)} documents, {n_sent} sentences, "
          f"{sum(len(d['events']) for d in docs)} events -> {OUT}")


if __name__ == "__main__":
    main()

"""Build ``blind12.jsonl``: six whole VOA stories annotated by hand (evgold2, 2026-12-05).

Annotated and committed before any system ran on these texts (see ``README-blind12.md``). The
developers of round 5 do not read this file; the lead scores the round's final system on it once,
and it is a development set from the moment its errors are read. Six regions and many kinds of
event: a collapsing truce (Sri Lanka), border-war mediation (Sudan / South Sudan), cross-border
shelling (Turkey / Syria), migrants stopped at a border (Guatemala / Honduras), a temple standoff
(Cambodia / Thailand), a state visit cut short with Security Council demands (South Sudan / China).
Same format and checks as ``build_dev4.py`` (whose builder is reused). Run from the repository
root:

    python data/gold/events/build_blind12.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from build_dev4 import build  # noqa: E402
from check_documents import sentences  # noqa: E402

OUT = Path(__file__).with_name("blind12.jsonl")

DOCS = [
    {
        "id": "blind12-01",
        "url": "https://www.voanews.com/a/a-13-2006-07-31-voa11/313224.html",
        "agency": "Voice of America",
        "title": "Sri Lanka Fighting Escalates as Tamil Tigers Say Cease-Fire is Dead",
        "published": "2006-07-31",
        "date_approximate": False,
        "date_note": "date from the URL; page furniture (\"Accessibility links\", \"Breaking "
                     "News\") and the headline removed; the stored copy ends mid-sentence, the "
                     "text is kept up to the last complete sentence",
        "text": (
            "In Sri Lanka, regional leaders from the Tamil Tiger guerrilla group say a cease-fire "
            "with the government is dead, and the country's civil war has resumed. Government "
            "officials say they remain committed to the truce, despite government forces making "
            "their first attempt to regain territory from the rebels since that cease-fire was "
            "signed in 2002.\n"
            "The Tamil Tigers say they are close to launching retaliatory attacks against "
            "government forces, which have tried to seize rebel territory in violation of the "
            "cease-fire.\n"
            "On Sunday, the Sri Lankan army moved into rebel territory in Trincomalee district in "
            "the northeast. It was the first time, peace monitors say, that the government has "
            "tried to take rebel-held territory since the cease-fire was signed four years ago.\n"
            "Thorfinnur Omarsson is a spokesman for the European cease-fire monitors. He said the "
            "rebel group, also known as the LTTE, sent a letter to the monitors early Monday "
            "declaring that they may strike back at government forces.\n"
            "\"They put the responsibility on the government side, he said. \"They say that if "
            "the attacks from the air and from the ground from the government sources continue, "
            "the LTTE will have no option but to retaliate. That's their standpoint.\"\n"
            "Officials in the capital Colombo say the offensive aimed to take control of an "
            "irrigation channel that the rebels had blocked, to keep water from flowing to "
            "government-held land. Four days of air strikes preceded the offensive.\n"
            "The government and the Tamil Tigers signed a cease-fire in 2002 to end two decades "
            "of ethnic war. The rebels had demanded independence for areas in the north and east "
            "of the country where the Tamil minority is predominant.\n"
            "For months, the cease-fire has been slowly unraveling."
        ),
    },
    {
        "id": "blind12-02",
        "url": "http://www.voanews.com/content/sudan-south-sudan-clash-prompts-urgent-mediation-effort-144936725/181405.html",
        "agency": "Voice of America",
        "title": "Sudan-South Sudan Clash Prompts Urgent Mediation Effort",
        "published": "2012-03-29",
        "date_approximate": True,
        "date_note": "the copy carries no date; the Heglig clashes of Monday 2012-03-26 and the "
                     "officers' meeting on \"Thursday\" date it to 2012-03-29; the section label "
                     "\"News\" and the headline removed; the stored copy ends mid-sentence, the "
                     "text is kept up to the last complete sentence",
        "text": (
            "A high-level international team of mediators is gathering in Ethiopia's capital for "
            "another try at easing tensions that have brought Sudan and South Sudan to the brink "
            "of war. Diplomatic efforts are aimed at salvaging a crucial summit meeting that was "
            "canceled in the wake of this week's border clashes.\n"
            "Senior Sudanese and South Sudanese military officers met in Addis Ababa Thursday to "
            "negotiate an end to cross-border hostilities that broke out days earlier at the oil "
            "center of Heglig.\n"
            "African Union diplomats said South Sudan had withdrawn its troops from Heglig after "
            "what was described as the worst violence since the south became independent last "
            "July.\n"
            "Heglig is in territory held by Khartoum, and companies there have continued to pump "
            "oil even after South Sudan halted its production in January.\n"
            "Meanwhile, AU High-Level Panel chief Thabo Mbeki was flying in to the Ethiopian "
            "capital for hastily-called ministerial level talks set to begin Saturday.\n"
            "The venue for the talks had to be shifted because the hotel that hosted previous "
            "meetings was already booked.\n"
            "At a previously scheduled consultations Thursday, senior AU and United Nations "
            "officials urged the two countries to put aside seething animosities and work in a "
            "spirit of compromise.\n"
            "U.N. Undersecretary General for Peacekeeping Herve Ladsous said the international "
            "community is losing patience with the intransigence that has characterized the "
            "talks.\n"
            "\"The international community cannot stay passive,\" said Ladsous. \"We have been on "
            "your side over the years, we remain on your side, but you have to help us help you, "
            "because too much is at stake; the future of your two countries, and more than that, "
            "the future of the region.\"\n"
            "The latest outbreak of hostilities has prompted cancellation of a scheduled summit "
            "meeting between Sudanese President Omar al-Bashir and South Sudan's President Salva "
            "Kiir."
        ),
    },
    {
        "id": "blind12-03",
        "url": "http://www.voanews.com/content/activists-turkey-shells-syrian-kurds-for-2nd-day/3190340.html",
        "agency": "Voice of America",
        "title": "Turkey Shells US-Allied Kurds in Northern Syria",
        "published": "2016-02-14",
        "date_approximate": True,
        "date_note": "the copy carries no date; the overnight Saturday barrage that \"continued "
                     "Sunday\" (Azaz, February 2016) dates it to Sunday 2016-02-14; the section "
                     "label \"News / Middle East\", the headline and two photo captions removed; "
                     "the stored copy ends mid-sentence, the text is kept up to the last complete "
                     "sentence",
        "text": (
            "The multi-sided war raging in Syria became even more tangled when Turkish troops "
            "shelled positions near the border controlled by U.S.-allied fighters from the "
            "Kurdish People\u2019s Protection Units, or YPG.\n"
            "Turkish Prime Minister Ahmet Davutoglu confirmed the overnight Saturday artillery "
            "barrage and demanded the YPG withdraw from the Syrian border town of Azaz and vacate "
            "a nearby air base the Kurds seized last week from Syrian rebel forces. The Turkish "
            "shelling continued Sunday.\n"
            "The Kurdish rebels backed by the West and Gulf countries have been battling for more "
            "than a week against a ferocious Russian-backed offensive by Syrian President Bashar "
            "al-Assad\u2019s forces.\n"
            "Operations by YPG forces and their allies in northern Syria the past few days have "
            "complicated the defenses of the Western-backed Free Syrian Army (FSA) and Islamist "
            "militias. Syrian rebels accuse the YPG of coordinating with the Assad government and "
            "acting as a spoiler tactically.\n"
            "Rebel commanders say YPG fighters are now in parts of Azaz just six kilometers from "
            "the border with Turkey. The YPG is in effect the armed wing of the Democratic Union "
            "Party (PYD), which in turn is an offshoot of Turkey\u2019s outlawed Kurdistan "
            "Worker\u2019s Party (PKK). Turkey considers both the PYD and PKK as terrorist groups."
        ),
    },
    {
        "id": "blind12-04",
        "url": "https://www.voanews.com/a/americas_honduran-migrants-endure-setbacks-journey-us/6196702.html",
        "agency": "Voice of America",
        "title": "Honduran Migrants Endure Setbacks on Journey to US",
        "published": "2020-10-03",
        "date_approximate": True,
        "date_note": "the copy carries no date; the caravan during the COVID-19 pandemic under "
                     "President Giammattei, two years after the 2018 caravan, with events on "
                     "Friday and Saturday, dates it to Saturday 2020-10-03; page furniture "
                     "(\"Accessibility links\", \"Breaking News\"), the headline and a photo "
                     "caption removed; the stored copy ends mid-sentence, the text is kept up to "
                     "the last complete sentence",
        "text": (
            "Hundreds of Honduran migrants are encountering problems from Guatemalan and Mexican "
            "security forces as they continue their journey to the United States.\n"
            "Fears of a confrontation intensified Friday as about 1,000 migrants, who lacked food "
            "after walking hundreds of kilometers from Honduras, were blocked by about 100 police "
            "and army soldiers at a roadblock in northern Guatemala.\n"
            "Saturday morning, hundreds of the migrants who entered Guatemala without registering "
            "were bused back to the Guatemalan border after running into the roadblock.\n"
            "Small groups of migrants were still walking before dawn Saturday along the highway "
            "where the roadblock is located, but a short while later none of the estimated 1,000 "
            "migrants remained in the area. Undeterred, many of the migrants\u2019 plan to "
            "continue their trek to the U.S.\n"
            "Guatemalan authorities said the original group of about 2,000 migrants was split "
            "after 108 agreed to return to Honduras, some traveling north to the roadblock, and "
            "others walking, hitching rides or catching buses to Guatemala City.\n"
            "Guatemalan President Alejandro Giammattei promised to apprehend the migrants and send "
            "them back to the border, declaring they represent a health threat during the "
            "COVID-19 pandemic.\n"
            "The migrants are heading to the U.S. as Latin America suffers from widespread job "
            "losses sparked by the pandemic.\n"
            "Their journey comes two years after a caravan was formed shortly before the U.S. "
            "midterm elections and became a hot campaign issue."
        ),
    },
    {
        "id": "blind12-05",
        "url": "https://www.voacambodia.com/a/a-40-2008-10-31-voa1-90164467/1353933.html",
        "agency": "Voice of America (Khmer service, English page)",
        "title": "Fighting, Temple Damage Remain Concerns",
        "published": "2008-10-31",
        "date_approximate": False,
        "date_note": "date from the URL; page furniture (\"Accessibility links\", \"Breaking "
                     "News\") and the headline removed; the stored page is whole",
        "text": (
            "Cambodia will need the utmost cooperation from Thailand if an ongoing, potentially "
            "deadly, border standoff is to be resolved, a cabinet spokesman said Monday.\n"
            "Thousands of Thai and Cambodian troops remain stationed on the border, centered "
            "around border temples in Preah Vihear and Oddar Meanchey provinces. Political "
            "instability in Thailand between opposition supporters and an embattled government "
            "have made negotiations difficult.\n"
            "However, Phay Siphan, spokesman for the Council of Ministers, said Thursday "
            "bilateral talks would continue.\n"
            "\"We wish Thailand to stop confrontations or any intentions to shoot in the area of "
            "Preah Vihear temple,\" he said, as a guest on \"Hello VOA.\"\n"
            "Cambodia maintains that a portion of the temple was damaged in Oct. 15 fighting "
            "between small groups of soldiers. Thailand denies the claim. At least three "
            "Cambodian and one Thai soldier was killed in the fighting.\n"
            "Along with preventing more violence, Cambodia wants to ensure the temple is damaged "
            "no further, Phay Siphan said.\n"
            "Preah Vihear temple was granted World Heritage protection by Unesco July 7, which led "
            "to protests in Bagkok and at the temple and the eventual occupation of a nearby "
            "pagoda, claimed by Cambodia, by Thai troops. Both sides then massed high numbers of "
            "heavily armed troops along the border, leading to the current deadlock.\n"
            "Phay Siphan said Unesco officials would hold a ceremony at Preah Vihear temple Nov. "
            "7 aimed at decreasing the military tension.\n"
            "Talks will be held between military commanders on border committees from both sides "
            "Nov. 10.\n"
            "Such talks have so far failed to lead to any meaningful withdrawal of troops, amid "
            "worries that a protracted standoff could lead to more violence."
        ),
    },
    {
        "id": "blind12-06",
        "url": "http://www.voanews.com/content/dogged-by-domestic-issues-s-sudanese-leader-shortens-china-trip-148851095/370153.html",
        "agency": "Voice of America",
        "title": "South Sudanese Leader Shortens China Trip",
        "published": "2012-04-25",
        "date_approximate": True,
        "date_note": "the copy carries no date; the photo of the signing ceremony is dated "
                     "2012-04-24 and the story reports Kiir's meeting on \"Wednesday\", so "
                     "2012-04-25; the section label \"News\", the headline and a photo caption "
                     "(printed twice) removed; double spaces after two full stops made single; "
                     "the stored copy ends mid-sentence, the text is kept up to the last complete "
                     "sentence",
        "text": (
            "South Sudan's President Salva Kiir is cutting short a trip to China because of what "
            "a Chinese official called \"domestic issues.\"\n"
            "Kiir had planned to remain in the country until Saturday. He met with the National "
            "People's Congress chairman Wu Bangguo Wednesday, who said it was unfortunate the "
            "South Sudanese leader would be leaving and canceling a trip to Shanghai.\n"
            "It was not clear when Kiir will depart China. He held talks Tuesday with Chinese "
            "President Hu Jintao, and said Sudan's bombings of southern territory amount to a "
            "declaration of war against his country.\n"
            "China has urged both sides to settle their issues through peaceful negotiations, and "
            "said it is sending an envoy to the region to promote talks.\n"
            "Tuesday, the United Nations Security Council called for an immediate end to fighting "
            "between Sudan and South Sudan.\n"
            "The U.S. ambassador to the United Nations, Susan Rice, said U.N. officials briefed "
            "the Security Council, noting that the withdrawal of South Sudanese troops (SPLA) "
            "from the oil town of Heglig was initially encouraging, but has resulted in increased "
            "bombings by Sudan.\n"
            "\"Council members welcome the withdrawal from Heglig by the SPLA, demanded an "
            "immediate halt to aerial bombardments by the Sudanese Armed Forces and urged an "
            "immediate cease-fire and a return to the negotiating table,\" Rice said.\n"
            "The ambassador said the U.N. Mission in South Sudan confirmed the bombings in Unity "
            "state killed at least 16 civilians and injured 34 others."
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


D = "blind12-01"
ev(D, "regional leaders from the Tamil Tiger", "is dead", "REJECT", "", ["military"],
   ["LKA"], ["regional leaders from the Tamil Tiger guerrilla group"], ["LKA"],
   ["the government"])
ev(D, "Government officials say they remain committed", "remain committed to the truce",
   "AGREE", "", ["military"], ["LKA"], ["Government officials"])
ev(D, "Government officials say they remain committed", "attempt to regain territory",
   "COERCE", "seize", ["military", "territory"], ["LKA"], ["government forces"], ["LKA"],
   ["the rebels"])
ev(D, "close to launching retaliatory attacks", "close to launching retaliatory attacks",
   "THREATEN", "violence", ["military"], ["LKA"], ["The Tamil Tigers"], ["LKA"],
   ["government forces"])
ev(D, "close to launching retaliatory attacks", "tried to seize", "COERCE", "seize",
   ["military", "territory"], ["LKA"], ["government forces"], ["LKA"], ["rebel territory"])
ev(D, "the Sri Lankan army moved into rebel territory", "moved into", "ASSAULT", "",
   ["military"], ["LKA"], ["the Sri Lankan army"], ["LKA"], ["rebel territory"])
ev(D, "that the government has tried to take", "tried to take", "COERCE", "seize",
   ["military", "territory"], ["LKA"], ["the government"], ["LKA"], ["rebel-held territory"])
ev(D, "sent a letter to the monitors", "may strike back", "THREATEN", "violence",
   ["military"], ["LKA"], ["the rebel group"], ["LKA"], ["government forces"])
ev(D, "They put the responsibility", "put the responsibility", "ACCUSE", "allege",
   ["military"], ["LKA"], ["They"], ["LKA"], ["the government side"])
ev(D, "will have no option but to retaliate", "retaliate", "THREATEN", "violence",
   ["military"], ["LKA"], ["the LTTE"], ["LKA"], ["the government sources"])
ev(D, "irrigation channel that the rebels had blocked", "blocked", "COERCE", "withhold",
   ["military", "natural_resource"], ["LKA"], ["the rebels"], ["LKA"],
   ["government-held land"])
ev(D, "signed a cease-fire in 2002", "signed a cease-fire", "AGREE", "", ["military"],
   ["LKA", "LKA"], ["The government", "the Tamil Tigers"])
ev(D, "The rebels had demanded independence", "demanded", "REQUEST", "change",
   ["territory", "religion_ethnicity"], ["LKA"], ["The rebels"])

D = "blind12-02"
ev(D, "military officers met in Addis Ababa", "met", "CONSULT", "", ["military", "territory"],
   ["SDN", "SSD"], ["Senior Sudanese and South Sudanese military officers",
                    "Senior Sudanese and South Sudanese military officers"])
ev(D, "South Sudan had withdrawn its troops", "withdrawn", "RETREAT", "withdraw",
   ["military", "territory"], ["SSD"], ["South Sudan"])
ev(D, "South Sudan halted its production", "halted its production", "SANCTION", "discontinue",
   ["economic", "natural_resource"], ["SSD"], ["South Sudan"])
ev(D, "Thabo Mbeki was flying in", "talks set to begin", "AGREE", "", ["diplomatic"], ["IGO"],
   ["AU High-Level Panel chief Thabo Mbeki"], future=True)
ev(D, "officials urged the two countries", "urged", "REQUEST", "change", ["diplomatic"],
   ["IGO", "UNO"], ["senior AU and United Nations officials",
                    "senior AU and United Nations officials"],
   ["SDN", "SSD"], ["the two countries", "the two countries"])
ev(D, "losing patience with the intransigence", "losing patience", "ACCUSE", "disapprove",
   ["diplomatic"], ["UNO"], ["U.N. Undersecretary General for Peacekeeping Herve Ladsous"])
ev(D, "We have been on your side", "we remain on your side", "SUPPORT", "", ["diplomatic"],
   ["UNO"], ["We"], ["SDN", "SSD"], ["your two countries", "your two countries"])
ev(D, "We have been on your side", "you have to help us help you", "REQUEST", "",
   ["diplomatic"], ["UNO"], ["We"], ["SDN", "SSD"], ["your two countries",
                                                      "your two countries"])
ev(D, "prompted cancellation of a scheduled summit", "cancellation", "REJECT", "meet",
   ["diplomatic"], ["SDN", "SSD"], ["Sudanese President Omar al-Bashir",
                                    "South Sudan's President Salva Kiir"])

D = "blind12-03"
ev(D, "when Turkish troops shelled positions", "shelled", "ASSAULT", "", ["military"],
   ["TUR"], ["Turkish troops"], ["SYR"],
   ["U.S.-allied fighters from the Kurdish People\u2019s Protection Units"])
ev(D, "demanded the YPG withdraw", "demanded", "REQUEST", "yield", ["military", "territory"],
   ["TUR"], ["Turkish Prime Minister Ahmet Davutoglu"], ["SYR"], ["the YPG"])
ev(D, "demanded the YPG withdraw", "seized", "COERCE", "seize", ["military", "territory"],
   ["SYR"], ["the Kurds"], ["SYR"], ["Syrian rebel forces"])
ev(D, "The Turkish shelling continued Sunday", "shelling continued", "ASSAULT", "",
   ["military"], ["TUR"], ["Turkish"])
ev(D, "have been battling for more than a week", "battling", "ASSAULT", "", ["military"],
   ["SYR", "SYR"], ["The Kurdish rebels", "Syrian President Bashar al-Assad\u2019s forces"])
ev(D, "have been battling for more than a week", "Russian-backed", "SUPPORT", "",
   ["military"], ["RUS"], ["Russian-backed"], ["SYR"],
   ["Syrian President Bashar al-Assad\u2019s forces"])
ev(D, "Operations by YPG forces", "Operations", "ASSAULT", "", ["military"], ["SYR"],
   ["YPG forces"], ["SYR"], ["the Western-backed Free Syrian Army (FSA)"])
ev(D, "Syrian rebels accuse the YPG", "accuse", "ACCUSE", "allege", ["military"], ["SYR"],
   ["Syrian rebels"], ["SYR"], ["the YPG"])

D = "blind12-04"
ev(D, "Hundreds of Honduran migrants are encountering", "encountering problems", "COERCE",
   "restrict", ["migration"], ["GTM", "MEX"], ["Guatemalan and Mexican security forces",
                                              "Guatemalan and Mexican security forces"],
   ["HND"], ["Hundreds of Honduran migrants"])
ev(D, "were blocked by about 100 police", "were blocked", "COERCE", "restrict",
   ["migration"], ["GTM"], ["about 100 police and army soldiers"], ["HND"],
   ["about 1,000 migrants"])
ev(D, "were bused back to the Guatemalan border", "bused back", "COERCE", "deport",
   ["migration"], [], [], ["HND"], ["hundreds of the migrants"])
ev(D, "Giammattei promised to apprehend", "apprehend", "COERCE", "arrest",
   ["migration", "health"], ["GTM"], ["Guatemalan President Alejandro Giammattei"], ["HND"],
   ["the migrants"], future=True)
ev(D, "Giammattei promised to apprehend", "send them back", "COERCE", "deport",
   ["migration", "health"], ["GTM"], ["Guatemalan President Alejandro Giammattei"], ["HND"],
   ["them"], future=True)

D = "blind12-05"
ev(D, "Cambodia will need the utmost cooperation", "will need the utmost cooperation",
   "REQUEST", "assist", ["territory"], ["KHM"], ["Cambodia"], ["THA"], ["Thailand"])
ev(D, "Thousands of Thai and Cambodian troops", "remain stationed", "MOBILIZE", "troops",
   ["military", "territory"], ["THA", "KHM"], ["Thousands of Thai and Cambodian troops",
                                              "Thousands of Thai and Cambodian troops"])
ev(D, "bilateral talks would continue", "bilateral talks would continue", "AGREE", "",
   ["diplomatic", "territory"], ["KHM"], ["Phay Siphan"], future=True)
ev(D, "We wish Thailand to stop confrontations", "wish", "REQUEST", "change",
   ["military", "territory"], ["KHM"], ["We"], ["THA"], ["Thailand"])
ev(D, "Cambodia maintains that a portion", "maintains", "ACCUSE", "allege",
   ["military", "territory"], ["KHM"], ["Cambodia"])
ev(D, "Thailand denies the claim", "denies", "REJECT", "", ["military", "territory"],
   ["THA"], ["Thailand"])
ev(D, "one Thai soldier was killed", "killed", "ASSAULT", "", ["military"],
   ["KHM", "THA"], ["three Cambodian", "one Thai soldier"])
ev(D, "eventual occupation of a nearby pagoda", "occupation", "COERCE", "seize",
   ["military", "territory"], ["THA"], ["Thai troops"], ["KHM"], ["Cambodia"])
ev(D, "Both sides then massed", "massed", "MOBILIZE", "troops", ["military", "territory"],
   ["THA", "KHM"], ["Both sides", "Both sides"])
ev(D, "Talks will be held between military commanders", "Talks will be held", "AGREE", "",
   ["military", "territory"], ["KHM", "THA"], ["both sides", "both sides"], future=True)

D = "blind12-06"
ev(D, "is cutting short a trip to China", "trip", "CONSULT", "visit", ["diplomatic"],
   ["SSD"], ["South Sudan's President Salva Kiir"], ["CHN"], ["China"])
ev(D, "He met with the National People's Congress", "met", "CONSULT", "", ["diplomatic"],
   ["SSD", "CHN"], ["He", "the National People's Congress chairman Wu Bangguo"])
ev(D, "He held talks Tuesday", "held talks", "CONSULT", "", ["diplomatic"], ["SSD", "CHN"],
   ["He", "Chinese President Hu Jintao"])
ev(D, "He held talks Tuesday", "amount to a declaration of war", "ACCUSE", "allege",
   ["military"], ["SSD"], ["He"], ["SDN"], ["Sudan's"])
ev(D, "He held talks Tuesday", "bombings", "ASSAULT", "aerial", ["military", "territory"],
   ["SDN"], ["Sudan's"], ["SSD"], ["southern territory"])
ev(D, "China has urged both sides", "urged", "REQUEST", "meet", ["diplomatic"], ["CHN"],
   ["China"], ["SDN", "SSD"], ["both sides", "both sides"])
ev(D, "China has urged both sides", "sending an envoy", "AGREE", "", ["diplomatic"], ["CHN"],
   ["it"], future=True)
ev(D, "the United Nations Security Council called for", "called for", "REQUEST", "change",
   ["military"], ["UNO"], ["the United Nations Security Council"], ["SDN", "SSD"],
   ["Sudan", "South Sudan"])
ev(D, "noting that the withdrawal of South Sudanese troops", "withdrawal", "RETREAT",
   "withdraw", ["military", "territory"], ["SSD"], ["South Sudanese troops (SPLA)"])
ev(D, "noting that the withdrawal of South Sudanese troops", "increased bombings", "ASSAULT",
   "aerial", ["military"], ["SDN"], ["Sudan"])
ev(D, "Council members welcome the withdrawal", "welcome", "SUPPORT", "", ["military"],
   ["UNO"], ["Council members"], ["SSD"], ["the SPLA"])
ev(D, "Council members welcome the withdrawal", "demanded", "REQUEST", "change", ["military"],
   ["UNO"], ["Council members"], ["SDN"], ["the Sudanese Armed Forces"])
ev(D, "Council members welcome the withdrawal", "urged", "REQUEST", "change",
   ["military", "diplomatic"], ["UNO"], ["Council members"])


def main() -> None:
    """Write ``blind12.jsonl`` and print counts."""
    docs = build(DOCS, E)
    with OUT.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    n_sent = sum(len(sentences(d["text"])) for d in docs)
    print(f"{len(docs)} documents, {n_sent} sentences, "
          f"{sum(len(d['events']) for d in docs)} events -> {OUT}")


if __name__ == "__main__":
    main()

"""Build ``blind15.jsonl``: six whole U.S. government texts annotated by hand (evgold3, 2026-12-05).

Annotated and committed before any system ran on these texts (see ``README-blind15.md``). The
developers of round 6 do not read this file; the lead scores the round's start and end code on
it, and it is a development set from the moment its errors are read. Official statements and
releases about foreign parties: a USAID funding announcement (Yemen, South Sudan, Nigeria,
Somalia), an embassy statement on released prisoners (Uzbekistan), an embassy statement on an
attack in Kabul (Afghanistan / NATO), a State Department statement on attacks in Iraq, a State
Department story on fighting and unilateral cease-fires (South Sudan), a State Department
statement on detained Crimean Tatar leaders (Russia / Ukraine). No readout. Same format and
checks as ``build_dev4.py`` (whose builder is reused). Run from the repository root:

    python data/gold/events/build_blind15.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from build_dev4 import build  # noqa: E402
from check_documents import sentences  # noqa: E402

OUT = Path(__file__).with_name("blind15.jsonl")

DOCS = [
    {
        "id": "blind15-01",
        "url": "https://2012-2017.usaid.gov./news-information/press-releases/"
               "sep-21-2017-united-states-announces-additional-humanitarian-assistance-countries",
        "agency": "U.S. Agency for International Development",
        "title": "United States Announces Additional Humanitarian Assistance",
        "published": "2017-09-21",
        "date_approximate": False,
        "date_note": "date from the URL (sep-21-2017); \"For Immediate Release\" removed; the "
                     "stored copy ends mid-sentence, the text is kept up to the last complete "
                     "sentence; title taken from the URL",
        "text": (
            "Today, the United States announced more than $575 million in additional "
            "humanitarian assistance to the millions of people affected by food insecurity and "
            "violence in Yemen, South Sudan, Nigeria, and Somalia. This additional funding brings "
            "the total U.S. humanitarian assistance to nearly $2.5 billion for these four crises "
            "since the beginning of Fiscal Year 2017.\n"
            "The announcement was made by United States Agency for International Development "
            "Administrator Mark Green at the United Nations General Assembly. With this new "
            "funding, the United States is providing emergency food and nutrition assistance, "
            "life-saving medical care, improved sanitation, emergency shelter, and protection for "
            "vulnerable groups who have been affected by conflict. The United States is also "
            "providing safe drinking water and supporting health and hygiene programs to treat "
            "and prevent disease outbreaks, including cholera, which has taken hold in all four "
            "countries.\n"
            "Tens of millions of people are in need of humanitarian assistance as a result of "
            "the man-made crises in South Sudan, Nigeria, and Yemen, all of which are driven by "
            "conflict and Somalia, where ongoing conflict is exacerbating the effects of a severe "
            "drought. While a swift influx of aid helped roll back famine in some areas of South "
            "Sudan, and has so far prevented famine in Yemen and Somalia, life-threatening hunger "
            "is spreading in both scope and scale. During today's announcement, Administrator "
            "Green reiterated the U.S. Government's commitment to working with international and "
            "local partners to avert famine and provide life-saving aid to people impacted by "
            "these crises.\n"
            "The United States is the single largest donor of humanitarian assistance for these "
            "crises. We commend the humanitarian contributions made by international donors, and "
            "encourage additional contributions to meet growing needs."
        ),
    },
    {
        "id": "blind15-02",
        "url": "https://uz.usembassy.gov/u-s-embassy-statement-recent-releases-prisoners-"
               "conscience/",
        "agency": "U.S. Embassy in Uzbekistan",
        "title": "U.S. Embassy Statement on Recent Releases of Prisoners of Conscience",
        "published": "2018-02-15",
        "date_approximate": True,
        "date_note": "the copy carries no date; the releases it names (the last of them in "
                     "early 2018) date it to about February 2018; the headline removed; the "
                     "hashtag \"#Uzbekistan\" of the original is kept",
        "text": (
            "The U.S. Embassy welcomes the recent releases of long-held prisoners of conscience "
            "Muhammad Bejanov, Isroljon Holdarov and Yusuf Ruzimurodov, who are free thanks to "
            "important government policy shifts in #Uzbekistan. We wish all the recently-freed "
            "prisoners full justice, restored health and renewed vigor. We urge the government "
            "to continue the releases and once free, we hope freed individuals will receive the "
            "dignity, authorizations and documents that will make their new status complete and "
            "permanent. Most of all we hope reforms will continue so that the practice of "
            "holding political prisoners will soon be a part of Uzbekistan\u2019s past."
        ),
    },
    {
        "id": "blind15-03",
        "url": "https://af.usembassy.gov/u-s-embassy-condemns-attack-coalition-forces-kabul-"
               "june-30-2015/",
        "agency": "U.S. Embassy in Afghanistan",
        "title": "U.S. Embassy Condemns Attack on Coalition Forces in Kabul (June 30, 2015)",
        "published": "2015-06-30",
        "date_approximate": False,
        "date_note": "date from the dateline; the headline and the dateline line removed; "
                     "double spaces between sentences made single",
        "text": (
            "The U.S. Embassy condemns today\u2019s attack on NATO coalition forces in Kabul. "
            "The attack resulted tragically in civilian casualties and demonstrates the blatant "
            "disregard for human life by those seeking to disrupt Afghanistan\u2019s democratic "
            "progress. The United States remains firmly committed to assisting the government "
            "of Afghanistan as it provides for the security and well-being of the Afghan people. "
            "Our thoughts and prayers are with all of those killed and injured today, as well as "
            "with their families and friends."
        ),
    },
    {
        "id": "blind15-04",
        "url": "https://2009-2017.state.gov/r/pa/prs/ps/2011/01/155113.htm",
        "agency": "U.S. Department of State",
        "title": "Iraq: Recent Attacks",
        "published": "2011-01-21",
        "date_approximate": False,
        "date_note": "press statement by Philip J. Crowley, Assistant Secretary for Public "
                     "Affairs; the headline, the \"Press Statement\" byline block and the "
                     "\"PRN: 2011/089\" number removed",
        "text": (
            "The United States strongly condemns the recent attacks in Anbar and Diyala, and "
            "Karbala which targeted police recruits, pilgrims and innocent civilians, and offers "
            "condolences to the families of the victims of these terrorist attacks. The attacks "
            "yesterday in Karbala were especially reprehensible as they targeted Shi\u2019a "
            "pilgrims practicing their faith. No cause or grievance justifies the murder of "
            "innocent people.\n"
            "We stand in solidarity with the people of Iraq in rejecting extremist efforts to "
            "foment sectarian tensions and undermine the institutions of Iraqi democracy. They "
            "cannot and must not prevail. The United States remains deeply committed to "
            "assisting the Iraqi Security Forces in countering this threat. This commitment to "
            "Iraq and its people will not waiver."
        ),
    },
    {
        "id": "blind15-05",
        "url": "http://2007-2017-blogs.state.gov/stories/2016/07/11/united-states-urges-end-"
               "fighting-south-sudan.html",
        "agency": "U.S. Department of State (DipNote)",
        "title": "United States Urges An End to the Fighting in South Sudan",
        "published": "2016-07-11",
        "date_approximate": False,
        "date_note": "date from the URL; the headline removed; the stored copy ends "
                     "mid-sentence inside a quotation, that last paragraph is dropped",
        "text": (
            "In response to the sudden and serious decline in the security situation in South "
            "Sudan, the United States is in active communication with African Union and regional "
            "leaders at the most senior levels to jointly press the South Sudanese leaders and "
            "their commanders to end the fighting.\n"
            "U.S. Department of State Spokesperson John Kirby released statements on July 9 and "
            "July 10 condemning the latest outbreak of violence and calling on President Kiir and "
            "First Vice President Machar as well as their political allies to immediately "
            "restrain their forces from fighting. In those statements, Spokesperson Kirby "
            "underscored the need for all parties to end the violence stating, \u201cWe again "
            "call on both leaders and their political allies and commanders to immediately "
            "restrain their forces from further fighting, return them to barracks, and prevent "
            "additional violence and bloodshed. The United States is determined to ensure "
            "appropriate measures are taken to hold accountable those responsible for continuing "
            "fighting and violations of international humanitarian law, including attacks on the "
            "UN Mission in South Sudan (UNMISS) and targeting of civilians.\u201d\n"
            "Today, Spokesperson Kirby gave an update on the United States\u2019 efforts to "
            "engage all parties during a briefing to members of the press. Referring to efforts "
            "on-the-ground, he noted, \u201c[U.S.] Ambassador [to South Sudan Mary Catherine] "
            "Phee, has spoken repeatedly with senior officials on both sides and today we "
            "welcome the presidential decree declaring a unilateral ceasefire to take effect at "
            "6 o'clock. We also welcome the commitment conveyed by first Vice President Machar to "
            "reciprocate with the unilateral cease-fire for opposition forces.\u201d"
        ),
    },
    {
        "id": "blind15-06",
        "url": "https://www.state.gov/united-states-condemns-the-unjust-detention-of-crimean-"
               "tatar-leaders/",
        "agency": "U.S. Department of State",
        "title": "United States Condemns the Unjust Detention of Crimean Tatar Leaders",
        "published": "2021-09-05",
        "date_approximate": True,
        "date_note": "the copy carries no date; it speaks of the \"September 4 detention\" and "
                     "the \"August 23 Crimea Platform Summit\" (2021), so it is dated the day "
                     "after the detentions; the page footer (\"U.S. Department of State\", \"The "
                     "Lessons of 1989: Freedom and Our Future\") removed; double spaces between "
                     "sentences made single; title taken from the URL",
        "text": (
            "The United States strongly condemns the September 4 detention of the Deputy "
            "Chairman of the Crimean Tatar Mejlis, Nariman Dzhelyal, and at least 45 other "
            "Crimean Tatars by Russian occupation authorities in Crimea. We call on the Russian "
            "occupation authorities to release them immediately. This is the latest in a long "
            "line of politically-motivated raids, detentions, and punitive measures against the "
            "Mejlis and its leadership, which has been targeted for repression for its "
            "opposition to Russia\u2019s attempted annexation of Crimea. As the United States "
            "reaffirmed during the August 23 Crimea Platform Summit, Crimea is Ukraine, and the "
            "United States is unwavering in its support for Ukraine\u2019s sovereignty and "
            "territorial integrity."
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


FOUR = ["YEM", "SSD", "NGA", "SOM"]

D = "blind15-01"
ev(D, "the United States announced more than $575 million", "announced", "AGREE", "",
   ["human_security"], ["USA"], ["the United States"], FOUR,
   ["Yemen", "South Sudan", "Nigeria", "Somalia"])
ev(D, "With this new funding, the United States is providing", "providing", "AID", "",
   ["human_security"], ["USA"], ["the United States"])
ev(D, "The United States is also providing safe drinking water", "providing safe drinking water",
   "AID", "", ["human_security", "health"], ["USA"], ["The United States"], FOUR,
   ["all four countries"] * 4)
ev(D, "While a swift influx of aid helped", "influx of aid", "AID", "", ["human_security"],
   [], [], ["SSD", "YEM", "SOM"], ["South Sudan", "Yemen", "Somalia"])
ev(D, "Administrator Green reiterated", "reiterated the U.S. Government's commitment", "AGREE",
   "", ["human_security"], ["USA"], ["the U.S. Government's"])
ev(D, "We commend the humanitarian contributions", "commend", "SUPPORT", "",
   ["human_security"], ["USA"], ["We"])
ev(D, "We commend the humanitarian contributions", "encourage additional contributions",
   "REQUEST", "assist", ["human_security"], ["USA"], ["We"])

D = "blind15-02"
ev(D, "The U.S. Embassy welcomes the recent releases", "welcomes", "SUPPORT", "",
   ["human_rights"], ["USA"], ["The U.S. Embassy"], ["UZB"], ["Uzbekistan"])
ev(D, "The U.S. Embassy welcomes the recent releases", "releases", "RETREAT", "release",
   ["human_rights", "repression"], ["UZB"], ["Uzbekistan"], ["UZB"],
   ["long-held prisoners of conscience"])
ev(D, "We urge the government to continue the releases", "urge", "REQUEST", "yield",
   ["human_rights"], ["USA"], ["We"], ["UZB"], ["the government"])

D = "blind15-03"
ev(D, "The U.S. Embassy condemns", "condemns", "ACCUSE", "disapprove", ["terrorism"], ["USA"],
   ["The U.S. Embassy"])
ev(D, "The U.S. Embassy condemns", "attack", "ASSAULT", "", ["terrorism", "military"], [], [],
   ["IGO"], ["NATO coalition forces"])
ev(D, "remains firmly committed to assisting", "remains firmly committed to assisting", "AGREE",
   "", ["military"], ["USA"], ["The United States"], ["AFG"], ["the government of Afghanistan"])
ev(D, "Our thoughts and prayers are with", "Our thoughts and prayers are with", "SUPPORT", "",
   ["terrorism"], ["USA"], ["Our"])

D = "blind15-04"
ev(D, "The United States strongly condemns the recent attacks", "strongly condemns", "ACCUSE",
   "disapprove", ["terrorism"], ["USA"], ["The United States"])
ev(D, "The United States strongly condemns the recent attacks", "targeted", "ASSAULT", "",
   ["terrorism"], [], [], ["IRQ"], ["police recruits, pilgrims and innocent civilians"])
ev(D, "The United States strongly condemns the recent attacks", "offers condolences",
   "SUPPORT", "", ["terrorism"], ["USA"], ["The United States"])
ev(D, "they targeted Shi\u2019a pilgrims", "targeted", "ASSAULT", "",
   ["terrorism", "religion_ethnicity"], [], [], ["IRQ"], ["Shi\u2019a pilgrims"])
ev(D, "We stand in solidarity with the people of Iraq", "stand in solidarity", "SUPPORT", "",
   ["terrorism", "religion_ethnicity"], ["USA"], ["We"], ["IRQ"], ["the people of Iraq"])
ev(D, "remains deeply committed to assisting", "remains deeply committed to assisting",
   "AGREE", "", ["military", "terrorism"], ["USA"], ["The United States"], ["IRQ"],
   ["the Iraqi Security Forces"])

D = "blind15-05"
ev(D, "the United States is in active communication", "in active communication", "CONSULT", "",
   ["military", "diplomatic"], ["USA", "IGO"], ["the United States", "African Union"])
ev(D, "released statements on July 9 and July 10", "condemning", "ACCUSE", "disapprove",
   ["military"], ["USA"], ["U.S. Department of State Spokesperson John Kirby"])
ev(D, "released statements on July 9 and July 10", "calling on", "REQUEST", "change",
   ["military"], ["USA"], ["U.S. Department of State Spokesperson John Kirby"],
   ["SSD", "SSD"], ["President Kiir", "First Vice President Machar"])
ev(D, "We again call on both leaders", "call on", "REQUEST", "change", ["military"], ["USA"],
   ["Spokesperson Kirby"], ["SSD"], ["both leaders"])
ev(D, "is determined to ensure appropriate measures", "hold accountable", "THREATEN", "",
   ["military", "human_rights"], ["USA"], ["The United States"])
ev(D, "is determined to ensure appropriate measures", "attacks", "ASSAULT", "",
   ["military", "peacekeeping"], [], [], ["UNO"], ["UN Mission in South Sudan (UNMISS)"])
ev(D, "has spoken repeatedly with senior officials", "has spoken repeatedly", "CONSULT", "",
   ["military", "diplomatic"], ["USA", "SSD"],
   ["[U.S.] Ambassador [to South Sudan Mary Catherine] Phee", "senior officials on both sides"])
ev(D, "has spoken repeatedly with senior officials", "welcome", "SUPPORT", "", ["military"],
   ["USA"], ["we"], ["SSD"], ["the presidential decree"])
ev(D, "has spoken repeatedly with senior officials", "declaring a unilateral ceasefire",
   "CONCEDE", "", ["military"], ["SSD"], ["the presidential decree"])
ev(D, "We also welcome the commitment", "welcome", "SUPPORT", "", ["military"], ["USA"], ["We"],
   ["SSD"], ["first Vice President Machar"])
ev(D, "We also welcome the commitment", "reciprocate with the unilateral cease-fire",
   "CONCEDE", "", ["military"], ["SSD"], ["first Vice President Machar"], future=True)

D = "blind15-06"
ev(D, "strongly condemns the September 4 detention", "strongly condemns", "ACCUSE",
   "disapprove", ["human_rights", "repression"], ["USA"], ["The United States"], ["RUS"],
   ["Russian occupation authorities"])
ev(D, "strongly condemns the September 4 detention", "detention", "COERCE", "arrest",
   ["repression", "religion_ethnicity", "territory"], ["RUS"],
   ["Russian occupation authorities"], ["UKR"], ["Nariman Dzhelyal"])
ev(D, "We call on the Russian occupation authorities", "call on", "REQUEST", "yield",
   ["human_rights", "repression"], ["USA"], ["We"], ["RUS"],
   ["the Russian occupation authorities"])
ev(D, "politically-motivated raids, detentions", "detentions", "COERCE", "arrest",
   ["repression"], [], [], ["UKR"], ["the Mejlis"])
ev(D, "politically-motivated raids, detentions", "opposition", "ACCUSE", "disapprove",
   ["territory"], ["UKR"], ["the Mejlis"], ["RUS"], ["Russia\u2019s"])
ev(D, "politically-motivated raids, detentions", "attempted annexation", "COERCE", "seize",
   ["territory"], ["RUS"], ["Russia\u2019s"], ["UKR"], ["Crimea"])
ev(D, "unwavering in its support", "support", "SUPPORT", "", ["territory"], ["USA"],
   ["the United States"], ["UKR"], ["Ukraine\u2019s"])


def main() -> None:
    """Write ``blind15.jsonl`` and print counts."""
    docs = build(DOCS, E)
    with OUT.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    n_sent = sum(len(sentences(d["text"])) for d in docs)
    print(f"{len(docs)} documents, {n_sent} sentences, "
          f"{sum(len(d['events']) for d in docs)} events -> {OUT}")


if __name__ == "__main__":
    main()

"""Texts and annotation of ``blind24.jsonl`` (evgold12, 2026-12-06; Voice of America, public domain).

Written from the annotator's own reading before any system ran on these texts. Each event is
``ev(doc, sentence anchor, trigger, type, mode, contexts, actor codes, actor texts, recipient codes,
recipient texts, negated=, future=, hypothetical=)``; ``build_blind24.py`` finds the offsets.
"""

from __future__ import annotations

DOCS: list[dict] = [
    {
        "id": "blind24-01",
        "url": "https://voanews.com/a/a-13-2009-01-05-voa43-68626807/353029.html",
        "agency": "Voice of America",
        "title": "Turkish Warplanes Bomb Suspected Kurdish Rebels in Iraq",
        "published": "2009-01-05",
        "date_approximate": False,
        "date_note": "date from the VOA archive URL (a-13-2009-01-05)",
        "note": "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); "
                "whole page (ends on the wire-credit line)",
        "truncated": False,
        "text": (
            "Turkish warplanes Monday targeted suspected Kurdish rebel hideouts in northern Iraq.\n"
            "A spokesman for the Kurdistan Workers' Party, or PKK, told the French news agency "
            "that Turkish planes and Iranian artillery bombarded locations in the remote mountain "
            "area.\n"
            "The spokesman did not say if there were any casualties.\n"
            "A Web site that supports the PKK says the Turkish military carried out 373 "
            "operations against the rebel group in 2008, including two launched jointly with "
            "Iranian forces.\n"
            "The prime ministers of Turkey and Iraq recently said they will cooperate in fighting "
            "Kurdish rebels based in northern Iraq.\n"
            "Turkish warplanes have bombed suspected rebel hideouts in northern Iraq in response "
            "to PKK assaults on Turkish soldiers.\n"
            "The United States and Iraq have warned that the conflict could destabilize northern "
            "Iraq.\n"
            "The PKK has been fighting for Kurdish autonomy in southeastern Turkey for nearly a "
            "quarter-century. At least 37,000 people have been killed in the conflict.\n"
            "Turkey, the European Union and the United States classify the PKK as a terrorist "
            "group.\n"
            "Some information for this report was provided by AFP and Reuters."
        ),
    },
    {
        "id": "blind24-02",
        "url": "https://www.voanews.com/a/turkish-airstrikes-hit-kurdish-rebels-in-iraq/3426767.html",
        "agency": "Voice of America",
        "title": "Turkish Airstrikes Hit Kurdish Rebels in Iraq",
        "published": "2016-07-20",
        "date_approximate": True,
        "date_note": "no date on the stored copy; 'early Wednesday' and 'the failed coup attempt "
                     "last week' (Turkey, July 15, 2016) date it to Wednesday, July 20, 2016",
        "note": "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), "
                "the photo caption ('FILE - Dozens of Turkish F-16 jets ...'); the stored copy ends "
                "on a complete sentence well below the store's length limit",
        "truncated": False,
        "text": (
            "Turkish state media report at least 20 Kurdish militants were killed in Turkish "
            "airstrikes on northern Iraq early Wednesday.\n"
            "Turkey's F-16 fighter jets targeted members of the outlawed Kurdish Workers Party "
            "(PKK) in the mountainous region of Hakurk near Iraq's border with Turkey, according "
            "to Anadolu news agency.\n"
            "A two-year-old cease-fire and peace process between Turkey's government and the PKK "
            "collapsed in July 2015.\n"
            "Turkish warplanes have been carrying out frequent bombing raids on PKK camps in "
            "northern Iraq and in Turkey's mainly Kurdish southeast. The rebels have responded "
            "with a string of bloody attacks on security forces.\n"
            "This is Turkey's first attack on the PKK since the failed coup attempt last week."
        ),
    },
    {
        "id": "blind24-03",
        "url": "https://www.voanews.com/a/a-13-2006-04-22-voa29/327326.html",
        "agency": "Voice of America",
        "title": "Colombian Rebels Kill 16 Soldiers, Security Agents in Ambush",
        "published": "2006-04-22",
        "date_approximate": False,
        "date_note": "date from the VOA archive URL (a-13-2006-04-22)",
        "note": "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); "
                "the stored copy ends on a complete sentence well below the store's length limit",
        "truncated": False,
        "text": (
            "Colombian officials say leftist rebels have attacked a military convoy in remote "
            "northeastern Colombia, killing six soldiers and 10 security officers.\n"
            "The attack Thursday took place near the town of Hacari in Norte de Santander "
            "province, which borders Venezuela.\n"
            "The Colombian military says it and the Department of Administrative Security (DAS) "
            "were carrying out operations against the country's largest rebel group, the "
            "Revolutionary Armed Forces of Colombia (FARC) when explosives were detonated "
            "alongside their convoy.\n"
            "Violence has increased ahead of the May 28 election, in which anti-crime President "
            "Alvaro Uribe, is expected to win re-election.\n"
            "Human Rights Watch has accused FARC of massacring dozens of civilians, including "
            "children in an effort to intimidate voters."
        ),
    },
]

E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


D = "blind24-01"
ev(D, "Turkish warplanes Monday targeted", "targeted", "ASSAULT", "aerial",
   ["military", "terrorism"], ["TUR"], ["Turkish warplanes"], ["TUR"],
   ["suspected Kurdish rebel hideouts"])
ev(D, "A spokesman for the Kurdistan Workers' Party", "told", "ACCUSE", "allege", ["military"],
   ["TUR"], ["A spokesman for the Kurdistan Workers' Party"], ["TUR", "IRN"],
   ["Turkish planes", "Iranian artillery"])
ev(D, "A spokesman for the Kurdistan Workers' Party", "bombarded", "ASSAULT", "", ["military"],
   ["TUR", "IRN"], ["Turkish planes", "Iranian artillery"])
ev(D, "carried out 373", "carried out 373 operations", "ASSAULT", "", ["military"], ["TUR"],
   ["the Turkish military"], ["TUR"], ["the rebel group"])
ev(D, "carried out 373", "launched jointly", "COOPERATE", "", ["military"], ["TUR", "IRN"],
   ["the Turkish military", "Iranian forces"])
ev(D, "The prime ministers of Turkey and Iraq", "will cooperate", "AGREE", "",
   ["military", "terrorism"], ["TUR", "IRQ"], ["Turkey", "Iraq"], ["TUR"], ["Kurdish rebels"])
ev(D, "Turkish warplanes have bombed", "have bombed", "ASSAULT", "aerial", ["military"],
   ["TUR"], ["Turkish warplanes"], ["TUR"], ["suspected rebel hideouts"])
ev(D, "Turkish warplanes have bombed", "assaults", "ASSAULT", "", ["military"], ["TUR"],
   ["PKK"], ["TUR"], ["Turkish soldiers"])
ev(D, "The United States and Iraq have warned", "have warned", "ACCUSE", "disapprove",
   ["military"], ["USA", "IRQ"], ["The United States", "Iraq"])
ev(D, "The PKK has been fighting", "has been fighting", "ASSAULT", "",
   ["military", "religion_ethnicity"], ["TUR"], ["The PKK"])

D = "blind24-02"
ev(D, "Turkish state media report", "airstrikes", "ASSAULT", "aerial", ["military"], ["TUR"],
   ["Turkish"], ["TUR"], ["Kurdish militants"])
ev(D, "Turkey's F-16 fighter jets targeted", "targeted", "ASSAULT", "aerial", ["military"],
   ["TUR"], ["Turkey's F-16 fighter jets"], ["TUR"],
   ["members of the outlawed Kurdish Workers Party (PKK)"])
ev(D, "Turkish warplanes have been carrying out", "carrying out frequent bombing raids",
   "ASSAULT", "aerial", ["military"], ["TUR"], ["Turkish warplanes"], ["TUR"], ["PKK camps"])
ev(D, "The rebels have responded", "bloody attacks", "ASSAULT", "", ["military"], ["TUR"],
   ["The rebels"], ["TUR"], ["security forces"])

D = "blind24-03"
ev(D, "Colombian officials say leftist rebels", "say", "ACCUSE", "allege", ["military"],
   ["COL"], ["Colombian officials"], ["COL"], ["leftist rebels"])
ev(D, "Colombian officials say leftist rebels", "have attacked", "ASSAULT", "", ["military"],
   ["COL"], ["leftist rebels"], ["COL"], ["a military convoy"])
ev(D, "The Colombian military says it", "carrying out operations", "ASSAULT", "", ["military"],
   ["COL", "COL"], ["The Colombian military", "the Department of Administrative Security (DAS)"],
   ["COL"], ["the country's largest rebel group"])
ev(D, "The Colombian military says it", "explosives were detonated", "ASSAULT", "explosives",
   ["military"], [], [], ["COL"], ["their convoy"])
ev(D, "Human Rights Watch has accused", "has accused", "ACCUSE", "allege",
   ["human_rights", "election"], ["NGO"], ["Human Rights Watch"], ["COL"], ["FARC"])

"""Build ``blind18.jsonl``: whole Voice of America stories annotated by hand (evgold6, 2026-12-06).

The texts (Voice of America, public domain) and the annotation are written below as data: for
each event a sentence anchor (a substring of exactly one sentence), the trigger (a substring of
that sentence) and the codes. The builder of ``build_dev4.py`` (imported, not copied) finds the
offsets with the sentence rule of ``data/gold/check_documents.py``, checks that every anchor and
trigger is found exactly once and that every actor/recipient text lies in its sentence; this
script then re-checks every offset of the written file. No wirecoder import. Run from the
repository root:

    python data/gold/events/build_blind18.py

See ``README-blind18.md``: the annotation was written before any system ran on these texts. The
set is sealed until the lead scores it (start and end of round 8).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from build_dev4 import build  # noqa: E402
from check_documents import sentences  # noqa: E402

OUT = Path(__file__).with_name("blind18.jsonl")
VOA = "Voice of America"

DOCS: list[dict] = []
E: list[tuple] = []


def doc(ident, url, title, published, note, paragraphs, truncated=False, approx=False):
    """Add one document; paragraphs are joined with a line break."""
    DOCS.append({"id": ident, "url": url, "agency": VOA, "title": title,
                 "published": published, "date_approximate": approx,
                 "truncated": truncated, "date_note": note, "note": note,
                 "text": "\n".join(paragraphs)})


def ev(d, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((d, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


# --------------------------------------------------------------------------- blind18-01
D = "blind18-01"
doc(D, "https://www.voanews.com/a/a-13-2006-05-03-voa52/325090.html",
    "US Seeks Changes to Darfur Peace Deal", "2006-05-03",
    "date from the URL; whole story; removed: 'Accessibility links', 'Breaking News', 'News', "
    "the headline, 'update', the credit line 'Some information for this report was provided "
    "by AP and Reuters.' and the 'XS SM MD LG' size widget",
    [
        "U.S. diplomats at the Darfur peace talks are lobbying the Sudanese government to accept "
        "changes to a draft peace agreement.",
        "Mediators say the proposed changes would grant Darfur rebel factions more concessions "
        "than the original agreement, which the government had accepted, but rebel leaders "
        "rejected.",
        "The changes are expected to address rebel demands for greater power-sharing and "
        "wealth-sharing. Rebel leaders have not said if the proposed changes would satisfy their "
        "demands.",
        "Mediators say deep mistrust on both sides is undermining the process. But a rebel "
        "negotiator, SLM member Niemat Ahmadai, told VOA that it is important for an agreement "
        "to be reached for the sake of the people living in Darfur.",
        "The deadline for an agreement expires Thursday at midnight. Mediators have pushed back "
        "the deadline twice.",
        "A conflict over land and water resources in Darfur erupted into fighting in 2003 when "
        "non-Arab rebels accused the Arab-dominated government of neglect. Fighting between the "
        "rebels, government forces and Khartoum-backed, Janjaweed, militias has displaced more "
        "than two million people.",
    ])
ev(D, "U.S. diplomats at the Darfur", "lobbying", "REQUEST", "change", ["diplomatic"],
   ["USA"], ["U.S. diplomats"], ["SDN"], ["the Sudanese government"])
ev(D, "which the government had accepted", "accepted", "AGREE", "", ["diplomatic"],
   ["SDN"], ["the government"])
ev(D, "which the government had accepted", "rejected", "REJECT", "", ["diplomatic"],
   ["SDN"], ["rebel leaders"])
ev(D, "address rebel demands", "demands", "REQUEST", "change",
   ["political_institutions", "economic"], ["SDN"], ["rebel"])
ev(D, "non-Arab rebels accused", "accused", "ACCUSE", "allege", ["economic"],
   ["SDN"], ["non-Arab rebels"], ["SDN"], ["the Arab-dominated government"])
ev(D, "has displaced more than two million", "Fighting", "ASSAULT", "", ["military"],
   ["SDN"], ["government forces"])
ev(D, "has displaced more than two million", "displaced", "SANCTION", "expel",
   ["human_security"], ["SDN"], ["government forces"], ["SDN"],
   ["more than two million people"])

# --------------------------------------------------------------------------- blind18-02
D = "blind18-02"
doc(D, "https://www.voanews.com/a/a-13-2007-10-26-voa29-66800527/255051.html",
    "Fresh Fighting Dampens Hope for Darfur Peace Accord", "2007-10-26",
    "date from the URL; the stored copy ends mid-sentence ('The rebels, mostl'): kept up to "
    "the last complete sentence; removed: 'Accessibility links', 'Breaking News', the headline",
    [
        "Fresh fighting has erupted between Sudanese government troops, allied militias and "
        "rebel factions in Sudan's troubled Darfur region. At the same time, rebels have "
        "attacked a Sudanese oil field. Sarah Simpson reports from VOA's East Africa Bureau in "
        "Nairobi, that the violence has dealt a serious blow to hopes of a peace agreement at "
        "talks due to open in Libya on Saturday.",
        "Suleiman Jamous, a respected rebel within the Sudan Liberation Army, has told VOA that "
        "his group is fighting government troops in Darfur, even as a special peace summit is "
        "expected to open in Libya.",
        "Reports of fresh fighting come as another key rebel group, the Justice and Equality "
        "Movement, said it had attacked a Sudanese oil facility and kidnapped two expatriate "
        "workers.",
        "Oil industry officials have confirmed the attack, though details of the alleged "
        "kidnapping remain unconfirmed.",
        "Many rebel factions, including the Justice and Equality Movement, have already said "
        "they will not be attending the peace talks on Saturday. But Jamous says despite deep "
        "reservations, he believes his group may yet take part.",
        "\"We know that the solution of the problem of the conflict in Darfur should come "
        "through political negotiation. But we have to prepare the theater and therefore the "
        "international community they should know who is to be addressed for the problem to be "
        "solved,\" he said.",
        "Accusing Sudan's Arab-majority government in Khartoum of political and economic "
        "neglect, rebels in Darfur took up arms in 2003. More than 200,000 people have died in "
        "the conflict and millions more have been forced to flee their homes.",
        "The long-awaited peace talks, set to take place in the Libyan port city of Sirte, were "
        "brokered by the United Nations and African Union.",
        "UN and AU diplomats had billed the talks as a \"moment of truth\", but hopes of "
        "securing peace in Libya are fading fast in the face of the growing rebel boycott.",
    ], truncated=True)
ev(D, "Fresh fighting has erupted", "Fresh fighting has erupted", "ASSAULT", "",
   ["military"], ["SDN"], ["Sudanese government troops"])
ev(D, "rebels have attacked a Sudanese oil field", "attacked", "ASSAULT", "",
   ["military", "economic"], ["SDN"], ["rebels"], ["SDN"], ["a Sudanese oil field"])
ev(D, "his group is fighting government troops", "fighting", "ASSAULT", "", ["military"],
   ["SDN"], ["his group"], ["SDN"], ["government troops"])
ev(D, "said it had attacked a Sudanese oil facility", "attacked", "ASSAULT", "",
   ["military", "economic"], ["SDN"], ["the Justice and Equality Movement"], ["SDN"],
   ["a Sudanese oil facility"])
ev(D, "said it had attacked a Sudanese oil facility", "kidnapped", "ASSAULT", "abduct",
   ["military"], ["SDN"], ["the Justice and Equality Movement"])
ev(D, "will not be attending the peace talks", "will not be attending", "REJECT", "meet",
   ["diplomatic"], ["SDN"], ["Many rebel factions"])
ev(D, "his group may yet take part", "may yet take part", "AGREE", "", ["diplomatic"],
   ["SDN"], ["his group"], hypothetical=True)
ev(D, "Accusing Sudan's Arab-majority", "Accusing", "ACCUSE", "allege", ["economic"],
   ["SDN"], ["rebels in Darfur"], ["SDN"], ["Sudan's Arab-majority government in Khartoum"])
ev(D, "Accusing Sudan's Arab-majority", "took up arms", "ASSAULT", "", ["military"],
   ["SDN"], ["rebels in Darfur"], ["SDN"], ["Sudan's Arab-majority government in Khartoum"])
ev(D, "were brokered by the United Nations", "brokered", "CONSULT", "third-party",
   ["diplomatic"], ["UNO", "IGO"], ["the United Nations", "African Union"])
ev(D, "the growing rebel boycott", "boycott", "PROTEST", "boycott", ["diplomatic"],
   ["SDN"], ["rebel"])

# --------------------------------------------------------------------------- blind18-03
D = "blind18-03"
doc(D, "https://blogs.voanews.com/breaking-news/2012/09/21/s-korea-fires-warning-shots-at-n-korean-fishing-boats-2/",
    "S.Korea Fires Warning Shots at N.Korean Fishing Boats", "2012-09-21",
    "VOA Breaking News blog; date from the post line; whole story; removed: the headline, "
    "'Posted September 21st, 2012 at 4:20 am (UTC-5)', 'Leave a comment'",
    [
        "South Korea says it has fired warning shots at North Korean fishing boats that crossed "
        "the disputed border between the two countries.",
        "Seoul's defense ministry tells VOA that the South Korean navy fired the shots in "
        "response to the North Korean vessels, which were operating south of the volatile "
        "Yellow Sea maritime boundary off the countries' western coast.",
        "Officials say the boats retreated after the warnings shots were fired. They say that "
        "several North Korean boats have crossed the disputed border over the past week, "
        "raising alert levels in South Korea's military.",
        "The two Koreas have been technically in a state of war for more than 60 years. The "
        "agreement that ended the 1950-53 civil war was only a truce.",
    ])
ev(D, "South Korea says it has fired", "fired warning shots", "THREATEN", "violence",
   ["military", "territory"], ["KOR"], ["South Korea"], ["PRK"],
   ["North Korean fishing boats"])
ev(D, "the South Korean navy fired the shots", "fired the shots", "THREATEN", "violence",
   ["military", "territory"], ["KOR"], ["the South Korean navy"], ["PRK"],
   ["the North Korean vessels"])
ev(D, "the boats retreated", "retreated", "RETREAT", "withdraw", ["territory"],
   ["PRK"], ["the boats"])
ev(D, "raising alert levels", "raising alert levels", "MOBILIZE", "troops", ["military"],
   ["KOR"], ["South Korea's military"])

# --------------------------------------------------------------------------- blind18-04
D = "blind18-04"
doc(D, "http://www.voanews.com/content/a-13-2009-08-05-voa21-68820362/364453.html",
    "Russia Charges US Is Rearming Georgia", "2009-08-05",
    "date from the URL; the stored copy ends mid-sentence ('Moscow later recognized both "
    "territories as independent cou'): kept up to the last complete sentence; removed: the "
    "headline; double spaces after sentence ends made single",
    [
        "A top Russian diplomat says the United States is quietly rearming the Georgian "
        "military, and he warns the U.S. move will force Moscow to react.",
        "Deputy Foreign Minister Grigori Karasin leveled the accusation Wednesday in Moscow. He "
        "did not describe the weapons, nor indicate what form Russia's response would take.",
        "A top Russian general says Moscow is not planning any offensive in the Caucasus as the "
        "anniversary of last year's brief war with Georgia approaches on Friday. However, "
        "General Anatoly Nogovitsin says Russia's armed forces are alarmed by Georgia's "
        "military buildup.",
        "U.S. Assistant Secretary of Defense Alexander Vershbow told a U.S. Senate panel "
        "Tuesday that U.S. resources are currently aimed at training Georgian forces. But he "
        "said other forms of help could be offered in the future.",
        "Tuesday, President Barack Obama and Russian counterpart Dmitri Medvedev spoke by "
        "telephone about reducing tensions in Georgia.",
        "U.S. Vice President Joe Biden also telephoned Georgian President Mikheil Saakashvili. "
        "Biden stressed the need to avoid actions that could further destabilize the region.",
        "Moscow has warned it will use \"all available force\" to protect the pro-Russian "
        "populations of South Ossetia and a second breakaway territory, Abkhazia.",
        "Georgian President Saakashvili told the Reuters news agency Sunday that he knows "
        "Georgia can not use the military to retake control of South Ossetia or Abkhazia.",
        "Russian forces swept into Georgia August 7, 2008, following Georgian attempts to "
        "regain control of breakaway South Ossetia by force. Georgia said it only shelled "
        "South Ossetian targets after Russian forces invaded.",
        "Russian Foreign Minister Sergei Lavrov Wednesday called the war an \"unforgiveable "
        "adventure\" launched by Mr. Saakashvili. He told Russian television hundreds of lives "
        "were lost in the conflict, which he described as a tragedy for the Georgian people.",
    ], truncated=True)
ev(D, "A top Russian diplomat says", "says", "ACCUSE", "allege", ["military"],
   ["RUS"], ["A top Russian diplomat"], ["USA"], ["the United States"])
ev(D, "A top Russian diplomat says", "warns", "THREATEN", "", ["military"],
   ["RUS"], ["he"], ["USA"], ["the U.S."])
ev(D, "Moscow is not planning any offensive", "planning any offensive", "ASSAULT", "",
   ["military"], ["RUS"], ["Moscow"], negated=True, future=True)
ev(D, "Moscow is not planning any offensive", "war", "ASSAULT", "", ["military"],
   ["RUS", "GEO"], ["Moscow", "Georgia"])
ev(D, "Russia's armed forces are alarmed", "alarmed", "ACCUSE", "disapprove", ["military"],
   ["RUS"], ["Russia's armed forces"], ["GEO"], ["Georgia's"])
ev(D, "aimed at training Georgian forces", "training", "AID", "", ["military"],
   ["USA"], ["U.S. resources"], ["GEO"], ["Georgian forces"])
ev(D, "other forms of help could be offered", "could be offered", "AID", "", ["military"],
   ["USA"], ["he"], hypothetical=True)
ev(D, "spoke by telephone", "spoke by telephone", "CONSULT", "phone", ["diplomatic"],
   ["USA", "RUS"], ["President Barack Obama", "Russian counterpart Dmitri Medvedev"])
ev(D, "also telephoned Georgian President", "telephoned", "CONSULT", "phone",
   ["diplomatic"], ["USA", "GEO"],
   ["U.S. Vice President Joe Biden", "Georgian President Mikheil Saakashvili"])
ev(D, "Biden stressed the need", "stressed the need", "REQUEST", "change", ["military"],
   ["USA"], ["Biden"])
ev(D, "Moscow has warned", "warned", "THREATEN", "violence", ["military", "territory"],
   ["RUS"], ["Moscow"])
ev(D, "Russian forces swept into Georgia", "swept into", "ASSAULT", "", ["military"],
   ["RUS"], ["Russian forces"], ["GEO"], ["Georgia"])
ev(D, "Russian forces swept into Georgia", "attempts to regain control", "ASSAULT", "",
   ["military", "territory"], ["GEO"], ["Georgian"], ["GEO"], ["breakaway South Ossetia"])
ev(D, "Georgia said it only shelled", "shelled", "ASSAULT", "", ["military"],
   ["GEO"], ["Georgia"], ["GEO"], ["South Ossetian targets"])
ev(D, "Georgia said it only shelled", "invaded", "ASSAULT", "", ["military"],
   ["RUS"], ["Russian forces"])
ev(D, "called the war an", "called the war an \"unforgiveable adventure\"", "ACCUSE",
   "disapprove", ["military"], ["RUS"], ["Russian Foreign Minister Sergei Lavrov"],
   ["GEO"], ["Mr. Saakashvili"])

# --------------------------------------------------------------------------- blind18-05
D = "blind18-05"
doc(D, "https://blogs.voanews.com/breaking-news/2012/07/02/pakistan-accuses-afghan-soldiers-of-killing-2-tribesmen/",
    "Pakistan Accuses Afghan Soldiers of Killing 2 Tribesmen", "2012-07-02",
    "VOA Breaking News blog; date from the post line; whole story; removed: the headline, "
    "'Posted July 2nd, 2012 at 1:50 pm (UTC-5)', 'Leave a comment'",
    [
        "Pakistani officials have accused Afghan soldiers of crossing into Pakistan and killing "
        "two local tribesmen.",
        "Government officials say at least 30 Afghan soldiers clashed with locals in the Upper "
        "Kurram region of Pakistan's semi-autonomous tribal belt Monday. The soldiers "
        "reportedly were in pursuit of militants from the Afghan side of the border.",
        "The Associated Press quoted the Afghan defense ministry as denying the report.",
        "Meanwhile, Afghan foreign ministry spokesman Faramarz Tamana said his government would "
        "report Pakistan to the United Nations Security Council if Islamabad would not stop what "
        "Kabul alleges are the shelling of its villages.",
        "There has been an increase in tensions between Kabul and Islamabad as both countries "
        "accuse the other of encroaching on each's territory. The porous border is poorly "
        "demarcated, and the region a known safe haven for Taliban and al-Qaida-linked militants "
        "who often move freely between the two countries.",
        "Pakistan's former ambassador to Afghanistan Ali Sherzai tells VOA that extremists are "
        "benefiting from this tension and that they both need to resolve their differences "
        "through dialogue.",
        "The recent attacks also raise concerns of whether Afghan forces will be prepared to "
        "take over security responsibility for the entire country once foreign combat troops "
        "withdraw by the end of 2014.",
    ])
ev(D, "Pakistani officials have accused", "accused", "ACCUSE", "allege",
   ["military", "territory"], ["PAK"], ["Pakistani officials"], ["AFG"], ["Afghan soldiers"])
ev(D, "clashed with locals", "clashed", "ASSAULT", "", ["military", "territory"],
   ["AFG"], ["at least 30 Afghan soldiers"], ["PAK"], ["locals"])
ev(D, "as denying the report", "denying", "REJECT", "", ["military"],
   ["AFG"], ["the Afghan defense ministry"])
ev(D, "would report Pakistan", "would report Pakistan", "THREATEN", "", ["diplomatic"],
   ["AFG"], ["his government"], ["PAK"], ["Pakistan"])
ev(D, "would report Pakistan", "alleges", "ACCUSE", "allege", ["military"],
   ["AFG"], ["Kabul"], ["PAK"], ["Islamabad"])
ev(D, "both countries accuse the other", "accuse", "ACCUSE", "allege", ["territory"],
   ["AFG", "PAK"], ["Kabul", "Islamabad"])
ev(D, "they both need to resolve", "need to resolve their differences through dialogue",
   "REQUEST", "meet", ["diplomatic"], ["PAK"],
   ["Pakistan's former ambassador to Afghanistan Ali Sherzai"], ["AFG", "PAK"],
   ["they both", "they both"])


def check_offsets(docs: list[dict]) -> None:
    """Re-check every offset and text field of the built documents."""
    for d in docs:
        text = d["text"]
        spans = set(sentences(text))
        for e in d["events"]:
            s0, s1 = e["sentence_start"], e["sentence_end"]
            assert (s0, s1) in spans, (d["id"], e["trigger"])
            assert text[e["trigger_start"]:e["trigger_end"]] == e["trigger"], (d["id"], e)
            assert s0 <= e["trigger_start"] < e["trigger_end"] <= s1, (d["id"], e["trigger"])
            for field in ("actor_text", "recipient_text"):
                for t in e[field]:
                    assert t in text[s0:s1], (d["id"], field, t)
            assert len(e["actor"]) == len(e["actor_text"]), (d["id"], e["trigger"])
            assert len(e["recipient"]) == len(e["recipient_text"]), (d["id"], e["trigger"])


def main() -> None:
    """Write ``blind18.jsonl`` and print counts."""
    docs = build(DOCS, E)
    check_offsets(docs)
    with OUT.open("w", encoding="utf-8") as handle:
        for d in docs:
            handle.write(json.dumps(d, ensure_ascii=False) + "\n")
    n_sent = sum(len(sentences(d["text"])) for d in docs)
    print(f"{len(docs)} documents, {n_sent} sentences, "
          f"{sum(len(d['events']) for d in docs)} events -> {OUT}")


if __name__ == "__main__":
    main()

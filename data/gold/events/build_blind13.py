"""Build ``blind13.jsonl``: six whole U.S. government statements, annotated by hand (evgold2).

Annotated and committed before any system ran on these texts (see ``README-blind13.md``). The
developers of round 5 do not read this file; the lead scores the round's final system on it once,
and it is a development set from the moment its errors are read. Statements of the U.S. Mission to
the United Nations, the Department of State and a U.S. embassy on events between other parties:
a coup (Honduras), peace agreements (Sudan / South Sudan), UN sanctions (Libya), an attack on a UN
office (Afghanistan), a Russian veto (Srebrenica, Bosnia and Herzegovina), a political conviction
(Burma). Same format and checks as ``build_dev4.py`` (whose builder is reused). Run from the
repository root:

    python data/gold/events/build_blind13.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from build_dev4 import build  # noqa: E402
from check_documents import sentences  # noqa: E402

OUT = Path(__file__).with_name("blind13.jsonl")

USUN = "U.S. Mission to the United Nations (U.S. Department of State)"
FURNITURE = ("the title line, the speaker block (name, title, mission, place, date) and the "
             "\"PRN\" release number removed; double spaces after full stops made single; the "
             "stored page is whole")

DOCS = [
    {
        "id": "blind13-01",
        "url": "http://usun.state.gov/briefing/statements/2009/125797.htm",
        "agency": USUN,
        "title": "Remarks by Ambassador Rosemary A. DiCarlo, U.S. Alternate Representative for "
                 "Special Political Affairs, on the Situation in Honduras, in the General "
                 "Assembly Hall",
        "published": "2009-06-29",
        "date_approximate": False,
        "date_note": "date from the speaker block; " + FURNITURE,
        "text": (
            "Thank you, Mr. President.\n"
            "Yesterday, the United States joined our fellow members of the Organization of "
            "American States in condemning the coup, arbitrary detention and expulsion of "
            "President Zelaya and calling for the full restoration of constitutional order. We "
            "further joined our OAS colleagues in demanding the safe and unconditional return of "
            "President Zelaya to Honduras so he can resume his constitutional functions. As "
            "stipulated in yesterday\u2019s resolution passed by the OAS Permanent Council, we "
            "refuse to recognize any Government of Honduras other than the constitutionally "
            "legitimate government of President Zelaya.\n"
            "President Obama yesterday called on all political and social actors in Honduras to "
            "respect democratic norms and the rule of law and to resolve any tensions and "
            "disputes peacefully, through dialogue free of outside influence. We will continue "
            "our work through the OAS to determine how best to support the Honduran people as "
            "they seek to peacefully restore their constitutional government, relying on the "
            "Inter-American Charter as a pillar for safeguarding democracy in the Western "
            "Hemisphere.\n"
            "Mr. President, we call on the international community to support the efforts of the "
            "OAS. We call on the international community to join together in solidarity with the "
            "Honduran people in demanding the peaceful restoration of democracy and "
            "constitutional order in Honduras. And we call on the international community to "
            "resist any outside interference in this process.\n"
            "Thank you, Mr. President."
        ),
    },
    {
        "id": "blind13-02",
        "url": "http://usun.state.gov/briefing/statements/198311.htm",
        "agency": USUN,
        "title": "Statement by Ambassador Susan E. Rice, U.S. Permanent Representative to the "
                 "United Nations, on the Agreements between Sudan and South Sudan",
        "published": "2012-09-27",
        "date_approximate": False,
        "date_note": "date from the speaker block; " + FURNITURE,
        "text": (
            "We welcome the important agreements signed today between Sudan and South Sudan. The "
            "understandings reached on security, oil, financial, nationality and trade issues "
            "testify to courageous leadership on both sides and skilled diplomacy by President "
            "Thabo Mbeki and the African Union High-Level Implementation Panel. Just a few months "
            "ago, Sudan and South Sudan were on the brink of war. Today\u2019s agreements "
            "demonstrate the impact that strong, united action by the UN Security Council can "
            "have on some of the world\u2019s most challenging situations. The Security "
            "Council\u2019s adoption of resolution 2046, endorsing the AU Roadmap and setting "
            "forth clear obligations on both sides, helped to chart a path out of conflict.\n"
            "If implemented swiftly and effectively, these agreements will bring enormous "
            "benefits to people in both Sudan and South Sudan, lay a foundation for resolution of "
            "the remaining issues, and promote lasting peace. The grave humanitarian crises in "
            "Southern Kordofan and Blue Nile are unacceptable, and it is imperative that Sudan "
            "grant immediate and unhindered humanitarian access to help those in desperate need. "
            "We have seen before that the situation in the Two Areas and along the border can "
            "unravel efforts to chart a brighter future for both sides. All concerned must build "
            "on today\u2019s historic step to fulfill the promise of the Comprehensive Peace "
            "Agreement and resolve the final status of the disputed border area of Abyei."
        ),
    },
    {
        "id": "blind13-03",
        "url": "https://2009-2017.state.gov/p/io/rm/2011/157390.htm",
        "agency": "U.S. Department of State (Bureau of International Organization Affairs)",
        "title": "Remarks In an Explanation of Vote on Resolution 1970 on Libya Sanctions",
        "published": "2011-02-26",
        "date_approximate": False,
        "date_note": "date from the speaker block; the title line, the speaker block, the labels "
                     "\"Reuters Soundbite:\" / \"AP Soundbite:\" and the link \"Full Text\u00bb\" "
                     "removed; the stored page is whole",
        "text": (
            "UN Ambassador Susan Rice (Feb. 26): \"Resolution 1970 is a strong resolution. It "
            "includes a travel ban and an asset freeze for key Libyan leaders, it imposes a "
            "complete arms embargo on Libya. It takes new steps against use of mercenaries by the "
            "Libyan government to attack its own people, and for the first time ever, the "
            "Security Council has unanimously referred an egregious human rights situation to the "
            "International Criminal Court. As President Obama said today, when a leader's only "
            "mean of staying in power is to use mass violence against its own people, he has lost "
            "the legitimacy to rule and needs to do what is right for his country by leaving "
            "now.\"\n"
            "\"Tonight, acting under Chapter 7, the Security Council has come together to condemn "
            "the violence, pursue accountability and adopt biting sanctions targeting Libya's "
            "unrepentant leadership. This is a clear warning to the Libyan government that it "
            "must stop the killing.\"\n"
            "\"We are pleased to have supported this entire resolution and all of its measures "
            "including the referral to the ICC (International Criminal Court). We are happy to "
            "have the opportunity to co-sponsor this, and we think it is a very powerful message "
            "to the leadership of Libya that this heinous killing must stop and that individuals "
            "will be held personally accountable.\"\n"
            "\"Enable the people of Libya as I've said in the Security Council to continue to be "
            "able to express themselves, freely now without violence, to be able to enjoy the "
            "universal rights of people around the world deserve to have protected. And the "
            "Council tonight stood firmly and resolutely with the people of Libya in respect of "
            "those universal rights.\""
        ),
    },
    {
        "id": "blind13-04",
        "url": "http://usun.state.gov/briefing/statements/2011/176422.htm",
        "agency": USUN,
        "title": "Statement by Ambassador Susan E. Rice, U.S. Permanent Representative to the "
                 "United Nations, on the Attack on the UN Office in Afghanistan's Kandahar "
                 "Province",
        "published": "2011-10-31",
        "date_approximate": False,
        "date_note": "date from the speaker block; " + FURNITURE,
        "text": (
            "The United States strongly condemns today\u2019s craven assault by suicide attackers "
            "on the office of the UN High Commissioner for Refugees in Kandahar. Over the years, "
            "the UN\u2019s refugee agency has provided care and refuge for millions of "
            "Afghanistan\u2019s most vulnerable people. Today\u2019s attack underscores the moral "
            "bankruptcy of the attackers and the bravery of humanitarians who serve others at "
            "great risk. The United States extends our deepest condolences to the UN, to the "
            "loved ones of the victims, and to the families and individuals who will be impacted "
            "by this tragedy."
        ),
    },
    {
        "id": "blind13-05",
        "url": "https://ba.usembassy.gov/statement-failure-un-resolution-srebrenica-genocide/",
        "agency": "U.S. Embassy in Bosnia and Herzegovina (U.S. Department of State)",
        "title": "Statement on the Failure of the UN Resolution on the Srebrenica Genocide",
        "published": "2015-07-09",
        "date_approximate": True,
        "date_note": "the copy carries no date; Russia vetoed the resolution on 2015-07-08 "
                     "(\"yesterday\") and the coffin procession to Srebrenica left on 2015-07-09 "
                     "(\"this morning\"); the title line removed; the stored page is whole",
        "text": (
            "The U.S. Embassy strongly echoes the sentiments expressed by Ambassador Power on the "
            "floor of the United Nations yesterday, voices throughout the U.S. Government, and "
            "members of the international community who were equally disheartened by "
            "Russia\u2019s decision to veto the Security Council resolution commemorating the "
            "20th Anniversary of the Srebrenica Genocide. As Ambassador Power noted, \u201cSo "
            "long as the truth is denied, whether here in this council or in the region, there "
            "can be no meaningful reconciliation.\u201d\n"
            "As Ambassador Cormack noted in remarks to press prior to this morning\u2019s coffin "
            "procession, the failure of the resolution in no way diminishes the resolve of the "
            "United States to honor the victims of the Srebrenica Genocide and their families. "
            "The U.S. Congress did just that yesterday in unanimously adopting a resolution "
            "reiterating that genocide was committed in Srebrenica, condemning those who would "
            "deny that, and paying tribute to the victims. Several individual states have passed "
            "similar resolutions in recent weeks, reflecting that in the United States, we fully "
            "respect the verdict of the International Court of Justice and the rulings by ICTY "
            "that what happened in Srebrenica twenty years ago was genocide, and our belief that "
            "not enough was done to prevent it."
        ),
    },
    {
        "id": "blind13-06",
        "url": "http://usun.state.gov/briefing/statements/2009/august/127955.htm",
        "agency": USUN,
        "title": "Statement by Ambassador Susan E. Rice, U.S. Permanent Representative to the "
                 "United Nations, on the UN Security Council Action on Aung San Suu Kyi",
        "published": "2009-08-13",
        "date_approximate": False,
        "date_note": "date from the speaker block; " + FURNITURE,
        "text": (
            "The UN Security Council today unanimously expressed serious concern about the "
            "conviction and sentencing of Aung Sun Kyi and called on the Burmese regime to "
            "release all political prisoners and create the necessary conditions for genuine "
            "dialogue in order to achieve national reconciliation.\n"
            "Aung San Suu Kyi\u2019s conviction is a violation of universal principles of human "
            "rights. The Burmese regime should immediately and unconditionally release her and "
            "the more than 2,100 other political prisoners currently being held.\n"
            "Aung San Suu Kyi\u2019s sentencing also precludes her from taking part in the "
            "elections scheduled for next year, and thus undermines the legitimacy of those "
            "elections. As President Obama said earlier this week, \u201csuppressing ideas never "
            "succeeds in making them go away.\u201d Rather than using this moment to create the "
            "necessary conditions for a genuine dialogue and inclusive political process with all "
            "actors, the Burmese authorities have now moved further away from national "
            "reconciliation and deepened their isolation from the rest of the world."
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


D = "blind13-01"
ev(D, "joined our fellow members of the Organization", "condemning", "ACCUSE", "disapprove",
   ["pro_democracy", "political_institutions"], ["USA", "IGO"],
   ["the United States", "our fellow members of the Organization of American States"])
ev(D, "joined our fellow members of the Organization", "coup", "COERCE", "",
   ["pro_democracy", "political_institutions"], [], [], ["HND"], ["President Zelaya"])
ev(D, "joined our fellow members of the Organization", "arbitrary detention", "COERCE",
   "arrest", ["repression"], [], [], ["HND"], ["President Zelaya"])
ev(D, "joined our fellow members of the Organization", "expulsion", "COERCE", "deport",
   ["repression"], [], [], ["HND"], ["President Zelaya"])
ev(D, "joined our fellow members of the Organization", "calling for", "REQUEST", "change",
   ["pro_democracy", "political_institutions"], ["USA", "IGO"],
   ["the United States", "our fellow members of the Organization of American States"])
ev(D, "We further joined our OAS colleagues", "demanding", "REQUEST", "change",
   ["pro_democracy", "political_institutions"], ["USA", "IGO"], ["We", "our OAS colleagues"],
   ["HND"], ["Honduras"])
ev(D, "we refuse to recognize any Government", "refuse to recognize", "REJECT", "",
   ["political_institutions", "diplomatic"], ["USA"], ["we"], ["HND"],
   ["any Government of Honduras"])
ev(D, "President Obama yesterday called on", "called on", "REQUEST", "change",
   ["pro_democracy", "political_institutions"], ["USA"], ["President Obama"], ["HND"],
   ["all political and social actors in Honduras"])
ev(D, "We will continue our work through the OAS", "continue our work", "AGREE", "",
   ["pro_democracy", "diplomatic"], ["USA"], ["We"], ["IGO"], ["the OAS"])
ev(D, "we call on the international community to support", "call on", "REQUEST", "assist",
   ["diplomatic"], ["USA"], ["we"])
ev(D, "We call on the international community to join", "call on", "REQUEST", "",
   ["pro_democracy"], ["USA"], ["We"])
ev(D, "resist any outside interference", "call on", "REQUEST", "", ["diplomatic"], ["USA"],
   ["we"])

D = "blind13-02"
ev(D, "We welcome the important agreements", "welcome", "SUPPORT", "",
   ["diplomatic", "territory"], ["USA"], ["We"], ["SDN", "SSD"], ["Sudan", "South Sudan"])
ev(D, "We welcome the important agreements", "signed", "AGREE", "",
   ["diplomatic", "territory", "economic"], ["SDN", "SSD"], ["Sudan", "South Sudan"])
ev(D, "skilled diplomacy by President Thabo Mbeki", "skilled diplomacy", "CONSULT",
   "third-party", ["diplomatic"], ["IGO"],
   ["the African Union High-Level Implementation Panel"], ["SDN", "SSD"],
   ["both sides", "both sides"])
ev(D, "adoption of resolution 2046", "endorsing", "SUPPORT", "", ["diplomatic"], ["UNO"],
   ["The Security Council\u2019s"], ["IGO"], ["the AU Roadmap"])
ev(D, "adoption of resolution 2046", "setting forth clear obligations", "REQUEST", "change",
   ["diplomatic", "military"], ["UNO"], ["The Security Council\u2019s"], ["SDN", "SSD"],
   ["both sides", "both sides"])
ev(D, "it is imperative that Sudan grant", "it is imperative", "REQUEST", "change",
   ["human_security"], [], [], ["SDN"], ["Sudan"])

D = "blind13-03"
ev(D, "It includes a travel ban", "travel ban", "REJECT", "", ["legal", "human_rights"],
   ["UNO"], ["It"], ["LBY"], ["key Libyan leaders"])
ev(D, "It includes a travel ban", "asset freeze", "SANCTION", "discontinue",
   ["economic", "human_rights"], ["UNO"], ["It"], ["LBY"], ["key Libyan leaders"])
ev(D, "It includes a travel ban", "imposes a complete arms embargo", "SANCTION",
   "discontinue", ["military"], ["UNO"], ["it"], ["LBY"], ["Libya"])
ev(D, "It takes new steps against use of mercenaries", "attack", "ASSAULT", "",
   ["repression", "human_rights"], ["LBY"], ["the Libyan government"], ["LBY"],
   ["its own people"])
ev(D, "It takes new steps against use of mercenaries", "referred", "ACCUSE", "investigate",
   ["legal", "human_rights"], ["UNO"], ["the Security Council"])
ev(D, "As President Obama said today", "needs to do what is right for his country by leaving",
   "REQUEST", "yield", ["political_institutions"], ["USA"], ["President Obama"])
ev(D, "acting under Chapter 7", "condemn", "ACCUSE", "disapprove", ["repression"], ["UNO"],
   ["the Security Council"])
ev(D, "acting under Chapter 7", "adopt biting sanctions", "SANCTION", "discontinue",
   ["economic", "repression"], ["UNO"], ["the Security Council"], ["LBY"],
   ["Libya's unrepentant leadership"])
ev(D, "This is a clear warning", "clear warning", "THREATEN", "", ["repression"], [], [],
   ["LBY"], ["the Libyan government"])
ev(D, "We are pleased to have supported", "supported", "SUPPORT", "", ["legal"], ["USA"],
   ["We"])
ev(D, "We are happy to have the opportunity", "heinous killing", "ACCUSE", "disapprove",
   ["repression"], ["USA"], ["we"], ["LBY"], ["the leadership of Libya"])
ev(D, "We are happy to have the opportunity", "will be held personally accountable",
   "THREATEN", "", ["legal", "repression"], [], [], ["LBY"], ["the leadership of Libya"])
ev(D, "And the Council tonight stood firmly", "stood firmly and resolutely with", "SUPPORT",
   "", ["human_rights"], ["UNO"], ["the Council"], ["LBY"], ["the people of Libya"])

D = "blind13-04"
ev(D, "The United States strongly condemns", "strongly condemns", "ACCUSE", "disapprove",
   ["terrorism"], ["USA"], ["The United States"])
ev(D, "The United States strongly condemns", "craven assault", "ASSAULT", "explosives",
   ["terrorism"], ["AFG"], ["suicide attackers"], ["UNO"],
   ["the office of the UN High Commissioner for Refugees"])
ev(D, "has provided care and refuge", "provided care and refuge", "AID", "",
   ["human_security", "asylum"], ["UNO"], ["the UN\u2019s refugee agency"], ["AFG"],
   ["millions of Afghanistan\u2019s most vulnerable people"])
ev(D, "extends our deepest condolences", "extends our deepest condolences", "SUPPORT", "",
   ["terrorism"], ["USA"], ["The United States"], ["UNO"], ["the UN"])

D = "blind13-05"
ev(D, "strongly echoes the sentiments", "disheartened", "ACCUSE", "disapprove",
   ["diplomatic", "human_rights"], ["USA"], ["The U.S. Embassy"], ["RUS"], ["Russia\u2019s"])
ev(D, "strongly echoes the sentiments", "veto", "REJECT", "", ["diplomatic", "human_rights"],
   ["RUS"], ["Russia\u2019s"])
ev(D, "the failure of the resolution in no way diminishes", "honor", "SUPPORT", "",
   ["human_rights"], ["USA"], ["the United States"], ["BIH"],
   ["the victims of the Srebrenica Genocide and their families"])
ev(D, "The U.S. Congress did just that", "condemning", "ACCUSE", "disapprove",
   ["human_rights"], ["USA"], ["The U.S. Congress"])
ev(D, "The U.S. Congress did just that", "paying tribute", "SUPPORT", "", ["human_rights"],
   ["USA"], ["The U.S. Congress"], ["BIH"], ["the victims"])
ev(D, "Several individual states have passed", "fully respect", "SUPPORT", "", ["legal"],
   ["USA"], ["we"], ["UNO", "UNO"], ["the International Court of Justice", "ICTY"])

D = "blind13-06"
ev(D, "expressed serious concern", "expressed serious concern", "ACCUSE", "disapprove",
   ["human_rights", "legal"], ["UNO"], ["The UN Security Council"])
ev(D, "expressed serious concern", "conviction", "SANCTION", "convict",
   ["legal", "pro_democracy"], [], [], ["MMR"], ["Aung Sun Kyi"])
ev(D, "expressed serious concern", "sentencing", "COERCE", "arrest",
   ["legal", "pro_democracy"], [], [], ["MMR"], ["Aung Sun Kyi"])
ev(D, "expressed serious concern", "called on", "REQUEST", "yield",
   ["human_rights", "pro_democracy"], ["UNO"], ["The UN Security Council"], ["MMR"],
   ["the Burmese regime"])
ev(D, "should immediately and unconditionally release", "should immediately and "
   "unconditionally release", "REQUEST", "yield", ["human_rights"], [], [], ["MMR"],
   ["The Burmese regime"])
ev(D, "should immediately and unconditionally release", "being held", "COERCE", "arrest",
   ["repression"], [], [], ["MMR"], ["the more than 2,100 other political prisoners"])
ev(D, "sentencing also precludes her", "precludes her from taking part", "COERCE",
   "restrict", ["election", "repression"], [], [], ["MMR"], ["her"])


def main() -> None:
    """Write ``blind13.jsonl`` and print counts."""
    docs = build(DOCS, E)
    with OUT.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    n_sent = sum(len(sentences(d["text"])) for d in docs)
    print(f"{len(docs)} documents, {n_sent} sentences, "
          f"{sum(len(d['events']) for d in docs)} events -> {OUT}")


if __name__ == "__main__":
    main()

r"""Build ``blind21.jsonl``: nine whole U.S. government texts annotated blind (evgold9, 2026-12-06).

Sealed set for round 9 (see ``README-blind21.md``): scored only by the lead, once at the start
and once at the end of round 9, every run logged in ``LOG-blind.md``, no error analysis; a
development set from the moment its errors are read.

The texts (U.S. Department of State, U.S. embassies, the White House National Security Advisor,
U.S. Central Command, American Forces Press Service on DVIDS; all works of the U.S. government,
public domain) and the annotation are kept below as data: for each event a sentence anchor (a
substring of exactly one sentence), the trigger (a substring of that sentence) and the codes.
The builder of ``build_dev4.py`` finds and checks every offset; this script then re-reads the
written file and checks it again with the standalone checker of ``data/gold/check_documents.py``
(id pattern ``blind21-\d\d``, registered here at run time only). No wirecoder import.

    python data/gold/events/build_blind21.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import check_documents  # noqa: E402
from build_dev4 import build  # noqa: E402
from check_documents import sentences  # noqa: E402

OUT = HERE / "blind21.jsonl"
SET_NUMBER = 2100  # a key of check_documents.SETS used at run time only
ID_PATTERN = r"blind21-\d\d"

DOCS = [
    {
        "id": "blind21-01",
        "url": "https://2009-2017.state.gov/r/pa/prs/ps/2010/05/141966.htm",
        "agency": "U.S. Department of State, Office of the Spokesperson",
        "title": "Sudan: Recent Offensive Actions in Darfur",
        "published": "2010-05-18",
        "date_approximate": False,
        "date_note": "press statement by Philip J. Crowley, Assistant Secretary, Bureau of Public "
                     "Affairs, dated May 18, 2010 on the page",
        "note": "removed: headline, the 'Press Statement' / name / title / 'Washington, DC' / "
                "date block, 'PRN: 2010/642'",
        "truncated": False,
        "text": (
            "The United States condemns the recent offensive actions in Darfur, particularly the "
            "Government of Sudan\u2019s use of aerial bombings and local militias against Darfur "
            "rebel positions in the Jebel Moon area of West Darfur. Such operations endanger "
            "civilians and lead to mass displacement. Subsequent incidents of looting and attacks "
            "on infrastructure by the Justice and Equality Movement further endanger civilian "
            "populations and must immediately cease.\n"
            "We urge both the Government of Sudan and the Darfur rebel movements to refrain from "
            "any further actions that would undermine the Darfur peace process or endanger "
            "civilians, and we urge all parties to return to active negotiations in the "
            "AU/UN-mediated peace process in Doha, Qatar, to reach a political settlement to the "
            "conflict in Darfur. We also call on the Government of Sudan to grant access to the "
            "affected areas to the African Union-United Nations Hybrid Operation in Darfur "
            "(UNAMID) and to humanitarian organizations."
        ),
    },
    {
        "id": "blind21-02",
        "url": "https://2009-2017.state.gov/r/pa/prs/ps/2012/04/188271.htm",
        "agency": "U.S. Department of State, Office of the Spokesperson",
        "title": "On the Attack on South Sudan by Sudan",
        "published": "2012-04-23",
        "date_approximate": False,
        "date_note": "press statement by Victoria Nuland, Department Spokesperson, dated April 23, "
                     "2012 on the page",
        "note": "removed: headline, the 'Press Statement' / name / title / 'Washington, DC' / "
                "date block, 'PRN: 2012/623'",
        "truncated": False,
        "text": (
            "The United States strongly condemns Sudan\u2019s military incursion into South Sudan "
            "yesterday and calls for the immediate cessation of hostilities and the withdrawal of "
            "all Sudanese armed militia from South Sudan. Sudan must immediately halt the aerial "
            "and artillery bombardment in South Sudan by the Sudan Armed Forces. Sudan and South "
            "Sudan must end all military support for rebel groups within the other country.\n"
            "We recognize the right of South Sudan to self-defense and urge South Sudan to "
            "exercise restraint in its reaction to Sudan\u2019s attack in Unity State and to "
            "refrain from disproportionate actions which would only further enflame the "
            "hostilities between the parties. We welcome South Sudan\u2019s withdrawal from "
            "Heglig, and we urge that South Sudan complete a total withdrawal of all South "
            "Sudanese armed forces deployed across the January 1, 1956 border.\n"
            "Both governments must agree to an immediate unconditional cessation of hostilities "
            "and recommit to negotiations under the auspices of the African Union High-level "
            "Implementation Panel. We urge both parties to activate without delay the Joint "
            "Border Verification and Monitoring Mechanism, including unarmed observers from both "
            "parties supported by UN observers.\n"
            "As President Obama stated in his message to the people of Sudan and South Sudan, "
            "\u201cAll those who are fighting must recognize that there is no military solution. "
            "The only way to achieve real and lasting security is to resolve your differences "
            "through negotiation.\u201d"
        ),
    },
    {
        "id": "blind21-03",
        "url": "https://ua.usembassy.gov/statement-marie-harf-osce-access-ukraine-acting-spokesperson/",
        "agency": "U.S. Department of State (statement posted by the U.S. Embassy in Ukraine)",
        "title": "Statement by Marie Harf on OSCE Access in Ukraine, Acting Spokesperson",
        "published": "2015-04-24",
        "date_approximate": True,
        "date_note": "the stored copy carries no date; news reports of the same words (Interfax-"
                     "Ukraine, lb.ua, kv.com.ua, read only for the date) place them at the State "
                     "Department briefing of April 24, 2015",
        "note": "removed: headline",
        "truncated": False,
        "text": (
            "Russia-supported separatists in eastern Ukraine continue to prevent OSCE monitors "
            "from doing their jobs by blocking access to large areas of territory under their "
            "control. Most recently, yesterday monitors were blocked from entering parts of an "
            "area just east of Mariupol, and we applaud the efforts of the OSCE to broker a local "
            "ceasefire there.\n"
            "The Russian-backed separatists signed the Minsk agreements and implementation plan, "
            "allowing OSCE monitors access to verify the ceasefire and withdrawal of heavy "
            "weapons. This is not happening. Denying access to the OSCE gives the appearance the "
            "separatists have something to hide. We again call for free and unfettered access "
            "throughout Ukraine and for the OSCE up to and including the Ukraine-Russia border and "
            "urge all sides to work with the OSCE to prevent further violence."
        ),
    },
    {
        "id": "blind21-04",
        "url": "https://bf.usembassy.gov/statement-national-security-advisor-susan-e-rice-"
               "situation-burkina-faso/",
        "agency": "The White House, National Security Advisor (statement posted by the U.S. "
                  "Embassy in Burkina Faso)",
        "title": "Statement by the National Security Advisor Susan E. Rice on the Situation in "
                 "Burkina Faso",
        "published": "2015-09-17",
        "date_approximate": True,
        "date_note": "the stored copy carries no date; the seizure of power by the Presidential "
                     "Security Regiment (September 16, 2015) and the October elections date it "
                     "to September 17, 2015 or a day later",
        "note": "removed: headline, a photo caption ('National Security Advisor Susan E. Rice') "
                "run into the first sentence; a double space ('work with  our') made single",
        "truncated": False,
        "text": (
            "The United States condemns, in the strongest terms, the unconstitutional seizure of "
            "power by elements of the Presidential Security Regiment in Burkina Faso. We call on "
            "the responsible parties to release immediately those being detained, order aligned "
            "forces to stand down, respect the rights of civilians to peacefully assemble, and put "
            "Burkina Faso back on the path to presidential elections in October.\n"
            "We continue to assess the facts as the situation unfolds. We are deeply disappointed "
            "that the self-interested actions of a few are threatening the historic opportunity "
            "that the people of Burkina Faso have to cast their ballots and build a new future for "
            "the country. Nearly a year ago, a broad coalition came together in Burkina Faso to "
            "reject attempts by the previous president to extend his stay in office "
            "illegitimately. They demanded respect for the constitution and the opportunity to "
            "change their government through a legitimate process. These courageous efforts to "
            "advance Burkinabe democracy must not be undone, and the United States stands with "
            "the people of Burkina Faso in rejecting democratic backsliding.\n"
            "The United States will continue to work with our partners, including the Economic "
            "Community of West African States, the African Union, and the United Nations, to "
            "bring about a peaceful resolution. We will review our foreign assistance to Burkina "
            "Faso in light of evolving events."
        ),
    },
    {
        "id": "blind21-05",
        "url": "https://www.dvidshub.net/news/518758/forces-detain-suspect-net-weapons-iraq",
        "agency": "American Forces Press Service (U.S. Department of Defense), on DVIDS",
        "title": "Forces Detain Suspect, Net Weapons in Iraq",
        "published": "2009-05-21",
        "date_approximate": False,
        "date_note": "DVIDS gives 05.21.2009 as the story date",
        "note": "removed: headline, the DVIDS footer (story by American Forces Press Service, "
                "dates, id 518758, 'WASHINGTON, US', counters) and the closing credit line "
                "'(Compiled from Multinational Corps Iraq news releases.)'",
        "truncated": False,
        "text": (
            "Coalition and Iraqi forces detained one suspect and seized a weapons cache during "
            "operations in Iraq this week.\n"
            "Iraqi and coalition forces detained a suspected criminal on a warrant in "
            "northwestern Baghdad's Kadhamiyah district on May 20. The suspect was wanted for "
            "allegedly promoting sectarian violence in the Hurriyah neighborhood, military "
            "officials said.\n"
            "Troops took the suspect to a secure location for further questioning.\n"
            "During a May 19 operation, combined forces discovered a large cache in the Aqur Quf "
            "area west of the Iraq capital. The stockpile contained rockets, mortars and other "
            "military equipment.\n"
            "An explosive ordinance disposal team detonated a portion of the weapons and secured "
            "the remainder for further investigation, military officials said."
        ),
    },
    {
        "id": "blind21-06",
        "url": "https://www.centcom.mil/MEDIA/PRESS-RELEASES/Press-Release-View/Article/903543/"
               "afghan-and-coalition-forces-disrupt-haqqani-network-in-khost/",
        "agency": "U.S. Central Command (release of U.S. Forces - Afghanistan)",
        "title": "Afghan and Coalition forces disrupt Haqqani network in Khost",
        "published": "2008-11-27",
        "date_approximate": False,
        "date_note": "release dated Nov. 27, 2008 (release number 20082711-01), posted on "
                     "centcom.mil Dec. 1, 2008",
        "note": "removed: the .mil banner ('An official website ...', 'Here's how you know', "
                "lock notice), 'Press Release | Dec. 1, 2008', headline (twice), byline 'By None "
                ", U.S. Forces - Afghanistan', date and release number; the store cuts the page "
                "inside the closing 'Contact information' block, after the release's last "
                "sentence, so the whole release text is kept and the record is marked truncated",
        "truncated": True,
        "text": (
            "KABUL, Afghanistan \u2013 Afghan National Security Forces (ANSF) and Coalition forces "
            "detained seven suspected militants during a combined operation aimed at disrupting "
            "the Haqqani terrorist network in Khost province, Wednesday. The province is located, "
            "approximately 250 km southeast of Kabul.\n"
            "The combined force searched a compound in Mando Zayi district, targeting a Haqqani "
            "militant believed to facilitate attacks against local civilians, the Government of "
            "the Islamic Republic of Afghanistan (GIRoA) and Coalition forces. Intelligence also "
            "suggests the militant facilitates and coordinates the movement of Islamic Jihadist "
            "Union (IJU) and other foreign fighters into eastern Afghanistan.\n"
            "\u201cThe ANSF will continue to build momentum by disrupting militant networks,\u201d "
            "said General Azimi, Chief spokesperson for the Afghan Ministry of Defense. \u201cThe "
            "security of our fellow Afghan citizens remains a top priority.\u201d\n"
            "The force searched the compound without incident, detaining seven suspected militants "
            "and protecting five women and seven children during the operation.\n"
            "ANSF continue to grow and conduct joint operations with Coalition forces. As of "
            "August 2008, the Afghan National Army was numbered at over 66,000 soldiers and is "
            "expected to grow to over 80,000 by 2009. Coalition forces continue to support the "
            "growth of the ANSF through training."
        ),
    },
    {
        "id": "blind21-07",
        "url": "https://xk.usembassy.gov/statement-u-s-embassy-pristina-august-26-2015/",
        "agency": "U.S. Embassy in Kosovo",
        "title": "Statement by the U.S. Embassy Pristina, August 26, 2015",
        "published": "2015-08-26",
        "date_approximate": False,
        "date_note": "date in the title",
        "note": "removed: headline; double spaces between sentences made single",
        "truncated": False,
        "text": (
            "U.S. Embassy Pristina congratulates the Government of the Republic of Kosovo for "
            "concluding four agreements in Brussels. The agreements, which respect Kosovo\u2019s "
            "sovereignty and territorial integrity, will improve the lives of all people in Kosovo "
            "and are a victory for all sides.\n"
            "The discussions, facilitated by the EU High Representative, resulted in agreements on "
            "energy, telecommunications, the establishment of an Association of Serb-majority "
            "Municipalities, as well as on freedom of movement and the Mitrovica/e bridge. These "
            "steps will strengthen regional stability, contribute to normalization of relations "
            "with Kosovo\u2019s neighbors, and help Kosovo continue along its path to closer "
            "integration in Euro-Atlantic institutions.\n"
            "The United States strongly supports the dialogue process, understands that it "
            "requires difficult decisions from all sides, and recognizes the courage required to "
            "look toward the future."
        ),
    },
    {
        "id": "blind21-08",
        "url": "https://japan2.usembassy.gov/e/p/2010/tp-20101126.html",
        "agency": "U.S. Embassy in Japan",
        "title": "United States Condemns Attack on South Korean Island",
        "published": "2010-11-26",
        "date_approximate": False,
        "date_note": "dated Nov. 26 in its dateline; the year from the URL (2010) and the "
                     "Yeonpyeong attack of November 23, 2010",
        "note": "removed: headline and the dateline 'Nov. 26 - '",
        "truncated": False,
        "text": (
            "On Nov. 23 in Washington, the White House Press Secretary issued a statement strongly "
            "condemning North Korea's artillery attack against the South Korean island of "
            "Yeonpyeong, calling on North Korea to halt its belligerent action and to fully abide "
            "by the terms of the Armistice Agreement. The same day, President Obama met with his "
            "national security team to discuss the situation on the Korean Peninsula and called "
            "South Korean President Lee to assure him that the U.S. stands shoulder-to-shoulder "
            "with our close friend and ally, the Republic of Korea."
        ),
    },
    {
        "id": "blind21-09",
        "url": "https://co.usembassy.gov/statement-on-u-s-colombia-partnership-to-combat-terrorism/",
        "agency": "U.S. Embassy in Colombia",
        "title": "Statement on U.S.-Colombia Partnership to Combat Terrorism",
        "published": "2020-01-21",
        "date_approximate": False,
        "date_note": "dated January 21, 2020 on the page",
        "note": "removed: banner 'An official website of the United States government', "
                "headline, date line; double spaces between sentences made single",
        "truncated": False,
        "text": (
            "The United States thanks the Government of Colombia for hosting the Third Western "
            "Hemisphere Ministerial on Counter Terrorism. We congratulate Colombia and the Duque "
            "administration for its leadership in adopting the United States\u2019 and the "
            "European Union\u2019s designations of international terrorist groups, including "
            "Hizballah. We understand the Colombian government will continue to include the "
            "so-called FARC dissidents (FARC-D) on their list of terrorist groups due to their "
            "criminality, terrorist activities, and rejection of peace. The U.S. designation of "
            "the FARC remains the same.\n"
            "The United States joined our partners in Colombia and from throughout the region in "
            "solemnly commemorating the one-year anniversary of the brutal ELN bombing of the "
            "General Santander Police Academy in Bogota. We mourn the 22 promising cadets who "
            "were killed and recognize the sacrifice of the 87 others who were injured. We stand "
            "with Colombia and our regional partners to protect our hemisphere of freedom from "
            "such terrorist organizations and illegal groups.\n"
            "Together, our nations can combat terrorism by cutting off funding and the illicit "
            "activities of regional and global terrorist organizations like Hizballah, which is a "
            "threat to both our countries and to the region. We must remain united in supporting "
            "a democratic transition for the Venezuelan people, and countering the safe harbor "
            "the Maduro regime has given to the ELN, to FARC dissidents, and to Hizballah "
            "supporters and sympathizers.\n"
            "The United States commends the Duque administration for its regional leadership on "
            "counter terrorism, and we remain committed to supporting Colombia\u2019s efforts to "
            "secure just and lasting peace, security and opportunity for its people."
        ),
    },
]

from annotation_blind21 import E  # noqa: E402  (the annotation, kept in a sibling file)


def check_written(path: Path) -> int:
    """Re-read ``path`` and run the standalone checker of ``check_documents.py`` on it."""
    check_documents.SETS[SET_NUMBER] = (ID_PATTERN, frozenset())
    errors = check_documents.check(str(path), SET_NUMBER)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            text = doc["text"]
            for ev in doc["events"]:
                sent = text[ev["sentence_start"]:ev["sentence_end"]]
                if text[ev["trigger_start"]:ev["trigger_end"]] != ev["trigger"]:
                    errors += 1
                    print("ERROR trigger offsets", doc["id"], ev["trigger"])
                for side in ("actor_text", "recipient_text"):
                    for phrase in ev[side]:
                        if phrase not in sent:
                            errors += 1
                            print("ERROR", side, doc["id"], phrase)
    return errors


def main() -> int:
    """Write ``blind21.jsonl``, check it and print counts; return the exit status."""
    docs = build(DOCS, E)
    with OUT.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    n_sent = sum(len(sentences(d["text"])) for d in docs)
    print(f"{len(docs)} documents, {n_sent} sentences, "
          f"{sum(len(d['events']) for d in docs)} events -> {OUT}")
    errors = check_written(OUT)
    print("check:", "OK" if not errors else f"{errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())

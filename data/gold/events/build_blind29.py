"""Build ``blind29.jsonl``: eight U.S. government texts annotated blind (evgold17, 2026-12-06).

The texts (public domain: State Department, DVIDS/CENTCOM, USAID, VOA editorials on the .gov
host editorials.voa.gov, White House archive) and the annotation are written below as data:
for each event a sentence anchor (a substring of exactly one sentence), the trigger (a
substring of that sentence) and the codes. The builder of ``build_dev4.py`` finds every offset
and checks every anchor, trigger and actor/recipient text; this script then re-reads the
written file, re-checks every offset and runs the standalone checker of
``data/gold/check_documents.py`` over it (id pattern ``blind29-\\d\\d``, registered at run time
only). It imports nothing from wirecoder. Run from the repository root:

    python data/gold/events/build_blind29.py

See ``README-blind29.md``: sealed, annotated before any system ran on these texts.
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
from check_documents import check_event, sentences  # noqa: E402

OUT = HERE / "blind29.jsonl"
SET_KEY = "blind29"

DOCS = [
    {
        "id": "blind29-01",
        "url": "https://www.state.gov/actions-to-impose-additional-visa-restrictions-in-response-to-anti-democratic-actions-in-guatemala-2/",
        "agency": "U.S. Department of State",
        "title": "Actions to Impose Additional Visa Restrictions in Response to Anti-Democratic "
                 "Actions in Guatemala",
        "published": "2023-12-01",
        "date_approximate": True,
        "date_note": "the stored copy has no date; inferred from the text (President-elect "
                     "Arévalo, planned charges against him and raids on Semilla, late 2023)",
        "truncated": False,
        "note": "removed the .gov banner ('An official website of the United States Government "
                "... official, secure websites.') and the footer ('U.S. Department of State', "
                "'The Lessons of 1989: Freedom and Our Future'); double spaces kept",
        "text": (
            "The United States stands with those seeking to safeguard democracy and rule of law "
            "in Guatemala.  Under Section 212(a)(3)(C) of the Immigration and Nationality Act, we "
            "are taking steps to impose visa restrictions on eleven individuals for undermining "
            "democracy and the rule of law.  This brings the total recent visa restrictions "
            "imposed under this authority to 25, and the United States will continue to take "
            "steps to impose such restrictions on additional individuals who continue to "
            "undermine Guatemala\u2019s democracy.\n"
            "The United States unequivocally rejects continued, brazen efforts to undermine "
            "Guatemala\u2019s peaceful transition of power to President-elect Bernardo "
            "Ar\u00e9valo.  This includes Public Ministry officials\u2019 plans to file charges "
            "against President-elect Arevalo and Vice President-elect Herrera, as well as members "
            "of the Semilla party and other opposition members.  We also condemn the politically "
            "motivated raids and arrests targeting members of the Semilla party.\n"
            "These repeated and egregious anti-democratic acts undermine Guatemala\u2019s "
            "democratic institutions and threaten the stability of Guatemala and the region as a "
            "whole.  We join the Organization of American States in calling for a transfer of "
            "power that respects popular will, is consistent with the Inter-American Democratic "
            "Charter, and adheres to the rule of law in Guatemala.  The Guatemalan people have "
            "spoken.  Their voices must be respected."
        ),
    },
    {
        "id": "blind29-02",
        "url": "https://www.state.gov/anniversary-of-operation-nica-welcome-and-continued-unjust-detentions-in-nicaragua/",
        "agency": "U.S. Department of State",
        "title": "Anniversary of Operation Nica Welcome and Continued Unjust Detentions in "
                 "Nicaragua",
        "published": "2024-02-09",
        "date_approximate": True,
        "date_note": "the stored copy has no date; 'One year later' after February 9, 2023",
        "truncated": False,
        "note": "removed the footer ('U.S. Department of State', 'The Lessons of 1989: Freedom "
                "and Our Future'); double spaces kept",
        "text": (
            "On February 9, 2023, the United States received 222 political prisoners released by "
            "Nicaragua, a group that included human rights defenders, Nicaraguan presidential "
            "contenders, political activists, clergy, journalists, students, and members of civil "
            "society organizations and business groups.\n"
            "Daniel Ortega and Rosario Murillo subsequently moved to strip the former political "
            "prisoners of their Nicaraguan citizenship in absentia.  One year later, Daniel Ortega "
            "and Rosario Murillo continue to unjustly detain or force into exile those who wish to "
            "exercise their human rights and fundamental freedoms in Nicaragua.\n"
            "The United States joins the international community in condemning such efforts to "
            "silence the voices of the Nicaraguan people, and we renew our calls for the "
            "Nicaraguan authorities to restore the full enjoyment of civil and political rights "
            "by all Nicaraguans."
        ),
    },
    {
        "id": "blind29-03",
        "url": "https://editorials.voa.gov/amp/ortega-murillo-regime-continues-its-repression/7485777.html",
        "agency": "Voice of America editorial (U.S. Government views)",
        "title": "Ortega-Murillo Regime Continues Its Repression",
        "published": "2024-02-12",
        "date_approximate": True,
        "date_note": "the stored copy has no date; one year after the release of February 9, "
                     "2023, and after the January 2024 events it reports",
        "truncated": True,
        "note": "removed the player line 'Your browser doesn\u2019t support HTML5'; the stored "
                "copy is cut mid-sentence ('Religious sisters who served the poor in Nicaragua "
                "have been expelled'), kept up to the last complete sentence",
        "text": (
            "It\u2019s been one year since 222 political prisoners were released by the "
            "Ortega-Murillo regime in Nicaragua and flown to the United States. As State "
            "Department Spokesperson Matthew Miller noted in a statement marking the anniversary, "
            "\u201cThe group included human rights defenders, Nicaraguan presidential contenders, "
            "political activists, clergy, journalists, students, and members of civil society "
            "and business groups.\u201d\n"
            "On their arrival in the United States, the Nicaraguan political prisoners were "
            "welcomed with medical and psychological care and legal assistance. In Nicaragua, "
            "however, President Daniel Ortega called them \u201cterrorists.\u201d Nicaragua\u2019s "
            "Congress stripped them of their citizenship. A judge declared an additional 94 "
            "Nicaraguan dissidents to be traitors and they were also stripped of their property "
            "and citizenship.\n"
            "During the past year, persecution of dissidents in Nicaragua has continued. In "
            "September, the UN Group of Human Rights Experts on Nicaragua told the UN Human Rights "
            "Council in Geneva that the government is increasing pressure on human rights "
            "defenders to compel them to leave the country. In addition, academic freedom in "
            "Nicaragua has been all but eliminated. In August 2023, the government seized the "
            "prestigious Jesuit-run University of Central America, the latest in a series of "
            "take-overs by the regime of dozens of institutions of higher learning.\n"
            "The Catholic Church, its clergy and religious continue to be a prime target of the "
            "Ortega-Murillo government. Priests have been arrested and imprisoned, most "
            "notoriously, Rolando Jos\u00e9 \u00c1lvarez Lagos, Bishop of Matagalpa, who was "
            "sentenced to 26 years in prison after refusing to leave the country along with the "
            "other dissidents in February 2023. After months spent in the infamous La Modelo "
            "prison, Bishop Alvarez was put on a plane to Rome in January 2024 with 18 other "
            "Catholic political prisoners."
        ),
    },
    {
        "id": "blind29-04",
        "url": "https://www.dvidshub.net/news/552462/iranian-forces-illegally-seize-commercial-tanker-international-waters",
        "agency": "U.S. Central Command (DVIDS)",
        "title": "Iranian forces illegally seize commercial tanker in international waters",
        "published": "2025-11-16",
        "date_approximate": False,
        "date_note": "from the release line 'November 16, 2025 Release Number 20251116-01'",
        "truncated": False,
        "note": "removed the release header 'November 16, 2025 Release Number 20251116-01 FOR "
                "IMMEDIATE RELEASE'; the dateline 'TAMPA, Fla. \u2013' is kept; the stored copy "
                "is one paragraph; mixed apostrophes (Iran\u2019s / Iran's) kept",
        "text": (
            "TAMPA, Fla. \u2013 U.S. Central Command forces monitored an incident involving "
            "Iranian forces illegally boarding and seizing a Marshall Islands-flagged tanker "
            "transiting international waters in the Strait of Hormuz, Nov. 14. M/V Talara was "
            "seized after being boarded by Islamic Revolutionary Guard Corps (IRGC) forces who "
            "arrived by helicopter. IRGC operatives then steered the tanker to Iran\u2019s "
            "territorial waters where the ship remains. Iran's use of military forces to conduct "
            "an armed boarding and seizure of a commercial vessel in international waters "
            "constitutes a blatant violation of international law, undermining freedom of "
            "navigation and the free flow of commerce. We call on Iran to articulate to the "
            "international community the legal basis for its actions. U.S. forces will continue "
            "to remain vigilant and work alongside our partners and allies to promote regional "
            "peace and stability."
        ),
    },
    {
        "id": "blind29-05",
        "url": "https://www.usaid.gov/news-information/press-releases/aug-30-2022-united-states-providing-additional-30-million-critical-humanitarian-assistance-pakistan-flooding",
        "agency": "U.S. Agency for International Development",
        "title": "United States Providing Additional $30 Million in Critical Humanitarian "
                 "Assistance for Pakistan Flooding",
        "published": "2022-08-30",
        "date_approximate": False,
        "date_note": "from the URL (aug-30-2022)",
        "truncated": False,
        "note": "removed 'For Immediate Release', 'Office of Press Relations', 'Press Release', "
                "the link line 'For the latest updates on USAID\u2019s humanitarian assistance in "
                "Pakistan, visit:', the tags 'Pakistan floods Climate Change' and 'Share This "
                "Page'; trailing spaces at paragraph ends dropped",
        "text": (
            "The United States, through the U.S. Agency for International Development (USAID), "
            "is providing an additional $30 million in humanitarian assistance to support the "
            "people affected by severe flooding in Pakistan resulting from heavy monsoon rains, "
            "as well as landslides and glacial lake outbursts, since mid-June. The flooding has "
            "affected an estimated 33 million people and resulted in more than 1,100 deaths and "
            "more than 1,600 injuries. In addition, more than one million homes have been damaged "
            "or destroyed, and nearly 735,000 livestock \u2013 a major source of livelihoods and "
            "food \u2013 have been lost, and the flooding has damaged roads and more than two "
            "million acres of agricultural land.\n"
            "With these funds, USAID partners will prioritize urgently needed support for food, "
            "nutrition, multi-purpose cash, safe water, improved sanitation and hygiene, and "
            "shelter assistance. A USAID disaster management specialist arrived in Islamabad on "
            "Monday to assess the impact of the floods and coordinate with partners on response "
            "efforts. USAID humanitarian staff in Islamabad, Pakistan; Bangkok, Thailand; and "
            "Washington, D.C. continue to monitor the situation in close coordination with local "
            "partners, the Government of Pakistan, and U.S. Embassy Islamabad.\n"
            "The United States is deeply saddened by the devastating loss of life and "
            "livelihoods throughout Pakistan. We stand with Pakistan during this difficult time. "
            "The United States is the single largest humanitarian donor to Pakistan."
        ),
    },
    {
        "id": "blind29-06",
        "url": "https://editorials.voa.gov/a/a-41-2007-05-31-voa2-84651452/1480701.html",
        "agency": "Voice of America editorial (U.S. Government views)",
        "title": "U.S. Places New Sanctions On Sudan",
        "published": "2007-05-31",
        "date_approximate": False,
        "date_note": "from the archive URL (a-41-2007-05-31)",
        "truncated": True,
        "note": "removed 'Accessibility links', 'Breaking News' and the headline (printed twice; "
                "kept in title); the stored copy is cut mid-sentence ('The resolution will also "
                "prohibit Sudan's government from conducting any offensive'), that sentence is "
                "dropped",
        "text": (
            "The United States is tightening sanctions against Sudan's government for its "
            "genocide against the people of Sudan's Darfur region. Since 2003, the government of "
            "Sudanese President Omar al-Bashir has unleashed its Janjaweed militia against "
            "villages as part of a campaign against rebels in Darfur. More than "
            "two-hundred-thousand people have died from the conflict, and more than two million "
            "others have been forced from their homes and villages.\n"
            "President George W. Bush said in April that the United States would take new steps "
            "against Sudan's government if it failed to live up to its pledges to end the "
            "violence in Darfur. Mr. Bush says he made it clear that \"the time for promises was "
            "over.\" President Bashir, says President Bush, has not lived up to his obligations:\n"
            "\"One day after I spoke, the military bombed a meeting of rebel commanders designed "
            "to discuss a possible peace deal with the government. In the following weeks, he "
            "used his army and government-sponsored militias to attack rebels and civilians in "
            "South Darfur. He's taken no steps to disarm these militias in the year since the "
            "Darfur peace agreement was signed. Senior [Sudanese] officials continue to oppose "
            "the deployment of the U.N. peacekeeping force.\"\n"
            "In response, the United States will add thirty companies owned or controlled by "
            "Sudan's government to a list of Specially Designated Nationals banned from the U.S. "
            "banking system. A company that has been transporting weapons to the Sudanese "
            "government and militia forces in Darfur will also be added to that list, as will "
            "individuals responsible for violence in Darfur.\n"
            "President Bush says the United States will also consult its allies on a new United "
            "Nations Security Council resolution on Darfur that will include new sanctions and an "
            "expanded embargo on arms sales to Sudan."
        ),
    },
    {
        "id": "blind29-07",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2007/12/print/text/20071218-7.html",
        "agency": "The White House (Office of the First Lady)",
        "title": "Statement by Mrs. Laura Bush",
        "published": "2007-12-18",
        "date_approximate": False,
        "date_note": "from the release header (December 18, 2007)",
        "truncated": False,
        "note": "removed the print header ('The White House', 'President George W. Bush', "
                "'Print this document', 'For Immediate Release', 'Office of the First Lady', the "
                "date and the title line) and the footer ('# # #', 'Return to this article at:', "
                "'Print this document')",
        "text": (
            "It is clear from the briefing that I received from U.N. Special Advisor Ibrahim "
            "Gambari yesterday followed by his report to the United Nations General Assembly "
            "today that Burma's General Than Shwe and his associates are failing to meet even the "
            "minimal expectations set out by the unanimous membership of the U.N. Security "
            "Council on October 11, 2007. These include the release of all political prisoners, "
            "commencement of a genuine dialogue with democratic activists led by Aung San Suu "
            "Kyi, and address of political and human rights issues.\n"
            "The junta has made no meaningful attempt to meet and talk with democratic "
            "activists. Instead it has continued to harass and detain them. The junta leaders "
            "continue to sell the country's natural resources to enrich themselves. While they "
            "reject international calls for a democratic transition, they have put Burma in "
            "shambles and placed its people in a perilous state. Children are being trafficked "
            "and subject to forced recruitment into the military; citizens are fleeing the "
            "country to seek work and basic healthcare; meanwhile infectious diseases, including "
            "AIDS and malaria, continue to spread unchecked."
        ),
    },
    {
        "id": "blind29-08",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2007/10/print/20071009-7.html",
        "agency": "The White House (Office of the First Lady)",
        "title": "Statement by Press Secretary Sally McDonough",
        "published": "2007-10-09",
        "date_approximate": False,
        "date_note": "from the release header (October 9, 2007)",
        "truncated": False,
        "note": "removed the print header ('The White House, President George W. Bush Click to "
                "print this document', 'For Immediate Release', 'Office of the First Lady', the "
                "date and the title line) and the footer ('# # #', 'Return to this article at:', "
                "'Click to print this document')",
        "text": (
            "Earlier today, United Nations Secretary-General Ban Ki-moon called Mrs. Bush to "
            "underscore that the crisis in Burma demands continued international attention and "
            "to thank her for her \"unwavering support\" for the people of Burma.\n"
            "He reported that the military regime has appointed a senior official to begin a "
            "dialogue with Aung San Suu Kyi, leader of Burma's popularly elected National League "
            "for Democracy party. Mrs. Bush believes that the regime's appointment of Deputy "
            "Labor Minister Aung Kyi will be seen as a genuine effort toward national "
            "reconciliation when they release Aung San Suu Kyi and other political prisoners.\n"
            "Secretary-General Ban also conveyed to Mrs. Bush his plans to dispatch the U.N.'s "
            "Special Envoy to Burma, Ibrahim Gambari, back to the region \"as soon as "
            "possible.\"\n"
            "Mrs. Bush was informed that the United Nations will continue to pressure the "
            "military junta to end the violent crackdown and stop the arrests of Burmese "
            "citizens, including monks and nuns, who participated in the non-violent "
            "demonstrations.\n"
            "Mrs. Bush expressed her hope that the international community will help to effect "
            "positive and peaceful change in Burma."
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


from annotation_blind29 import annotate  # noqa: E402

annotate(ev)


def main() -> None:
    """Write ``blind29.jsonl``, re-check every offset and run the standalone checker."""
    docs = build(DOCS, E)
    with OUT.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    errors: list[str] = []
    with OUT.open(encoding="utf-8") as handle:
        reread = [json.loads(line) for line in handle]
    for doc in reread:
        spans = set(sentences(doc["text"]))
        for event in doc["events"]:
            check_event(doc, event, spans, errors)
            text = doc["text"]
            if text[event["trigger_start"]:event["trigger_end"]] != event["trigger"]:
                errors.append(f"{doc['id']}: trigger offsets wrong for {event['trigger']!r}")
            sentence = text[event["sentence_start"]:event["sentence_end"]]
            for side in ("actor_text", "recipient_text"):
                for phrase in event[side]:
                    if phrase not in sentence:
                        errors.append(f"{doc['id']}: {phrase!r} not in its sentence")
    if errors:
        raise SystemExit("\n".join(errors))
    check_documents.SETS[SET_KEY] = (r"blind29-\d\d", frozenset())
    raise SystemExit(1 if check_documents.check(str(OUT), SET_KEY) else 0)


if __name__ == "__main__":
    main()

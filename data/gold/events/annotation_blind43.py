"""Texts and annotation of the blind events set ``blind43.jsonl`` (evgold31, 2026-12-07).

Eleven U.S. government texts about foreign parties, taken from the search tool's stored pages
(Department of State and U.S. missions and embassies, the White House archives, the Department of
Defense; all public domain). Page furniture is removed (named in each document's ``note``); the
wording is otherwise exactly as stored, except that double spaces between sentences were made
single (named in the ``note``). Each event is written as: document id, a sentence anchor (a
substring of exactly one sentence), the trigger (a substring found once in that sentence), type,
mode, contexts, actor codes, actor texts, recipient codes, recipient texts and the flags.
``build_blind43.py`` turns this into ``blind43.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

DOCS: list[dict] = [
    {
        "id": "blind43-01",
        "url": "https://geneva.usmission.gov/2015/08/14/u-s-condemns-terrorist-attacks-in-iraq/",
        "agency": "U.S. Department of State, Office of the Spokesperson (U.S. Mission Geneva)",
        "title": "U.S. Condemns Terrorist Attacks in Iraq",
        "published": "2015-08-13",
        "date_approximate": False,
        "date_note": "press statement by John Kirby, Department Spokesperson, dated August 13, "
                     "2015 on the page (posted by the mission on August 14)",
        "truncated": False,
        "note": "removed: 'An official website of the United States government', the headline "
                "(twice; kept in title), the posting date, the 'Press Statement / John Kirby / "
                "Department Spokesperson / Washington, DC / August 13, 2015' block",
        "text": (
            "The United States condemns in the strongest terms both the ISIL attack this "
            "morning at a crowded market place in Baghdad, and the car bomb attacks in Diyala "
            "Province on Monday, as well as other recent terrorist attacks against the Iraqi "
            "people. We express our deep condolences to family and friends of the victims. "
            "These atrocities show once again the utter disregard ISIL has for innocent "
            "civilians, including women and children.\n"
            "As Iraqis unite against ISIL and turn the tide on the battlefield, ISIL will try to "
            "maintain its campaign of terror to sow discord among the Iraqi people. The United "
            "States continues to stand shoulder to shoulder with the Iraqi people as they "
            "confront ISIL and the violence it represents. We remain committed to working with "
            "Prime Minister Al-Abadi, the Iraqi Security Forces, and our partners in the "
            "international community to support the Government of Iraq in defeating ISIL and "
            "holding this terrorist organization accountable for the atrocities it has "
            "committed."
        ),
    },
    {
        "id": "blind43-02",
        "url": "https://gn.usembassy.gov/ambassador-henshaw-calls-for-peaceful-dialogue-on-all-fronts/",
        "agency": "U.S. Embassy in Guinea",
        "title": "Ambassador Henshaw Calls for Peaceful Dialogue on All Fronts",
        "published": "2020-01-10",
        "date_approximate": False,
        "date_note": "posting date printed on the page",
        "truncated": False,
        "note": "removed: 'An official website of the United States government', the headline "
                "(kept in title), the date line; double spaces between sentences made single",
        "text": (
            "As Ambassador of the United States to Guinea, I would like to offer my condolences "
            "to the families of victims killed by gunfire in Conakry on January 9, who, "
            "according to media accounts, were bystanders who happened to be in the vicinity of "
            "protest activity. We urge Guinean security services to conduct themselves in a "
            "professional manner at all times, and we call for a full investigation into these "
            "deaths. We urge all demonstrators to exercise their right to assemble peacefully. "
            "This loss of life emphasizes the importance of peacefully resolving disputes "
            "through dialogue and other non-violent avenues. Guinea has made great democratic "
            "strides, and we look forward to working with all Guineans to continue to "
            "strengthen that progress."
        ),
    },
    {
        "id": "blind43-03",
        "url": "https://by.usembassy.gov/u-s-embassy-statement-10/",
        "agency": "U.S. Embassy in Belarus",
        "title": "U.S. Embassy Statement (convictions of Katsyaryna Barysevich and Artsiom Sarokin)",
        "published": "2021-03-02",
        "date_approximate": False,
        "date_note": "date printed on the page",
        "truncated": False,
        "note": "removed: the headline 'U.S. Embassy Statement' (kept in title with a descriptive "
                "addition), the date line; double spaces between sentences made single",
        "text": (
            "The United States condemns the politically motivated convictions and sentences "
            "meted out today to a journalist, Katsyaryna Barysevich, and a medical doctor, "
            "Artsiom Sarokin, for their role in exposing the truth about Raman Bandarenka\u2019s "
            "death while he was in police custody. This criminal case was designed to punish "
            "individuals who exposed a false narrative about Bandarenka and to divert attention "
            "from the fact that security officials \u2014 and individuals acting with their "
            "approval \u2014 beat a person to death in November. Those responsible have not "
            "faced justice; the authorities instead chose to retaliate against those who exposed "
            "the facts.\n"
            "The authorities\u2019 assault against the truth, and against journalists and "
            "others who reveal those truths, continues unabated. The United States again calls "
            "for an end to the crackdown against peaceful protestors, human rights defenders, "
            "civil society, and independent media and for accountability for all those who "
            "have committed abuses. The United States supports a sovereign and independent "
            "Belarus that upholds its international commitments to protect human rights \u2013 "
            "including the ability for all Belarusians to exercise these rights without risk of "
            "death or imprisonment."
        ),
    },
    {
        "id": "blind43-04",
        "url": "https://2009-2017.state.gov/secretary/20092013clinton/rm/2011/03/158597.htm",
        "agency": "U.S. Department of State, Secretary of State",
        "title": "Violence in Yemen",
        "published": "2011-03-18",
        "date_approximate": False,
        "date_note": "press statement by Secretary of State Hillary Rodham Clinton, date printed "
                     "on the page",
        "truncated": False,
        "note": "removed: the headline (kept in title), the 'Press Statement / Hillary Rodham "
                "Clinton / Secretary of State / Washington, DC / March 18, 2011' block, "
                "'PRN: 2011/415'",
        "text": (
            "The United States is alarmed by today's violence in Sana'a against anti-government "
            "protesters and is seeking to verify reports that this is the result of actions by "
            "security forces. We have seen increased numbers of deaths and injuries at "
            "demonstrations throughout Yemen in the past two weeks and I join President Obama in "
            "strongly condemning this violence. We call on Yemeni security forces to exercise "
            "maximum restraint, refrain from violence, and permit citizens to freely and "
            "peacefully express their views.\n"
            "We extend our deepest condolences to the families and friends of those who have "
            "lost their lives and call on President Saleh to uphold his promise to protect "
            "peaceful demonstrators. All perpetrators of violence should be held accountable "
            "and brought to justice.\n"
            "The Yemeni people, like people everywhere, have the universal rights to demonstrate "
            "peacefully, to freely assemble, and to express themselves without fear of "
            "intimidation or death. A solution to Yemen's problems will not be found through "
            "security measures. We support dialogue as the path to a peaceful solution to "
            "Yemen\u2019s current political situation. This must include genuine participation "
            "by all sides in an open and transparent process that addresses the legitimate "
            "concerns of all Yemeni people, including their political and economic aspirations."
        ),
    },
    {
        "id": "blind43-05",
        "url": "https://www.state.gov/updates-to-the-zimbabwean-sanctions-program/",
        "agency": "U.S. Department of State, Office of the Spokesperson",
        "title": "Updates to the Zimbabwean Sanctions Program",
        "published": "2022-12-12",
        "date_approximate": True,
        "date_note": "the stored copy carries no date; press reports of the same removals and "
                     "designations (17 removed, Emmerson Mnangagwa Jr. and Tagwirei associates "
                     "added) date them to Monday, December 12, 2022",
        "truncated": True,
        "note": "removed: the .gov banner ('An official website ...', 'Here's how you know', "
                "the lock notice); the headline is kept in title; the stored copy is cut inside "
                "its last paragraph, which is kept to its last complete sentence; double spaces "
                "between sentences made single; 'Office of foreign Assets Control' kept as stored",
        "text": (
            "Today, the United States is removing 17 individuals from the Specially Designated "
            "Nationals and Blocked Persons (SDN) List. We are also designating four Zimbabwean "
            "individuals and two entities. The Zimbabwe sanctions program targets human rights "
            "abusers and those who undermine democratic processes or facilitate corruption. The "
            "17 individuals being removed today were found no longer to undermine "
            "Zimbabwe\u2019s democratic processes and institutions or to otherwise meet the "
            "criteria for designation.\n"
            "Sanctions are not intended to be permanent but to incentivize changes in behavior. "
            "Each removal is based on a thorough review and is part of an ongoing effort to keep "
            "the sanctions program current, focused, and relevant. Maintaining the integrity of "
            "U.S. sanctions is the driving principle behind a rigorous review process that "
            "evaluates every request for removal individually on its merits and applies "
            "consistent standards to all of them.\n"
            "The U.S. Department of the Treasury\u2019s Office of foreign Assets Control (OFAC) "
            "is designating Sandra Mpunga, Nqobile Magwizi, Obey Chimuka, and two entities, "
            "Fossil Agro, and Fossil Contracting, pursuant to Executive Order (E.O.) 13469, for "
            "their ties to previously designated Kudakwashe Tagwirei and his company, Sakunda "
            "Holdings. Additionally, OFAC is designating Emmerson Mnangagwa, Jr., the "
            "Zimbabwean president\u2019s son, pursuant to E.O. 13391.\n"
            "Today\u2019s actions demonstrate the United States\u2019 continued commitment to "
            "act in support of a transparent and prosperous Zimbabwe."
        ),
    },
    {
        "id": "blind43-06",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2004/12/print/text/20041228.html",
        "agency": "The White House, Deputy Press Secretary",
        "title": "Statement by the White House Deputy Press Secretary 12/26/04 (Global Message)",
        "published": "2004-12-26",
        "date_approximate": False,
        "date_note": "statement dated 12/26/04 in its heading; the print page is dated "
                     "December 28, 2004",
        "truncated": False,
        "note": "removed: 'The White House', 'President George W. Bush', 'Print this document' "
                "(twice), 'For Immediate Release', the date line, 'Global Message', the heading "
                "(kept in title), 'Return to this article at:'",
        "text": (
            "On behalf of the American people, the President expresses his sincere condolences "
            "for the terrible loss of life and suffering caused by the earthquake and subsequent "
            "tsunamis in the region of the Bay of Bengal.\n"
            "The United States stands ready to offer all appropriate assistance to those nations "
            "most affected including Sri Lanka, the Maldives, Thailand, and Indonesia, as well "
            "as the other countries impacted. Already relief is flowing to Sri Lanka and the "
            "Maldives. We will work with the affected governments, the United Nations, "
            "non-governmental organizations, and other concerned states and organizations to "
            "support the relief and response to this terrible tragedy.\n"
            "Again, we extend our sincere condolences to all the people of the region at this "
            "time of suffering."
        ),
    },
    {
        "id": "blind43-07",
        "url": (
            "https://rs.usembassy.gov/joint-statement-of-the-embassies-of-the-united-states-of-"
            "america-in-belgrade-and-pristina-on-the-situation-in-the-north-of-kosovo/"
        ),
        "agency": "U.S. Embassies in Belgrade and Pristina (joint statement)",
        "title": (
            "Joint Statement of the Embassies of the United States of America in Belgrade and "
            "Pristina on the Situation in the North of Kosovo"
        ),
        "published": "2022-12-11",
        "date_approximate": False,
        "date_note": "date printed on the page",
        "truncated": False,
        "note": "removed: 'An official website of the United States government', the date line, "
                "the headline (kept in title)",
        "text": (
            "The United States expresses its deep concern about the current situation in the "
            "north of Kosovo. We understand that Kosovan authorities have detained an individual "
            "suspected of involvement in a violent attack on Kosovan law enforcement and "
            "electoral commission authorities. This arrest is being used as a justification for "
            "illegal roadblocks as well as threats and intimidation against the Kosovan "
            "authorities and the local population.\n"
            "Those who erected illegal roadblocks should dismantle them immediately. We expect "
            "an end to all threats of violence and intimidation. We express our appreciation and "
            "full support to NATO\u2019s Kosovo Force (KFOR) for its efforts to ensure security "
            "and freedom of movement and to the European Union Rule of Law Mission (EULEX). We "
            "firmly condemn as unacceptable all attacks on Kosovan and International security "
            "agencies.\n"
            "We call on everyone to exercise maximum restraint, to take immediate action to "
            "achieve a de-escalation of the situation, and to refrain from provocative acts. We "
            "urge the parties to work within the EU-facilitated Dialogue to resolve issues of "
            "concern."
        ),
    },
    {
        "id": "blind43-08",
        "url": (
            "https://rs.usembassy.gov/the-united-states-urges-kosovo-and-serbia-to-take-"
            "immediate-steps-to-de-escalate-tensions/"
        ),
        "agency": "U.S. Embassy in Serbia",
        "title": "The United States Urges Kosovo and Serbia to Take Immediate Steps to "
                 "De-Escalate Tensions",
        "published": "2022-11-22",
        "date_approximate": False,
        "date_note": "date printed on the page",
        "truncated": False,
        "note": "removed: 'An official website of the United States government', the date line, "
                "the headline (kept in title)",
        "text": (
            "The United States is disappointed that the leaders of Kosovo and Serbia failed to "
            "agree with EU High Representative Borrell today on a solution to the current "
            "crisis in Kosovo. We urge Prime Minister Kurti to work with EU High Representative "
            "Borrell and EU Special Representative Lajcak to reach a fair compromise. Both Prime "
            "Minister Kurti and President Vucic will need to make concessions to ensure that we "
            "do not jeopardize decades of hard-won peace in an already fragile region. We join "
            "the EU in calling on Kosovo to immediately suspend any planned measures that would "
            "escalate tensions, including the imposition of vehicle fines.\n"
            "Both parties should refrain from taking provocative steps, fulfill their "
            "obligations under the EU facilitated Dialogue, and engage constructively to reach "
            "a sustainable solution."
        ),
    },
    {
        "id": "blind43-09",
        "url": "https://cl.usembassy.gov/escalation-of-violence-in-nicaragua/",
        "agency": "U.S. Department of State, Office of the Spokesperson (U.S. Embassy in Chile)",
        "title": "Escalation of Violence in Nicaragua",
        "published": "2018-07-16",
        "date_approximate": False,
        "date_note": "press statement by Heather Nauert, Department Spokesperson, dated on the page",
        "truncated": False,
        "note": "removed: the headline (kept in title), the 'Press Statement / Heather Nauert / "
                "Department Spokesperson / Washington, DC / July 16, 2018' block",
        "text": (
            "The United States condemns the ongoing attacks by Daniel Ortega\u2019s para-police "
            "against university students, journalists, and clergy across the country, in "
            "addition to the arbitrary detention of Civic Alliance leadership. Every additional "
            "victim of this violence and intimidation campaign further undermines "
            "Ortega\u2019s legitimacy. We call on Ortega to cease his repression of the people "
            "of Nicaragua immediately.\n"
            "The Nicaraguan government must heed the Nicaraguan people\u2019s call for "
            "democratic reforms immediately. Early, free, fair, and transparent elections are "
            "the best path back to democracy and respect for human rights in Nicaragua.\n"
            "As part of our response to flagrant human rights abuses by members of the "
            "Government of Nicaragua, the State Department has imposed additional U.S. visa "
            "restrictions on individuals responsible for human rights abuses or undermining "
            "democracy in Nicaragua, as well as on their family members. The United States will "
            "continue to expose and hold accountable those responsible for the Ortega "
            "government\u2019s campaign of violence and repression."
        ),
    },
    {
        "id": "blind43-10",
        "url": (
            "https://obamawhitehouse.archives.gov/the-press-office/2012/04/04/statement-press-"
            "secretary-attack-national-theater-mogadishu-somalia"
        ),
        "agency": "The White House, Office of the Press Secretary",
        "title": "Statement by the Press Secretary on the Attack on the National Theater in "
                 "Mogadishu, Somalia",
        "published": "2012-04-04",
        "date_approximate": False,
        "date_note": "date from the archive URL (2012/04/04)",
        "truncated": False,
        "note": "removed: the archive banner ('This is historical material \u201cfrozen in "
                "time\u201d ...'), 'Search form', 'The White House', 'Office of the Press "
                "Secretary', 'For Immediate Release', the headline (kept in title); double "
                "spaces between sentences made single",
        "text": (
            "The United States strongly condemns the outrageous attack today in Mogadishu that "
            "resulted in a tragic loss of life. We offer our condolences to the Somali people, "
            "particularly those who lost family and loved ones. Somalia, with the support of "
            "African Union peacekeepers, has made great strides in the past months to improve "
            "security and rebuild Mogadishu after two decades of civil strife. Al-Shabaab\u2019s "
            "attack on the newly reopened National Theater is another sign that it is standing "
            "in the way of Somalia\u2019s path to peace and stability, and demonstrates why it "
            "is being rejected by the Somali people. We remain committed to the people of "
            "Somalia and assisting them in countering al-Shabaab\u2019s violence and in "
            "returning peace to their country."
        ),
    },
    {
        "id": "blind43-11",
        "url": (
            "https://www.defense.gov/Newsroom/Releases/Release/Article/605316/readout-of-"
            "secretary-of-defense-chuck-hagels-call-with-israeli-minister-of-defe/"
        ),
        "agency": "U.S. Department of Defense",
        "title": "Readout of Secretary of Defense Chuck Hagel's Call with Israeli Minister of "
                 "Defense Moshe Ya'alon",
        "published": "2014-12-01",
        "date_approximate": True,
        "date_note": "the stored copy carries no date; the call followed the two ministers' "
                     "October 2014 meeting at the Pentagon and preceded Secretary Hagel's "
                     "departure in February 2015: late 2014 or early 2015, a mid-point is given",
        "truncated": False,
        "note": "removed: the .gov banner ('An official website ...', 'Here's how you know', "
                "the lock notice), the historical-collection notice, 'Immediate Release', the "
                "headline (kept in title), the attribution line 'Pentagon Press Secretary Rear "
                "Adm. John Kirby provided the following readout:'",
        "text": (
            "Secretary Hagel spoke to Israeli Minister of Defense Moshe Ya'alon today. Secretary "
            "Hagel and Minister Ya'alon discussed a range of regional issues including efforts "
            "by the United States and the coalition partners to counter the Islamic State of "
            "Iraq and the Levant, and they reaffirmed the strength of the U.S.-Israel security "
            "relationship.\n"
            "Today's phone call followed the seventh meeting between Secretary Hagel and "
            "Minister Ya'alon, which took place at the Pentagon in October 2014."
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


# --- blind43-01: State Department on ISIL attacks in Iraq (2015) ---
D = "blind43-01"
S = "condemns in the strongest terms"
ev(D, S, "condemns", "ACCUSE", "disapprove", ["terrorism"], ["USA"], ["The United States"],
   ["IMG"], ["ISIL"])
ev(D, S, "attack this morning", "ASSAULT", "", ["terrorism"], ["IMG"], ["ISIL"], ["IRQ"],
   ["a crowded market place in Baghdad"])
ev(D, S, "car bomb attacks", "ASSAULT", "explosives", ["terrorism"], [], [], ["IRQ"],
   ["Diyala Province"])
ev(D, S, "terrorist attacks", "ASSAULT", "", ["terrorism"], [], [], ["IRQ"],
   ["the Iraqi people"])
ev(D, "We express our deep condolences", "express our deep condolences", "SUPPORT", "",
   ["terrorism"], ["USA"], ["We"])
ev(D, "utter disregard ISIL has", "utter disregard", "ACCUSE", "disapprove",
   ["terrorism", "human_rights"], [], [], ["IMG"], ["ISIL"])
ev(D, "As Iraqis unite against ISIL", "turn the tide on the battlefield", "ASSAULT", "",
   ["military", "terrorism"], ["IRQ"], ["Iraqis"], ["IMG"], ["ISIL"])
ev(D, "As Iraqis unite against ISIL", "maintain its campaign of terror", "ASSAULT", "",
   ["terrorism"], ["IMG"], ["ISIL"], ["IRQ"], ["the Iraqi people"], future=True)
ev(D, "stand shoulder to shoulder", "stand shoulder to shoulder", "SUPPORT", "",
   ["terrorism"], ["USA"], ["The United States"], ["IRQ"], ["the Iraqi people"])
ev(D, "We remain committed to working with", "remain committed to working with", "AGREE", "",
   ["terrorism", "military"], ["USA"], ["We"], ["IRQ", "IRQ"],
   ["Prime Minister Al-Abadi", "the Iraqi Security Forces"])

# --- blind43-02: U.S. Ambassador in Guinea (2020) ---
D = "blind43-02"
S = "I would like to offer my condolences"
ev(D, S, "offer my condolences", "SUPPORT", "", ["repression"], ["USA"],
   ["Ambassador of the United States to Guinea"], ["GIN"], ["the families of victims"])
ev(D, S, "killed by gunfire", "ASSAULT", "firearms", ["repression"], [], [], ["GIN"],
   ["victims"])
S = "We urge Guinean security services"
ev(D, S, "urge", "REQUEST", "change", ["repression", "rights_freedoms"], ["USA"], ["We"],
   ["GIN"], ["Guinean security services"])
ev(D, S, "call for a full investigation", "REQUEST", "change", ["legal", "repression"],
   ["USA"], ["we"])
ev(D, "We urge all demonstrators", "urge", "REQUEST", "change", ["rights_freedoms"], ["USA"],
   ["We"], ["GIN"], ["all demonstrators"])
ev(D, "we look forward to working with", "look forward to working with", "AGREE", "",
   ["pro_democracy"], ["USA"], ["we"], ["GIN"], ["all Guineans"])

# --- blind43-03: U.S. Embassy in Belarus (2021) ---
D = "blind43-03"
S = "politically motivated convictions"
ev(D, S, "condemns", "ACCUSE", "disapprove", ["repression", "legal"], ["USA"],
   ["The United States"])
ev(D, S, "convictions", "SANCTION", "convict", ["repression", "legal", "rights_freedoms"],
   [], [], ["BLR", "BLR"], ["Katsyaryna Barysevich", "Artsiom Sarokin"])
ev(D, "beat a person to death", "beat a person to death", "ASSAULT", "beat",
   ["repression"], ["BLR"], ["security officials"], ["BLR"], ["a person"])
ev(D, "Those responsible have not faced justice", "retaliate", "COERCE", "",
   ["repression"], ["BLR"], ["the authorities"])
ev(D, "assault against the truth", "assault", "COERCE", "censor",
   ["repression", "rights_freedoms"], ["BLR"], ["The authorities\u2019"], ["BLR"],
   ["journalists"])
S = "again calls for an end to the crackdown"
ev(D, S, "calls for", "REQUEST", "change", ["repression", "rights_freedoms"], ["USA"],
   ["The United States"])
ev(D, S, "crackdown", "COERCE", "", ["repression", "rights_freedoms"], [], [], ["BLR"],
   ["peaceful protestors"])
ev(D, "supports a sovereign and independent Belarus", "supports", "SUPPORT", "",
   ["human_rights", "pro_democracy"], ["USA"], ["The United States"], ["BLR"], ["Belarus"])

# --- blind43-04: Secretary Clinton on violence in Yemen (2011) ---
D = "blind43-04"
S = "The United States is alarmed"
ev(D, S, "alarmed", "ACCUSE", "disapprove", ["repression"], ["USA"], ["The United States"])
ev(D, S, "violence", "ASSAULT", "", ["repression"], [], [], ["YEM"],
   ["anti-government protesters"])
ev(D, S, "seeking to verify reports", "ACCUSE", "investigate", ["repression"], ["USA"],
   ["The United States"], ["YEM"], ["security forces"])
ev(D, "I join President Obama", "strongly condemning", "ACCUSE", "disapprove",
   ["repression"], ["USA", "USA"], ["I", "President Obama"])
ev(D, "We call on Yemeni security forces", "call on", "REQUEST", "change",
   ["repression", "rights_freedoms"], ["USA"], ["We"], ["YEM"], ["Yemeni security forces"])
S = "We extend our deepest condolences"
ev(D, S, "extend our deepest condolences", "SUPPORT", "", ["repression"], ["USA"], ["We"])
ev(D, S, "call on", "REQUEST", "change", ["repression", "rights_freedoms"], ["USA"], ["We"],
   ["YEM"], ["President Saleh"])
ev(D, "We support dialogue", "support", "SUPPORT", "", ["political_institutions"], ["USA"],
   ["We"])

# --- blind43-05: Zimbabwe sanctions update (2022) ---
D = "blind43-05"
ev(D, "is removing 17 individuals", "removing", "CONCEDE", "", ["economic", "pro_democracy"],
   ["USA"], ["the United States"], ["ZWE"], ["17 individuals"])
ev(D, "We are also designating", "designating", "SANCTION", "discontinue",
   ["economic", "corruption"], ["USA"], ["We"], ["ZWE"], ["four Zimbabwean individuals"])
ev(D, "is designating Sandra Mpunga", "is designating", "SANCTION", "discontinue",
   ["economic", "corruption"], ["USA"],
   ["The U.S. Department of the Treasury\u2019s Office of foreign Assets Control"],
   ["ZWE", "ZWE", "ZWE", "ZWE", "ZWE"],
   ["Sandra Mpunga", "Nqobile Magwizi", "Obey Chimuka", "Fossil Agro", "Fossil Contracting"])
ev(D, "Additionally, OFAC is designating", "designating", "SANCTION", "discontinue",
   ["economic", "corruption"], ["USA"], ["OFAC"], ["ZWE"], ["Emmerson Mnangagwa, Jr."])
ev(D, "continued commitment to act in support", "continued commitment", "AGREE", "",
   ["corruption", "economic"], ["USA"], ["the United States\u2019"], ["ZWE"], ["Zimbabwe"])

# --- blind43-06: White House on the Indian Ocean tsunami (2004) ---
D = "blind43-06"
ev(D, "the President expresses his sincere condolences", "expresses his sincere condolences",
   "SUPPORT", "", ["disasters"], ["USA"], ["the President"])
ev(D, "stands ready to offer all appropriate assistance",
   "stands ready to offer all appropriate assistance", "AGREE", "",
   ["disasters", "human_security"], ["USA"], ["The United States"],
   ["LKA", "MDV", "THA", "IDN"], ["Sri Lanka", "the Maldives", "Thailand", "Indonesia"])
ev(D, "Already relief is flowing", "relief is flowing", "AID", "",
   ["disasters", "human_security"], [], [], ["LKA", "MDV"], ["Sri Lanka", "Maldives"])
ev(D, "We will work with the affected governments", "will work with", "AGREE", "",
   ["disasters", "human_security"], ["USA"], ["We"], ["UNO", "NGO"],
   ["the United Nations", "non-governmental organizations"])
ev(D, "Again, we extend our sincere condolences", "extend our sincere condolences", "SUPPORT",
   "", ["disasters"], ["USA"], ["we"])

# --- blind43-07: U.S. embassies in Belgrade and Pristina on northern Kosovo (2022) ---
D = "blind43-07"
ev(D, "expresses its deep concern", "expresses its deep concern", "ACCUSE", "disapprove",
   ["territory"], ["USA"], ["The United States"])
S = "Kosovan authorities have detained"
ev(D, S, "have detained", "COERCE", "arrest", ["crime", "election"], ["KOS"],
   ["Kosovan authorities"], ["KOS"], ["an individual"])
ev(D, S, "suspected", "ACCUSE", "allege", ["crime", "election"], ["KOS"],
   ["Kosovan authorities"], ["KOS"], ["an individual"])
ev(D, "This arrest is being used", "threats and intimidation", "THREATEN", "",
   ["territory"], [], [], ["KOS"], ["the Kosovan authorities"])
ev(D, "We expect an end to all threats", "expect an end", "REQUEST", "change",
   ["territory"], ["USA"], ["We"])
ev(D, "We express our appreciation and full support", "express our appreciation and full support",
   "SUPPORT", "", ["peacekeeping"], ["USA"], ["We"], ["IGO", "EUR"],
   ["NATO\u2019s Kosovo Force (KFOR)", "the European Union Rule of Law Mission (EULEX)"])
S = "We firmly condemn as unacceptable"
ev(D, S, "firmly condemn", "ACCUSE", "disapprove", ["territory"], ["USA"], ["We"])
ev(D, S, "attacks", "ASSAULT", "", ["territory"], [], [], ["KOS"],
   ["Kosovan and International security agencies"])
ev(D, "We call on everyone", "call on", "REQUEST", "change", ["territory"], ["USA"], ["We"])
S = "We urge the parties"
ev(D, S, "urge", "REQUEST", "meet", ["diplomatic", "territory"], ["USA"], ["We"])
ev(D, S, "EU-facilitated Dialogue", "CONSULT", "third-party", ["diplomatic"], ["EUR"], ["EU"])

# --- blind43-08: U.S. Embassy in Serbia on Kosovo–Serbia talks (2022) ---
D = "blind43-08"
S = "The United States is disappointed"
ev(D, S, "disappointed", "ACCUSE", "disapprove", ["diplomatic", "territory"], ["USA"],
   ["The United States"], ["KOS", "SRB"],
   ["the leaders of Kosovo and Serbia", "the leaders of Kosovo and Serbia"])
ev(D, S, "failed to agree", "AGREE", "", ["diplomatic", "territory"], ["KOS", "SRB"],
   ["the leaders of Kosovo and Serbia", "the leaders of Kosovo and Serbia"], ["EUR"],
   ["EU High Representative Borrell"], negated=True)
ev(D, "We urge Prime Minister Kurti", "urge", "REQUEST", "meet", ["diplomatic"], ["USA"],
   ["We"], ["KOS"], ["Prime Minister Kurti"])
ev(D, "will need to make concessions", "will need to make concessions", "REQUEST", "yield",
   ["diplomatic", "territory"], [], [], ["KOS", "SRB"],
   ["Prime Minister Kurti", "President Vucic"])
ev(D, "We join the EU in calling on Kosovo", "calling on", "REQUEST", "change",
   ["diplomatic"], ["USA", "EUR"], ["We", "the EU"], ["KOS"], ["Kosovo"])
S = "Both parties should refrain"
ev(D, S, "should refrain from taking provocative steps", "REQUEST", "change",
   ["diplomatic", "territory"], [], [], ["KOS", "SRB"], ["Both parties", "Both parties"])
ev(D, S, "EU facilitated Dialogue", "CONSULT", "third-party", ["diplomatic"], ["EUR"], ["EU"])

# --- blind43-09: State Department on Nicaragua (2018) ---
D = "blind43-09"
S = "condemns the ongoing attacks by Daniel Ortega"
ev(D, S, "condemns", "ACCUSE", "disapprove", ["repression"], ["USA"], ["The United States"],
   ["NIC"], ["Daniel Ortega\u2019s para-police"])
ev(D, S, "ongoing attacks", "ASSAULT", "", ["repression"], ["NIC"],
   ["Daniel Ortega\u2019s para-police"], ["NIC", "NIC", "NIC"],
   ["university students", "journalists", "clergy"])
ev(D, S, "arbitrary detention", "COERCE", "arrest", ["repression"], [], [], ["NIC"],
   ["Civic Alliance leadership"])
ev(D, "We call on Ortega", "call on", "REQUEST", "change", ["repression"], ["USA"], ["We"],
   ["NIC"], ["Ortega"])
ev(D, "must heed the Nicaraguan people", "must heed", "REQUEST", "change",
   ["pro_democracy"], [], [], ["NIC"], ["The Nicaraguan government"])
ev(D, "has imposed additional U.S. visa restrictions", "imposed additional U.S. visa restrictions",
   "REJECT", "", ["human_rights", "pro_democracy"], ["USA"], ["the State Department"], ["NIC"],
   ["individuals responsible for human rights abuses"])
ev(D, "will continue to expose and hold accountable", "hold accountable", "THREATEN", "",
   ["repression", "human_rights"], ["USA"], ["The United States"], ["NIC"],
   ["those responsible"])

# --- blind43-10: White House on the Mogadishu National Theater attack (2012) ---
D = "blind43-10"
S = "strongly condemns the outrageous attack"
ev(D, S, "strongly condemns", "ACCUSE", "disapprove", ["terrorism"], ["USA"],
   ["The United States"])
ev(D, S, "outrageous attack", "ASSAULT", "", ["terrorism"], [], [], ["SOM"], ["Mogadishu"])
ev(D, "We offer our condolences", "offer our condolences", "SUPPORT", "", ["terrorism"],
   ["USA"], ["We"], ["SOM"], ["the Somali people"])
ev(D, "with the support of African Union peacekeepers", "support", "AID", "",
   ["peacekeeping", "military"], ["IGO"], ["African Union peacekeepers"], ["SOM"], ["Somalia"])
S = "attack on the newly reopened National Theater"
ev(D, S, "attack", "ASSAULT", "", ["terrorism"], ["IMG"], ["Al-Shabaab\u2019s"], ["SOM"],
   ["the newly reopened National Theater"])
ev(D, S, "being rejected", "REJECT", "", ["terrorism"], ["SOM"], ["the Somali people"],
   ["IMG"], ["Al-Shabaab\u2019s"])
ev(D, "We remain committed to the people of Somalia", "remain committed", "AGREE", "",
   ["terrorism"], ["USA"], ["We"], ["SOM"], ["the people of Somalia"])

# --- blind43-11: Defense readout, Hagel–Ya'alon call (2014) ---
D = "blind43-11"
ev(D, "Secretary Hagel spoke to", "spoke to", "CONSULT", "phone", ["military"],
   ["USA", "ISR"], ["Secretary Hagel", "Israeli Minister of Defense Moshe Ya'alon"])
S = "discussed a range of regional issues"
ev(D, S, "discussed", "CONSULT", "", ["military", "terrorism"], ["USA", "ISR"],
   ["Secretary Hagel", "Minister Ya'alon"])
ev(D, S, "counter", "ASSAULT", "", ["military", "terrorism"], ["USA"], ["the United States"],
   ["IMG"], ["the Islamic State of Iraq and the Levant"])
ev(D, S, "reaffirmed the strength", "SUPPORT", "", ["military"], ["USA", "ISR"],
   ["Secretary Hagel", "Minister Ya'alon"])
ev(D, "followed the seventh meeting", "seventh meeting", "CONSULT", "", ["military"],
   ["USA", "ISR"], ["Secretary Hagel", "Minister Ya'alon"])

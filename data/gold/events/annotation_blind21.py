"""Annotation of ``blind21.jsonl`` (evgold9, 2026-12-06), written from the annotator's own reading.

Each call of :func:`ev` adds one event: document id, a sentence anchor (a substring of exactly
one sentence), the trigger (a substring found once in that sentence), type, mode, contexts,
actor codes and the words naming them, recipient codes and words, and the flags. The builder
of ``build_dev4.py`` turns these into offsets and checks them (run ``build_blind21.py``).
Choices where ``GUIDELINE.md`` is silent are listed in ``README-blind21.md``.
"""

from __future__ import annotations

E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


# blind21-01: State Department, Darfur offensive (2010)
D = "blind21-01"
ev(D, "The United States condemns the recent offensive", "condemns", "ACCUSE", "disapprove",
   ["military"], ["USA"], ["The United States"], ["SDN"], ["the Government of Sudan\u2019s"])
ev(D, "The United States condemns the recent offensive", "use of aerial bombings", "ASSAULT",
   "aerial", ["military"], ["SDN"], ["the Government of Sudan\u2019s"], ["SDN"],
   ["Darfur rebel positions"])
ev(D, "Subsequent incidents of looting", "looting", "COERCE", "seize", ["military"], ["SDN"],
   ["the Justice and Equality Movement"])
ev(D, "Subsequent incidents of looting", "attacks on infrastructure", "ASSAULT", "",
   ["military"], ["SDN"], ["the Justice and Equality Movement"])
ev(D, "Subsequent incidents of looting", "must immediately cease", "REQUEST", "change",
   ["military"], [], [], ["SDN"], ["the Justice and Equality Movement"])
ev(D, "We urge both the Government of Sudan", "We urge", "REQUEST", "change", ["military"],
   ["USA"], ["We"], ["SDN", "SDN"], ["the Government of Sudan", "the Darfur rebel movements"])
ev(D, "We urge both the Government of Sudan", "we urge", "REQUEST", "meet", ["diplomatic"],
   ["USA"], ["we"], ["SDN"], ["all parties"])
ev(D, "We urge both the Government of Sudan", "AU/UN-mediated", "CONSULT", "third-party",
   ["diplomatic"], ["IGO", "UNO"], ["AU", "UN"])
ev(D, "We also call on the Government of Sudan", "call on", "REQUEST", "yield",
   ["human_security", "peacekeeping"], ["USA"], ["We"], ["SDN"], ["the Government of Sudan"])

# blind21-02: State Department, Sudan's attack on South Sudan (2012)
D = "blind21-02"
ev(D, "strongly condemns Sudan", "strongly condemns", "ACCUSE", "disapprove",
   ["military", "territory"], ["USA"], ["The United States"], ["SDN"], ["Sudan\u2019s"])
ev(D, "strongly condemns Sudan", "military incursion", "ASSAULT", "", ["military", "territory"],
   ["SDN"], ["Sudan\u2019s"], ["SSD"], ["South Sudan"])
ev(D, "strongly condemns Sudan", "calls for", "REQUEST", "change", ["military"], ["USA"],
   ["The United States"], ["SDN"], ["all Sudanese armed militia"])
ev(D, "Sudan must immediately halt", "must immediately halt", "REQUEST", "change", ["military"],
   [], [], ["SDN"], ["Sudan"])
ev(D, "Sudan must immediately halt", "aerial and artillery bombardment", "ASSAULT", "aerial",
   ["military"], ["SDN"], ["the Sudan Armed Forces"], ["SSD"], ["South Sudan"])
ev(D, "must end all military support", "must end", "REQUEST", "change", ["military"], [], [],
   ["SDN", "SSD"], ["Sudan", "South Sudan"])
ev(D, "We recognize the right of South Sudan", "recognize the right", "SUPPORT", "",
   ["military"], ["USA"], ["We"], ["SSD"], ["South Sudan"])
ev(D, "We recognize the right of South Sudan", "urge", "REQUEST", "change", ["military"],
   ["USA"], ["We"], ["SSD"], ["South Sudan"])
ev(D, "We recognize the right of South Sudan", "attack", "ASSAULT", "", ["military"], ["SDN"],
   ["Sudan\u2019s"], ["SSD"], ["Unity State"])
ev(D, "We welcome South Sudan", "welcome", "SUPPORT", "", ["military", "territory"], ["USA"],
   ["We"], ["SSD"], ["South Sudan\u2019s"])
ev(D, "We welcome South Sudan", "withdrawal from Heglig", "RETREAT", "withdraw",
   ["military", "territory"], ["SSD"], ["South Sudan\u2019s"], ["SDN"], ["Heglig"])
ev(D, "We welcome South Sudan", "we urge", "REQUEST", "yield", ["military", "territory"],
   ["USA"], ["we"], ["SSD"], ["South Sudan"])
ev(D, "Both governments must agree", "must agree", "REQUEST", "change", ["military"], [], [],
   ["SDN", "SSD"], ["Both governments", "Both governments"])
ev(D, "Both governments must agree", "recommit to negotiations", "REQUEST", "meet",
   ["diplomatic"], [], [], ["SDN", "SSD"], ["Both governments", "Both governments"])
ev(D, "We urge both parties to activate", "urge", "REQUEST", "change", ["military", "territory"],
   ["USA"], ["We"], ["SDN", "SSD"], ["both parties", "both parties"])
ev(D, "As President Obama stated", "must recognize", "REQUEST", "change", ["military"], ["USA"],
   ["President Obama"], ["SDN", "SSD"], ["Sudan", "South Sudan"])

# blind21-03: State Department acting spokesperson, OSCE access in Ukraine (2015)
D = "blind21-03"
ev(D, "continue to prevent OSCE monitors", "prevent", "REJECT", "", ["military", "territory"],
   ["UKR"], ["Russia-supported separatists"], ["IGO"], ["OSCE monitors"])
ev(D, "monitors were blocked from entering", "blocked from entering", "REJECT", "",
   ["military", "territory"], [], [], ["IGO"], ["monitors"])
ev(D, "monitors were blocked from entering", "applaud", "SUPPORT", "", ["diplomatic"], ["USA"],
   ["we"], ["IGO"], ["the OSCE"])
ev(D, "monitors were blocked from entering", "broker a local ceasefire", "CONSULT",
   "third-party", ["diplomatic", "military"], ["IGO"], ["the OSCE"])
ev(D, "The Russian-backed separatists signed", "signed", "AGREE", "", ["military", "diplomatic"],
   ["UKR"], ["The Russian-backed separatists"])
ev(D, "Denying access to the OSCE", "gives the appearance", "ACCUSE", "allege", ["military"],
   [], [], ["UKR"], ["the separatists"])
ev(D, "We again call for free", "call for", "REQUEST", "yield", ["military", "territory"],
   ["USA"], ["We"])
ev(D, "We again call for free", "urge all sides", "REQUEST", "change", ["military"], ["USA"],
   ["We"])

# blind21-04: National Security Advisor, Burkina Faso seizure of power (2015)
D = "blind21-04"
ev(D, "The United States condemns, in the strongest", "condemns", "ACCUSE", "disapprove",
   ["political_institutions", "military"], ["USA"], ["The United States"], ["BFA"],
   ["elements of the Presidential Security Regiment"])
ev(D, "The United States condemns, in the strongest", "seizure of power", "COERCE", "",
   ["political_institutions", "military"], ["BFA"],
   ["elements of the Presidential Security Regiment"])
ev(D, "We call on the responsible parties", "call on", "REQUEST", "yield",
   ["political_institutions", "election"], ["USA"], ["We"], ["BFA"], ["the responsible parties"])
ev(D, "We call on the responsible parties", "being detained", "COERCE", "arrest",
   ["political_institutions"], ["BFA"], ["the responsible parties"])
ev(D, "We are deeply disappointed", "deeply disappointed", "ACCUSE", "disapprove",
   ["political_institutions", "election"], ["USA"], ["We"])
ev(D, "a broad coalition came together", "came together", "PROTEST", "demo",
   ["political_institutions", "pro_democracy"], ["BFA"], ["a broad coalition"], ["BFA"],
   ["the previous president"])
ev(D, "They demanded respect for the constitution", "demanded", "REQUEST", "change",
   ["political_institutions", "pro_democracy"], ["BFA"], ["They"])
ev(D, "the United States stands with the people", "stands with", "SUPPORT", "",
   ["pro_democracy"], ["USA"], ["the United States"], ["BFA"], ["the people of Burkina Faso"])
ev(D, "will continue to work with our partners", "will continue to work with", "AGREE", "",
   ["diplomatic"], ["USA"], ["The United States"], ["IGO", "IGO", "UNO"],
   ["the Economic Community of West African States", "the African Union", "the United Nations"])
ev(D, "We will review our foreign assistance", "will review our foreign assistance",
   "THREATEN", "", ["economic", "political_institutions"], ["USA"], ["We"], ["BFA"],
   ["Burkina Faso"])

# blind21-05: AFPS on DVIDS, detentions in Iraq (2009)
D = "blind21-05"
ev(D, "Coalition and Iraqi forces detained one suspect", "detained", "COERCE", "arrest",
   ["military", "crime"], ["IRQ"], ["Iraqi forces"], ["IRQ"], ["one suspect"])
ev(D, "Coalition and Iraqi forces detained one suspect", "seized a weapons cache", "COERCE",
   "seize", ["military"], ["IRQ"], ["Iraqi forces"])
ev(D, "detained a suspected criminal on a warrant", "detained", "COERCE", "arrest",
   ["crime", "religion_ethnicity"], ["IRQ"], ["Iraqi and coalition forces"], ["IRQ"],
   ["a suspected criminal"])
ev(D, "The suspect was wanted", "allegedly", "ACCUSE", "allege",
   ["crime", "religion_ethnicity"], [], [], ["IRQ"], ["The suspect"])

# blind21-06: CENTCOM / USFOR-A, Haqqani network in Khost (2008)
D = "blind21-06"
ev(D, "Afghan National Security Forces (ANSF) and Coalition forces detained", "detained",
   "COERCE", "arrest", ["military", "terrorism"], ["AFG"], ["Afghan National Security Forces"],
   ["AFG"], ["seven suspected militants"])
ev(D, "The combined force searched a compound in Mando", "believed to facilitate", "ACCUSE",
   "allege", ["terrorism"], [], [], ["AFG"], ["a Haqqani militant"])
ev(D, "Intelligence also suggests", "suggests", "ACCUSE", "allege", ["terrorism"], [], [],
   ["AFG"], ["the militant"])
ev(D, "will continue to build momentum", "disrupting militant networks", "ASSAULT", "",
   ["military", "terrorism"], ["AFG"], ["The ANSF"], ["AFG"], ["militant networks"],
   future=True)
ev(D, "ANSF continue to grow", "conduct joint operations", "COOPERATE", "", ["military"],
   ["AFG"], ["ANSF"])
ev(D, "Coalition forces continue to support the growth", "support the growth of the ANSF",
   "AID", "", ["military"], [], [], ["AFG"], ["the ANSF"])

# blind21-07: U.S. Embassy Pristina, Kosovo-Serbia agreements (2015)
D = "blind21-07"
ev(D, "U.S. Embassy Pristina congratulates", "congratulates", "SUPPORT", "", ["diplomatic"],
   ["USA"], ["U.S. Embassy Pristina"], ["KOS"], ["the Government of the Republic of Kosovo"])
ev(D, "U.S. Embassy Pristina congratulates", "concluding four agreements", "AGREE", "",
   ["diplomatic"], ["KOS"], ["the Government of the Republic of Kosovo"])
ev(D, "The discussions, facilitated by", "facilitated", "CONSULT", "third-party",
   ["diplomatic"], ["EUR"], ["the EU High Representative"])
ev(D, "The United States strongly supports the dialogue", "strongly supports", "SUPPORT", "",
   ["diplomatic"], ["USA"], ["The United States"])

# blind21-08: U.S. Embassy Tokyo, Yeonpyeong attack (2010)
D = "blind21-08"
ev(D, "On Nov. 23 in Washington", "strongly condemning", "ACCUSE", "disapprove", ["military"],
   ["USA"], ["the White House Press Secretary"], ["PRK"], ["North Korea's"])
ev(D, "On Nov. 23 in Washington", "artillery attack", "ASSAULT", "", ["military", "territory"],
   ["PRK"], ["North Korea's"], ["KOR"], ["the South Korean island of Yeonpyeong"])
ev(D, "On Nov. 23 in Washington", "calling on", "REQUEST", "change", ["military"], ["USA"],
   ["the White House Press Secretary"], ["PRK"], ["North Korea"])
ev(D, "The same day, President Obama", "called", "CONSULT", "phone", ["military", "diplomatic"],
   ["USA", "KOR"], ["President Obama", "South Korean President Lee"])
ev(D, "The same day, President Obama", "stands shoulder-to-shoulder", "SUPPORT", "",
   ["military"], ["USA"], ["the U.S."], ["KOR"], ["the Republic of Korea"])

# blind21-09: U.S. Embassy Bogota, counter-terrorism partnership (2020)
D = "blind21-09"
ev(D, "The United States thanks the Government of Colombia", "thanks", "SUPPORT", "",
   ["terrorism", "diplomatic"], ["USA"], ["The United States"], ["COL"],
   ["the Government of Colombia"])
ev(D, "The United States thanks the Government of Colombia", "hosting", "CONSULT",
   "multilateral", ["terrorism", "diplomatic"], ["COL"], ["the Government of Colombia"])
ev(D, "We congratulate Colombia", "congratulate", "SUPPORT", "", ["terrorism"], ["USA"], ["We"],
   ["COL"], ["Colombia"])
ev(D, "We congratulate Colombia", "adopting", "SANCTION", "discontinue", ["terrorism"],
   ["COL"], ["Colombia"], ["LBN"], ["Hizballah"])
ev(D, "We understand the Colombian government", "will continue to include", "SANCTION",
   "discontinue", ["terrorism"], ["COL"], ["the Colombian government"], ["COL"],
   ["the so-called FARC dissidents"], future=True)
ev(D, "brutal ELN bombing", "bombing", "ASSAULT", "explosives", ["terrorism"], ["COL"], ["ELN"],
   ["COL"], ["the General Santander Police Academy"])
ev(D, "We mourn the 22 promising cadets", "mourn", "SUPPORT", "", ["terrorism"], ["USA"], ["We"],
   ["COL"], ["the 22 promising cadets"])
ev(D, "We mourn the 22 promising cadets", "killed", "ASSAULT", "", ["terrorism"], [], [],
   ["COL"], ["the 22 promising cadets"])
ev(D, "We stand with Colombia", "stand with", "SUPPORT", "", ["terrorism"], ["USA"], ["We"],
   ["COL"], ["Colombia"])
ev(D, "We must remain united in supporting", "supporting a democratic transition", "SUPPORT",
   "", ["pro_democracy"], ["USA"], ["We"], ["VEN"], ["the Venezuelan people"])
ev(D, "We must remain united in supporting", "has given", "AID", "", ["terrorism"], ["VEN"],
   ["the Maduro regime"], ["COL", "COL", "LBN"],
   ["the ELN", "FARC dissidents", "Hizballah supporters and sympathizers"])
ev(D, "The United States commends the Duque administration", "commends", "SUPPORT", "",
   ["terrorism"], ["USA"], ["The United States"], ["COL"], ["the Duque administration"])
ev(D, "The United States commends the Duque administration", "remain committed to supporting",
   "AGREE", "", ["terrorism"], ["USA"], ["we"], ["COL"], ["Colombia\u2019s"])

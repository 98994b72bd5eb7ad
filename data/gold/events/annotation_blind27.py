"""Texts and annotation of the blind events set ``blind27.jsonl`` (evgold15, 2026-12-06).

Eight U.S. government texts about foreign parties, taken from the search tool's stored pages
(White House, U.S. Embassy in Bangladesh, DVIDS, Voice of America editorials and one VOA news
story; all public domain). Page furniture is removed (named in each document's ``note``); the
wording is otherwise exactly as stored. Each event is written as: document id, a sentence anchor
(a substring of exactly one sentence), the trigger (a substring found once in that sentence),
type, mode, contexts, actor codes, actor texts, recipient codes, recipient texts and the flags.
``build_blind27.py`` turns this into ``blind27.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

DOCS: list[dict] = [
    {
        "id": "blind27-01",
        "url": (
            "https://georgewbush-whitehouse.archives.gov/news/releases/2007/05/print/text/20070517-9.html"
        ),
        "agency": "The White House, Office of the Press Secretary",
        "title": (
            "Statement on Continuation of the National Emergency with Respect to Burma"
        ),
        "published": "2007-05-17",
        "date_approximate": False,
        "date_note": "release date printed on the page",
        "truncated": False,
        "note": (
            "removed: 'The White House', 'President George W. Bush', 'Print this document' "
            "(twice), 'For Immediate Release', 'Office of the Press Secretary', the date line, "
            "the headline (kept in title), '# # #', 'Return to this article at:'"
        ),
        "text": (
            "President Bush today signed a notification to Congress of his intent to continue "
            "the national emergency with respect to Burma and the associated sanctions. This "
            "step is an indication of the President's serious concern over the continued "
            "deterioration of the situation in Burma and his determination to stand with those "
            "who are struggling to end tyranny in that country.\n"
            "In recent weeks, the Burmese junta has stepped up its attacks on ethnic "
            "populations, producing even greater refugee flows; has used its mass member "
            "organization to conduct attacks on and extra-legally detain citizens in Irrawaddy "
            "Division and in Rangoon; has continued to harass and detain peaceful democracy "
            "activists; and has arrested students and others seeking to pray at pagodas for "
            "the release of political prisoners, including Nobel Laureate Aung San Suu Kyi. "
            "These recent actions take place against a backdrop of ongoing grave human rights "
            "violations, including the use of rape as a weapon against civilian populations "
            "and conscription of child soldiers.\n"
            "As the 17th anniversary of the 1990 elections approaches, it is clear that the "
            "junta is becoming only more brutal, more repressive, and more indifferent to the "
            "concerns of its neighbors and the international community. We urge the State "
            "Peace and Development Council (SPDC) to immediately and unconditionally release "
            "Aung San Suu Kyi and all political prisoners so that a genuine dialogue between "
            "all stakeholders may begin and national reconciliation may start in earnest. We "
            "also urge all nations, and especially Burma's neighbors, to condemn unequivocally "
            "the SPDC's continued unwillingness to move forward on its own promises to return "
            "the nation to democratic rule."
        ),
    },
    {
        "id": "blind27-02",
        "url": (
            "https://georgewbush-whitehouse.archives.gov/news/releases/2007/09/print/20070928-15.html"
        ),
        "agency": "The White House, Office of the First Lady",
        "title": "Statement by Mrs. Laura Bush",
        "published": "2007-09-28",
        "date_approximate": False,
        "date_note": "release date printed on the page",
        "truncated": False,
        "note": (
            "removed: 'For Immediate Release', 'Office of the First Lady', the date line, the "
            "headline (kept in title), '# # #'"
        ),
        "text": (
            "The deplorable acts of violence being perpetrated against Buddhist monks and "
            "peaceful Burmese demonstrators shame the military regime. Tens of thousands of "
            "Burmese are turning to the streets to demand their freedom-and the country's "
            "military dictatorship has countered with horrifying abuses. Non-violent "
            "demonstrations by Buddhist monks and nuns have been met with tear gas, smoke "
            "grenades, baton beatings, and automatic weapons. The regime admits to killing 10 "
            "people, but unofficial reports suggest the number is much higher. Getting "
            "reliable information in and out of Burma is a challenge as cell phones have been "
            "seized and telephone lines slashed. Burmese bloggers and citizen journalists are "
            "being silenced. The U.N. has dispatched its special envoy on Burma, Ibrahim "
            "Gambari. He must be allowed to meet with demonstrating monks and Burma's "
            "democratically elected leader, Aung San Suu Kyi. President Bush calls on all "
            "nations, especially those nations closest to Burma that have the most influence "
            "with the regime, to support the aspirations of the Burmese people, and to join in "
            "condemning the junta's use of violence on its own people. Seeing Burma through a "
            "peaceful democratic transition is in all nations' best interest. The United "
            "States stands with the people of Burma. We support their demands for basic human "
            "rights: freedom of speech, worship, and assembly. We cannot-and will not-turn our "
            "attention from courageous people who stand up for democracy and justice."
        ),
    },
    {
        "id": "blind27-03",
        "url": "https://editorials.voa.gov/a/a-41-2008-01-28-voa1-84649872/1480476.html",
        "agency": (
            "Voice of America (editorial, reflecting the views of the U.S. Government)"
        ),
        "title": "Kenya (VOA editorial on the post-election crisis)",
        "published": "2008-01-28",
        "date_approximate": False,
        "date_note": (
            "date from the archive URL (a-41-2008-01-28); the stored copy carries no headline, "
            "the title is descriptive"
        ),
        "truncated": False,
        "note": (
            "no furniture in the stored copy; the text is kept whole, including 'U.S "
            "Assistant' (no period) as stored"
        ),
        "text": (
            "Violence continues to wrack Kenya in the wake of a flawed presidential election. "
            "More than six-hundred-fifty people have been killed in riots and ethnic fighting "
            "since the December 27th vote. Opposition leader Raila Odinga has accused "
            "President Mwai Kibaki of rigging the election in his favor. Former United Nations "
            "Secretary General Kofi Annan is trying to help negotiate a settlement between the "
            "two sides.\n"
            "The U.S. is facilitating the efforts of Mr. Annan. In a written statement, U.S "
            "Assistant Secretary of State for African Affairs Jendayi Frazer said, \"It is "
            "imperative for President Kibaki and Raila Odinga to sit together directly and "
            "without preconditions to discuss how to end the post-electoral crisis in a way "
            "that reflects the will of the Kenyan people. Both should acknowledge serious "
            "irregularities in the vote tallying, which made it impossible to determine with "
            "certainty the final result, and both must take forthright steps to end violence "
            "and ensure respect for rule of law consistent with respect for human rights.\"\n"
            "Assistant Secretary of State Frazer called on the Kenyan government to restore "
            "freedom of the press and assembly. The only way forward for Kenya, she said, is "
            "to embrace equitable power-sharing, end the violence, and agree on an agenda for "
            "constitutional and electoral reform. During this process, it is critical that all "
            "Kenyan leaders and institutions speak in a responsible and respectful tone.\n"
            "In the meantime, said Assistant Secretary of State Frazer, \"the United States "
            "cannot conduct business as usual in Kenya. The Kenyan people recognize that the "
            "post-electoral crisis has revealed longstanding problems that must not be "
            "ignored.\"\n"
            "As a close friend and partner of Kenya, the United States will remain intensively "
            "engaged to help encourage resolution of the post-electoral crisis. \"We are "
            "convinced,\" said Ms. Frazer, \"that Kenyans will achieve this, and that the "
            "country will emerge out of this crisis a stronger and more just democratic "
            "society.\""
        ),
    },
    {
        "id": "blind27-04",
        "url": "https://editorials.voa.gov/a/a-41-2008-08-14-voa3-84650372/1480558.html",
        "agency": (
            "Voice of America (editorial, reflecting the views of the U.S. Government)"
        ),
        "title": "Bush On Russia-Georgia",
        "published": "2008-08-14",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-41-2008-08-14)",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline printed twice (kept "
            "in title); the stored copy is cut inside its last paragraph ('Presiden'), which "
            "is dropped"
        ),
        "text": (
            "President George W. Bush says the United States strongly supports the efforts of "
            "France, which currently holds the presidency of the European Union, to broker an "
            "agreement to end the conflict between Russia and Georgia:\n"
            "\u201cThe United States of America stands with the democratically elected "
            "government of Georgia. We insist that the sovereignty and territorial integrity "
            "of Georgia be respected. Russia has stated that changing the government of "
            "Georgia is not its goal. The United States and the world expect Russia to honor "
            "that commitment.\u201d\n"
            "President Bush noted that Russia has stated that it has halted military "
            "operations and agreed to a provisional ceasefire:\n"
            "\u201cUnfortunately, we're receiving reports of Russian actions that are "
            "inconsistent with these statements. We're concerned about reports that Russian "
            "units have taken up positions on the east side of the city of Gori, which allows "
            "them to block the East-West Highway, divide the country, and threaten the capital "
            "of Tbilisi. We're concerned about reports that Russian forces have entered and "
            "taken positions in the port city of Poti, that Russian armored vehicles are "
            "blocking access to that port, and that Russia is blowing up Georgian vessels. "
            "We're concerned about reports that Georgian citizens of all ethnic origins are "
            "not being protected.\u201d\n"
            "To demonstrate U.S. solidarity with the Georgian people and to help bring about a "
            "peaceful resolution of the conflict, President Bush is sending U.S. Secretary of "
            "State Condoleezza Rice to France, where she will confer with President Sarkozy. "
            "Then she will travel to Tbilisi, where she will personally convey America's "
            "unwavering support for Georgia's democratic government. The U.S. Defense "
            "Department has begun to transport humanitarian assistance to the people of "
            "Georgia. \"We expect Russia to honor its commitment to let in all forms of "
            "humanitarian assistance,\" said President Bush."
        ),
    },
    {
        "id": "blind27-05",
        "url": (
            "https://editorials.voa.gov/amp/violence-flairs-in-eastern-congo/1741348.html"
        ),
        "agency": (
            "Voice of America (editorial, reflecting the views of the U.S. Government)"
        ),
        "title": "Violence Flairs In Eastern Congo",
        "published": "2013-08-30",
        "date_approximate": True,
        "date_note": (
            "the copy carries no date; fighting that 'erupted August 20' 'this month' and "
            "M23's capture of Goma 'last year' (November 2012) date it to late August 2013; "
            "the day is a placeholder"
        ),
        "truncated": True,
        "note": (
            "removed: the summary line printed above the text (it repeats the first clause of "
            "the second paragraph); the stored copy is cut inside its last paragraph "
            "('committed by M'), which is dropped"
        ),
        "text": (
            "Heavy fighting flared again this month between government troops and rebel forces "
            "near Goma in the eastern Democratic Republic of the Congo. Hostilities erupted "
            "August 20 and continued for five days before tapering off. Congolese troops were "
            "supported by an intervention brigade of MONUSCO, the United Nations force in the "
            "DRC.\n"
            "The United States strongly supports the actions of MONUSCO and calls on the "
            "rebels to immediately end the hostilities, lay down their arms and disband, as "
            "called for in a U.N. Security Council resolution seeking to restore peace and "
            "stability in the region.\n"
            "The United States is greatly alarmed by the escalating fighting and condemns "
            "rebel actions that have resulted in civilian casualties, attacks on the U.N. "
            "peacekeeping mission and thousands being driven from their homes. We are also "
            "concerned by reports of shelling across the Rwandan border.\n"
            "We call on the DRC and Rwandan governments to exercise restraint and avoid "
            "actions that put civilians at risk. That includes putting an end to any and all "
            "support by Rwanda for the rebels and for all parties to facilitate access for "
            "humanitarian groups aiding populations in need.\n"
            "The rebels, a group of Congolese military deserters calling themselves the "
            "\u201cM23,\u201d briefly took control of Goma last year and still control areas "
            "in North Kivu province adjacent to the Rwandan border. Reports from the U.N. "
            "Group of Experts and Human Rights Watch indicate the M23 has received support "
            "from Rwanda.\n"
            "Though peace talks between the rebels and government have been ongoing since last "
            "December under the auspices of the International Conference of the Great Lakes "
            "Region and with the mediation of the Ugandan government, they have stalled "
            "repeatedly and have made little progress since March."
        ),
    },
    {
        "id": "blind27-06",
        "url": "https://www.voanews.com/a/us-condemns-mali-violence/1105587.html",
        "agency": "Voice of America",
        "title": "US Condemns Mali Violence",
        "published": "2012-05-25",
        "date_approximate": True,
        "date_note": (
            "the copy carries no date line; the caption's photo of May 21, 2012, the attack on "
            "the interim president 'Monday' and Nuland's statement 'Friday' date it to Friday, "
            "May 25, 2012"
        ),
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), "
            "the photo caption printed twice; the stored copy is cut only inside the closing "
            "VOA byline box ('16x9 Image', 'VOA News', 'The Voice of America provides ...'), "
            "dropped as furniture; every story paragraph is complete"
        ),
        "text": (
            "The United States has strongly condemned this week's violence in Mali and called "
            "on coup leader Amadou Sanogo and his allies to stand aside and allow for the "
            "restoration of civilian rule.\n"
            "State Department spokeswoman, Victoria Nuland, said Friday that the U.S. calls on "
            "Mali's soldiers to return to their roles as defenders of the constitution. She "
            "said U.S. will \"remain alert\" to any efforts, civilian or military, to deprive "
            "Mali's citizens of a speedy return to stable, democratic government.\n"
            "She said the U.S. will pursue sanctions on those who attempt to undermine the "
            "process.\n"
            "On Thursday, a Malian government spokesman said the transitional authority "
            "remains focused on organizing elections and resolving the Tuareg rebellion in the "
            "north, after the country's interim president was attacked earlier this week.\n"
            "Hamadoune Toure said the government is committed to a deal between interim "
            "president Dioncounda Traore, coup leader Captain Amadou Sanogo, and the Economic "
            "Community of West African States (ECOWAS) to extend Mr. Traore's mandate for one "
            "year.\n"
            "Members of the pro-junta political coalition, COPAM, said Wednesday they have "
            "chosen Captain Sanogo to replace Traore as head of the transition, but no public "
            "announcement has been made.\n"
            "Traore traveled to Paris Wednesday to seek medical treatment. The interim leader "
            "was injured Monday when protesters overpowered guards at the presidential palace "
            "and attacked him in his office.\n"
            "Traore's chief of staff, Issa Togo, said the interim president is fine and had "
            "returned to work Tuesday before traveling to France. He said Traore goes to Paris "
            "every year at this time for a medical checkup."
        ),
    },
    {
        "id": "blind27-07",
        "url": "https://bd.usembassy.gov/28948/",
        "agency": "U.S. Embassy in Bangladesh",
        "title": "U.S. Ambassador Haas\u2019s Statement on Political Violence in Dhaka",
        "published": "2022-12-08",
        "date_approximate": True,
        "date_note": (
            "the stored copy carries no date; 'yesterday' refers to the clash in Dhaka of "
            "December 7, 2022, so the statement is dated December 8, 2022"
        ),
        "truncated": False,
        "note": "removed: the headline (kept in title)",
        "text": (
            "The U.S. Embassy extends its condolences to the families of those killed and "
            "injured yesterday in Dhaka.  We are concerned about reports of intimidation and "
            "political violence in Dhaka and call on everyone to respect the rule of law and "
            "to refrain from violence, harassment, and intimidation.\n"
            "We encourage government authorities to investigate these reports of violence and "
            "to protect the fundamental freedoms of expression, association, and peaceful "
            "assembly."
        ),
    },
    {
        "id": "blind27-08",
        "url": (
            "https://www.dvidshub.net/image/6681561/african-lion-2021-roc-drill-rehearsal"
        ),
        "agency": "DVIDS (U.S. Department of Defense), U.S. Army image caption",
        "title": "African Lion 2021 ROC drill rehearsal",
        "published": "2021-06-06",
        "date_approximate": False,
        "date_note": (
            "date of the drill stated in the caption (the page's date field reads 2021-06-06)"
        ),
        "truncated": False,
        "note": (
            "removed: the photo credit '(U.S. Army photo by Cpl. Christopher Brecht)' and the "
            "page's date field; a whole DVIDS image caption"
        ),
        "text": (
            "U.S. and partner nation military leaders conduct a rehearsal of concept drill to "
            "ensure that they and their subordinates understand joint exercise African Lion "
            "2021, at the Royal Moroccan military\u2019s Southern Zone Headquarters, June 6th, "
            "2021. African Lion is U.S. Africa Command\u2019s largest, premier, Joint, annual "
            "exercise hosted by Morocco, Tunisia and Senegal, 7-18 June. More than 7,000 "
            "participants from nine nations and NATO train together with a focus on enhancing "
            "readiness for U.S. and partner nation forces. Al21 is a multi-domain, "
            "multi-component, and multi-national exercise, which employs a full array of "
            "mission capabilities with the goal to strengthen interoperability among "
            "participants."
        ),
    },
    {
        "id": "blind27-09",
        "url": (
            "https://bf.usembassy.gov/official-statement-ouagadougou-attack-march-2-2018/"
        ),
        "agency": "U.S. Embassy in Burkina Faso",
        "title": "Official Statement on Ouagadougou Attack \u2013 March 2, 2018",
        "published": "2018-03-02",
        "date_approximate": True,
        "date_note": (
            "the stored copy gives only the date of the attack in its headline (March 2, "
            "2018); the statement is dated to that day"
        ),
        "truncated": False,
        "note": "removed: the headline (kept in title)",
        "text": (
            "We condemn all acts of terror and extend our condolences to the victims of the "
            "March 2 attack in Ouagadougou. The perpetrators only seek to undermine stability "
            "in the region, and do not care about, or contribute to, the well-being of men, "
            "women, and children who are the innocent casualties of these barbarous attacks by "
            "armed thugs.\n"
            "That is why our partnership with Burkina Faso is essential: to help provide "
            "security, to promote economic development that creates jobs and opportunities for "
            "education and training for Africa\u2019s growing population, and to strengthen "
            "legitimate government institutions that are transparent and responsive to the "
            "needs of the citizens they serve. Our continued engagement will underscore these "
            "principles and our deep and abiding commitment to African democracy, security, "
            "development, and prosperity."
        ),
    },
]

# doc, sentence anchor, trigger, type, mode, context, actor, actor_text, recipient,
# recipient_text, negated, future, hypothetical
E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


# --- blind27-01: White House, Burma national emergency (2007) ---
D = "blind27-01"
ev(D, "signed a notification to Congress", "continue", "SANCTION", "discontinue",
   ["economic", "pro_democracy"], ["USA"], ["President Bush"], ["MMR"], ["Burma"])
ev(D, "This step is an indication", "stand with", "SUPPORT", "", ["pro_democracy"],
   ["USA"], ["the President's"], ["MMR"], ["those who are struggling to end tyranny"])
ev(D, "In recent weeks, the Burmese junta", "stepped up its attacks", "ASSAULT", "",
   ["military", "religion_ethnicity"], ["MMR"], ["the Burmese junta"], ["MMR"],
   ["ethnic populations"])
ev(D, "In recent weeks, the Burmese junta", "refugee flows", "SANCTION", "expel",
   ["migration", "religion_ethnicity"], ["MMR"], ["the Burmese junta"])
ev(D, "In recent weeks, the Burmese junta", "conduct attacks", "ASSAULT", "",
   ["repression"], ["MMR"], ["its mass member organization"], ["MMR"], ["citizens"])
ev(D, "In recent weeks, the Burmese junta", "extra-legally detain", "COERCE", "arrest",
   ["repression"], ["MMR"], ["its mass member organization"], ["MMR"], ["citizens"])
ev(D, "In recent weeks, the Burmese junta", "harass and detain", "COERCE", "arrest",
   ["repression", "pro_democracy"], ["MMR"], ["the Burmese junta"], ["MMR"],
   ["peaceful democracy activists"])
ev(D, "In recent weeks, the Burmese junta", "has arrested", "COERCE", "arrest",
   ["repression", "religion_ethnicity"], ["MMR"], ["the Burmese junta"], ["MMR"],
   ["students and others"])
ev(D, "These recent actions take place", "use of rape as a weapon", "ASSAULT", "sexual",
   ["human_rights", "gender"], [], [], ["MMR"], ["civilian populations"])
ev(D, "These recent actions take place", "conscription", "COERCE", "",
   ["human_rights"], [], [], ["MMR"], ["child soldiers"])
ev(D, "We urge the State Peace and Development", "urge", "REQUEST", "yield",
   ["pro_democracy", "human_rights"], ["USA"], ["We"], ["MMR"],
   ["State Peace and Development Council"])
ev(D, "We also urge all nations", "urge", "REQUEST", "", ["diplomatic", "pro_democracy"],
   ["USA"], ["We"])

# --- blind27-02: White House, Mrs. Bush on Burma (2007) ---
D = "blind27-02"
ev(D, "The deplorable acts of violence", "acts of violence", "ASSAULT", "",
   ["repression", "religion_ethnicity"], ["MMR"], ["the military regime"], ["MMR", "MMR"],
   ["Buddhist monks", "peaceful Burmese demonstrators"])
ev(D, "Tens of thousands of Burmese", "turning to the streets", "PROTEST", "demo",
   ["pro_democracy"], ["MMR"], ["Tens of thousands of Burmese"])
ev(D, "Tens of thousands of Burmese", "countered", "COERCE", "", ["repression"],
   ["MMR"], ["the country's military dictatorship"])
ev(D, "Non-violent demonstrations", "Non-violent demonstrations", "PROTEST", "demo",
   ["pro_democracy", "religion_ethnicity"], ["MMR"], ["Buddhist monks and nuns"])
ev(D, "Non-violent demonstrations", "met with", "ASSAULT", "firearms", ["repression"],
   [], [], ["MMR"], ["Buddhist monks and nuns"])
ev(D, "The regime admits to killing", "killing", "ASSAULT", "", ["repression"],
   ["MMR"], ["The regime"])
ev(D, "Burmese bloggers and citizen journalists", "silenced", "COERCE", "censor",
   ["repression", "rights_freedoms"], [], [], ["MMR"],
   ["Burmese bloggers and citizen journalists"])
ev(D, "The U.N. has dispatched", "dispatched", "CONSULT", "visit", ["diplomatic"],
   ["UNO"], ["The U.N."], ["MMR"], ["Burma"])
ev(D, "President Bush calls on all", "calls on", "REQUEST", "", ["diplomatic"],
   ["USA"], ["President Bush"])
ev(D, "The United States stands with the people", "stands with", "SUPPORT", "",
   ["pro_democracy"], ["USA"], ["The United States"], ["MMR"], ["the people of Burma"])
ev(D, "We support their demands", "support", "SUPPORT", "", ["rights_freedoms"],
   ["USA"], ["We"], ["MMR"], ["their"])

# --- blind27-03: VOA editorial, Kenya (2008) ---
D = "blind27-03"
ev(D, "Opposition leader Raila Odinga", "accused", "ACCUSE", "allege",
   ["election", "corruption"], ["KEN"], ["Opposition leader Raila Odinga"], ["KEN"],
   ["President Mwai Kibaki"])
ev(D, "Kofi Annan is trying", "negotiate", "CONSULT", "third-party", ["diplomatic"],
   ["UNO"], ["Former United Nations Secretary General Kofi Annan"], ["KEN", "KEN"],
   ["the two sides", "the two sides"])
ev(D, "The U.S. is facilitating", "facilitating", "SUPPORT", "", ["diplomatic"],
   ["USA"], ["The U.S."], ["UNO"], ["Mr. Annan"])
ev(D, "In a written statement", "It is imperative", "REQUEST", "meet",
   ["diplomatic", "election"], ["USA"], ["Jendayi Frazer"], ["KEN", "KEN"],
   ["President Kibaki", "Raila Odinga"])
ev(D, "Both should acknowledge", "should acknowledge", "REQUEST", "change",
   ["election", "human_rights"], [], [], ["KEN"], ["Both"])
ev(D, "called on the Kenyan government", "called on", "REQUEST", "change",
   ["rights_freedoms"], ["USA"], ["Assistant Secretary of State Frazer"], ["KEN"],
   ["the Kenyan government"])
ev(D, "The only way forward for Kenya", "is to embrace", "REQUEST", "change",
   ["political_institutions", "election"], ["USA"], ["she"], ["KEN"], ["Kenya"])
ev(D, "During this process", "it is critical", "REQUEST", "change", ["political_institutions"],
   [], [], ["KEN"], ["all Kenyan leaders and institutions"])
ev(D, "In the meantime, said Assistant", "cannot conduct business as usual", "SANCTION",
   "discontinue", ["diplomatic"], ["USA"], ["the United States"], ["KEN"], ["Kenya"])
ev(D, "As a close friend and partner", "will remain intensively engaged", "AGREE", "",
   ["diplomatic"], ["USA"], ["the United States"], ["KEN"], ["Kenya"])

# --- blind27-04: VOA editorial, Bush on Russia-Georgia (2008) ---
D = "blind27-04"
ev(D, "President George W. Bush says", "strongly supports", "SUPPORT", "",
   ["diplomatic"], ["USA"], ["the United States"], ["FRA"], ["France"])
ev(D, "President George W. Bush says", "broker", "CONSULT", "third-party",
   ["diplomatic", "military"], ["FRA"], ["France"], ["RUS", "GEO"], ["Russia", "Georgia"])
ev(D, "stands with the democratically elected government", "stands with", "SUPPORT", "",
   ["diplomatic", "territory"], ["USA"], ["The United States of America"], ["GEO"],
   ["the democratically elected government of Georgia"])
ev(D, "We insist that the sovereignty", "insist", "REQUEST", "", ["territory"],
   ["USA"], ["We"])
ev(D, "The United States and the world expect", "expect", "REQUEST", "", ["diplomatic"],
   ["USA"], ["The United States"], ["RUS"], ["Russia"])
ev(D, "President Bush noted that Russia", "halted", "RETREAT", "ceasefire", ["military"],
   ["RUS"], ["Russia"])
ev(D, "President Bush noted that Russia", "agreed", "AGREE", "", ["military"],
   ["RUS"], ["Russia"])
ev(D, "Unfortunately, we're receiving", "inconsistent", "ACCUSE", "allege",
   ["military"], ["USA"], ["we"], ["RUS"], ["Russian"])
ev(D, "city of Gori", "concerned", "ACCUSE", "disapprove", ["military", "territory"],
   ["USA"], ["We"], ["RUS"], ["Russian units"])
ev(D, "city of Gori", "taken up positions", "MOBILIZE", "troops", ["military", "territory"],
   ["RUS"], ["Russian units"])
ev(D, "port city of Poti", "concerned", "ACCUSE", "disapprove", ["military", "territory"],
   ["USA"], ["We"], ["RUS"], ["Russian forces"])
ev(D, "port city of Poti", "entered", "COERCE", "seize", ["military", "territory"],
   ["RUS"], ["Russian forces"])
ev(D, "port city of Poti", "blocking access", "COERCE", "restrict", ["military"],
   ["RUS"], ["Russian armored vehicles"])
ev(D, "port city of Poti", "blowing up", "ASSAULT", "destroy", ["military"],
   ["RUS"], ["Russia"], ["GEO"], ["Georgian vessels"])
ev(D, "Georgian citizens of all ethnic origins", "concerned", "ACCUSE", "disapprove",
   ["human_security", "religion_ethnicity"], ["USA"], ["We"])
ev(D, "To demonstrate U.S. solidarity", "is sending", "AGREE", "", ["diplomatic"],
   ["USA"], ["President Bush"], ["FRA"], ["President Sarkozy"], future=True)
ev(D, "Then she will travel to Tbilisi", "will travel", "AGREE", "", ["diplomatic"],
   ["USA"], ["she"], ["GEO"], ["Georgia's democratic government"], future=True)
ev(D, "The U.S. Defense Department has begun", "transport humanitarian assistance", "AID", "",
   ["human_security"], ["USA"], ["The U.S. Defense Department"], ["GEO"],
   ["the people of Georgia"])
ev(D, "We expect Russia to honor its commitment", "expect", "REQUEST", "",
   ["human_security"], ["USA"], ["President Bush"], ["RUS"], ["Russia"])

# --- blind27-05: VOA editorial, eastern Congo (2013) ---
D = "blind27-05"
ev(D, "Heavy fighting flared again", "Heavy fighting", "ASSAULT", "", ["military"],
   ["COD", "COD"], ["government troops", "rebel forces"])
ev(D, "Congolese troops were supported", "supported", "AID", "",
   ["military", "peacekeeping"], ["UNO"], ["an intervention brigade of MONUSCO"], ["COD"],
   ["Congolese troops"])
ev(D, "strongly supports the actions of MONUSCO", "strongly supports", "SUPPORT", "",
   ["peacekeeping"], ["USA"], ["The United States"], ["UNO"], ["MONUSCO"])
ev(D, "strongly supports the actions of MONUSCO", "calls on", "REQUEST", "yield",
   ["military"], ["USA"], ["The United States"], ["COD"], ["the rebels"])
ev(D, "strongly supports the actions of MONUSCO", "called for", "REQUEST", "yield",
   ["military"], ["UNO"], ["U.N. Security Council resolution"])
ev(D, "greatly alarmed by the escalating fighting", "condemns", "ACCUSE", "disapprove",
   ["military", "human_security"], ["USA"], ["The United States"], ["COD"], ["rebel"])
ev(D, "greatly alarmed by the escalating fighting", "attacks", "ASSAULT", "",
   ["peacekeeping"], ["COD"], ["rebel"], ["UNO"], ["the U.N. peacekeeping mission"])
ev(D, "greatly alarmed by the escalating fighting", "driven from their homes", "SANCTION",
   "expel", ["human_security", "migration"], ["COD"], ["rebel"])
ev(D, "We are also concerned by reports", "concerned", "ACCUSE", "disapprove",
   ["military"], ["USA"], ["We"])
ev(D, "We are also concerned by reports", "shelling", "ASSAULT", "",
   ["military", "territory"], [], [], ["RWA"], ["Rwandan"])
ev(D, "We call on the DRC and Rwandan", "call on", "REQUEST", "change", ["military"],
   ["USA"], ["We"], ["COD", "RWA"], ["the DRC", "Rwandan governments"])
ev(D, "That includes putting an end", "putting an end", "REQUEST", "change",
   ["military", "human_security"], [], [], ["RWA"], ["Rwanda"])
ev(D, "briefly took control of Goma", "took control", "COERCE", "seize",
   ["military", "territory"], ["COD"], ["The rebels"])
ev(D, "Reports from the U.N. Group of Experts", "indicate", "ACCUSE", "allege",
   ["military"], ["UNO", "NGO"], ["U.N. Group of Experts", "Human Rights Watch"], ["RWA"],
   ["Rwanda"])
ev(D, "Reports from the U.N. Group of Experts", "received support", "AID", "",
   ["military"], ["RWA"], ["Rwanda"], ["COD"], ["the M23"])
ev(D, "Though peace talks", "peace talks", "CONSULT", "", ["diplomatic", "military"],
   ["COD", "COD"], ["the rebels", "government"])
ev(D, "Though peace talks", "mediation", "CONSULT", "third-party", ["diplomatic"],
   ["UGA"], ["the Ugandan government"], ["COD", "COD"], ["the rebels", "government"])

# --- blind27-06: VOA news, Mali (2012) ---
D = "blind27-06"
ev(D, "The United States has strongly condemned", "strongly condemned", "ACCUSE",
   "disapprove", ["political_institutions"], ["USA"], ["The United States"])
ev(D, "The United States has strongly condemned", "called on", "REQUEST", "yield",
   ["political_institutions", "military"], ["USA"], ["The United States"], ["MLI", "MLI"],
   ["coup leader Amadou Sanogo", "his allies"])
ev(D, "said Friday that the U.S. calls on", "calls on", "REQUEST", "change",
   ["military", "political_institutions"], ["USA"], ["the U.S."], ["MLI"],
   ["Mali's soldiers"])
ev(D, "remain alert", "remain alert", "THREATEN", "", ["political_institutions"],
   ["USA"], ["U.S."])
ev(D, "She said the U.S. will pursue sanctions", "will pursue sanctions", "THREATEN", "",
   ["political_institutions", "economic"], ["USA"], ["the U.S."])
ev(D, "after the country's interim president was attacked", "was attacked", "ASSAULT", "",
   ["political_institutions"], [], [], ["MLI"], ["the country's interim president"])
ev(D, "Hamadoune Toure said", "deal", "AGREE", "", ["political_institutions"],
   ["MLI", "MLI", "IGO"], ["interim president Dioncounda Traore",
                           "coup leader Captain Amadou Sanogo",
                           "the Economic Community of West African States"])
ev(D, "The interim leader was injured", "overpowered guards", "PROTEST", "riot",
   ["political_institutions"], ["MLI"], ["protesters"])
ev(D, "The interim leader was injured", "attacked him", "ASSAULT", "beat",
   ["political_institutions"], ["MLI"], ["protesters"], ["MLI"], ["The interim leader"])

# --- blind27-07: U.S. Embassy in Bangladesh (2022) ---
D = "blind27-07"
ev(D, "We are concerned about reports of intimidation", "concerned", "ACCUSE", "disapprove",
   ["election", "repression"], ["USA"], ["We"])
ev(D, "We are concerned about reports of intimidation", "call on", "REQUEST", "change",
   ["rights_freedoms"], ["USA"], ["We"])
ev(D, "We encourage government authorities", "encourage", "REQUEST", "change",
   ["rights_freedoms", "legal"], ["USA"], ["We"], ["BGD"], ["government authorities"])

# --- blind27-08: DVIDS caption, African Lion 2021 ---
D = "blind27-08"
ev(D, "rehearsal of concept drill", "conduct a rehearsal of concept drill", "COOPERATE", "",
   ["military"], ["USA"], ["U.S."])
ev(D, "African Lion is U.S. Africa Command", "hosted", "COOPERATE", "", ["military"],
   ["USA", "MAR", "TUN", "SEN"], ["U.S. Africa Command\u2019s", "Morocco", "Tunisia", "Senegal"])
ev(D, "More than 7,000 participants", "train together", "COOPERATE", "", ["military"],
   ["IGO", "USA"], ["NATO", "U.S."])

# --- blind27-09: U.S. Embassy in Burkina Faso (2018) ---
D = "blind27-09"
ev(D, "We condemn all acts of terror", "condemn", "ACCUSE", "disapprove", ["terrorism"],
   ["USA"], ["We"])
ev(D, "We condemn all acts of terror", "attack", "ASSAULT", "", ["terrorism"],
   [], [], ["BFA"], ["Ouagadougou"])

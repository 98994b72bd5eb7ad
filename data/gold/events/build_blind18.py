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
import check_documents
from build_dev4 import build
from check_documents import sentences

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
ev(D, "South Korea says it has fired", "fired warning shots", "MOBILIZE", "",
   ["military", "territory"], ["KOR"], ["South Korea"], ["PRK"],
   ["North Korean fishing boats"])
ev(D, "the South Korean navy fired the shots", "fired the shots", "MOBILIZE", "",
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


# --------------------------------------------------------------------------- blind18-06
D = "blind18-06"
doc(D, "https://www.voanews.com/a/a-13-2008-02-18-voa39/334281.html",
    "Serbs Demonstrate Against Kosovo Independence", "2008-02-18",
    "date from the URL; the stored copy ends mid-sentence ('Spanish Foreign Minister Miguel "
    "Angel'): kept up to the last complete sentence; removed: 'Accessibility links', "
    "'Breaking News', the headline",
    [
        "The people of Kosovo have experienced their first day as a self-declared independent "
        "state. But as Stefan Bos reports for VOA from Budapest, there have been Serbian "
        "demonstrations against the move.",
        "Kosovo's first day as a self-declared independent state, did not pass smoothly. From "
        "Brussels to the Balkans there were sharp divisions over whether to agree with the "
        "breakaway of what many still regard as a province of Serbia.",
        "In the ethnically divided town of Mitrovica and other enclaves, thousands of minority "
        "Serbs protested Kosovo's independence. The demonstrations followed overnight riots in "
        "the Serbian capital, Belgrade, where protesters clashed with riot police trying to "
        "defend buildings of the United States and Slovenian embassies.",
        "Hundreds of protesters rallied outside the US Embassy in Belgrade. Others broke "
        "windows at McDonald's restaurants and at the embassy of Slovenia, the country that "
        "currently holds the European Union's rotating presidency. Protesters also threw rocks "
        "and fireworks at the police during the riots, in which dozens of people were injured.",
        "The violence broke out shortly after Serbian Prime Minister Vojislav Kostunica "
        "strongly condemned the United States and other European Union countries for their "
        "willingness to recognize Kosovo.",
        "\"It is the European Union who should be ashamed, not Serbia. Serbia will keep its "
        "head high and will not give in to attacks. The president of the United States, who is "
        "responsible for this, and European leaders who have followed him in recognizing "
        "Kosovo's independence will be Serbia's enemies,\" he said.",
        "Russia and some other European countries also criticized Sunday's endorsement of a "
        "declaration of independence by Kosovo's parliament. They have warned of similar moves "
        "elsewhere from ethnic Hungarians in Slovakia or Romania and pro-Russian regions in "
        "Georgia, to the Basque area in Spain.",
    ], truncated=True)
ev(D, "there have been Serbian", "demonstrations", "PROTEST", "demo", ["territory"],
   ["SRB"], ["Serbian"])
ev(D, "thousands of minority Serbs protested", "protested", "PROTEST", "demo",
   ["territory", "religion_ethnicity"], ["KOS"], ["thousands of minority Serbs"], ["KOS"],
   ["Kosovo's"])
ev(D, "The demonstrations followed overnight riots", "riots", "PROTEST", "riot",
   ["territory"], ["SRB"], ["protesters"], ["USA", "SVN"],
   ["the United States", "Slovenian"])
ev(D, "The demonstrations followed overnight riots", "clashed", "ASSAULT", "", ["territory"],
   ["SRB"], ["protesters"], ["SRB"], ["riot police"])
ev(D, "Hundreds of protesters rallied", "rallied", "PROTEST", "demo", ["territory"],
   ["SRB"], ["Hundreds of protesters"], ["USA"], ["the US Embassy"])
ev(D, "Others broke windows", "broke windows", "PROTEST", "vandalize", ["territory"],
   ["SRB"], ["Others"], ["MNC", "SVN"], ["McDonald's restaurants", "the embassy of Slovenia"])
ev(D, "Protesters also threw rocks", "threw rocks and fireworks", "PROTEST", "riot",
   ["territory"], ["SRB"], ["Protesters"], ["SRB"], ["the police"])
ev(D, "strongly condemned the United States", "strongly condemned", "ACCUSE", "disapprove",
   ["territory", "diplomatic"], ["SRB"], ["Serbian Prime Minister Vojislav Kostunica"],
   ["USA"], ["the United States"])
ev(D, "It is the European Union who should be ashamed", "should be ashamed", "ACCUSE",
   "disapprove", ["territory", "diplomatic"], ["SRB"], ["Serbia"], ["EUR"],
   ["the European Union"])
ev(D, "Serbia will keep its head high", "will not give in", "REJECT", "yield",
   ["territory"], ["SRB"], ["Serbia"])
ev(D, "who is responsible for this", "responsible", "ACCUSE", "allege",
   ["territory", "diplomatic"], ["SRB"], ["he"], ["USA"],
   ["The president of the United States"])
ev(D, "who is responsible for this", "will be Serbia's enemies", "THREATEN", "relations",
   ["territory", "diplomatic"], ["SRB"], ["he"], ["USA"],
   ["The president of the United States"])
ev(D, "Russia and some other European countries", "criticized", "ACCUSE", "disapprove",
   ["territory"], ["RUS"], ["Russia"], ["KOS"], ["Kosovo's parliament"])

# --------------------------------------------------------------------------- blind18-07
D = "blind18-07"
doc(D, "https://www.voanews.com/a/venezuela-sends-troops-to-colombian-border-99684574/123007.html",
    "Venezuela Sends Troops to Colombian Border", "2010-07-30",
    "the copy carries no date: the break of ties 'last week' (22 July 2010) and the UNASUR "
    "meeting 'On Thursday' date it to Friday 30 July 2010; whole story; removed: "
    "'Accessibility links', 'Breaking News', the headline, the credit line 'Some information "
    "for this report was provided by AFP and Reuters.'; 'Ecuador..' kept as stored",
    [
        "Venezuela's president says he has deployed troops to the border with Colombia, as "
        "tensions rise between the two South American countries.",
        "Hugo Chavez said Friday he believed the outgoing government of Colombian President "
        "Alvaro Uribe could be planning to attack Venezuela.",
        "The move follows Colombia's accusations last week that Venezuela is harboring leftist "
        "Colombian rebels.",
        "Mr. Chavez, denying the charge, had harsh words for Mr. Uribe. In a phone call to a "
        "Venezuelan television show Friday, Mr. Chavez said the Colombian President should see "
        "a psychologist, saying he sees peace as a \"little trap.\"",
        "Colombia's president-elect, Juan Manuel Santos, has promised to continue Mr. Uribe's "
        "security policies.",
        "The head of Colombia's largest leftist rebel group Friday proposed talks with the "
        "incoming government to resolve the country's internal conflict.",
        "Alfonso Cano, who commands the Revolutionary Armed Forces of Colombia, or FARC, issued "
        "the proposal in a video message. There was no immediate response from President-elect "
        "Santos.",
        "On Thursday, Colombia and Venezuela brought their grievances to a group of South "
        "American foreign ministers meeting in Ecuador.. But members of the Union of South "
        "American Nations, or UNASUR, were unable to resolve the crisis.",
        "The Venezuelan president severed ties with Colombia last week after Colombia went "
        "before the Organization of American States' permanent council in Washington to "
        "present photographs, maps, coordinates and videos it said show 1,500 guerrillas hiding "
        "inside Venezuela.",
        "Venezuela said the items did not provide any solid evidence of a guerrilla presence "
        "there.",
    ], approx=True)
ev(D, "has deployed troops to the border", "has deployed troops", "MOBILIZE", "troops",
   ["military", "territory"], ["VEN"], ["Venezuela's president"], ["COL"], ["Colombia"])
ev(D, "he believed the outgoing government", "believed", "ACCUSE", "allege", ["military"],
   ["VEN"], ["Hugo Chavez"], ["COL"],
   ["the outgoing government of Colombian President Alvaro Uribe"])
ev(D, "Colombia's accusations last week", "accusations", "ACCUSE", "allege",
   ["military", "territory"], ["COL"], ["Colombia's"], ["VEN"], ["Venezuela"])
ev(D, "denying the charge", "denying", "REJECT", "", ["military"], ["VEN"], ["Mr. Chavez"])
ev(D, "denying the charge", "had harsh words", "ACCUSE", "disapprove", ["diplomatic"],
   ["VEN"], ["Mr. Chavez"], ["COL"], ["Mr. Uribe"])
ev(D, "should see a psychologist", "should see a psychologist", "ACCUSE", "disapprove",
   ["diplomatic"], ["VEN"], ["Mr. Chavez"], ["COL"], ["the Colombian President"])
ev(D, "proposed talks with the incoming government", "proposed talks", "AGREE", "",
   ["diplomatic", "military"], ["COL"], ["The head of Colombia's largest leftist rebel group"],
   ["COL"], ["the incoming government"])
ev(D, "brought their grievances", "brought their grievances", "CONSULT", "multilateral",
   ["diplomatic"], ["COL", "VEN"], ["Colombia", "Venezuela"])
ev(D, "severed ties with Colombia", "severed ties", "SANCTION", "discontinue",
   ["diplomatic"], ["VEN"], ["The Venezuelan president"], ["COL"], ["Colombia"])
ev(D, "severed ties with Colombia", "to present photographs", "ACCUSE", "allege",
   ["military", "territory"], ["COL"], ["Colombia"], ["VEN"], ["Venezuela"])
ev(D, "did not provide any solid evidence", "did not provide any solid evidence", "REJECT",
   "", ["military"], ["VEN"], ["Venezuela"])

# --------------------------------------------------------------------------- blind18-08
D = "blind18-08"
doc(D, "http://www.voanews.com/a/japan-arrests-14-pro-china-activists-south-/1488585.html",
    "China to Protest Japanese Arrest of Activists on Disputed Islands", "2012-08-15",
    "the copy carries no date: the photo caption (15 August 2012) and 'arrived ... "
    "Wednesday' date it; whole story; removed: 'Accessibility links', 'Breaking News', the "
    "headline, the photo caption (printed twice), the fact box 'Japan and China's Disputed "
    "Islands' (title twice and four bullets), the '16x9 Image' / 'VOA News' / 'The Voice of "
    "America ...' author block",
    [
        "China says it is lodging a formal complaint with Japan after Japanese authorities "
        "arrested 14 pro-China activists who landed on an island chain claimed by both "
        "countries.",
        "Japanese police say the activists arrived on the islands by boat from Hong Kong "
        "Wednesday, despite Japan's heightened security presence in the area. At one point, "
        "Japan's coastguard fired water cannons at the Chinese fishing vessel carrying the "
        "activists.",
        "Japan accuses the detained of violating immigration law and has sent them to Okinawa "
        "to face charges.",
        "The activists say the landing was aimed at countering a plan by a group of Japanese "
        "lawmakers to visit the disputed islands.",
        "The uninhabited islands, known as Senkaku in Japanese and Diaoyo in Chinese, are a "
        "frequent flashpoint between Tokyo and Beijing. They are located in a gas-rich area and "
        "surrounded by rich fishing grounds.",
        "The landing came as tension broke out between Japan and its neighbors on the "
        "emotionally charged anniversary of Tokyo\u2019s surrender in World War II.",
        "In a separate demonstration, a group of South Koreans reached a set of disputed "
        "islands known as Takeshima in Japan and Dokdo in Korea. It comes less than a week "
        "after South Korean President Lee Myung-bak visited the island chain, provoking ire in "
        "Tokyo.",
    ], approx=True)
ev(D, "China says it is lodging", "lodging a formal complaint", "ACCUSE", "disapprove",
   ["territory", "diplomatic"], ["CHN"], ["China"], ["JPN"], ["Japan"])
ev(D, "China says it is lodging", "arrested", "COERCE", "arrest", ["territory"],
   ["JPN"], ["Japanese authorities"], ["CHN"], ["14 pro-China activists"])
ev(D, "China says it is lodging", "landed", "PROTEST", "demo", ["territory"],
   ["CHN"], ["14 pro-China activists"])
ev(D, "fired water cannons", "fired water cannons", "COERCE", "", ["territory"],
   ["JPN"], ["Japan's coastguard"], ["CHN"], ["the Chinese fishing vessel"])
ev(D, "Japan accuses the detained", "accuses", "ACCUSE", "allege", ["legal", "territory"],
   ["JPN"], ["Japan"], ["CHN"], ["the detained"])
ev(D, "In a separate demonstration", "demonstration", "PROTEST", "demo", ["territory"],
   ["KOR"], ["a group of South Koreans"])
ev(D, "provoking ire in Tokyo", "provoking ire", "ACCUSE", "disapprove", ["territory"],
   ["JPN"], ["Tokyo"], ["KOR"], ["South Korean President Lee Myung-bak"])

# --------------------------------------------------------------------------- blind18-09
D = "blind18-09"
doc(D, "https://www.voanews.com/a/a-13-2007-03-23-voa29/351603.html",
    "Iranian Forces Seize 15 British Sailors During Patrol in Persian Gulf", "2007-03-23",
    "date from the URL; whole story as stored (it ends after the last paragraph below); "
    "removed: 'Accessibility links', 'Breaking News', the headline",
    [
        "Iranian forces seized 15 British seamen during a search operation in the Shatt al Arab "
        "waterway in the Persian Gulf on Friday. The British government has demanded their "
        "immediate release, as VOA's Sonja Pace reports from London.",
        "Commodore Nick Lambert of the HMS Cornwall, said the British sailors were on a routine "
        "anti-smuggling operation. He said they had boarded and searched a merchant vessel and "
        "were then seized.",
        "\"Our understanding is that the boarding party returned to its boats, which were then "
        "promptly arrested by a group of Iranian patrol boats inside Iraqi territorial waters,\" "
        "he said.",
        "The British government has demanded the immediate release of its naval personnel, and "
        "Iran's ambassador in London was summoned to the Foreign Office on Friday.",
        "There was no immediate comment from Iran on the reason for Friday's seizure. The "
        "incident comes at a time of heightened tension between Iran and Britain and the U.S. "
        "over the situation in Iraq and over Iran's nuclear program.",
    ])
ev(D, "Iranian forces seized 15 British seamen", "seized", "COERCE", "arrest",
   ["military", "territory"], ["IRN"], ["Iranian forces"], ["GBR"], ["15 British seamen"])
ev(D, "The British government has demanded their", "demanded", "REQUEST", "yield",
   ["military"], ["GBR"], ["The British government"])
ev(D, "promptly arrested by a group of Iranian", "arrested", "COERCE", "arrest",
   ["military", "territory"], ["IRN"], ["a group of Iranian patrol boats"], ["GBR"],
   ["the boarding party"])
ev(D, "demanded the immediate release of its naval", "demanded", "REQUEST", "yield",
   ["military"], ["GBR"], ["The British government"])
ev(D, "demanded the immediate release of its naval", "was summoned", "ACCUSE", "disapprove",
   ["diplomatic"], ["GBR"], ["the Foreign Office"], ["IRN"], ["Iran's ambassador"])


# --------------------------------------------------------------------------- blind18-10
D = "blind18-10"
doc(D, "https://www.voanews.com/a/a-13-2006-05-04-voa21/327498.html",
    "Nepal's Maoists Agree to Peace Talks", "2006-05-04",
    "date from the URL; whole story; removed: 'Accessibility links', 'Breaking News', "
    "'News', the headline, the credit line 'Some information for this report was provided by "
    "AFP, AP and Reuters.' and the 'XS SM MD LG' size widget",
    [
        "Nepal's Maoist rebels have welcomed the new interim government's offer for a truce and "
        "have agreed to hold peace talks.",
        "The government made the offer Wednesday after the new Cabinet matched the insurgents' "
        "ceasefire declaration and said it would drop terrorism charges against them.",
        "This will be the third time the two sides will try to end the decade-old Maoist "
        "insurgency that has claimed 13,000 lives. The earlier attempts failed.",
        "The new Cabinet has also started the process of reversing actions taken since the king "
        "took absolute power in February 2005. The Cabinet has annulled municipal elections held "
        "three months ago.",
        "King Gyanendra agreed to restore multiparty democracy after thousands of people took "
        "to the streets for 19 straight days despite shoot-on-sight orders for the police. At "
        "least 17 protesters were killed by police bullets. The Cabinet has announced "
        "compensation for the families of those killed.",
    ])
ev(D, "have welcomed the new interim", "welcomed", "SUPPORT", "", ["diplomatic"],
   ["NPL"], ["Nepal's Maoist rebels"], ["NPL"], ["the new interim government's"])
ev(D, "have welcomed the new interim", "offer for a truce", "AGREE", "", ["military"],
   ["NPL"], ["the new interim government's"])
ev(D, "have welcomed the new interim", "agreed to hold peace talks", "AGREE", "",
   ["diplomatic"], ["NPL"], ["Nepal's Maoist rebels"], future=True)
ev(D, "matched the insurgents'", "matched", "CONCEDE", "", ["military"],
   ["NPL"], ["the new Cabinet"], ["NPL"], ["the insurgents'"])
ev(D, "matched the insurgents'", "ceasefire declaration", "CONCEDE", "", ["military"],
   ["NPL"], ["the insurgents'"])
ev(D, "matched the insurgents'", "would drop terrorism charges", "CONCEDE", "",
   ["legal", "terrorism"], ["NPL"], ["the new Cabinet"], ["NPL"], ["them"], future=True)
ev(D, "decade-old Maoist insurgency", "insurgency", "ASSAULT", "", ["military"],
   ["NPL"], ["Maoist"])
ev(D, "the king took absolute power", "took absolute power", "COERCE", "",
   ["political_institutions", "pro_autocracy"], ["NPL"], ["the king"])
ev(D, "King Gyanendra agreed to restore", "agreed to restore multiparty democracy", "CONCEDE",
   "", ["political_institutions", "pro_democracy"], ["NPL"], ["King Gyanendra"])
ev(D, "King Gyanendra agreed to restore", "took to the streets", "PROTEST", "demo",
   ["pro_democracy"], ["NPL"], ["thousands of people"])
ev(D, "At least 17 protesters were killed", "killed", "ASSAULT", "firearms",
   ["repression"], ["NPL"], ["police"], ["NPL"], ["At least 17 protesters"])
ev(D, "announced compensation", "announced compensation", "AGREE", "", ["reparations"],
   ["NPL"], ["The Cabinet"], ["NPL"], ["the families of those killed"])


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
    # the sealed sets' standalone checker, run on the written file with this set's id pattern
    check_documents.SETS[18] = (r"blind18-\d\d", frozenset())
    if check_documents.check(str(OUT), 18):
        raise SystemExit("check_documents found errors in " + str(OUT))
    n_sent = sum(len(sentences(d["text"])) for d in docs)
    print(f"{len(docs)} documents, {n_sent} sentences, "
          f"{sum(len(d['events']) for d in docs)} events -> {OUT}")


if __name__ == "__main__":
    main()

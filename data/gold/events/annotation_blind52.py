"""Texts and annotation of the blind events set ``blind52.jsonl`` (evgold40, 2026-12-07).

Ten Voice of America news stories (voanews.com, VOA's own CMS preview host
voa.pangea-cms.com, and VOA Tibetan's site voatibetan.com, which carries VOA's English
stories; public domain), taken from the search tool's stored pages. Page furniture
(accessibility links, "Breaking News", "News", section labels, headline, photo captions,
image placeholders, source lines, "XS SM MD LG") is removed and named in each document's
``note``; the wording is otherwise exactly as stored (blank lines between paragraphs become
one line break). A story cut by the store is kept to its last complete sentence
(``truncated``). Each event is written as: document id, a sentence anchor (a substring of
exactly one sentence), the trigger (a substring found once in that sentence), type, mode,
contexts, actor codes, actor texts, recipient codes, recipient texts and the flags.
``build_blind52.py`` turns this into ``blind52.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the
texts.
"""

from __future__ import annotations

DOCS: list[dict] = [
    {
        "id": "blind52-01",
        "url": "https://www.voatibetan.com/a/a-28-2006-11-07-voa7-90283902/1270812.html",
        "agency": "Voice of America",
        "title": "Nepalese Govt., Rebels Resume Talks to Secure Peace Deal",
        "published": "2006-11-07",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-28-2006-11-07); 'finalize a deal Tuesday' "
                     "(November 7, 2006 was a Tuesday) fits",
        "truncated": False,
        "note": (
            "VOA Tibetan's site carrying a VOA English story; removed: the Tibetan "
            "accessibility-links line and the Tibetan crawl-date line (2024/03/29), the "
            "headline (kept in title), 'XS SM MD LG'; blank lines between paragraphs kept as "
            "one line break; the story is whole"
        ),
        "text": (
            "Nepal's government and Maoist rebels have entered what many hope will be a final "
            "round of talks aimed at ending a decade-long conflict.\n"
            "Both sides are working to finalize a deal Tuesday, after negotiating late into "
            "the night Monday in Kathmandu.\n"
            "Negotiators achieved a breakthrough Monday when the rebels agreed to lock up their "
            "weapons and place them under United Nations surveillance. Under the agreement, the "
            "Nepalese army would lock up an equal number of weapons.\n"
            "A senior leader of the Nepalese Congress Party Arjun Narsingh says the two sides "
            "must still agree on the shape of the interim government, the future of the "
            "monarchy and other political issues.\n"
            "The Maoists have been fighting to topple the monarchy since 1996. They declared a "
            "cease-fire in April after King Gyanendra gave up absolute power following mass "
            "protests."
        ),
    },
    {
        "id": "blind52-02",
        "url": "https://www.voanews.com/a/a-13-2008-06-04-voa20/335196.html",
        "agency": "Voice of America",
        "title": "Zimbabwe Police Release Opposition Leader Tsvangirai",
        "published": "2008-06-04",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2008-06-04); 'holding him for eight hours "
                     "Wednesday' (June 4, 2008 was a Wednesday) fits",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); "
            "blank lines between paragraphs kept as one line break; the stored copy stops "
            "inside the next paragraph ('British Prime Minister Gordon'), the text stops after "
            "the last complete sentence"
        ),
        "text": (
            "Zimbabwe's opposition party says its leader, Morgan Tsvangirai, has been released "
            "from police custody after several hours of detention.\n"
            "The opposition Movement for Democratic Change party said police released Mr. "
            "Tsvangirai without charge after holding him for eight hours Wednesday at a rural "
            "police station north of the city of Bulawayo in the town of Lupane.\n"
            "It says Mr. Tsvangirai had been campaigning in the area when police stopped his "
            "convoy.\n"
            "A lawyer for Mr. Tsvangirai, Job Sibanda, said police accused the opposition leader "
            "of addressing a rally of supporters without authorization.\n"
            "The United States called Tsvangirai's arrest \"deeply disturbing news.\" Both the "
            "U.S. and the European Union called on Zimbabwe officials to immediately release "
            "him.\n"
            "Mr. Tsvangirai is running against President Robert Mugabe in a presidential runoff "
            "on June 27. His detention was the latest event in a pre-election crackdown on "
            "political activity.\n"
            "On Tuesday, international aid agencies said Zimbabwe's government had ordered some "
            "groups to suspend their work because of alleged political activity. A spokesman "
            "for CARE International told VOA the government accused its staff of distributing "
            "brochures for the opposition. He denied the charge, saying the aid group has "
            "strict policies against political involvement.\n"
            "Human Rights Watch accused Zimbabwe's government Wednesday of using food as a "
            "political weapon in its campaign to win the presidential run-off election.\n"
            "Before his arrest Wednesday, Mr. Tsvangirai told VOA that the army had seized "
            "control of large parts of the country and was blocking the opposition from "
            "campaigning there.\n"
            "Human rights groups and MDC officials have accused Mr. Mugabe's supporters of "
            "killing and brutalizing opposition activists in the run-up to the voting. The "
            "president denies the charges and accuses the MDC of carrying out its own attacks."
        ),
    },
    {
        "id": "blind52-03",
        "url": "http://www.voanews.com/english/news/europe/"
               "Spains-Basque-Separatists-Declare-Cease-Fire-102252189.html",
        "agency": "Voice of America",
        "title": "Spain's Basque Separatists Declare Cease-Fire",
        "published": "2010-09-05",
        "date_approximate": True,
        "date_note": "the URL carries no date; the photo caption dates the ETA video 5 Sept 2010 "
                     "and the story says it was 'posted Sunday' (September 5, 2010 was a "
                     "Sunday), so the story is dated that day",
        "truncated": False,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), the "
            "photo caption (stored twice: 'Screen grab taken from Gara website ...'), the "
            "source line ('Some information for this report was provided by AP and AFP.'), "
            "'XS SM MD LG'; blank lines between paragraphs kept as one line break; the story "
            "is whole"
        ),
        "text": (
            "The Basque separatist group ETA has issued a video declaring a cease-fire.\n"
            "The video, posted Sunday on the website of the Basque newspaper Gara, shows three "
            "masked militants making a statement in the Basque language saying they were "
            "ending armed operations.\n"
            "One of the rebels said ETA decided several months ago to lay down its arms to "
            "achieve its goals through a democratic process. It was not clear if the ceasefire "
            "is permanent or temporary.\n"
            "The Spanish government did not immediately respond to the ETA statement. But the "
            "Basque regional government, now controlled by parties loyal to Madrid, says the "
            "cease-fire is not sufficient because ETA has not renounced violence.\n"
            "ETA last announced a \"permanent cease-fire\" in March 2006. But nine months later "
            "the group claimed responsibility for a powerful car bomb at Madrid's Barajas "
            "airport that killed two people.\n"
            "ETA linked that bombing to frustration over lack of progress in peace talks with "
            "the Madrid government.\n"
            "ETA is blamed for more than 800 deaths during a four-decade campaign for an "
            "independent Basque state in northeastern Spain and southwestern France. The "
            "European Union and the United States consider ETA a terrorist organization."
        ),
    },
    {
        "id": "blind52-04",
        "url": "https://www.voanews.com/a/a-13-2008-10-10-voa58/344185.html",
        "agency": "Voice of America",
        "title": "19 Killed in Southern Peru Suspected Shining Path Attack",
        "published": "2008-10-10",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2008-10-10); 'an ambush late Thursday' "
                     "(October 9, 2008) fits",
        "truncated": False,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); "
            "blank lines between paragraphs kept as one line break; the story is whole"
        ),
        "text": (
            "The Peruvian military says suspected Shining Path guerrillas killed 19 people in an "
            "ambush late Thursday.\n"
            "The military says 12 soldiers and seven civilians, including a child, were killed "
            "in the attack in the southern Huancavelica province.\n"
            "It says four military vehicles were attacked as they returned to base in the "
            "mountainous region.\n"
            "The Shining Path led a brutal insurgency that started in 1980 and left tens of "
            "thousands of people dead. Violence declined sharply after the capture and "
            "conviction of rebel leader Abimael Guzman in 1992.\n"
            "Remnants of the Shining Path continue to carry out small attacks, primarily in "
            "remote areas used to produce coca, the raw material in cocaine."
        ),
    },
    {
        "id": "blind52-05",
        "url": "https://voanews.com/amp/a-13-2008-09-06-voa24/335993.html",
        "agency": "Voice of America",
        "title": "Darfur Rebels Say Sudanese Army Attacked Their Bases",
        "published": "2008-09-06",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2008-09-06); 'launched an attack "
                     "Saturday' (September 6, 2008 was a Saturday) fits",
        "truncated": False,
        "note": (
            "VOA's AMP page; removed: the headline (kept in title), the source line ('Some "
            "information for this report was provided by AFP and Reuters.'); blank lines "
            "between paragraphs kept as one line break; the story is whole"
        ),
        "text": (
            "Rebels in Sudan's Darfur region say they have come under heavy attack by "
            "government troops with many dead and injured.\n"
            "Reports from at least two rebel groups in the area say the government launched an "
            "attack Saturday on rebel bases in the town of Disa in north Darfur.\n"
            "The rebels say the government used four helicopter gun ships and two Russian-made "
            "Antonov airplanes in the attack, along with ground troops and vehicles.\n"
            "The rebels say casualties were high but no numbers could be confirmed.\n"
            "The Sudanese army was not available for comment.\n"
            "A spokesman for the joint U.N. - African Union peacekeeping force in Darfur "
            "(UNAMID) said they are investigating the reports.\n"
            "More than five years of fighting in Darfur among rebel groups, the government and "
            "government-allied militias have killed more than 200,000 people and displaced more "
            "than 2.5 million others."
        ),
    },
    {
        "id": "blind52-06",
        "url": "https://www.voanews.com/a/a-13-2006-08-02-voa13/313325.html",
        "agency": "Voice of America",
        "title": "Israel Says Hezbollah Fighters Captured in Baalbek",
        "published": "2006-08-02",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2006-08-02); 'An Israeli spokeswoman says "
                     "Wednesday' (August 2, 2006 was a Wednesday) fits",
        "truncated": False,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), the "
            "source line ('Some information for this report was provided by AFP, AP and "
            "Reuters.'); blank lines between paragraphs kept as one line break; the story is "
            "whole"
        ),
        "text": (
            "The Israeli army says its forces captured three Hezbollah guerrillas after fierce "
            "fighting deep inside Lebanon, in the northeastern city of Baalbek in the Bekaa "
            "Valley.\n"
            "Israeli airborne commandoes carried out an overnight raid on a Hezbollah-run "
            "hospital near the Lebanese-Syrian border in Baalbek, a Hezbollah stronghold.\n"
            "An Israeli spokeswoman says Wednesday that the captured guerrillas were taken to "
            "Israel and that their names will be disclosed later.\n"
            "Hezbollah has acknowledged in a statement broadcast on Al Manar television in "
            "Beirut that several people were captured, but denies that anyone involved was a "
            "guerrilla fighter.\n"
            "An Israeli helicopter dropped the commando raiding party in Baalbek as warplanes "
            "high above bombed the city and the nearby village of Jamaliyeh. Lebanese security "
            "sources say at least 10 civilians died, and several houses were flattened.\n"
            "Israel also carried out several other air strikes in Lebanon, destroying two "
            "bridges in the north and hitting an army post in the south of the country in the "
            "village of Sarba, where three Lebanese soldiers were killed.\n"
            "Hezbollah fired a heavy barrage of rockets at towns across northern Israel today, "
            "but there were no immediate reports of injuries.\n"
            "Israeli troops and Hezbollah are also locked in fierce battles at several fronts "
            "along the border in southern Lebanon, where three Israeli soldiers were killed and "
            "25 others wounded during fighting on Tuesday.\n"
            "Israel says its three-week offensive has killed several hundred guerrillas, but "
            "Hezbollah denies its losses have been that great."
        ),
    },
    {
        "id": "blind52-07",
        "url": "https://www.voanews.com/a/a-13-a-2003-03-24-46-cease-fire/395462.html",
        "agency": "Voice of America",
        "title": "Cease-Fire Brings Uneasy Peace to Indonesia's Aceh Province - 2003-03-24",
        "published": "2003-03-24",
        "date_approximate": False,
        "date_note": "date from the archive URL and the stored headline (2003-03-24)",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); "
            "blank lines between paragraphs kept as one line break; a reporter's first-person "
            "feature; the stored copy stops inside the next sentence ('Rebel commander Dawood "
            "said the military wants to use demonstrations ... justifying a military crackdown "
            "thr'), the text stops after the last complete sentence"
        ),
        "text": (
            "Separatist rebels in Indonesia's northern province of Aceh have agreed to lay down "
            "their weapons as part of a peace deal signed with the Indonesian government in "
            "December. But guerrillas from the Free Aceh Movement are cautious. It is almost a "
            "two-hour drive on the windy and hilly roads off Aceh's main highway to the remote "
            "area held by the separatist \"Free Aceh Movement\" - called GAM in Indonesia.\n"
            "But on the way, you know you're getting there: Indonesian government offices lie "
            "abandoned, while the single-starred GAM flag flies over even the smallest of "
            "towns. Finally, the rebel guides my translator and I have picked up along the way, "
            "tell us to stop in a tiny town where two rows of shops face each other on an "
            "otherwise empty dirt road. A four-wheel-drive vehicle, filled mostly with armed "
            "teenagers, roars into town, marking the arrival of the GAM commander I have "
            "arranged to meet. GAM commander Sofyan Dawood oversees hundreds of rebels from "
            "this jungle outpost, the name of which I have promised not to reveal.\n"
            "GAM signed a peace deal with the Indonesian government in December - an agreement "
            "brokered by the Swiss group, the Henri Dunant Center, or the HDC. The rebels "
            "agreed to give up their 26-year violent quest for independence in exchange for "
            "broad autonomy. In addition, the rebels have agreed to lay down their arms in "
            "exchange for promises that government troops will move into defensive positions. "
            "But the GAM rebels do not entirely trust the cease-fire. They estimate there are "
            "at least 500 well-trained militiamen in Central and East Aceh, who they say have "
            "been trained by the Indonesian military to provoke unrest.\n"
            "The rebels charge that unrest includes recent demonstrations against the HDC peace "
            "monitors in Aceh."
        ),
    },
    {
        "id": "blind52-08",
        "url": "https://www.voanews.com/a/a-13-2009-01-15-voa37-68809797/363032.html"
               "?ref=securitypraxis.eu",
        "agency": "Voice of America",
        "title": "Last Ethiopian Troops Leave Somalia's Capital",
        "published": "2009-01-15",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2009-01-15); 'early Thursday' (January 15, "
                     "2009 was a Thursday) fits",
        "truncated": False,
        "note": (
            "the stored address carries a '?ref=securitypraxis.eu' suffix, kept as stored; "
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), "
            "the source line ('Some information for this report was provided by AP and "
            "Reuters.'); blank lines between paragraphs kept as one line break; the story is "
            "whole"
        ),
        "text": (
            "Ethiopian troops supporting Somalia's fragile government have now completely "
            "withdrawn from that country's capital, Mogadishu.\n"
            "The deputy governor of Somalia's Banadir Region, which includes Mogadishu, says "
            "Ethiopian forces abandoned the last of their bases overnight.\n"
            "Residents say they saw the last convoy of Ethiopian troops and vehicles leaving "
            "the city early Thursday.\n"
            "The pullout is part of a general Ethiopian withdrawal from Somalia that began "
            "Monday. Ethiopian Prime Minister Meles Zenawi said Thursday that his troops will "
            "remain stationed on the Somali border.\n"
            "Some Somalis hope the withdrawal will lead to a more unified and effective "
            "government, while others fear the power vacuum will trigger increased fighting "
            "among insurgent groups that battled the Ethiopians.\n"
            "At least seven people were killed in the Lower Shabelle region Thursday in "
            "fighting between a local militia and the most prominent insurgent group, "
            "al-Shabab.\n"
            "Fighting in Mogadishu on Wednesday killed at least 21 people.\n"
            "Al-Shabab has said it will now focus its attacks on African Union peacekeepers "
            "based in Mogadishu.\n"
            "Ethiopia sent thousands of troops into Somalia in late 2006 to help the Somali "
            "government oust an Islamist movement that had seized power in Mogadishu and other "
            "cities.\n"
            "The offensive succeeded but sparked a two-year Islamist insurgency that has killed "
            "thousands and displaced more than a million Somalis.\n"
            "Ethiopia has said it will fully withdraw its troops by the end of this week, "
            "following an October peace deal between the Somali government and an alliance of "
            "moderate Islamist groups.\n"
            "The government remains weak, controlling only the capital and Baidoa, the seat of "
            "the country's parliament. Somalia has not had an effective central government in "
            "18 years."
        ),
    },
    {
        "id": "blind52-09",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/a-13-2007-06-11-voa39-66716252/"
               "560192.html",
        "agency": "Voice of America",
        "title": "Nuclear Talks Between IAEA, Iran Abruptly Cancelled",
        "published": "2007-06-11",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2007-06-11); 'meet in Vienna Monday' "
                     "(June 11, 2007 was a Monday) fits",
        "truncated": False,
        "note": (
            "VOA's own CMS preview host; removed: 'Accessibility links', 'Breaking News', "
            "'News', the headline (kept in title), 'XS SM MD LG'; blank lines between "
            "paragraphs kept as one line break; the story is whole"
        ),
        "text": (
            "Talks between the head of the United Nations nuclear agency and high-ranking "
            "Iranian officials to discuss Iran's nuclear program have been canceled.\n"
            "International Atomic Energy Agency head Mohammed ElBaradei had been expected to "
            "meet in Vienna Monday with the Iranian officials.\n"
            "However, the talks were called off after a meeting earlier Monday between Iranian "
            "deputy negotiator Javad Vaidi and EU negotiator Robert Cooper made little "
            "progress.\n"
            "The U.N. Security Council has imposed two rounds of limited sanctions on Iran for "
            "its refusal to suspend uranium enrichment, which can be used to create nuclear "
            "weapons or for producing energy.\n"
            "In a meeting with the IAEA's board of governors Monday, ElBaradei said Iran "
            "continues to expand its uranium enrichment program without UN inspectors making "
            "any progress to determine \"the nature and scope\" of the program.\n"
            "The United States and its allies accuse Iran of trying to develop nuclear weapons. "
            "Tehran says its program is for peaceful, civilian use."
        ),
    },
    {
        "id": "blind52-10",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/a-13-2009-10-06-voa11-69780987/"
               "367463.html",
        "agency": "Voice of America",
        "title": "10 Afghan Troops Killed in Helmand, Nuristan Fighting",
        "published": "2009-10-06",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2009-10-06); 'NATO said Tuesday' (October "
                     "6, 2009 was a Tuesday) fits",
        "truncated": False,
        "note": (
            "VOA's own CMS preview host; removed: 'Accessibility links', 'Breaking News', "
            "'News', the headline (kept in title), the image placeholder '<!-- IMAGE -->', "
            "'XS SM MD LG'; blank lines between paragraphs kept as one line break; the story "
            "is whole"
        ),
        "text": (
            "Afghanistan's Defense Ministry says 10 Afghan soldiers have died and around 100 "
            "Taliban militants were killed or wounded in separate operations.\n"
            "The ministry says the fighting took place in southern Helmand province and eastern "
            "Nuristan province in the last 24 hours.\n"
            "Afghan and international troops are searching Nuristan's mountains and forests for "
            "fighters responsible for killing eight U.S. soldiers Saturday. It was the deadliest "
            "attack on U.S. forces in months.\n"
            "NATO said Tuesday it believes the Taliban may have helped local Afghan people carry "
            "out the attack. It says a more detailed assessment of Saturday's fight determined "
            "that 100 of those fighters were killed.\n"
            "U.S. President Barack Obama will discuss the war with Congressional leaders at the "
            "White House on Tuesday.\n"
            "The talks follow contentious debate among the president and his top military and "
            "political advisers about what strategy the U.S. should pursue in Afghanistan.\n"
            "U.S. Defense Secretary Robert Gates said Monday the United States is not "
            "considering withdrawing from the region.\n"
            "In London, the former British Army chief says Prime Minister Gordon Brown is "
            "refusing to send more troops to Afghanistan, against the advice of military "
            "commanders.\n"
            "Retired General Richard Dannatt told The Sun newspaper that Mr. Brown has rejected "
            "a request for 2,000 extra soldiers. His remarks were published Tuesday.\n"
            "The British Defense Ministry says it will review its troop numbers in Afghanistan. "
            "Britain currently has 9,000 troops in the country.\n"
            "The British Defense Ministry said Tuesday one of those troops died in an explosion "
            "in Helmand province on Monday."
        ),
    },
]

E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


# --- blind52-01: VOA, Nepal's government and Maoist rebels in final peace talks (2006) ---
D = "blind52-01"
ev(D, "have entered what many hope", "round of talks", "CONSULT", "",
   ["diplomatic", "political_institutions"], ["NPL", "NPL"],
   ["Nepal's government", "Maoist rebels"])
ev(D, "Negotiators achieved a breakthrough", "agreed to lock up their weapons", "CONCEDE", "",
   ["military"], ["NPL"], ["the rebels"])
ev(D, "Under the agreement, the Nepalese army", "would lock up an equal number of weapons",
   "CONCEDE", "", ["military"], ["NPL"], ["the Nepalese army"])
ev(D, "The Maoists have been fighting", "fighting", "ASSAULT", "",
   ["military", "political_institutions"], ["NPL", "NPL"], ["The Maoists", "the monarchy"])
ev(D, "They declared a cease-fire", "declared a cease-fire", "CONCEDE", "", ["military"],
   ["NPL"], ["They"])
ev(D, "They declared a cease-fire", "gave up absolute power", "CONCEDE", "",
   ["political_institutions", "pro_democracy"], ["NPL"], ["King Gyanendra"])

# --- blind52-02: VOA, Zimbabwe police hold and release Tsvangirai before the runoff (2008) ---
D = "blind52-02"
ev(D, "Zimbabwe's opposition party says its leader", "has been released", "RETREAT",
   "release", ["repression", "election"], ["ZWE"], ["police"], ["ZWE"],
   ["Morgan Tsvangirai"])
ev(D, "Zimbabwe's opposition party says its leader", "detention", "COERCE", "arrest",
   ["repression", "election"], ["ZWE"], ["police"], ["ZWE"], ["Morgan Tsvangirai"])
ev(D, "The opposition Movement for Democratic Change party said police", "released", "RETREAT",
   "release", ["repression", "election"], ["ZWE"], ["police"], ["ZWE"],
   ["Mr. Tsvangirai"])
ev(D, "The opposition Movement for Democratic Change party said police", "holding him",
   "COERCE", "arrest", ["repression", "election"], ["ZWE"], ["police"], ["ZWE"], ["him"])
ev(D, "when police stopped his convoy", "stopped his convoy", "COERCE", "restrict",
   ["repression", "election"], ["ZWE"], ["police"], ["ZWE"], ["Mr. Tsvangirai"])
ev(D, "A lawyer for Mr. Tsvangirai, Job Sibanda", "accused", "ACCUSE", "allege",
   ["election", "legal"], ["ZWE"], ["police"], ["ZWE"], ["the opposition leader"])
ev(D, "The United States called Tsvangirai's arrest", "called Tsvangirai's arrest", "ACCUSE",
   "disapprove", ["human_rights", "election"], ["USA"], ["The United States"])
ev(D, "called on Zimbabwe officials to immediately release", "called on", "REQUEST", "yield",
   ["human_rights", "diplomatic"], ["USA", "EUR"], ["the U.S.", "the European Union"],
   ["ZWE"], ["Zimbabwe officials"])
ev(D, "had ordered some groups to suspend their work", "ordered some groups to suspend their work",
   "COERCE", "restrict", ["human_security", "repression"], ["ZWE"],
   ["Zimbabwe's government"], ["NGO"], ["some groups"])
ev(D, "A spokesman for CARE International", "accused", "ACCUSE", "allege",
   ["human_security", "election"], ["ZWE"], ["the government"], ["NGO"], ["its staff"])
ev(D, "He denied the charge", "denied the charge", "REJECT", "", ["human_security"], ["NGO"],
   ["He"])
ev(D, "Human Rights Watch accused Zimbabwe's government", "accused", "ACCUSE", "allege",
   ["human_rights", "human_security", "election"], ["NGO"], ["Human Rights Watch"], ["ZWE"],
   ["Zimbabwe's government"])
ev(D, "the army had seized control of large parts", "seized control", "COERCE", "",
   ["military", "election"], ["ZWE"], ["the army"])
ev(D, "the army had seized control of large parts", "blocking the opposition from campaigning",
   "COERCE", "restrict", ["military", "election", "repression"], ["ZWE"], ["the army"], ["ZWE"],
   ["the opposition"])
ev(D, "Human rights groups and MDC officials have accused", "have accused", "ACCUSE", "allege",
   ["human_rights", "election"], ["NGO", "ZWE"], ["Human rights groups", "MDC officials"],
   ["ZWE"], ["Mr. Mugabe's supporters"])
ev(D, "The president denies the charges", "denies the charges", "REJECT", "",
   ["election"], ["ZWE"], ["The president"])
ev(D, "The president denies the charges", "accuses", "ACCUSE", "allege", ["election"],
   ["ZWE"], ["The president"], ["ZWE"], ["the MDC"])

# --- blind52-03: VOA, ETA declares a cease-fire (2010) ---
D = "blind52-03"
ev(D, "has issued a video declaring a cease-fire", "declaring a cease-fire", "CONCEDE", "",
   ["terrorism", "military"], ["ESP"], ["The Basque separatist group ETA"])
ev(D, "The video, posted Sunday", "ending armed operations", "CONCEDE", "",
   ["terrorism", "military"], ["ESP"], ["three masked militants"])
ev(D, "ETA decided several months ago", "decided several months ago to lay down its arms",
   "CONCEDE", "", ["terrorism", "military"], ["ESP"], ["ETA"])
ev(D, "says the cease-fire is not sufficient", "is not sufficient", "REJECT", "",
   ["terrorism", "political_institutions"], ["ESP"], ["the Basque regional government"],
   ["ESP"], ["ETA"])
ev(D, "ETA last announced a", "announced a \"permanent cease-fire\"", "CONCEDE", "",
   ["terrorism", "military"], ["ESP"], ["ETA"])
ev(D, "the group claimed responsibility", "car bomb", "ASSAULT", "explosives", ["terrorism"],
   ["ESP"], ["the group"], ["ESP"], ["two people"])
ev(D, "ETA linked that bombing", "peace talks", "CONSULT", "", ["terrorism", "diplomatic"],
   ["ESP", "ESP"], ["ETA", "the Madrid government"])
ev(D, "ETA is blamed for more than 800 deaths", "is blamed", "ACCUSE", "allege",
   ["terrorism"], [], [], ["ESP"], ["ETA"])

# --- blind52-04: VOA, suspected Shining Path ambush kills 19 in Peru (2008) ---
D = "blind52-04"
ev(D, "suspected Shining Path guerrillas killed", "ambush", "ASSAULT", "",
   ["military", "terrorism"], ["PER"], ["suspected Shining Path guerrillas"], ["PER"],
   ["19 people"])
ev(D, "12 soldiers and seven civilians", "were killed", "ASSAULT", "",
   ["military", "terrorism"], [], [], ["PER"], ["12 soldiers and seven civilians"])
ev(D, "four military vehicles were attacked", "were attacked", "ASSAULT", "",
   ["military", "terrorism"], [], [], ["PER"], ["four military vehicles"])
ev(D, "The Shining Path led a brutal insurgency", "brutal insurgency", "ASSAULT", "",
   ["military", "terrorism"], ["PER"], ["The Shining Path"], ["PER"],
   ["tens of thousands of people"])
ev(D, "Violence declined sharply", "capture", "COERCE", "arrest", ["terrorism", "legal"], [],
   [], ["PER"], ["rebel leader Abimael Guzman"])
ev(D, "Violence declined sharply", "conviction", "SANCTION", "convict", ["terrorism", "legal"],
   [], [], ["PER"], ["rebel leader Abimael Guzman"])
ev(D, "Remnants of the Shining Path", "small attacks", "ASSAULT", "",
   ["terrorism", "illegal_drugs"], ["PER"], ["Remnants of the Shining Path"])

# --- blind52-05: VOA, Darfur rebels say the Sudanese army attacked their bases (2008) ---
D = "blind52-05"
ev(D, "Rebels in Sudan's Darfur region say", "heavy attack", "ASSAULT", "", ["military"],
   ["SDN"], ["government troops"], ["SDN"], ["Rebels"])
ev(D, "Reports from at least two rebel groups", "launched an attack", "ASSAULT", "",
   ["military"], ["SDN"], ["the government"], ["SDN"], ["rebel bases"])
ev(D, "used four helicopter gun ships", "used four helicopter gun ships", "ASSAULT", "aerial",
   ["military"], ["SDN"], ["the government"])
ev(D, "said they are investigating the reports", "are investigating", "ACCUSE", "investigate",
   ["peacekeeping", "military"], ["UNO"], ["UNAMID"])
ev(D, "More than five years of fighting", "fighting", "ASSAULT", "",
   ["military", "human_security"], ["SDN", "SDN", "SDN"],
   ["rebel groups", "the government", "government-allied militias"])
ev(D, "More than five years of fighting", "displaced", "SANCTION", "expel",
   ["human_security", "military"], ["SDN", "SDN", "SDN"],
   ["rebel groups", "the government", "government-allied militias"], ["SDN"],
   ["more than 2.5 million others"])

# --- blind52-06: VOA, Israeli raid on Baalbek and fighting with Hezbollah (2006) ---
D = "blind52-06"
ev(D, "its forces captured three Hezbollah guerrillas", "captured", "ASSAULT", "abduct",
   ["military"], ["ISR"], ["its forces"], ["LBN"], ["three Hezbollah guerrillas"])
ev(D, "its forces captured three Hezbollah guerrillas", "fierce fighting", "ASSAULT", "",
   ["military"], ["ISR", "LBN"], ["its forces", "three Hezbollah guerrillas"])
ev(D, "Israeli airborne commandoes carried out", "overnight raid", "ASSAULT", "",
   ["military"], ["ISR"], ["Israeli airborne commandoes"], ["LBN"],
   ["a Hezbollah-run hospital"])
ev(D, "Hezbollah has acknowledged in a statement", "were captured", "ASSAULT", "abduct",
   ["military"], [], [], ["LBN"], ["several people"])
ev(D, "Hezbollah has acknowledged in a statement", "denies", "REJECT", "", ["military"],
   ["LBN"], ["Hezbollah"])
ev(D, "warplanes high above bombed", "bombed", "ASSAULT", "aerial", ["military"], ["ISR"],
   ["warplanes"], ["LBN"], ["the city and the nearby village of Jamaliyeh"])
ev(D, "at least 10 civilians died", "died", "ASSAULT", "", ["military", "human_security"],
   [], [], ["LBN"], ["at least 10 civilians"])
ev(D, "at least 10 civilians died", "were flattened", "ASSAULT", "destroy",
   ["military", "human_security"], [], [], ["LBN"], ["several houses"])
ev(D, "Israel also carried out several other air strikes", "air strikes", "ASSAULT", "aerial",
   ["military"], ["ISR"], ["Israel"], ["LBN"], ["Lebanon"])
ev(D, "Israel also carried out several other air strikes", "destroying two bridges", "ASSAULT",
   "destroy", ["military"], ["ISR"], ["Israel"], ["LBN"], ["two bridges"])
ev(D, "Israel also carried out several other air strikes", "hitting an army post", "ASSAULT",
   "aerial", ["military"], ["ISR"], ["Israel"], ["LBN"], ["an army post"])
ev(D, "Israel also carried out several other air strikes", "were killed", "ASSAULT", "",
   ["military"], [], [], ["LBN"], ["three Lebanese soldiers"])
ev(D, "Hezbollah fired a heavy barrage of rockets", "fired a heavy barrage of rockets",
   "ASSAULT", "", ["military"], ["LBN"], ["Hezbollah"], ["ISR"],
   ["towns across northern Israel"])
ev(D, "Israeli troops and Hezbollah are also locked", "fierce battles", "ASSAULT", "",
   ["military", "territory"], ["ISR", "LBN"], ["Israeli troops", "Hezbollah"])
ev(D, "Israeli troops and Hezbollah are also locked", "were killed", "ASSAULT", "",
   ["military"], [], [], ["ISR"], ["three Israeli soldiers"])
ev(D, "its three-week offensive has killed", "offensive", "ASSAULT", "", ["military"], ["ISR"],
   ["Israel"], ["LBN"], ["several hundred guerrillas"])
ev(D, "its three-week offensive has killed", "denies", "REJECT", "", ["military"], ["LBN"],
   ["Hezbollah"], ["ISR"], ["Israel"])

# --- blind52-07: VOA, GAM rebels and the Aceh cease-fire (2003) ---
D = "blind52-07"
ev(D, "Separatist rebels in Indonesia's northern province", "agreed to lay down their weapons",
   "CONCEDE", "", ["military", "territory"], ["IDN"], ["Separatist rebels"])
ev(D, "Separatist rebels in Indonesia's northern province", "signed", "SUPPORT", "",
   ["diplomatic", "territory"], ["IDN"], ["Separatist rebels"], ["IDN"],
   ["the Indonesian government"])
ev(D, "GAM signed a peace deal", "signed", "SUPPORT", "", ["diplomatic", "territory"], ["IDN"],
   ["GAM"], ["IDN"], ["the Indonesian government"])
ev(D, "GAM signed a peace deal", "brokered", "CONSULT", "third-party", ["diplomatic"],
   ["NGO"], ["the Henri Dunant Center"], ["IDN", "IDN"], ["GAM", "the Indonesian government"])
ev(D, "The rebels agreed to give up", "agreed to give up their 26-year violent quest for "
   "independence", "CONCEDE", "", ["territory", "political_institutions"], ["IDN"],
   ["The rebels"])
ev(D, "the rebels have agreed to lay down their arms", "have agreed to lay down their arms",
   "CONCEDE", "", ["military"], ["IDN"], ["the rebels"])
ev(D, "the rebels have agreed to lay down their arms", "promises", "CONCEDE", "",
   ["military"], ["IDN"], ["government troops"])
ev(D, "They estimate there are at least 500", "they say have been trained", "ACCUSE", "allege",
   ["military"], ["IDN"], ["They"], ["IDN"], ["the Indonesian military"])
ev(D, "The rebels charge that unrest", "charge", "ACCUSE", "allege", ["military"], ["IDN"],
   ["The rebels"])
ev(D, "The rebels charge that unrest", "demonstrations", "PROTEST", "demo",
   ["peacekeeping"], [], [], ["NGO"], ["the HDC peace monitors"])

# --- blind52-08: VOA, the last Ethiopian troops leave Mogadishu (2009) ---
D = "blind52-08"
ev(D, "have now completely withdrawn", "withdrawn", "RETREAT", "withdraw",
   ["military", "territory"], ["ETH"], ["Ethiopian troops"], ["SOM"], ["Mogadishu"])
ev(D, "Ethiopian forces abandoned the last", "abandoned the last of their bases", "RETREAT",
   "withdraw", ["military"], ["ETH"], ["Ethiopian forces"])
ev(D, "Residents say they saw the last convoy", "leaving the city", "RETREAT", "withdraw",
   ["military"], ["ETH"], ["Ethiopian troops"])
ev(D, "The pullout is part of a general", "withdrawal", "RETREAT", "withdraw",
   ["military", "territory"], ["ETH"], ["Ethiopian"], ["SOM"], ["Somalia"])
ev(D, "his troops will remain stationed", "will remain stationed", "MOBILIZE", "troops",
   ["military", "territory"], ["ETH"], ["his troops"], ["SOM"], ["Somali"], future=True)
ev(D, "others fear the power vacuum", "increased fighting", "ASSAULT", "", ["military"],
   ["SOM"], ["insurgent groups"], hypothetical=True)
ev(D, "others fear the power vacuum", "battled", "ASSAULT", "", ["military"], ["SOM", "ETH"],
   ["insurgent groups", "the Ethiopians"])
ev(D, "in the Lower Shabelle region", "fighting between", "ASSAULT", "",
   ["military", "terrorism"], ["SOM", "IMG"], ["a local militia", "al-Shabab"])
ev(D, "Fighting in Mogadishu on Wednesday", "killed", "ASSAULT", "", ["military"], [], [],
   ["SOM"], ["at least 21 people"])
ev(D, "will now focus its attacks", "will now focus its attacks", "THREATEN", "violence",
   ["terrorism", "peacekeeping"], ["IMG"], ["Al-Shabab"], ["IGO"],
   ["African Union peacekeepers"])
ev(D, "Ethiopia sent thousands of troops", "sent thousands of troops", "MOBILIZE", "troops",
   ["military"], ["ETH"], ["Ethiopia"], ["SOM"], ["Somalia"])
ev(D, "Ethiopia sent thousands of troops", "seized power", "COERCE", "",
   ["political_institutions", "religion_ethnicity"], ["SOM"], ["an Islamist movement"],
   ["SOM"], ["Mogadishu"])
ev(D, "sparked a two-year Islamist insurgency", "insurgency", "ASSAULT", "",
   ["military", "religion_ethnicity"], ["SOM"], ["Islamist"], ["SOM"], ["thousands"])
ev(D, "sparked a two-year Islamist insurgency", "displaced", "SANCTION", "expel",
   ["human_security", "military"], ["SOM"], ["Islamist insurgency"], ["SOM"],
   ["more than a million Somalis"])
ev(D, "will fully withdraw its troops", "will fully withdraw its troops", "CONCEDE", "",
   ["military"], ["ETH"], ["Ethiopia"])
ev(D, "will fully withdraw its troops", "peace deal", "AGREE", "",
   ["diplomatic", "political_institutions"], ["SOM", "SOM"],
   ["the Somali government", "an alliance of moderate Islamist groups"])

# --- blind52-09: VOA, IAEA-Iran nuclear talks called off (2007) ---
D = "blind52-09"
ev(D, "Talks between the head of the United Nations nuclear agency", "Talks", "CONSULT", "",
   ["cbrn", "diplomatic"], ["UNO", "IRN"],
   ["the head of the United Nations nuclear agency", "high-ranking Iranian officials"],
   negated=True)
ev(D, "had been expected to meet in Vienna", "had been expected to meet", "AGREE", "",
   ["cbrn", "diplomatic"], ["UNO", "IRN"],
   ["International Atomic Energy Agency head Mohammed ElBaradei", "the Iranian officials"],
   future=True)
ev(D, "the talks were called off after a meeting", "a meeting", "CONSULT", "",
   ["cbrn", "diplomatic"], ["IRN", "EUR"],
   ["Iranian deputy negotiator Javad Vaidi", "EU negotiator Robert Cooper"])
ev(D, "has imposed two rounds of limited sanctions", "imposed two rounds of limited sanctions",
   "SANCTION", "discontinue", ["cbrn", "economic"], ["UNO"], ["The U.N. Security Council"],
   ["IRN"], ["Iran"])
ev(D, "has imposed two rounds of limited sanctions", "refusal", "REJECT", "change", ["cbrn"],
   ["IRN"], ["its"])
ev(D, "In a meeting with the IAEA's board", "to determine", "ACCUSE", "investigate",
   ["cbrn"], ["UNO"], ["UN inspectors"], ["IRN"], ["Iran"])
ev(D, "The United States and its allies accuse", "accuse", "ACCUSE", "allege", ["cbrn"],
   ["USA"], ["The United States"], ["IRN"], ["Iran"])
ev(D, "Tehran says its program is for peaceful", "says its program is for peaceful, civilian "
   "use", "REJECT", "", ["cbrn"], ["IRN"], ["Tehran"])

# --- blind52-10: VOA, fighting in Helmand and Nuristan; US and British troop debates (2009) ---
D = "blind52-10"
ev(D, "10 Afghan soldiers have died", "have died", "ASSAULT", "", ["military"], [], [],
   ["AFG"], ["10 Afghan soldiers"])
ev(D, "10 Afghan soldiers have died", "were killed or wounded", "ASSAULT", "", ["military"],
   [], [], ["AFG"], ["around 100 Taliban militants"])
ev(D, "are searching Nuristan's mountains", "are searching", "COERCE", "seize", ["military"],
   ["AFG", "IGO"], ["Afghan and international troops", "Afghan and international troops"],
   ["AFG"], ["fighters"])
ev(D, "are searching Nuristan's mountains", "killing", "ASSAULT", "", ["military"], ["AFG"],
   ["fighters"], ["USA"], ["eight U.S. soldiers"])
ev(D, "NATO said Tuesday it believes", "believes", "ACCUSE", "allege", ["military"], ["IGO"],
   ["NATO"], ["AFG"], ["the Taliban"])
ev(D, "a more detailed assessment of Saturday's fight", "were killed", "ASSAULT", "",
   ["military"], [], [], ["AFG"], ["100 of those fighters"])
ev(D, "will discuss the war with Congressional leaders", "will discuss", "AGREE", "",
   ["military", "executive", "legislative"], ["USA", "USA"],
   ["U.S. President Barack Obama", "Congressional leaders"], future=True)
ev(D, "is not considering withdrawing", "withdrawing", "RETREAT", "withdraw", ["military"],
   ["USA"], ["the United States"], negated=True)
ev(D, "is refusing to send more troops", "is refusing to send more troops", "REJECT", "",
   ["military", "executive"], ["GBR"], ["Prime Minister Gordon Brown"], ["GBR"],
   ["military commanders"])
ev(D, "Mr. Brown has rejected a request", "has rejected a request", "REJECT", "",
   ["military", "executive"], ["GBR"], ["Mr. Brown"])
ev(D, "one of those troops died in an explosion", "explosion", "ASSAULT", "explosives",
   ["military"], [], [], ["GBR"], ["one of those troops"])

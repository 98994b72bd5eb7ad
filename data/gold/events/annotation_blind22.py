"""Texts and hand annotation of the blind events set ``blind22`` (evgold10, 2026-12-06).

Ten Voice of America news stories (public domain) taken from the search tool's stored pages.
Each event is written as: document, sentence anchor (a substring of exactly one sentence),
trigger (a substring of that sentence, found once), type, mode, contexts, actor codes, actor
texts, recipient codes, recipient texts and the negated / future / hypothetical flags.
``build_blind22.py`` turns this into ``blind22.jsonl`` with the builder of ``build_dev4.py``.
The annotation was written from the annotator's own reading before any system ran on the texts.
"""

from __future__ import annotations

VOA = "Voice of America"

DOCS: list[dict] = [
    {
        "id": "blind22-01",
        "url": "https://www.voanews.com/a/a-13-2005-05-19-voa2/396375.html",
        "agency": VOA,
        "title": "Authorities in Uzbekistan Allowed Foreign Diplomats to Tour the Town of Andijan",
        "published": "2005-05-19",
        "date_approximate": False,
        "truncated": True,
        "date_note": "date from the VOA archive URL; the stored copy ends mid-sentence, the "
                     "complete paragraphs are kept (the cut paragraph on Uzbeks gathering in "
                     "Washington is dropped)",
        "note": "removed: 'Accessibility links', 'Breaking News', headline; source typo "
                "'lastFriday' kept",
        "text": (
            "Authorities in Uzbekistan allowed a group of foreign diplomats and journalists to "
            "tour the town of Andijan where violence last week left hundreds of people dead. "
            "Meanwhile, the U.S. State Department, the United Nations and British foreign "
            "secretary have called for an internationally backed investigation into the deadly "
            "clashes in Andijan.\n"
            "A group of foreign journalists and diplomats were flown (Wednesday) into Andijan to "
            "see the area affected by violence lastFriday and Saturday. Uzbek authorities wanted "
            "to show that reports of 700 civilian deaths were exaggerated. Uzbek President Islam "
            "Karimov maintains that 169 people were killed in clashes between Uzbek soldiers and, "
            "in his words, Islamic extremists.\n"
            "The two-hour visit provided few answers. Several diplomats complained that they were "
            "not allowed to roam freely and were introduced only to residents who backed the "
            "official version of events.\n"
            "Numerous eyewitnesses to last week's bloodshed have said Uzbek soldiers arrived in "
            "military vehicles and began shooting into a crowd. Doctors later reported seeing "
            "hundreds of bodies laid out for relatives to identify.\n"
            "U.S. State Department spokesman, Richard Boucher has called for an internationally "
            "backed investigation. He says, \"It's becoming apparent that very large numbers of "
            "civilians were killed by the indiscriminate use of force by Uzbek forces.\"\n"
            "The United Nations High Commissioner for Human Rights, Louise Arbour, and British "
            "foreign secretary Jack Straw also called for an independent international probe.\n"
            "He says, \"We want to get to the bottom of what has happened in respect to these "
            "killings in Andijan and other areas. The only way to do that now given the confusion "
            "and the lack of access is to ensure that there is independent international "
            "inquiry.\""
        ),
    },
    {
        "id": "blind22-02",
        "url": "https://www.voanews.com/amp/a-13-2006-08-14-voa17/329827.html",
        "agency": VOA,
        "title": "Nigeria Hands Over Disputed Bakassi Peninsula to Cameroon",
        "published": "2006-08-14",
        "date_approximate": False,
        "truncated": False,
        "date_note": "date from the VOA archive URL; whole story",
        "note": "removed: headline; source spellings ('Baskassi', 'AP .') kept",
        "text": (
            "Nigeria has officially handed over sovereignty of the disputed and oil-rich "
            "Baskassi peninsula to Cameroon.\n"
            "Officials from the two countries conducted a handover ceremony Monday, in the "
            "Bakassi town of Archibong.\n"
            "Under a United Nations-brokered agreement, Cameroon takes immediate control of "
            "northern Bakassi, while Nigeria will administer the southern portion for the next "
            "two years.\n"
            "Residents have that time to decide whether they want to return to Nigeria, take "
            "Cameroonian citizenship or remain Nigerian citizens living in Cameroon.\n"
            "Many of the peninsula's residents have expressed unhappiness at the agreement, with "
            "some vowing to resist Cameroonian control.\n"
            "Nigeria and Cameroon reached the agreement in June after decades of bitter dispute "
            "over who owns the Gulf of Guinea peninsula. The dispute nearly sparked a war in "
            "1981.\n"
            "Four years ago, a U.N. ruling awarded the peninsula to Cameroon.\n"
            "Nigeria began to withdraw troops from Bakassi on August first, and sped up the "
            "pullout in the past few days to meet a Monday deadline.\n"
            "The 1,000-kilometer patch of Atlantic coastal swampland provides access to coveted "
            "fishing grounds and offshore oil deposits.\n"
            "Some information for this report was provided by AFP and AP ."
        ),
    },
    {
        "id": "blind22-03",
        "url": "https://www.voanews.com/a/a-13-2007-01-22-voa24/341392.html",
        "agency": VOA,
        "title": "Sri Lanka Military Says Rebels Forced Out of Key Regions",
        "published": "2007-01-22",
        "date_approximate": False,
        "truncated": True,
        "date_note": "date from the VOA archive URL; the stored copy ends inside a quotation, "
                     "the complete paragraphs are kept",
        "note": "removed: 'Accessibility links', 'Breaking News', headline; the cut final "
                "quotation dropped; source spellings ('Samarsinghe') kept",
        "text": (
            "Sri Lanka's military says it is driving out Tamil Tiger rebels from key areas in the "
            "island's east, following intense fighting. VOA's Suzanne Presto reports from New "
            "Delhi that the military says it is working to restore such areas, so tens of "
            "thousands of civilians can return to the region.\n"
            "Sri Lankan military spokesman Prasad Samarasinghe says Tamil Tiger rebels who were "
            "forced from the eastern Vakarai region are near Batticaloa, following intense "
            "battles between the troops and militants.\n"
            "The military said about 42,000 civilians, held against their will by rebels in "
            "Vakarai before the fighting, are now much safer.\n"
            "\"Now 95 percent of the civilians in eastern province, of the civilian population, "
            "is in the government controlled areas,\" he said.\n"
            "Samarsinghe says the military is clearing mine fields in northern Batticaloa and "
            "rebuilding a bridge he says was demolished by the rebels, known as the Liberation "
            "Tigers of Tamil Eelam.\n"
            "\"Now these civilians can get back as soon as possible and the army is now "
            "facilitating these civilians to get back and resettle with the assistance of the "
            "government,\" added Samarsinghe.\n"
            "Samarsinghe says the military found three rebel camps within 100 meters of the "
            "hospital in Vakarai, an area where thousands of civilians had gathered after they "
            "fled their homes in October. But reports that the hospital had been damaged in "
            "recent fighting were incorrect.\n"
            "The International Committee of the Red Cross says it hopes to reach the area soon.\n"
            "Recent clashes have not been confined to land. The military says the rebels, also "
            "known as LTTE, attacked a British civilian cargo ship Sunday, after it delivered "
            "food supplies to civilians in Jaffna, in the north."
        ),
    },
    {
        "id": "blind22-04",
        "url": "https://www.voanews.com/a/a-13-2007-03-30-voa26-66770737/564209.html",
        "agency": VOA,
        "title": "Britain Demands Captured Sailors' Release, Seeks UN Support",
        "published": "2007-03-30",
        "date_approximate": False,
        "truncated": True,
        "date_note": "date from the VOA archive URL; the stored copy ends mid-sentence, the "
                     "complete paragraphs are kept",
        "note": "removed: 'Accessibility links', 'Breaking News', headline; the cut paragraph "
                "on U.S. carrier groups dropped",
        "text": (
            "No quick solution is in sight for the tense dispute over Iran's seizure of a British "
            "naval crew. After negotiations, the U.N. Security Council expressed \"grave "
            "concern\" and called for an early resolution of the problem including the sailors' "
            "release. The United States is also backing the demand for the captives' immediate "
            "release, while at the same time continuing diplomatic efforts aimed at getting Iran "
            "to agree to negotiations over its nuclear work. VOA's Sean Maroney reports.\n"
            "Britain has repeated its demand that the captured sailors must be released "
            "immediately and unconditionally, and the Foreign Office in London is asking the "
            "United Nations to condemn Iran's actions.\n"
            "After Iranian forces seized the 15 British naval personnel last week, Tehran said "
            "the British crew had sailed into Iranian waters. Britain maintains, and it has "
            "released satellite-positioning data to confirm, that the sailors were in Iraqi "
            "territory, and had not strayed across Iran's maritime border.\n"
            "Britain has since frozen what it calls all \"official bilateral business\" with "
            "Iran, apart from efforts to win the detainees' release.\n"
            "In Washington, the U.S. State Department's Nicholas Burns says NATO countries are "
            "united in their support for the British. \"All of us hope that Iran will make the "
            "right decision and release these people,\" he said, \"because they're entirely "
            "innocent and they were operating under United Nations authority as part of the "
            "multinational coalition, and they were clearly inside Iraqi waters.\"\n"
            "The United States' top career diplomat also is closely involved in the international "
            "effort to get Iran to join negotiations over its controversial nuclear program. "
            "Burns told members of the Senate Foreign Relations Committee that the U.S. is "
            "continuing its multilateral diplomatic approach to the Iranian nuclear standoff."
        ),
    },
    {
        "id": "blind22-05",
        "url": "https://www.voanews.com/a/a-13-2008-01-17-voa44-66729637/561155.html",
        "agency": VOA,
        "title": "Chile Calls Home Ambassador to Peru Over Maritime Dispute",
        "published": "2008-01-17",
        "date_approximate": False,
        "truncated": False,
        "date_note": "date from the VOA archive URL; whole story",
        "note": "removed: 'Accessibility links', 'Breaking News', 'News', headline, text-size "
                "widget 'XS SM MD LG'; source spelling 'port of Africa' (for Arica) kept",
        "text": (
            "Chile has recalled its ambassador to Peru for consultations about a growing dispute "
            "over the countries' maritime border.\n"
            "Foreign Minister Alejandro Foxley says Ambassador Cristian Barros has been called "
            "home to discuss the issue. He did not elaborate.\n"
            "The summons comes a day after Peru filed a complaint with the International Court "
            "of Justice in The Hague about the dispute.\n"
            "Peru has long claimed the area near the Chilean port of Africa. It says the limits "
            "at sea between the two countries have never been defined.\n"
            "Chilean President Michelle Bachelet says treaties signed in 1952 and 1954 clearly "
            "define the area as Chilean territory.\n"
            "Chile summoned Barros home over the same issue in August, after filing a formal "
            "protest with Peru.\n"
            "Some information for this report was provided by AP and Reuters."
        ),
    },
    {
        "id": "blind22-06",
        "url": "http://www.voanews.com/content/-/137503.html",
        "agency": VOA,
        "title": "Fighting Continues in Abidjan After UN, French Attacks",
        "published": "2011-04-05",
        "date_approximate": True,
        "truncated": True,
        "date_note": "the copy carries no date line; the photo caption is dated April 4, 2011 "
                     "and the story reports overnight U.N. and French strikes, so April 5, 2011; "
                     "the stored copy ends mid-sentence, the complete sentences are kept",
        "note": "removed: 'Accessibility links', 'Breaking News', headline, photo caption "
                "(printed twice); the cut last sentence dropped",
        "text": (
            "Fighters backing Ivory Coast's internationally-recognized leader are making what "
            "they say is a final push on the commercial capital after U.N. and French forces "
            "attacked troops still loyal to the incumbent president.\n"
            "Fighters backing internationally-recognized president Alassane Ouattara fought "
            "supporters of incumbent president Laurent Gbagbo for a sixth day in Abidjan "
            "following overnight attacks by U.N. and French troops against Gbagbo heavy "
            "artillery.\n"
            "U.N. and French helicopters fired on Gbagbo's main military barracks and his "
            "residence after Secretary-General Ban Ki-moon asked President Nicolas Sarkozy for "
            "help in silencing mortars and rocket launchers that have been used against civilians "
            "and U.N. headquarters in Abidjan.\n"
            "Gbagbo supporters say the U.N. and French intervention amounts to an assassination "
            "attempt against Gbagbo. Ban says the operation is line with the mission's mandate "
            "to defend itself and protect civilians and does not mean U.N. troops are taking up "
            "arms against Gbagbo.\n"
            "Pro-Ouattara forces took control of most of the country last week, but have been "
            "unable to capture Gbagbo's residence or the presidential palace downtown. Those two "
            "sites are now surrounded as Ouattara commanders say they are waiting for Gbagbo to "
            "give up.\n"
            "Ouattara's ambassador in Paris told French radio that he believes Gbagbo is now "
            "negotiating the terms of his surrender.\n"
            "The fighting follows four months of failed negotiations to resolve Ivory Coast's "
            "political crisis.\n"
            "Gbagbo says he was re-elected when the constitutional council annulled as "
            "fraudulent nearly ten percent of all ballots cast in November's run-off election."
        ),
    },
    {
        "id": "blind22-07",
        "url": "https://www.voanews.com/a/afghan-guard-dies-in-pakistan-border-clash/1652959.html",
        "agency": VOA,
        "title": "Afghan Guard Dies in Pakistan Border Clash",
        "published": "2013-05-02",
        "date_approximate": True,
        "truncated": False,
        "date_note": "the copy carries no date; the article id and the clash 'late Wednesday' "
                     "at the disputed gate (Goshta, May 1, 2013) date it to about May 2, 2013; "
                     "whole story",
        "note": "removed: 'Accessibility links', 'Breaking News', headline, map caption "
                "'Pakistan map'; source repetition 'of of' kept",
        "text": (
            "Crossfire on the Afghanistan-Pakistan border has killed one Afghan border guard and "
            "wounded two Pakistani security personnel.\n"
            "Pakistan and Afghanistan have blamed each other for starting the firing, late "
            "Wednesday, on the porous border - a crucial battleground in the fight against the "
            "Taliban militants who operate in both countries.\n"
            "Officials say the artillery exchange lasted several hours and focused on a disputed "
            "gate area.\n"
            "Afghan officials have become increasingly frustrated with Pakistan because of "
            "attempts to pursue peace efforts with the Taliban, which has close ties to "
            "Pakistan's security services.\n"
            "Afghan officials say Pakistan has a long history of of supporting Afghanistan's "
            "Taliban and other insurgent factions. Pakistan has, in turn, accused Afghanistan of "
            "giving safe haven to militants on the Afghan side of the border."
        ),
    },
    {
        "id": "blind22-08",
        "url": "http://www.voanews.com/content/fighting-renews-along-afghanpakistani-border/"
               "1655160.html",
        "agency": VOA,
        "title": "Fighting Renews Along Afghan-Pakistani Border",
        "published": "2013-05-06",
        "date_approximate": True,
        "truncated": False,
        "date_note": "the copy carries no date; 'Fresh clashes broke out Monday' after the "
                     "Wednesday clash of blind22-07 dates it to about May 6, 2013; whole story",
        "note": "removed: 'Accessibility links', 'Breaking News', headline, text-size widget "
                "'XS SM MD LG', a blank line; source repetition 'of of' kept",
        "text": (
            "Fresh clashes broke out Monday between troops on the Afghanistan-Pakistan border, "
            "where soldiers from both countries exchanged gunfire last week.\n"
            "Afghan officials said the fight broke out after Pakistani troops returned to the "
            "site of a gate on land both sides claim along the porous border. It is not clear "
            "whether there were any casualties in Monday's fighting.\n"
            "Last week, crossfire on the border killed one Afghan border guard and wounded two "
            "Pakistani security personnel.\n"
            "Pakistan and Afghanistan have blamed each other for starting the firing late "
            "Wednesday on what is a crucial battleground in the fight against the Taliban "
            "militants who operate in both countries. Officials say the artillery exchange "
            "lasted several hours and focused on the disputed gate area.\n"
            "Afghan President Hamid Karzai has called on the Taliban to fight Afghanistan's "
            "enemies instead of \"destroying their own country.\" The remarks in Kabul Saturday "
            "did not mention Pakistan directly but were widely seen as a swipe against it.\n"
            "Afghanistan and Pakistan have had tense relations since Pakistan's formation, and "
            "Pakistan helped the Taliban take power in Afghanistan in the 1990s.\n"
            "Afghan officials say Pakistan has a long history of of supporting Afghanistan's "
            "Taliban and other insurgent factions. Pakistan has, in turn, accused Afghanistan of "
            "giving safe haven to militants on the Afghan side of the border.\n"
            "Both countries are U.S. allies in the fight against militants."
        ),
    },
    {
        "id": "blind22-09",
        "url": "http://www.voanews.com/content/thais-march-against-coup/1921616.html",
        "agency": VOA,
        "title": "Thai Coup Leaders Tighten Grip",
        "published": "2014-05-24",
        "date_approximate": True,
        "truncated": True,
        "date_note": "the copy carries no date line; the photo captions and 'the Pentagon said "
                     "Saturday' date it to Saturday, May 24, 2014; the stored copy ends "
                     "mid-sentence, the complete sentences are kept",
        "note": "removed: 'News / Asia', headline, two photo captions (each printed twice) and "
                "a stray 'x', the leading indentation of the stored lines; the cut last "
                "sentence dropped",
        "text": (
            "The U.S. military has canceled training and readiness exercises with Thailand, as "
            "well as a visit to the Asian nation by U.S. Pacific Fleet commander originally "
            "scheduled for June, the Pentagon said Saturday.\n"
            "\"As we have made clear, it is important that the Royal Thai Armed Forces end this "
            "coup and restore to the people of Thailand both the principles and the process of "
            "democratic rule, including a clear path forward to elections,\" Pentagon Press "
            "Secretary Rear Adm. John Kirby said in a statement.\n"
            "Thailand's army chief, who has named himself prime minister, has now also assumed "
            "all legislative power. His junta on Saturday dissolved the kingdom's partly-elected "
            "Senate. Meanwhile, several hundred citizens took to the streets Saturday to voice "
            "their opposition to Thursday's coup, an act of civil disobedience banned by the "
            "military's governing council.\n"
            "In a loosely organized demonstration, hundreds circled the capital's Victory "
            "Monument, chanting \"soldiers get out\" and \"no coup.\"\n"
            "Army chief Prayuth Chan-ocha, who led the coup Thursday, declared himself acting "
            "prime minister Friday and dissolved the Senate on Saturday, has assumed all "
            "lawmaking powers."
        ),
    },
    {
        "id": "blind22-10",
        "url": "https://www.voanews.com/a/eritrea-reopens-embassy-in-ethiopia/4484376.html",
        "agency": VOA,
        "title": "Eritrea Reopens Embassy in Ethiopia",
        "published": "2018-07-16",
        "date_approximate": True,
        "truncated": True,
        "date_note": "the copy carries no date line; the caption dates Isaias's arrival to "
                     "Saturday, July 14, 2018 and the reopening was 'Monday', so July 16, 2018; "
                     "the copy ends on a complete paragraph but reaches the store's length "
                     "limit, so it is marked truncated",
        "note": "removed: 'Accessibility links', 'Breaking News', headline, photo caption; "
                "source typos ('Ethiopia.The', 'ofIsaia's', '--has') kept",
        "text": (
            "Eritrea has reopened its embassy in Ethiopia.The reopening Monday came a week after "
            "the two countries declared an end to two decades of a military stalemate over a "
            "border war in which tens of thousands of people died.\n"
            "Ethiopian Prime Minister Abiy Ahmed handed Eritrean President Isaias Afwerki the "
            "keys to the embassy located in downtown Addis Ababa, Ethiopia's capital.\n"
            "The embassy opening marked the end ofIsaia's three-day visit to Ethiopia.\n"
            "Thousands cheered in Addis Ababa Sunday as Abiy and Isaias embraced at a concert "
            "celebrating a peace deal between the two former bloody enemies.\n"
            "\"Hate, discrimination, and conspiracy is now over,\" Isaias told Ethiopians as he "
            "was close to tears. \"We are ready to move forward with you as one. No one can steal "
            "the love we have regained now.\"\n"
            "\"Forgiveness frees the consciousness. When we say we have reconciled, we mean we "
            "have chosen a path of forgiveness and love,\" Abiy said.\n"
            "Abiy was in Eritrea last week, a month after announcing Ethiopia was finally "
            "accepting the peace treaty it signed with Eritrea in 2000, ending two years of war. "
            "The Eritreans immediately followed.\n"
            "In addition to agreeing to reopen shuttered embassies, both countries have also "
            "agreed to resume flights and build ports.\n"
            "Under the peace agreement, Ethiopia will hand over disputed border regions to "
            "Eritrea.\n"
            "Eritrea was part of Ethiopia until it broke away and declared independence in 1993.\n"
            "Eritrea -- located in the Horn of Africa along the Red Sea --has long been under "
            "U.N. sanctions because of its alleged support of extremists. Its reclusive "
            "government has been accused of human rights violations and thousands of Eritreans "
            "have fled the country to escape poverty and avoid compulsory military service."
        ),
    },
    {
        "id": "blind22-11",
        "url": "https://www.voanews.com/a/a-13-2005-04-26-voa33/302149.html",
        "agency": VOA,
        "title": "Syria Informs UN Lebanon Withdrawal Complete",
        "published": "2005-04-26",
        "date_approximate": False,
        "truncated": False,
        "date_note": "date from the VOA archive URL; whole story",
        "note": "removed: 'Accessibility links', 'Breaking News', headline, photo caption; "
                "source spellings ('Mekhdad'/'Mekdad') and the mixed straight/curly quotes "
                "kept",
        "text": (
            "Syria has informed the United Nations that its withdrawal from Lebanon is "
            "complete.\n"
            "Syria's U.N. Ambassador Fayssal Mekhdad came to the Security Council chamber "
            "Tuesday to confirm that the pullout was, in his words \"full and complete.\"\n"
            "\"I have just submitted a letter to both the secretary-general and the president of "
            "the Security Council from his excellency Mr. Farouq al-Sharaa on behalf of the "
            "Syrian government confirming the Syrian full withdrawal from Lebanon in terms of "
            "withdrawing the troops, the security apparatus and the assets,\u201d he said.\n"
            "Syria's letter takes note of what it calls, \"the positive role its forces played in "
            "ending Lebanon's civil war,\" and asks for recognition from the Security Council in "
            "line with the significance of its withdrawal.\n"
            "Ambassador Mekdad refused to discuss whether Syria considers the pullout premature, "
            "but said he could not deny that it had been done under international pressure.\n"
            "The withdrawal was completed as Secretary-General Kofi Annan submitted a report to "
            "the Security Council on Syria's compliance with Resolution 1559. The resolution "
            "adopted last September demanded the withdrawal of all foreign forces from "
            "Lebanon.\n"
            "The Secretary-General's report confirms the troop withdrawal, but notes that other "
            "provisions of resolution 1559 have not been met.\n"
            "A U.N. team sent to verify the withdrawal has already begun work in Damascus. A "
            "spokesman said the group would gather material in the Syrian capital before heading "
            "to Beirut."
        ),
    },
    {
        "id": "blind22-12",
        "url": "https://www.voanews.com/a/a-13-2006-10-02-voa12/321348.html",
        "agency": VOA,
        "title": "Georgia Frees Four Russian Officers Accused of Spying",
        "published": "2006-10-02",
        "date_approximate": False,
        "truncated": False,
        "date_note": "date from the VOA archive URL; whole story",
        "note": "removed: 'Accessibility links', 'Breaking News', 'News', headline, the label "
                "'update', text-size widget 'XS SM MD LG'",
        "text": (
            "Four Russian military officers jailed in Georgia on charges of spying are back in "
            "Moscow after authorities freed them in what Tbilisi calls a goodwill gesture.\n"
            "Georgian authorities turned over the Russians to diplomats from the Organization "
            "for Security and Cooperation in Europe.\n"
            "Despite the release, Russia still plans to impose a number of economic sanctions on "
            "Georgia, starting Tuesday, including cutting air, highway, train, sea and postal "
            "links.\n"
            "However, Mr. Putin on Monday ordered a long-planned pullout of Russian troops from "
            "Georgia to continue. The Russian forces are expected to leave by the end of 2008.\n"
            "The U.S. State Department says it welcomes the Russians' release and encourages "
            "both countries to avoid more tension.\n"
            "Georgia arrested the officers last week on suspicion of spying. Georgian television "
            "broadcast videotape it says show the Russians meeting with their contacts.\n"
            "Russia denies the charges. President Vladimir Putin called the arrests \"state "
            "terrorism.\"\n"
            "Moscow has recalled its ambassador and most diplomatic staff from Tbilisi. It has "
            "also placed its troops in Georgia on high alert and ordered them to use deadly "
            "force, if necessary, to defend themselves.\n"
            "Georgia accuses Russian peacekeepers of backing pro-Russian separatists in the "
            "breakaway Georgian regions of Abkhazia and South Ossetia. Georgia vows to bring the "
            "areas back under its control.\n"
            "Some information for this report was provided by AFP, AP and Reuters."
        ),
    },
]

E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event (same tuple layout as ``build_dev4.py``)."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


# blind22-01 Andijan (Uzbekistan, 2005)
D = "blind22-01"
ev(D, "Authorities in Uzbekistan allowed", "allowed", "RETREAT", "access",
   ["diplomatic", "human_rights"], ["UZB"], ["Authorities in Uzbekistan"])
ev(D, "have called for an internationally backed investigation", "called for", "REQUEST", "",
   ["human_rights"], ["USA", "UNO", "GBR"],
   ["the U.S. State Department", "the United Nations", "British foreign secretary"])
ev(D, "Uzbek authorities wanted to show", "exaggerated", "REJECT", "", ["human_rights"],
   ["UZB"], ["Uzbek authorities"])
ev(D, "169 people were killed in clashes", "clashes", "ASSAULT", "", ["repression"],
   ["UZB", "UZB"], ["Uzbek soldiers", "Islamic extremists"])
ev(D, "began shooting into a crowd", "shooting", "ASSAULT", "firearms",
   ["repression", "human_rights"], ["UZB"], ["Uzbek soldiers"], ["UZB"], ["a crowd"])
ev(D, "Richard Boucher has called for", "called for", "REQUEST", "", ["human_rights"],
   ["USA"], ["U.S. State Department spokesman"])
ev(D, "It's becoming apparent", "says", "ACCUSE", "allege", ["human_rights", "repression"],
   ["USA"], ["He"], ["UZB"], ["Uzbek forces"])
ev(D, "It's becoming apparent", "indiscriminate use of force", "ASSAULT", "",
   ["repression", "human_rights"], ["UZB"], ["Uzbek forces"])
ev(D, "also called for an independent international probe", "called for", "REQUEST", "",
   ["human_rights"], ["UNO", "GBR"],
   ["The United Nations High Commissioner for Human Rights", "British foreign secretary"])

# blind22-02 Bakassi handover (Nigeria, Cameroon, 2006)
D = "blind22-02"
ev(D, "Nigeria has officially handed over", "handed over", "CONCEDE", "", ["territory"],
   ["NGA"], ["Nigeria"], ["CMR"], ["Cameroon"])
ev(D, "conducted a handover ceremony", "conducted a handover ceremony", "COOPERATE", "",
   ["territory", "diplomatic"], ["NGA", "CMR"],
   ["Officials from the two countries", "Officials from the two countries"])
ev(D, "expressed unhappiness at the agreement", "expressed unhappiness", "ACCUSE",
   "disapprove", ["territory"], ["NGA"], ["Many of the peninsula's residents"])
ev(D, "expressed unhappiness at the agreement", "vowing to resist", "THREATEN", "",
   ["territory"], ["NGA"], ["some"], ["CMR"], ["Cameroonian control"])
ev(D, "Nigeria and Cameroon reached the agreement", "reached the agreement", "AGREE", "",
   ["territory"], ["NGA", "CMR"], ["Nigeria", "Cameroon"])
ev(D, "a U.N. ruling awarded the peninsula", "awarded", "SANCTION", "convict",
   ["territory", "legal"], ["UNO"], ["a U.N. ruling"])
ev(D, "Nigeria began to withdraw troops", "withdraw troops", "RETREAT", "withdraw",
   ["military", "territory"], ["NGA"], ["Nigeria"])

# blind22-03 Sri Lanka (2007)
D = "blind22-03"
ev(D, "Sri Lanka's military says it is driving out", "driving out", "ASSAULT", "",
   ["military"], ["LKA"], ["Sri Lanka's military"], ["LKA"], ["Tamil Tiger rebels"])
ev(D, "who were forced from the eastern Vakarai region", "forced from", "ASSAULT", "",
   ["military"], [], [], ["LKA"], ["Tamil Tiger rebels"])
ev(D, "who were forced from the eastern Vakarai region", "intense battles", "ASSAULT", "",
   ["military"], ["LKA", "LKA"], ["the troops", "militants"])
ev(D, "held against their will by rebels", "held against their will", "ASSAULT", "abduct",
   ["military", "human_rights"], ["LKA"], ["rebels"], ["LKA"], ["about 42,000 civilians"])
ev(D, "was demolished by the rebels", "demolished", "ASSAULT", "destroy", ["military"],
   ["LKA"], ["the rebels"])
ev(D, "the army is now facilitating", "facilitating", "AID", "", ["human_security"],
   ["LKA"], ["the army"], ["LKA"], ["these civilians"])
ev(D, "attacked a British civilian cargo ship", "attacked", "ASSAULT", "", ["military"],
   ["LKA"], ["the rebels"], ["GBR"], ["a British civilian cargo ship"])
ev(D, "attacked a British civilian cargo ship", "delivered food supplies", "AID", "",
   ["human_security"], ["GBR"], ["it"], ["LKA"], ["civilians in Jaffna"])

# blind22-04 British sailors held by Iran (2007)
D = "blind22-04"
ev(D, "No quick solution is in sight", "seizure", "COERCE", "arrest", ["military"],
   ["IRN"], ["Iran's"], ["GBR"], ["a British naval crew"])
ev(D, "the U.N. Security Council expressed", "expressed \"grave concern\"", "ACCUSE",
   "disapprove", ["military", "diplomatic"], ["UNO"], ["the U.N. Security Council"])
ev(D, "the U.N. Security Council expressed", "called for an early resolution", "REQUEST",
   "yield", ["military", "diplomatic"], ["UNO"], ["the U.N. Security Council"])
ev(D, "The United States is also backing the demand", "backing the demand", "REQUEST",
   "yield", ["military"], ["USA"], ["The United States"])
ev(D, "The United States is also backing the demand", "diplomatic efforts", "REQUEST", "meet",
   ["cbrn", "diplomatic"], ["USA"], ["The United States"], ["IRN"], ["Iran"])
ev(D, "Britain has repeated its demand", "repeated its demand", "REQUEST", "yield",
   ["military"], ["GBR"], ["Britain"])
ev(D, "Britain has repeated its demand", "asking", "REQUEST", "", ["diplomatic"], ["GBR"],
   ["the Foreign Office in London"], ["UNO"], ["the United Nations"])
ev(D, "After Iranian forces seized", "seized", "COERCE", "arrest", ["military"], ["IRN"],
   ["Iranian forces"], ["GBR"], ["the 15 British naval personnel"])
ev(D, "After Iranian forces seized", "said", "ACCUSE", "allege", ["territory"], ["IRN"],
   ["Tehran"], ["GBR"], ["the British crew"])
ev(D, "Britain maintains, and it has released", "maintains", "REJECT", "", ["territory"],
   ["GBR"], ["Britain"])
ev(D, "Britain has since frozen", "frozen", "SANCTION", "discontinue", ["diplomatic"],
   ["GBR"], ["Britain"], ["IRN"], ["Iran"])
ev(D, "NATO countries are united in their support", "support", "SUPPORT", "", ["diplomatic"],
   ["IGO"], ["NATO countries"], ["GBR"], ["the British"])
ev(D, "All of us hope that Iran", "hope that Iran will make the right decision and release",
   "REQUEST", "yield", ["military"], ["USA"], ["he"], ["IRN"], ["Iran"])
ev(D, "effort to get Iran to join negotiations", "effort to get Iran to join negotiations",
   "REQUEST", "meet", ["cbrn", "diplomatic"], ["USA"],
   ["The United States' top career diplomat"], ["IRN"], ["Iran"])

# blind22-05 Chile and Peru maritime dispute (2008)
D = "blind22-05"
ev(D, "Chile has recalled its ambassador", "recalled its ambassador", "SANCTION", "withdraw",
   ["diplomatic", "territory"], ["CHL"], ["Chile"], ["PER"], ["Peru"])
ev(D, "Peru filed a complaint", "filed a complaint", "ACCUSE", "allege",
   ["legal", "territory"], ["PER"], ["Peru"])
ev(D, "Bachelet says treaties", "says", "REJECT", "", ["territory"], ["CHL"],
   ["Chilean President Michelle Bachelet"])
ev(D, "Chile summoned Barros home", "summoned Barros home", "SANCTION", "withdraw",
   ["diplomatic", "territory"], ["CHL"], ["Chile"])
ev(D, "Chile summoned Barros home", "filing a formal protest", "ACCUSE", "disapprove",
   ["diplomatic", "territory"], ["CHL"], ["Chile"], ["PER"], ["Peru"])

# blind22-06 Ivory Coast (2011)
D = "blind22-06"
ev(D, "are making what they say is a final push", "final push", "ASSAULT", "", ["military"],
   ["CIV"], ["Fighters backing Ivory Coast's internationally-recognized leader"])
ev(D, "are making what they say is a final push", "attacked", "ASSAULT", "",
   ["military", "peacekeeping"], ["UNO", "FRA"],
   ["U.N. and French forces", "U.N. and French forces"], ["CIV"],
   ["troops still loyal to the incumbent president"])
ev(D, "fought supporters of incumbent president", "fought", "ASSAULT", "", ["military"],
   ["CIV", "CIV"],
   ["Fighters backing internationally-recognized president Alassane Ouattara",
    "supporters of incumbent president Laurent Gbagbo"])
ev(D, "fought supporters of incumbent president", "overnight attacks", "ASSAULT", "",
   ["military", "peacekeeping"], ["UNO", "FRA"],
   ["U.N. and French troops", "U.N. and French troops"], ["CIV"],
   ["Gbagbo heavy artillery"])
ev(D, "U.N. and French helicopters fired on", "fired on", "ASSAULT", "aerial",
   ["military", "peacekeeping"], ["UNO", "FRA"],
   ["U.N. and French helicopters", "U.N. and French helicopters"], ["CIV"],
   ["Gbagbo's main military barracks"])
ev(D, "U.N. and French helicopters fired on", "asked", "REQUEST", "assist",
   ["peacekeeping", "military"], ["UNO"], ["Secretary-General Ban Ki-moon"], ["FRA"],
   ["President Nicolas Sarkozy"])
ev(D, "U.N. and French helicopters fired on", "used against", "ASSAULT", "",
   ["military", "peacekeeping"], [], [], ["CIV", "UNO"],
   ["civilians", "U.N. headquarters in Abidjan"])
ev(D, "Gbagbo supporters say", "say", "ACCUSE", "allege", ["military", "peacekeeping"],
   ["CIV"], ["Gbagbo supporters"], ["UNO", "FRA"],
   ["the U.N. and French intervention", "the U.N. and French intervention"])
ev(D, "Ban says the operation is line", "says", "REJECT", "", ["peacekeeping"], ["UNO"],
   ["Ban"])
ev(D, "Pro-Ouattara forces took control", "took control", "COERCE", "seize", ["military"],
   ["CIV"], ["Pro-Ouattara forces"])
ev(D, "Pro-Ouattara forces took control", "unable to capture", "COERCE", "seize",
   ["military"], ["CIV"], ["Pro-Ouattara forces"], ["CIV"], ["Gbagbo's residence"],
   negated=True)
ev(D, "he believes Gbagbo is now negotiating", "negotiating", "CONSULT", "", ["military"],
   ["CIV"], ["Gbagbo"])

# blind22-07 Afghan-Pakistani border clash (2013)
D = "blind22-07"
ev(D, "Crossfire on the Afghanistan-Pakistan border", "Crossfire", "ASSAULT", "",
   ["military", "territory"], [], [], ["AFG", "PAK"],
   ["one Afghan border guard", "two Pakistani security personnel"])
ev(D, "have blamed each other", "blamed each other", "ACCUSE", "allege",
   ["military", "territory"], ["PAK", "AFG"], ["Pakistan", "Afghanistan"])
ev(D, "have become increasingly frustrated", "increasingly frustrated", "ACCUSE",
   "disapprove", ["diplomatic"], ["AFG"], ["Afghan officials"], ["PAK"], ["Pakistan"])
ev(D, "Afghan officials say Pakistan has a long history", "say", "ACCUSE", "allege",
   ["terrorism"], ["AFG"], ["Afghan officials"], ["PAK"], ["Pakistan"])
ev(D, "Pakistan has, in turn, accused", "accused", "ACCUSE", "allege", ["terrorism"],
   ["PAK"], ["Pakistan"], ["AFG"], ["Afghanistan"])

# blind22-08 Afghan-Pakistani border fighting renews (2013)
D = "blind22-08"
ev(D, "Fresh clashes broke out Monday", "Fresh clashes", "ASSAULT", "",
   ["military", "territory"], ["AFG", "PAK"],
   ["troops on the Afghanistan-Pakistan border", "troops on the Afghanistan-Pakistan border"])
ev(D, "Fresh clashes broke out Monday", "exchanged gunfire", "ASSAULT", "firearms",
   ["military", "territory"], ["AFG", "PAK"],
   ["soldiers from both countries", "soldiers from both countries"])
ev(D, "Afghan officials said the fight broke out", "said", "ACCUSE", "allege",
   ["military", "territory"], ["AFG"], ["Afghan officials"], ["PAK"], ["Pakistani troops"])
ev(D, "Afghan officials said the fight broke out", "returned to the site of a gate",
   "MOBILIZE", "troops", ["military", "territory"], ["PAK"], ["Pakistani troops"])
ev(D, "Last week, crossfire on the border", "crossfire", "ASSAULT", "",
   ["military", "territory"], [], [], ["AFG", "PAK"],
   ["one Afghan border guard", "two Pakistani security personnel"])
ev(D, "have blamed each other", "blamed each other", "ACCUSE", "allege",
   ["military", "territory"], ["PAK", "AFG"], ["Pakistan", "Afghanistan"])
ev(D, "Karzai has called on the Taliban", "called on", "REQUEST", "change", ["military"],
   ["AFG"], ["Afghan President Hamid Karzai"], ["AFG"], ["the Taliban"])
ev(D, "Pakistan helped the Taliban", "helped", "SUPPORT", "", ["military"], ["PAK"],
   ["Pakistan"], ["AFG"], ["the Taliban"])
ev(D, "Pakistan helped the Taliban", "take power", "COERCE", "", ["military"], ["AFG"],
   ["the Taliban"])
ev(D, "Afghan officials say Pakistan has a long history", "say", "ACCUSE", "allege",
   ["terrorism"], ["AFG"], ["Afghan officials"], ["PAK"], ["Pakistan"])
ev(D, "Pakistan has, in turn, accused", "accused", "ACCUSE", "allege", ["terrorism"],
   ["PAK"], ["Pakistan"], ["AFG"], ["Afghanistan"])

# blind22-09 Thai coup (2014)
D = "blind22-09"
ev(D, "The U.S. military has canceled", "canceled", "SANCTION", "discontinue",
   ["military", "pro_democracy"], ["USA"], ["The U.S. military"], ["THA"], ["Thailand"])
ev(D, "it is important that the Royal Thai Armed Forces", "it is important that", "REQUEST",
   "change", ["pro_democracy", "military"], ["USA"],
   ["Pentagon Press Secretary Rear Adm. John Kirby"], ["THA"],
   ["the Royal Thai Armed Forces"])
ev(D, "has now also assumed all legislative power", "assumed all legislative power", "COERCE",
   "", ["pro_autocracy", "legislative"], ["THA"], ["Thailand's army chief"])
ev(D, "His junta on Saturday dissolved", "dissolved", "COERCE", "",
   ["pro_autocracy", "legislative"], ["THA"], ["His junta"], ["THA"],
   ["the kingdom's partly-elected Senate"])
ev(D, "several hundred citizens took to the streets", "took to the streets", "PROTEST", "demo",
   ["pro_democracy"], ["THA"], ["several hundred citizens"])
ev(D, "several hundred citizens took to the streets", "banned", "COERCE", "restrict",
   ["repression", "rights_freedoms"], ["THA"], ["the military's governing council"])
ev(D, "hundreds circled the capital's Victory", "circled", "PROTEST", "demo",
   ["pro_democracy"], ["THA"], ["hundreds"])
ev(D, "who led the coup Thursday", "led the coup", "COERCE", "", ["pro_autocracy", "military"],
   ["THA"], ["Army chief Prayuth Chan-ocha"])

# blind22-10 Eritrea and Ethiopia (2018)
D = "blind22-10"
ev(D, "Eritrea has reopened its embassy", "reopened its embassy", "COOPERATE", "",
   ["diplomatic"], ["ERI"], ["Eritrea"], ["ETH"], ["Ethiopia"])
ev(D, "Eritrea has reopened its embassy", "declared an end", "AGREE", "",
   ["military", "territory"], ["ETH", "ERI"], ["the two countries", "the two countries"])
ev(D, "handed Eritrean President Isaias Afwerki the keys", "handed", "COOPERATE", "",
   ["diplomatic"], ["ETH"], ["Ethiopian Prime Minister Abiy Ahmed"], ["ERI"],
   ["Eritrean President Isaias Afwerki"])
ev(D, "three-day visit to Ethiopia", "visit", "CONSULT", "visit", ["diplomatic"], ["ERI"],
   ["Isaia's"], ["ETH"], ["Ethiopia"])
ev(D, "Abiy and Isaias embraced", "embraced", "CONSULT", "", ["diplomatic"],
   ["ETH", "ERI"], ["Abiy", "Isaias"])
ev(D, "Isaias told Ethiopians", "told", "SUPPORT", "", ["diplomatic"], ["ERI"], ["Isaias"],
   ["ETH"], ["Ethiopians"])
ev(D, "Abiy was in Eritrea last week", "was in Eritrea", "CONSULT", "visit", ["diplomatic"],
   ["ETH"], ["Abiy"], ["ERI"], ["Eritrea"])
ev(D, "Abiy was in Eritrea last week", "accepting the peace treaty", "AGREE", "",
   ["territory", "military"], ["ETH"], ["Ethiopia"], ["ERI"], ["Eritrea"])
ev(D, "Abiy was in Eritrea last week", "signed", "AGREE", "", ["territory", "military"],
   ["ETH", "ERI"], ["it", "Eritrea"])
ev(D, "The Eritreans immediately followed", "followed", "AGREE", "", ["territory"], ["ERI"],
   ["The Eritreans"])
ev(D, "In addition to agreeing to reopen", "agreeing to reopen shuttered embassies", "AGREE",
   "", ["diplomatic"], ["ETH", "ERI"], ["both countries", "both countries"])
ev(D, "In addition to agreeing to reopen", "agreed to resume flights and build ports",
   "AGREE", "", ["economic"], ["ETH", "ERI"], ["both countries", "both countries"])
ev(D, "Ethiopia will hand over disputed border regions", "hand over", "CONCEDE", "",
   ["territory"], ["ETH"], ["Ethiopia"], ["ERI"], ["Eritrea"])
ev(D, "Its reclusive government has been accused", "accused", "ACCUSE", "allege",
   ["human_rights"], [], [], ["ERI"], ["Its reclusive government"])

# blind22-11 Syrian withdrawal from Lebanon (2005)
D = "blind22-11"
ev(D, "Syria has informed the United Nations", "withdrawal", "RETREAT", "withdraw",
   ["military", "territory"], ["SYR"], ["Syria"], ["LBN"], ["Lebanon"])
ev(D, "asks for recognition from the Security Council", "asks for recognition", "REQUEST", "",
   ["diplomatic"], ["SYR"], ["Syria's letter"], ["UNO"], ["the Security Council"])
ev(D, "Kofi Annan submitted a report", "submitted a report", "ACCUSE", "investigate",
   ["military", "diplomatic"], ["UNO"], ["Secretary-General Kofi Annan"], ["SYR"],
   ["Syria's"])
ev(D, "The resolution adopted last September demanded", "demanded", "REQUEST", "yield",
   ["military", "territory"], ["UNO"], ["The resolution"])
ev(D, "A U.N. team sent to verify", "verify", "ACCUSE", "investigate", ["military"], ["UNO"],
   ["A U.N. team"])

# blind22-12 Georgia frees Russian officers (2006)
D = "blind22-12"
ev(D, "Four Russian military officers jailed", "jailed", "COERCE", "arrest",
   ["intelligence", "legal"], [], [], ["RUS"], ["Four Russian military officers"])
ev(D, "Four Russian military officers jailed", "freed", "RETREAT", "release",
   ["intelligence", "diplomatic"], ["GEO"], ["authorities"], ["RUS"], ["them"])
ev(D, "Georgian authorities turned over the Russians", "turned over", "COOPERATE", "",
   ["diplomatic"], ["GEO"], ["Georgian authorities"], ["IGO"],
   ["diplomats from the Organization for Security and Cooperation in Europe"])
ev(D, "Russia still plans to impose", "impose", "SANCTION", "discontinue",
   ["economic", "diplomatic"], ["RUS"], ["Russia"], ["GEO"], ["Georgia"], future=True)
ev(D, "ordered a long-planned pullout", "ordered a long-planned pullout", "CONCEDE", "",
   ["military"], ["RUS"], ["Mr. Putin"], ["GEO"], ["Georgia"])
ev(D, "it welcomes the Russians' release", "welcomes", "SUPPORT", "", ["diplomatic"],
   ["USA"], ["The U.S. State Department"])
ev(D, "it welcomes the Russians' release", "encourages", "REQUEST", "change", ["diplomatic"],
   ["USA"], ["The U.S. State Department"], ["RUS", "GEO"],
   ["both countries", "both countries"])
ev(D, "Georgia arrested the officers", "arrested", "COERCE", "arrest", ["intelligence"],
   ["GEO"], ["Georgia"], ["RUS"], ["the officers"])
ev(D, "Russia denies the charges", "denies", "REJECT", "", ["intelligence"], ["RUS"],
   ["Russia"])
ev(D, "Putin called the arrests", "called the arrests", "ACCUSE", "disapprove",
   ["intelligence"], ["RUS"], ["President Vladimir Putin"])
ev(D, "Moscow has recalled its ambassador", "recalled its ambassador", "SANCTION", "withdraw",
   ["diplomatic"], ["RUS"], ["Moscow"], ["GEO"], ["Tbilisi"])
ev(D, "placed its troops in Georgia on high alert", "placed its troops", "MOBILIZE", "troops",
   ["military"], ["RUS"], ["It"])
ev(D, "placed its troops in Georgia on high alert", "ordered them to use deadly force",
   "THREATEN", "violence", ["military"], ["RUS"], ["It"])
ev(D, "Georgia accuses Russian peacekeepers", "accuses", "ACCUSE", "allege",
   ["territory", "peacekeeping"], ["GEO"], ["Georgia"], ["RUS"], ["Russian peacekeepers"])

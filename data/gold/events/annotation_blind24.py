"""Texts and annotation of ``blind24.jsonl`` (evgold12, 2026-12-06; VOA, public domain).

Written from the annotator's own reading before any system ran on these texts. Each event is
``ev(doc, sentence anchor, trigger, type, mode, contexts, actor codes, actor texts, recipient codes,
recipient texts, negated=, future=, hypothetical=)``; ``build_blind24.py`` finds the offsets.
"""

from __future__ import annotations

DOCS: list[dict] = [
    {
        "id": "blind24-01",
        "url": "https://voanews.com/a/a-13-2009-01-05-voa43-68626807/353029.html",
        "agency": "Voice of America",
        "title": "Turkish Warplanes Bomb Suspected Kurdish Rebels in Iraq",
        "published": "2009-01-05",
        "date_approximate": False,
        "date_note": "date from the VOA archive URL (a-13-2009-01-05)",
        "note": "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); "
                "whole page (ends on the wire-credit line)",
        "truncated": False,
        "text": (
            "Turkish warplanes Monday targeted suspected Kurdish rebel hideouts in northern Iraq.\n"
            "A spokesman for the Kurdistan Workers' Party, or PKK, told the French news agency "
            "that Turkish planes and Iranian artillery bombarded locations in the remote mountain "
            "area.\n"
            "The spokesman did not say if there were any casualties.\n"
            "A Web site that supports the PKK says the Turkish military carried out 373 "
            "operations against the rebel group in 2008, including two launched jointly with "
            "Iranian forces.\n"
            "The prime ministers of Turkey and Iraq recently said they will cooperate in fighting "
            "Kurdish rebels based in northern Iraq.\n"
            "Turkish warplanes have bombed suspected rebel hideouts in northern Iraq in response "
            "to PKK assaults on Turkish soldiers.\n"
            "The United States and Iraq have warned that the conflict could destabilize northern "
            "Iraq.\n"
            "The PKK has been fighting for Kurdish autonomy in southeastern Turkey for nearly a "
            "quarter-century. At least 37,000 people have been killed in the conflict.\n"
            "Turkey, the European Union and the United States classify the PKK as a terrorist "
            "group.\n"
            "Some information for this report was provided by AFP and Reuters."
        ),
    },
    {
        "id": "blind24-02",
        "url": "https://www.voanews.com/a/turkish-airstrikes-hit-kurdish-rebels-in-iraq/3426767.html",
        "agency": "Voice of America",
        "title": "Turkish Airstrikes Hit Kurdish Rebels in Iraq",
        "published": "2016-07-20",
        "date_approximate": True,
        "date_note": "no date on the stored copy; 'early Wednesday' and 'the failed coup attempt "
                     "last week' (Turkey, July 15, 2016) date it to Wednesday, July 20, 2016",
        "note": "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), "
                "the photo caption ('FILE - Dozens of Turkish F-16 jets ...'); the stored copy "
                "ends on a complete sentence well below the store's length limit",
        "truncated": False,
        "text": (
            "Turkish state media report at least 20 Kurdish militants were killed in Turkish "
            "airstrikes on northern Iraq early Wednesday.\n"
            "Turkey's F-16 fighter jets targeted members of the outlawed Kurdish Workers Party "
            "(PKK) in the mountainous region of Hakurk near Iraq's border with Turkey, according "
            "to Anadolu news agency.\n"
            "A two-year-old cease-fire and peace process between Turkey's government and the PKK "
            "collapsed in July 2015.\n"
            "Turkish warplanes have been carrying out frequent bombing raids on PKK camps in "
            "northern Iraq and in Turkey's mainly Kurdish southeast. The rebels have responded "
            "with a string of bloody attacks on security forces.\n"
            "This is Turkey's first attack on the PKK since the failed coup attempt last week."
        ),
    },
    {
        "id": "blind24-03",
        "url": "https://www.voanews.com/a/a-13-2006-04-22-voa29/327326.html",
        "agency": "Voice of America",
        "title": "Colombian Rebels Kill 16 Soldiers, Security Agents in Ambush",
        "published": "2006-04-22",
        "date_approximate": False,
        "date_note": "date from the VOA archive URL (a-13-2006-04-22)",
        "note": "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); "
                "the stored copy ends on a complete sentence well below the store's length limit",
        "truncated": False,
        "text": (
            "Colombian officials say leftist rebels have attacked a military convoy in remote "
            "northeastern Colombia, killing six soldiers and 10 security officers.\n"
            "The attack Thursday took place near the town of Hacari in Norte de Santander "
            "province, which borders Venezuela.\n"
            "The Colombian military says it and the Department of Administrative Security (DAS) "
            "were carrying out operations against the country's largest rebel group, the "
            "Revolutionary Armed Forces of Colombia (FARC) when explosives were detonated "
            "alongside their convoy.\n"
            "Violence has increased ahead of the May 28 election, in which anti-crime President "
            "Alvaro Uribe, is expected to win re-election.\n"
            "Human Rights Watch has accused FARC of massacring dozens of civilians, including "
            "children in an effort to intimidate voters."
        ),
    },
    {
        "id": "blind24-04",
        "url": "https://www.voanews.com/a/a-13-2008-08-09-voa10/335718.html",
        "agency": "Voice of America",
        "title": "African Union: Will Suspend Mauritania's Membership Due to Coup",
        "published": "2008-08-09",
        "date_approximate": False,
        "date_note": "date from the VOA archive URL (a-13-2008-08-09)",
        "note": "removed: 'Accessibility links', 'Breaking News', 'News', the headline (kept in "
                "title), the text-size widget 'XS SM MD LG'; whole page (wire-credit line kept)",
        "truncated": False,
        "text": (
            "The African Union says it will suspend Mauritania's membership until democracy is "
            "restored in the West African country.\n"
            "AU chief Bernard Membe of Tanzania issued a statement Saturday condemning the "
            "military coup that overthrew Mauritania's democratically elected government.\n"
            "Mauritanian coup leader Mohamed Ould Abdel Aziz is quoted by Reuters news agency "
            "saying the military will continue to detain deposed president Sidi Ould Cheikh "
            "Abdallahi for what he called security reasons.\n"
            "Coup leaders said Friday an 11-man military junta would assume presidential powers "
            "until new elections are organized.\n"
            "They also said they would appoint a new government and issue a constitutional "
            "decree formalizing the powers of what they call the \"High State Council.\"\n"
            "The United States, European Union and Arab League have all condemned Wednesday's "
            "coup.\n"
            "On Thursday, the U.S. government suspended more than $22 million in "
            "non-humanitarian aid to Mauritania, while the EU has said the coup threatens more "
            "than $240 million in aid.\n"
            "President Abdallahi's children have expressed concern about their father's safety "
            "and health. The ousted president has been in military custody since Wednesday.\n"
            "The coup took place shortly after the Mauritanian president announced his "
            "intention to replace several top army generals.\n"
            "On Thursday, at least one thousand people marched in Mauritania's capital, "
            "Nouakchott, in support of the coup. Riot police fired tear gas to break up a "
            "smaller protest by anti-coup demonstrators.\n"
            "The military leaders have promised to hold \"free and transparent\" elections as "
            "soon as possible.\n"
            "Some information for this report was provided by Reuters."
        ),
    },
    {
        "id": "blind24-05",
        "url": "https://www.voanews.com/a/a-13-2009-02-06-voa19-68769507/359369.html",
        "agency": "Voice of America",
        "title": "Kyrgyzstan's Decision to Close US Base 'Final'",
        "published": "2009-02-06",
        "date_approximate": False,
        "date_note": "date from the VOA archive URL (a-13-2009-02-06)",
        "note": "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); "
                "the stored copy reaches the store's length limit without an end marker, so it is "
                "kept to its last complete sentence and marked truncated; source spelling "
                "'Tajkistan' kept",
        "truncated": True,
        "text": (
            "Kyrgyzstan says its decision to shut down a U.S. military base is \"final.\"\n"
            "That word from a Kyrgyz government spokesman on Friday contradicts earlier "
            "statements from both Kyrgyzstan and the United States that discussions about the "
            "base are continuing.\n"
            "A U.S. State Department spokesman, Gordon Duguid, reiterated that there has been "
            "no official notification from Kyrgyzstan on the status of the base. He said Friday "
            "that normal operations continue at the base, along with talks with Kyrgyz "
            "authorities on the U.S. presence.\n"
            "The Manas air base in Kyrgyzstan plays a major logistical role in supplying U.S. "
            "and NATO forces in Afghanistan.\n"
            "Kyrgyz President Kurmanbek Bakiyev announced plans to shut the base on Tuesday in "
            "Moscow, shortly after securing $2 billion in loans and aid from Russia.\n"
            "Meanwhile, Russian Foreign Minister Sergei Lavrov says his country will allow the "
            "United States to cross Russian territory to deliver non-military supplies to "
            "Afghanistan.\n"
            "Tajkistan is also offering help. The U.S. ambassador in Dushanbe, Tracey Ann "
            "Jacobson, says the Tajik president is ready to allow transport of non-military "
            "supplies to Afghanistan through his territory.\n"
            "Diplomatic and defense sources say the United States is considering a military "
            "deal with Uzbekistan to establish an alternate supply route for NATO forces "
            "fighting the Taliban in Afghanistan.\n"
            "Most U.S. and NATO shipments into Afghanistan have been arriving by road through "
            "Pakistan, but those convoys have increasingly come under attack from Taliban and "
            "al-Qaida militants in recent months.\n"
            "The Kyrgyzstan base issue flared as the Obama administration continued a policy "
            "review on the Afghanistan conflict that is widely expected to include a big "
            "increase in U.S. troop strength there.\n"
            "U.S. Secretary of State Hillary Clinton said Thursday that denial of access to "
            "Manas would be regrettable but would not affect U.S. Afghan strategy."
        ),
    },
    {
        "id": "blind24-06",
        "url": "https://www.voanews.com/a/somali-pirates-hijack-malaysian-ship-23-crew-111034399/156932.html",
        "agency": "Voice of America",
        "title": "Somali Pirates Hijack Malaysian Ship, 23 Crew",
        "published": "2010-11-30",
        "date_approximate": True,
        "date_note": "no date on the stored copy; the MV Albedo was seized on Friday, Nov. 26, "
                     "2010, and 'Multiple sources said Tuesday' dates the story to Nov. 30, 2010",
        "note": "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); "
                "the stored copy ends on a complete sentence well below the store's length limit",
        "truncated": False,
        "text": (
            "Somali pirates have hijacked a Malaysian-flagged container ship in the Indian "
            "Ocean.\n"
            "Multiple sources said Tuesday that pirates seized the MV Albedo west of the "
            "Maldives islands on Friday. The ship was en route from the United Arab Emirates to "
            "Kenya.\n"
            "The European Union's anti-piracy force says the Albedo has a crew of 23 from "
            "Pakistan, Bangladesh, Sri Lanka and Iran.\n"
            "Somali pirates are now reported to be holding at least 22 vessels with more than "
            "500 hostages.\n"
            "Pirates have continued to hijack ships despite naval patrols by the European "
            "Union, NATO, and countries such as Russia and China."
        ),
    },
    {
        "id": "blind24-07",
        "url": "https://www.voanews.com/a/a-13-2005-02-21-voa14/301801.html",
        "agency": "Voice of America",
        "title": "Indonesia, Aceh Rebels Begin New Round of Peace Talks in Finland",
        "published": "2005-02-21",
        "date_approximate": False,
        "date_note": "date from the VOA archive URL (a-13-2005-02-21)",
        "note": "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); "
                "the stored copy is cut inside its last paragraph ('But the military says it will "
                "not stop fightin'); kept to the last complete sentence; source wording kept "
                "('Deacon University', 'The time for peace permanent peace')",
        "truncated": True,
        "text": (
            "The Indonesian government and separatist rebels of the Free Aceh Movement began a "
            "new round of peace talks in Helsinki Monday, aimed at solving nearly three decades "
            "of conflict.\n"
            "The separatist rebels, known as GAM, are demanding the full withdrawal of "
            "Indonesia's 50,000 strong security forces from the region of Aceh, located on the "
            "northern tip of Sumatra Island.\n"
            "The oil- and gas-rich region was the hardest hit by the December 26 earthquake and "
            "tsunami, with more than 230,000 people either dead or missing and many villages "
            "and infrastructure destroyed.\n"
            "That disaster has thrown Aceh's decades-old conflict into the international "
            "spotlight, with both sides under pressure to proceed with peace talks so that "
            "reconstruction can proceed without conflict.\n"
            "Indonesian president Susilo Bambang Yudhoyono says it is time to find a lasting "
            "solution to the conflict.\n"
            "\"I call on GAM, the Aceh separatist movement to terminate the conflict, to come "
            "to permanent peace with dignity, and to work together to rebuild Aceh under the "
            "framework of special autonomy,\" he said. \"This is what Acehnese want, this is "
            "what the Indonesian government is offering, and this is what the international "
            "community supports. The time for peace permanent peace, is now.\"\n"
            "Prior to the tsunami, the peace process had been suspended since 2003, when talks "
            "broke down and Indonesia's military launched an all-out offensive against GAM.\n"
            "A member of the Acehnese panel, Damien Kingsbury of Australia's Deacon University, "
            "says GAM will insist that any peace agreement be put to a province-wide vote.\n"
            "Mr. Kingsbury says GAM will also ask the government to clarify its autonomy offer, "
            "suggesting that the rebels' previous insistence on nothing short of full "
            "independence might be softening.\n"
            "GAM declared a truce after the tsunami, saying it wanted to help with rescue "
            "efforts."
        ),
    },
    {
        "id": "blind24-08",
        "url": "https://www.voatibetan.com/a/a-28-2005-08-15-voa5-90266292/1268919.html",
        "agency": "Voice of America",
        "title": "Indonesian Government, Aceh Rebels Sign Peace Deal",
        "published": "2005-08-15",
        "date_approximate": False,
        "date_note": "date from the VOA archive URL (a-28-2005-08-15); the English VOA story as "
                     "kept on the VOA Tibetan service site",
        "note": "removed: the Tibetan-script date line of the page header and the headline (kept "
                "in title); the stored copy reaches the store's length limit without an end "
                "marker, so it is kept to its last complete sentence and marked truncated",
        "truncated": True,
        "text": (
            "The Indonesian government and rebels from the Free Aceh Movement signed a historic "
            "peace deal in the Finnish capital Helsinki Monday to officially end a nearly "
            "three-decade old conflict. Attention will turn now to how the deal is "
            "implemented.\n"
            "Both the Indonesian government and the Free Aceh Movement, or GAM, say they are "
            "optimistic this peace agreement will hold. But during the signing ceremony, the "
            "self-styled GAM prime minister in exile and chief negotiator, Malik Mahmud, "
            "expressed some concerns.\n"
            "Mr. Malik says GAM cannot rely on the government to disarm militias allegedly "
            "funded by the military, because it denies their existence. \"The Free Aceh "
            "Movement expresses its deep concern over the continuing presence of TNI proxy "
            "militias in Aceh, despite the signing of the Aceh peace agreement,\" he said. "
            "\"The government has since denied that any militias exist in Aceh, hence the logic "
            "follows, there is no need for their disarmament.\"\n"
            "Earlier truces between the two warring factions ended in renewed conflict. But the "
            "December tsunami that ravaged Indonesia's Aceh province also brought the two sides "
            "back to the negotiating table.\n"
            "With much of the oil- and gas-rich province destroyed and more than 160,000 people "
            "killed in the tsunami, both sides now say they want to concentrate on helping in "
            "the reconstruction of Aceh.\n"
            "GAM spokesman Bahtiar Abdulah says he believes the agreement will hold with "
            "international help.\n"
            "\"I think we had quite a substantial achievement in this peace agreement which we "
            "believe is workable if both parties work hard toward this goal and also with the "
            "help of the international community, and the international monitoring team,\" "
            "said Mr. Bahtiar. \"I'm optimistic that it will work.\"\n"
            "The first of some 200 monitors from the European Union and the Association of "
            "Southeast Asian Nations began arriving in Aceh on Sunday to monitor the peace "
            "deal."
        ),
    },
    {
        "id": "blind24-09",
        "url": "https://www.voanews.com/a/a-13-2008-05-11-voa6-66819232/256600.html",
        "agency": "Voice of America",
        "title": "Sudan Breaks Ties With Chad Over Rebel Attack on Khartoum",
        "published": "2008-05-11",
        "date_approximate": False,
        "date_note": "date from the VOA archive URL (a-13-2008-05-11)",
        "note": "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); "
                "the stored copy is cut inside its last paragraph ('... but few people expect'), "
                "which is dropped; source wording kept ('3,000 Widespread', 'apposite', "
                "'Omar al-Bashir Al-Bashir', 'in string of')",
        "truncated": True,
        "text": (
            "Sudan has severed ties with neighboring Chad following an attack Saturday by "
            "rebels from Sudan's Darfur region on the capital, Khartoum. As Derek Kilner "
            "reports from Nairobi, Sudan's president accused Chad of supporting the rebels.\n"
            "The attack late Saturday by the Justice and Equality Movement marks the first time "
            "the five-year conflict in Sudan's western Darfur region has reached the capital.\n"
            "There is little indication of the extent of casualties or the number of rebels "
            "involved in the attack - though estimates have put the figure at as high as 3,000 "
            "Widespread bombing and heavy artillery was heard late Saturday coming from "
            "Omdurman - the twin city apposite Khartoum across the Nile river.\n"
            "The government says it has defeated the rebels, and has shown captured fighters "
            "and vehicles on state television.\n"
            "Freelance journalist Blake Evans-Pritchard spoke to VOA from Khartoum. He says the "
            "city appears calm.\n"
            "\"As I understand it from speaking to people in Omdurman the streets are very quiet "
            "now there,\" Evans-Pritchard said. \"There is no sign of the fighting that there "
            "was last night.\"\n"
            "A curfew has been canceled in Khartoum, but extended in Omdurman until further "
            "notice.\n"
            "The army says it is continuing to look for scattered rebels, including the leader "
            "of the Justice and Equality Movement, Khalil Ibrahim.\n"
            "Sudanese President Omar al-Bashir Al-Bashir accused Chad's government of training "
            "and supporting the rebels. In a televised address he said, \"We have no choice but "
            "to sever relations.\"\n"
            "The two governments have long accused each other of backing rebel groups.\n"
            "Chad says Khartoum supported an attack by Chadian rebels in February that reached "
            "the capital Ndjamena. The two governments agreed to the latest in string of failed "
            "peace agreements in March."
        ),
    },
    {
        "id": "blind24-10",
        "url": "https://lao.voanews.com/a/a-52-2007-06-12-voa5-90683044/1185820.html",
        "agency": "Voice of America",
        "title": "US Deplores Hmong Deportations to Laos",
        "published": "2007-06-12",
        "date_approximate": False,
        "date_note": "date from the VOA archive URL (a-52-2007-06-12); an English story of the VOA "
                     "Lao service (lao.voanews.com)",
        "note": "removed: the Lao-script accessibility-links label and page date line, the "
                "headline (kept in title); the stored copy is cut inside its closing line "
                "('Listen to our ...'), which is dropped; the quoted statement's paragraph "
                "breaks and the space before its closing quote are kept as stored",
        "truncated": True,
        "text": (
            "U.S. Deputy Spokesman Sean McCormack on Monday issued a statement regarding "
            "Thailand's deportation of some 160 Hmong refugees from Laos who had been detained "
            "on charge of entering the country illegally. The statement reads:\n"
            "\"On Saturday, June 9, the Royal Thai Government deported about 160 ethnic Hmong "
            "who had fled from Laos in recent months. All had been detained in prisons in "
            "Thailand for illegally entering the country.\n"
            "The United States, with other countries and international organizations, has urged "
            "the Thai government not to deport vulnerable people seeking refugee status without "
            "first having a screening process that meets international standards. It is a "
            "generally recognized principle that no one with a genuine fear of persecution "
            "should be returned to a country where he or she might face mistreatment. "
            "Unfortunately, continued allegations of human rights violations in Laos, combined "
            "with the Lao government\u2019s refusal so far to permit monitoring of returnees, "
            "cause concern about the well-being of those who were deported.\n"
            "Thailand has a long tradition of providing refuge for those in need. Thailand has "
            "the right to prevent illegal immigration. However, we urge the Thai government to "
            "live up to its traditions and international standards, and to ensure that those "
            "with a genuine claim to refugee status are not returned to an uncertain fate. \"\n"
            "Meanwhile, the United Nations High Commissioner for Refugees said it was \"deeply "
            "concerned\" about Thailand's deportation of 163 ethnic Hmongs to communist Laos, "
            "and that it fears for the 8,000 Hmongs currently residing in a makeshift camp in "
            "Ban Huay Nam Khao in Thailand's Phetchabun Province, as Thai authorities prepare "
            "to send more Hmongs back to Laos.\n"
            "Ban Huay Nam Khao Hmong leader Ly Seu says his people would rather die in Thailand "
            "than go back to Laos."
        ),
    },
]

E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


D = "blind24-01"
ev(D, "Turkish warplanes Monday targeted", "targeted", "ASSAULT", "aerial",
   ["military", "terrorism"], ["TUR"], ["Turkish warplanes"], ["TUR"],
   ["suspected Kurdish rebel hideouts"])
ev(D, "A spokesman for the Kurdistan Workers' Party", "told", "ACCUSE", "allege", ["military"],
   ["TUR"], ["A spokesman for the Kurdistan Workers' Party"], ["TUR", "IRN"],
   ["Turkish planes", "Iranian artillery"])
ev(D, "A spokesman for the Kurdistan Workers' Party", "bombarded", "ASSAULT", "", ["military"],
   ["TUR", "IRN"], ["Turkish planes", "Iranian artillery"])
ev(D, "carried out 373", "carried out 373 operations", "ASSAULT", "", ["military"], ["TUR"],
   ["the Turkish military"], ["TUR"], ["the rebel group"])
ev(D, "carried out 373", "launched jointly", "COOPERATE", "", ["military"], ["TUR", "IRN"],
   ["the Turkish military", "Iranian forces"])
ev(D, "The prime ministers of Turkey and Iraq", "will cooperate", "AGREE", "",
   ["military", "terrorism"], ["TUR", "IRQ"], ["Turkey", "Iraq"], ["TUR"], ["Kurdish rebels"])
ev(D, "Turkish warplanes have bombed", "have bombed", "ASSAULT", "aerial", ["military"],
   ["TUR"], ["Turkish warplanes"], ["TUR"], ["suspected rebel hideouts"])
ev(D, "Turkish warplanes have bombed", "assaults", "ASSAULT", "", ["military"], ["TUR"],
   ["PKK"], ["TUR"], ["Turkish soldiers"])
ev(D, "The United States and Iraq have warned", "have warned", "ACCUSE", "disapprove",
   ["military"], ["USA", "IRQ"], ["The United States", "Iraq"])
ev(D, "The PKK has been fighting", "has been fighting", "ASSAULT", "",
   ["military", "religion_ethnicity"], ["TUR"], ["The PKK"])

D = "blind24-02"
ev(D, "Turkish state media report", "airstrikes", "ASSAULT", "aerial", ["military"], ["TUR"],
   ["Turkish"], ["TUR"], ["Kurdish militants"])
ev(D, "Turkey's F-16 fighter jets targeted", "targeted", "ASSAULT", "aerial", ["military"],
   ["TUR"], ["Turkey's F-16 fighter jets"], ["TUR"],
   ["members of the outlawed Kurdish Workers Party (PKK)"])
ev(D, "Turkish warplanes have been carrying out", "carrying out frequent bombing raids",
   "ASSAULT", "aerial", ["military"], ["TUR"], ["Turkish warplanes"], ["TUR"], ["PKK camps"])
ev(D, "The rebels have responded", "bloody attacks", "ASSAULT", "", ["military"], ["TUR"],
   ["The rebels"], ["TUR"], ["security forces"])

D = "blind24-03"
ev(D, "Colombian officials say leftist rebels", "say", "ACCUSE", "allege", ["military"],
   ["COL"], ["Colombian officials"], ["COL"], ["leftist rebels"])
ev(D, "Colombian officials say leftist rebels", "have attacked", "ASSAULT", "", ["military"],
   ["COL"], ["leftist rebels"], ["COL"], ["a military convoy"])
ev(D, "The Colombian military says it", "carrying out operations", "ASSAULT", "", ["military"],
   ["COL", "COL"], ["The Colombian military", "the Department of Administrative Security (DAS)"],
   ["COL"], ["the country's largest rebel group"])
ev(D, "The Colombian military says it", "explosives were detonated", "ASSAULT", "explosives",
   ["military"], [], [], ["COL"], ["their convoy"])
ev(D, "Human Rights Watch has accused", "has accused", "ACCUSE", "allege",
   ["human_rights", "election"], ["NGO"], ["Human Rights Watch"], ["COL"], ["FARC"])

D = "blind24-04"
ev(D, "The African Union says it will suspend", "will suspend", "SANCTION", "discontinue",
   ["political_institutions", "pro_democracy"], ["IGO"], ["The African Union"], ["MRT"],
   ["Mauritania's"], future=True)
ev(D, "AU chief Bernard Membe", "condemning", "ACCUSE", "disapprove",
   ["political_institutions", "pro_democracy"], ["IGO"], ["AU chief Bernard Membe of Tanzania"])
ev(D, "AU chief Bernard Membe", "overthrew", "COERCE", "", ["political_institutions", "military"],
   ["MRT"], ["the military coup"], ["MRT"], ["Mauritania's democratically elected government"])
ev(D, "will continue to detain", "will continue to detain", "COERCE", "arrest",
   ["political_institutions"], ["MRT"], ["the military"], ["MRT"],
   ["deposed president Sidi Ould Cheikh Abdallahi"])
ev(D, "an 11-man military junta would assume", "would assume presidential powers", "COERCE", "",
   ["political_institutions", "military"], ["MRT"], ["an 11-man military junta"], future=True)
ev(D, "have all condemned", "have all condemned", "ACCUSE", "disapprove",
   ["political_institutions", "pro_democracy"], ["USA", "EUR", "IGO"],
   ["The United States", "European Union", "Arab League"])
ev(D, "the U.S. government suspended", "suspended", "SANCTION", "discontinue",
   ["economic", "pro_democracy"], ["USA"], ["the U.S. government"], ["MRT"], ["Mauritania"])
ev(D, "the U.S. government suspended", "threatens", "THREATEN", "", ["economic"], ["EUR"],
   ["the EU"])
ev(D, "have expressed concern", "expressed concern", "ACCUSE", "disapprove",
   ["political_institutions"], ["MRT"], ["President Abdallahi's children"])
ev(D, "Riot police fired tear gas", "fired tear gas", "ASSAULT", "", ["repression"], ["MRT"],
   ["Riot police"], ["MRT"], ["anti-coup demonstrators"])
ev(D, "Riot police fired tear gas", "protest", "PROTEST", "demo",
   ["pro_democracy", "political_institutions"], ["MRT"], ["anti-coup demonstrators"])
ev(D, "at least one thousand people marched", "in support of", "SUPPORT", "",
   ["political_institutions"], ["MRT"], ["at least one thousand people"])
ev(D, "The military leaders have promised", "have promised", "AGREE", "",
   ["election"], ["MRT"], ["The military leaders"])

D = "blind24-05"
ev(D, "Kyrgyzstan says its decision", "decision to shut down", "SANCTION", "expel",
   ["military", "diplomatic"], ["KGZ"], ["Kyrgyzstan"], ["USA"], ["a U.S. military base"],
   future=True)
ev(D, "That word from a Kyrgyz government spokesman", "discussions", "CONSULT", "",
   ["military", "diplomatic"], ["KGZ", "USA"], ["Kyrgyzstan", "the United States"])
ev(D, "He said Friday that normal operations", "talks", "CONSULT", "", ["military", "diplomatic"],
   ["USA", "KGZ"], ["U.S.", "Kyrgyz authorities"])
ev(D, "Kyrgyz President Kurmanbek Bakiyev announced", "announced plans to shut", "SANCTION",
   "expel", ["military"], ["KGZ"], ["Kyrgyz President Kurmanbek Bakiyev"], future=True)
ev(D, "Kyrgyz President Kurmanbek Bakiyev announced", "securing $2 billion in loans and aid",
   "AGREE", "", ["economic"], ["RUS"], ["Russia"], ["KGZ"], ["Kyrgyz President Kurmanbek Bakiyev"])
ev(D, "Sergei Lavrov says his country will allow", "will allow", "AGREE", "",
   ["military", "territory"], ["RUS"], ["Russian Foreign Minister Sergei Lavrov"], ["USA"],
   ["the United States"])
ev(D, "Tajkistan is also offering help", "offering help", "AGREE", "", ["military"], ["TJK"],
   ["Tajkistan"])
ev(D, "the Tajik president is ready to allow", "is ready to allow", "AGREE", "",
   ["military", "territory"], ["TJK"], ["the Tajik president"])
ev(D, "the United States is considering a military deal", "considering a military deal",
   "AGREE", "", ["military"], ["USA"], ["the United States"], ["UZB"], ["Uzbekistan"],
   hypothetical=True)
ev(D, "the United States is considering a military deal", "fighting", "ASSAULT", "",
   ["military", "terrorism"], ["IGO"], ["NATO forces"], ["AFG"], ["the Taliban"])
ev(D, "those convoys have increasingly come under attack", "come under attack", "ASSAULT", "",
   ["military", "terrorism"], ["AFG", "IMG"], ["Taliban", "al-Qaida militants"], ["USA", "IGO"],
   ["those convoys", "those convoys"])
ev(D, "The Kyrgyzstan base issue flared", "big increase in U.S. troop strength", "MOBILIZE",
   "troops", ["military"], ["USA"], ["the Obama administration"], hypothetical=True)
ev(D, "Hillary Clinton said Thursday", "would be regrettable", "ACCUSE", "disapprove",
   ["military", "diplomatic"], ["USA"], ["U.S. Secretary of State Hillary Clinton"])

D = "blind24-06"
ev(D, "Somali pirates have hijacked", "have hijacked", "ASSAULT", "abduct", ["crime"], ["SOM"],
   ["Somali pirates"], ["MYS"], ["a Malaysian-flagged container ship"])
ev(D, "pirates seized the MV Albedo", "seized", "ASSAULT", "abduct", ["crime"], ["SOM"],
   ["pirates"], ["MYS"], ["the MV Albedo"])
ev(D, "Somali pirates are now reported to be holding", "holding", "ASSAULT", "abduct", ["crime"],
   ["SOM"], ["Somali pirates"])
ev(D, "Pirates have continued to hijack", "continued to hijack", "ASSAULT", "abduct", ["crime"],
   ["SOM"], ["Pirates"])
ev(D, "Pirates have continued to hijack", "naval patrols", "MOBILIZE", "", ["military", "crime"],
   ["EUR", "IGO", "RUS", "CHN"], ["the European Union", "NATO", "Russia", "China"])

D = "blind24-07"
ev(D, "began a new round of peace talks", "began a new round of peace talks", "CONSULT", "",
   ["military", "territory"], ["IDN", "IDN"],
   ["The Indonesian government", "separatist rebels of the Free Aceh Movement"])
ev(D, "are demanding the full withdrawal", "are demanding", "REQUEST", "yield",
   ["military", "territory"], ["IDN"], ["The separatist rebels"], ["IDN"],
   ["Indonesia's 50,000 strong security forces"])
ev(D, "I call on GAM", "I call on", "REQUEST", "change", ["military", "territory"], ["IDN"],
   ["I"], ["IDN"], ["GAM"])
ev(D, "this is what the Indonesian government is offering", "is offering", "CONCEDE", "",
   ["territory", "political_institutions"], ["IDN"], ["the Indonesian government"])
ev(D, "Indonesia's military launched an all-out offensive", "launched an all-out offensive",
   "ASSAULT", "", ["military"], ["IDN"], ["Indonesia's military"], ["IDN"], ["GAM"])
ev(D, "says GAM will insist", "will insist", "REQUEST", "", ["territory", "election"], ["IDN"],
   ["GAM"], future=True)
ev(D, "GAM will also ask the government", "will also ask", "REQUEST", "",
   ["territory", "political_institutions"], ["IDN"], ["GAM"], ["IDN"], ["the government"],
   future=True)
ev(D, "GAM declared a truce", "declared a truce", "CONCEDE", "", ["military", "disasters"],
   ["IDN"], ["GAM"])

D = "blind24-08"
ev(D, "signed a historic peace deal", "signed a historic peace deal", "AGREE", "",
   ["military", "territory"], ["IDN", "IDN"],
   ["The Indonesian government", "rebels from the Free Aceh Movement"])
ev(D, "expressed some concerns", "expressed some concerns", "ACCUSE", "disapprove",
   ["military"], ["IDN"], ["Malik Mahmud"])
ev(D, "Mr. Malik says GAM cannot rely", "allegedly funded", "ACCUSE", "allege", ["military"],
   ["IDN"], ["Mr. Malik"], ["IDN"], ["the military"])
ev(D, "Mr. Malik says GAM cannot rely", "denies", "REJECT", "", ["military"], ["IDN"], ["it"])
ev(D, "expresses its deep concern", "expresses its deep concern", "ACCUSE", "disapprove",
   ["military"], ["IDN"], ["The Free Aceh Movement"], ["IDN"], ["TNI proxy militias"])
ev(D, "The government has since denied", "has since denied", "REJECT", "", ["military"],
   ["IDN"], ["The government"])
ev(D, "brought the two sides back", "back to the negotiating table", "CONSULT", "",
   ["military", "disasters"], ["IDN", "IDN"], ["the two sides", "the two sides"])
ev(D, "The first of some 200 monitors", "began arriving", "AID", "", ["peacekeeping"],
   ["EUR", "IGO"], ["the European Union", "the Association of Southeast Asian Nations"],
   ["IDN"], ["Aceh"])

D = "blind24-09"
ev(D, "Sudan has severed ties", "has severed ties", "SANCTION", "discontinue", ["diplomatic"],
   ["SDN"], ["Sudan"], ["TCD"], ["neighboring Chad"])
ev(D, "Sudan has severed ties", "attack", "ASSAULT", "", ["military"], ["SDN"],
   ["rebels from Sudan's Darfur region"], ["SDN"], ["the capital, Khartoum"])
ev(D, "As Derek Kilner reports", "accused", "ACCUSE", "allege", ["military"], ["SDN"],
   ["Sudan's president"], ["TCD"], ["Chad"])
ev(D, "The government says it has defeated", "has defeated", "ASSAULT", "", ["military"],
   ["SDN"], ["The government"], ["SDN"], ["the rebels"])
ev(D, "The government says it has defeated", "captured fighters", "ASSAULT", "abduct",
   ["military"], ["SDN"], ["The government"])
ev(D, "A curfew has been canceled", "has been canceled", "CONCEDE", "", ["military"], [], [],
   ["SDN"], ["Khartoum"])
ev(D, "A curfew has been canceled", "extended", "COERCE", "curfew", ["military"], [], [],
   ["SDN"], ["Omdurman"])
ev(D, "Omar al-Bashir Al-Bashir accused", "accused", "ACCUSE", "allege", ["military"], ["SDN"],
   ["Sudanese President Omar al-Bashir Al-Bashir"], ["TCD"], ["Chad's government"])
ev(D, "In a televised address he said", "sever relations", "SANCTION", "discontinue",
   ["diplomatic"], ["SDN"], ["he"])
ev(D, "have long accused each other", "have long accused each other", "ACCUSE", "allege",
   ["military"], ["SDN", "TCD"], ["The two governments", "The two governments"])
ev(D, "Chad says Khartoum supported", "says", "ACCUSE", "allege", ["military"], ["TCD"],
   ["Chad"], ["SDN"], ["Khartoum"])
ev(D, "Chad says Khartoum supported", "attack", "ASSAULT", "", ["military"], ["TCD"],
   ["Chadian rebels"], ["TCD"], ["the capital Ndjamena"])
ev(D, "The two governments agreed", "agreed", "AGREE", "", ["military", "diplomatic"],
   ["SDN", "TCD"], ["The two governments", "The two governments"])

D = "blind24-10"
ev(D, "Sean McCormack on Monday issued", "deportation", "COERCE", "deport",
   ["migration", "asylum"], ["THA"], ["Thailand's"], ["LAO"],
   ["some 160 Hmong refugees from Laos"])
ev(D, "Sean McCormack on Monday issued", "detained", "COERCE", "arrest", ["migration"], ["THA"],
   ["Thailand's"], ["LAO"], ["some 160 Hmong refugees from Laos"])
ev(D, "the Royal Thai Government deported", "deported", "COERCE", "deport",
   ["migration", "asylum"], ["THA"], ["the Royal Thai Government"], ["LAO"],
   ["about 160 ethnic Hmong"])
ev(D, "All had been detained in prisons", "had been detained", "COERCE", "arrest", ["migration"],
   [], [], ["LAO"], ["All"])
ev(D, "has urged the Thai government not to deport", "has urged", "REQUEST", "change",
   ["asylum", "human_rights"], ["USA"], ["The United States"], ["THA"], ["the Thai government"])
ev(D, "refusal so far to permit monitoring", "refusal", "REJECT", "",
   ["human_rights", "asylum"], ["LAO"], ["the Lao government\u2019s"])
ev(D, "we urge the Thai government", "we urge", "REQUEST", "change", ["asylum", "human_rights"],
   ["USA"], ["we"], ["THA"], ["the Thai government"])
ev(D, "said it was \"deeply concerned\"", "\"deeply concerned\"", "ACCUSE", "disapprove",
   ["asylum", "human_rights"], ["UNO"], ["the United Nations High Commissioner for Refugees"],
   ["THA"], ["Thailand's"])
ev(D, "said it was \"deeply concerned\"", "deportation", "COERCE", "deport",
   ["migration", "asylum"], ["THA"], ["Thailand's"], ["LAO"], ["163 ethnic Hmongs"])
ev(D, "said it was \"deeply concerned\"", "prepare to send more Hmongs back", "COERCE", "deport",
   ["migration", "asylum"], ["THA"], ["Thai authorities"], ["LAO"], ["more Hmongs"],
   future=True)
ev(D, "Ly Seu says his people would rather die", "would rather die", "REJECT", "",
   ["asylum"], ["LAO"], ["Ban Huay Nam Khao Hmong leader Ly Seu"])

# ruff: noqa: E501  (texts and notes are kept verbatim, one string per field)
"""The ten texts of blind23, copied verbatim from the lead's hand-out (iaa9b, 2026-12-06).

US government releases and Voice of America editorials, works of the U.S. government, public
domain. Same ids, texts and metadata as given in ``/tmp/lead9/iaa_texts_b23.jsonl``, so that the
offsets of ``blind23_second.jsonl`` are comparable with ``blind23.jsonl``. The hand-out gives
``truncated`` for three texts only and no ``note``: the others get ``truncated=False`` and every
text an empty ``note``.
"""

DOCS: list[dict] = [
    {
        'id': 'blind23-01',
        'url': 'https://www.dvidshub.net/news/printable/113606',
        'agency': 'DVIDS (NATO Special Operations Component Command-Afghanistan)',
        'title': 'Afghan Local Police repel insurgents in Sayadabad',
        'published': '2013-09-13',
        'truncated': False,
        'note': '',
        'text': 'WARDAK PROVINCE, Afghanistan- Afghan National Security Forces and Afghan Local Police guardians repelled an insurgent attack on a checkpoint Sept. 13 in Wardak province’s Sayadabad district.\nAt least 10 armed militants opened fire the joint Afghan force as they patrolled Malikel village. Insurgents used shoulder-fired grenades and machine guns. ANSF and ALP immediately returned fire and quickly forced the enemy fighters to retreat.\n“Afghan Local Police are the main pillar that supports our security, safety and happiness without discrimination,” said ALP Interior Minister Director Brig. Gen. Ali Shah Ahmadzai. “ALP protects checkpoints to support the well-being and security of the people and our government.”\nWith the Government of the Islamic Republic of Afghanistan’s recent announcement of Tranche 5/ Milestone 2013, Afghan National Security Forces are irreversibly taking the lead for Afghanistan’s security.\nThere were no reports of Afghan military, civilian or insurgent casualties from the operation.',
    },
    {
        'id': 'blind23-02',
        'url': 'https://www.centcom.mil/MEDIA/NEWS-ARTICLES/News-Article-View/Article/884505/afghan-local-police-repel-attack-at-checkpoint/',
        'agency': 'U.S. Central Command (CJSOTF-Afghanistan Media Operations Center)',
        'title': 'Afghan Local Police repel attack at checkpoint',
        'published': '2012-03-01',
        'truncated': False,
        'note': '',
        'text': 'FARYAB PROVINCE, Afghanistan (February 29, 2012) — Afghan Local Police defended a checkpoint from an insurgent attack in Qeysar district, Feb. 26.\nALP manning the checkpoint were attacked by an unknown number of insurgents with sporadic small arms fire.\nThe ALP immediately returned fire, and called for additional support. The ALP commander organized a quick reaction force of additional ALP to assist. In addition, a nearby coalition Special Operations Forces team also assisted the ALP with supporting fire.\nThe insurgents were successfully driven off, and the ALP sustained no casualties or injuries during the firefight.\n“The ALP that came under attack reacted just the way they were trained,” said a coalition SOF adviser. “They returned fire, and calmly reported the situation. This type of discipline makes them an effective fighting force.”\nThe ALP is a defensive-based, security initiative that brings stability, government presence, and the opportunity for economic development to the rural communities and areas of Afghanistan.\nNo civilian casualties and no property damage was reported.',
    },
    {
        'id': 'blind23-03',
        'url': 'https://www.usfk.mil/Media/Press-Releases/Article/1140854/us-pacific-command-detects-tracks-north-korean-missile-launch/',
        'agency': 'U.S. Pacific Command (press release posted by U.S. Forces Korea, usfk.mil)',
        'title': 'U.S. Pacific Command detects, tracks North Korean missile launch',
        'published': '2017-04-04',
        'truncated': False,
        'note': '',
        'text': 'U.S. Pacific Command detected and tracked what we assess was a North Korean missile launch at 6:42 a.m. (Korea Standard Time) time April 5.\nThe launch of a single ballistic missile occurred at a land-based facility near Sinpo. The missile was tracked until it landed in waters East of the Korean Peninsula at 6:51 a.m. (Korea Standard Time).\nInitial assessments indicate the type of missile was a KN-15 medium range ballistic missile.\nU.S. Pacific Command is fully committed to working closely with our Republic of Korea and Japanese allies to maintain security.\nThe North American Aerospace Defense Command (NORAD) determined the missile launch from North Korea did not pose a threat to North America.',
    },
    {
        'id': 'blind23-04',
        'url': 'https://hn.usembassy.gov/statement-from-us-embassy-honduras/',
        'agency': 'U.S. Embassy in Honduras',
        'title': 'Statement from the U.S. Embassy in Honduras',
        'published': '2019-06-21',
        'truncated': False,
        'note': '',
        'text': 'The United States affirms its commitment to human rights, including the right to freedom of expression through peaceful protest. Incidents of violence during protests, as well as violence as a form of protest, harm legitimate calls for reform and progress, which should be addressed via engagement and dialogue.\nThe United States calls for all Hondurans, both protesters and security forces, to refrain from violence, to exercise restraint, and to demonstrate respect for the fundamental human rights of their fellow citizens. We also urge transparent and expeditious investigations into protest-related deaths and injuries, as well as allegations of other serious human rights violations. Accountability is an important element of democracy that helps ensure citizen confidence.',
    },
    {
        'id': 'blind23-05',
        'url': 'https://editorials.voa.gov/a/a-41-2008-09-18-voa1-84652277/1480836.html',
        'agency': 'Voice of America editorial (editorials.voa.gov)',
        'title': 'Acting Out In South America',
        'published': '2008-09-18',
        'truncated': False,
        'note': '',
        'text': "The leaders of Bolivia and Venezuela fancy themselves strong-minded and forceful men, and are bold to speak their minds even when they don't have their facts straight. Such was the case recently when they expelled the U.S. ambassadors to their countries on false charges that they meddled in internal politics.\nVenezuelan President Hugo Chavez on September 11th gave Ambassador Patrick Duddy 72 hours to leave Caracas, claiming the U.S. was supporting a plot to overthrow him. He provided no evidence to support this spurious charge. His action followed a decision by Bolivian President Evo Morales to expel Ambassador Philip Goldberg for allegedly helping instigate antigovernment protests. Like his friend Mr. Chavez, the Bolivian president offered no evidence to support the charge.\nThe reason neither leader provided evidence to justify their actions was that there is none. The charges against the U.S. envoys have no basis in fact and the Venezuelan and Bolivian leaders know it. Both Mr. Morales and Mr. Chavez made serious errors in their actions, ones that will cause additional problems in the region. These leaders face growing political opposition at home, which is likely the reason they chose to act now.\nWhile Mr. Morales and Mr. Chavez accuse the United States of conspiracy, the only meaningful conspiracy in the region is the common commitment of democratic countries to enhance opportunities for their citizens. The only overthrow they seek is that of poverty.\nU.S. relations with Bolivia and Venezuela have deep and historical roots, and through strong trade and cultural ties they benefit our respective peoples. No country has ever improved the well being of its citizens by antagonizing neighbors and refraining from dealings with the world's democracies.",
    },
    {
        'id': 'blind23-06',
        'url': 'https://editorials.voa.gov/a/a-41-2006-07-28-voa3-83107592/1479875.html',
        'agency': 'Voice of America editorial (editorials.voa.gov)',
        'title': '(Belarus: opposition leader Lebedko arrested; headline not in the stored copy)',
        'published': '2006-07-28',
        'truncated': True,
        'note': '',
        'text': 'Belarusian police have arrested opposition leader Anatoly Lebedko for so-called hooliganism and for organizing a peaceful demonstration. On July 16th, Mr. Lebedko staged a protest outside the Russian embassy in Minsk, the capital, against Russia\'s support for Belarusian President Aleksander Lukashenko. Thirty of Mr. Lebedko\'s fellow demonstrators were also arrested.\nU.S. Ambassador to the Organization for Security and Cooperation in Europe Julie Finley called the detention "a travesty of justice." The government of President Alexander Lukashenko has "demonstrated flagrant and total disregard for the democratic process and O-S-C-E values," said Ambassador Finley.\nOther government opponents remain in jail in Belarus. Opposition leader Aleksander Kozulin was sentenced to five-and-one-half years in prison for leading an unauthorized rally. In a statement, U.S. State Department spokesman Sean McCormack said "The entire trial was a politically motivated process designed to punish Kozulin for expressing his political views."\nBack in February, the Belarusian K-G-B arrested four Belarusian civic activists associated with the non-partisan monitoring group Partnership, which seeks to train Belarusians on election observation and educate them on their rights as voters. The K-G-B also raided their homes and offices and seized documents and equipment. The four activists remain in detention, accused of “slandering the president and illegally running an unregistered organization," and could spend up to two years in jail.\nPresident Lukashenko has maintained his grip on power by suppressing dissent and holding fraudulent elections. "It was these sorts of actions," said Ambassador Finley, "that led the United States and the European Union to impose targeted travel restrictions and financial sanctions against those individuals responsible for this recent electoral fraud." Ms. Finley was referring to the rigged presidential election held in Belarus in March.',
    },
    {
        'id': 'blind23-07',
        'url': 'https://www.africom.mil/pressrelease/28385/us-self-defense-strikes-in-somalia',
        'agency': 'U.S. Africa Command (africom.mil press release)',
        'title': 'U.S. Self-Defense Strikes in Somalia',
        'published': '2016-09-07',
        'truncated': False,
        'note': '',
        'text': 'On Sept. 5, 2016, in coordination with the Federal Government of Somalia, U.S. forces conducted two (2) self-defense strikes against al-Shabaab, an al-Qaeda-associated terrorist group, near Tortoroow, Somalia.\nDuring a Somali-led counterterrorism operation, a large group of armed al-Shabaab fighters attacked the force, threatening the safety and security of the forces in the area. In response, the U.S. conducted two (2) self-defense strikes to neutralize the threat, killing four (4) al-Shabaab militants.\nThe U.S. remains committed to our partners in eliminating terrorism and advancing security in the region. Violent extremists endanger the safety and stability of the Somali people; countering these threats remains in our common interests.',
    },
    {
        'id': 'blind23-08',
        'url': 'https://ye.usembassy.gov/usaid-announces-165-million-in-additional-humanitarian-assistance-for-yemen/',
        'agency': 'U.S. Agency for International Development (press release posted by the U.S. Embassy in Yemen, ye.usembassy.gov)',
        'title': 'USAID Announces $165 Million in Additional Humanitarian Assistance for Yemen',
        'published': '2021-06-15',
        'truncated': True,
        'note': '',
        'text': 'Today, the U.S. Agency for International Development (USAID) announced nearly $165 million in additional humanitarian assistance for people affected by the humanitarian crisis in Yemen. This funding will provide lifesaving aid for Yemenis continuing to face humanitarian crisis after almost seven years of war that has left 20 million people struggling to survive without basic necessities, including more than two million young children facing deadly malnutrition.\nThis assistance will allow the UN World Food Program to continue providing emergency food assistance, reaching more than 11 million people every month with food provided by the American people, including in communities affected by the COVID-19 pandemic.\nAid alone, however, cannot meet the vast and growing humanitarian needs in Yemen. While aid from the international community has so far prevented people from slipping into famine, the recent escalation of violence in Marib is only increasing humanitarian needs as it threatens to displace hundreds of thousands of people, placing further strain on an already stretched humanitarian response.\nThe United States calls on all parties to the conflict to end the fighting and ensure needs do not continue to worsen. The United States urges Saudi Arabia, the Yemeni Government, and the Houthis to do their part to ensure that fuel is flowing into and throughout Yemen at prices Yemenis can afford, so they can access basic services and aid.\nThe United States remains the largest single donor of humanitarian assistance in Yemen, providing more than $3.6 billion to alleviate suffering of the Yemeni people since the crisis began six years ago. While only a political agreement between Yemenis can address the root causes of this crisis, USAID calls on other donors to step up their contributions to help deliver critical assistance to the people of Yemen, who have already endured so much.',
    },
    {
        'id': 'blind23-09',
        'url': 'https://editorials.voa.gov/a/a-41-2006-08-29-voa2-83108247/1479990.html',
        'agency': 'Voice of America editorial (editorials.voa.gov)',
        'title': 'Stop Arming Hezbollah',
        'published': '2006-08-29',
        'truncated': True,
        'note': '',
        'text': 'The U.S. is calling on Syria and Iran to stop supplying Hezbollah with weapons. John Bolton, the U.S. ambassador to the United Nations, says the international community must work to stop unauthorized weapon shipments into Lebanon, as called for in U-N Security Council Resolution one-seven-zero-one, or there will be a risk of renewed fighting in the region.\nFighting began in July when Hezbollah terrorists operating out of southern Lebanon entered Israel, killed eight Israeli soldiers and kidnapped two others. Israel responded by attacking Hezbollah sites in Lebanon. The violence claimed the lives of nearly one-hundred-sixty Israelis and one-thousand-two-hundred Lebanese.\nUnited Nations Security Council Resolution one-seven-zero-one calls for a cessation of hostilities. It authorizes an expanded U-N Interim Force in Lebanon, or UNIFIL, to help the Lebanese army take control of southern Lebanon as Israel withdraws. And, it imposes an embargo on all weapons going into Lebanon except for those to be used by the Lebanese government and UNIFIL.\n"All states," says Mr. Bolton, "must comply with their obligation to observe this embargo, which, if not strictly observed, will significantly enhance the risk of further hostilities." He says, "this burden of abiding by the arms embargo, and the world\'s attention, falls especially on Syria and Lebanon." Mr. Bolton says, "if the international community applies only a temporary band-aid [solution] to the problem and allows Hezbollah to regroup and rearm, then the suffering of the people of Lebanon and Israel may very well intensify in the near future":\n"We should keep our eye focused on the objective, which is that the combined efforts of the government of Lebanon and UNIFIL in southern Lebanon should result in the government of Israel being able to withdraw."',
    },
    {
        'id': 'blind23-10',
        'url': 'https://usun.usmission.gov/press-release-ambassador-nikki-haley-on-the-failure-of-talks-between-the-venezuelan-opposition-and-maduro-regime/',
        'agency': 'U.S. Mission to the United Nations (usun.usmission.gov press release)',
        'title': 'Press Release: Ambassador Nikki Haley on the Failure of Talks between the Venezuelan Opposition and Maduro Regime',
        'published': '2018-02-08',
        'truncated': False,
        'note': '',
        'text': 'Yesterday, the Venezuelan opposition announced that their negotiations with the government ended without agreement on a way to end the country’s worsening political crisis. The opposition rejected a draft proposal by the Maduro regime that did not include even the most basic elements for guaranteeing credible elections.\n“The Venezuelan opposition stood strong for their democracy. The Maduro regime’s proposed agreement was not serious, and it’s clear the government never had any intention of negotiating in good faith or allowing the Venezuelan people the free and fair elections they want and deserve. This sham proposal is just the latest example of the lengths Maduro will go to destroy Venezuela’s democracy. We will continue to support the Venezuelan people’s right to shape the destiny of their country and have their voices heard,” said Ambassador Haley.',
    },
]

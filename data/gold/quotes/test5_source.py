# ruff: noqa: E501  (the texts keep one paragraph a line)
"""Readable source of the sealed quotes test set ``test5.jsonl`` (VOA news stories).

Built by ``data/gold/check_quotes_test5.py build`` (offsets computed there). ``DOCS`` is a list
of dicts (``id``, ``url``, ``title``, ``published``, ``truncated``, ``note``, ``text``,
``quotes``); each quote is a tuple ``(kind, span, cue, speaker_text, speaker, speaker_country,
speaker_class[, after])``. A span is searched from the start of the previous quote (or after the
first occurrence of ``after``); ``"A<<>>B"`` spans from A to the next B. Texts are Voice of
America works (public domain), copied from the pages named in ``url``; one paragraph a line.
Annotated by helper sqq6 on 2026-12-05 before any system ran on these texts. SEALED: see
``README-test5.md``.
"""

DIR, PAR, IND = "direct", "partial", "indirect"
NAME, PRON, NOM, ORG = "name", "pronoun", "nominal", "organisation"

DOCS = [
    {
        "id": "t5-syria-airport-offensive",
        "url": "https://www.voanews.com/a/syria-pushing-back-as-rebels-advance/1555248.html",
        "title": "Syria Launches Offensive Near Airport, Cuts Internet Access",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (Homs, "
                "November 28, 2012). Cut by the store; kept to the last complete sentence.",
        "text": """
Syrian forces launched a major offensive in Damascus near the country's international airport Thursday, and the government shut down Internet access across the country and slashed cell phone services in selected areas.
The army attacked rebel strongholds in a string of towns along the airport road. A rebel fighter said insurgents were not inside the airport but were able to block access to it.
The Britain-based Syrian Observatory for Human Rights said the heaviest clashes erupted between troops and rebels in the towns of Babila and Hujaira, southeast of the capital, and in Harran al-Awamid, just east of the airport.
The fighting, which came after Internet links went down, caused EgyptAir and Emirates airline, based in Dubai, to suspend flights to Damascus.
The wholescale Internet blackout, confirmed by two U.S.-based companies that monitor online connectivity, is unprecedented in the 20-month-long uprising against Syria's President Bashar al-Assad. Authorities often cut phone lines and Internet access in areas where government forces are conducting major military operations.
A pro-government television station quoted Syria's minister of information as saying "terrorists," not state agents, were responsible for the countrywide outage.
The British-based Observatory said rebel units launched a new offensive in the country's north, trying to take a military base near the main highway to Syria's commercial capital of Aleppo. The Observatory said rebel forces in Idlib province began moving on Wadi al-Deif early Thursday.
Opposition activists have been voicing increasing optimism that rebel forces are making gains and maintaining their positions against government forces.
""",
        "quotes": [
            (IND, "insurgents were not inside the airport but were able to block access to it", "said",
             "A rebel fighter", "rebel fighter", "SYR", NOM),
            (IND, "the heaviest clashes<<>>just east of the airport", "said",
             "The Britain-based Syrian Observatory for Human Rights",
             "Syrian Observatory for Human Rights", "NGO", ORG),
            (IND, '"terrorists," not state agents, were responsible for the countrywide outage',
             "as saying", "Syria's minister of information", "Syria's minister of information",
             "SYR", NOM),
            (PAR, "terrorists", "as saying", "Syria's minister of information",
             "Syria's minister of information", "SYR", NOM),
            (IND, "rebel units launched a new offensive<<>>commercial capital of Aleppo", "said",
             "The British-based Observatory", "Syrian Observatory for Human Rights", "NGO", ORG),
            (IND, "rebel forces in Idlib province began moving on Wadi al-Deif early Thursday", "said",
             "The Observatory", "Syrian Observatory for Human Rights", "NGO", ORG),
        ],
    },
    {
        "id": "t5-syria-rebels-infighting",
        "url": "http://www.voanews.com/a/syrian-rebels-urge-rivals-to-end-infighting/1762114.html",
        "title": "Syrian Rebels Urge Rivals to End Infighting",
        "published": None,
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (given "
                "twice: a Free Syrian Army fighter in Aleppo, Oct. 2, 2013), the 'VOA News' author "
                "box after the story ('16x9 Image', 'The Voice of America provides news ...', cut by "
                "the store). The story itself is whole.",
        "text": """
Several powerful Syrian rebel groups Thursday demanded al-Qaida-linked militants and a Western-backed opposition faction end their infighting in northern Syria, and called on the hardline Islamists to withdraw their forces within two days.
The Britain-based Syrian Observatory for Human Rights said those that signed the appeal included the Islamic Army, the Tawheed Brigade and the Ahrar al-Sham group, which are all affiliated with the Western-backed Free Syrian Army alliance.
The al-Qaida-affiliated Islamic State of Iraq and the Levant last month seized the town of Azaz, about five kilometers from the frontier with Turkey, and repeatedly have clashed with the FSA's Northern Storm Brigade since then.
A previous attempt by rebel groups to broker a truce between the two sides did not hold.
Rebel divisions have hurt the fight against President Bashar al-Assad's better equipped and organized forces in the bloody conflict.
Meanwhile, international inspectors in Syria pressed ahead with their efforts to oversee the destruction of the Syrian governments' chemical weapons arsenal.
Their mission, endorsed by the U.N. Security Council, stems from a deadly August 21 attack on opposition-held Damascus suburbs in which the U.N. determined the nerve agent sarin was used. The U.S. and its allies accuse the Syrian government of being responsible for the attack, while Damascus blames the rebels.
The U.S. has said the attack killed 1,400 people.
""",
        "quotes": [
            (IND, "al-Qaida-linked militants and a Western-backed opposition faction end their "
                "infighting in northern Syria", "demanded", "Several powerful Syrian rebel groups",
             "Syrian rebel groups", "SYR", NOM),
            (IND, "those that signed the appeal<<>>Free Syrian Army alliance", "said",
             "The Britain-based Syrian Observatory for Human Rights",
             "Syrian Observatory for Human Rights", "NGO", ORG),
            (IND, "the nerve agent sarin was used", "determined", "the U.N.", "United Nations",
             "UNO", ORG),
            (IND, "the attack killed 1,400 people", "has said", "The U.S.", "United States", "USA",
             ORG),
        ],
    },
    {
        "id": "t5-egypt-brotherhood-offices",
        "url": "http://www.voanews.com/content/egyptian-protesters-ransack-muslim-brotherhood-offices-give-morsi-deadline/1692536.html",
        "title": "Egyptian Protesters Ransack Muslim Brotherhood Offices; Give Morsi Deadline",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, the script line "
                "'SOUNDBITE: (Arabic) Jamal Helal, anti-Morsi protester // from Egypt Tension 2- "
                "898615 ))' (production furniture left in the page; the bite after it follows the "
                "sentence naming Jamal Helal). Cut by the store; kept to the last complete sentence.",
        "text": """
Egyptians have ransacked the Cairo headquarters of President Mohamed Morsi's Muslim Brotherhood after massive protests took a violent turn.
Protesters stormed the building early Monday, smashing windows and tossing firebombs even as guards inside the building fired back. Some protesters were seen running off with furniture and files.
Activists say at least five people were killed in the incident, while Egyptian officials say the nationwide death toll since Sunday has risen to 16.
Opposition organizers have given President Morsi until 5 p.m. Cairo time Tuesday to resign.
Sunday's anti-government demonstrations in Egypt were the largest since the 2011 revolution that swept former president Hosni Mubarak from power. Arabic-language media quoted the Interior Ministry saying the crowds in Cairo and other cities across Egypt totaled as many as 3 million people.
Some protesters remained in Cairo's Tahrir Square overnight and some, like Jamal Helal, vowed not to back down.
"Don't you (Morsi) see that the country is sinking? You should understand that. You also should understand that people don't want you any more. Be fair."
As tensions mounted Sunday, the presidential office issued a statement saying dialogue is the only way out of Egypt's political crisis.
In an interview published in the British newspaper The Guardian, President Morsi said that if he gave in to the pressure, a new president could face similar opposition demands to quit after a "week or a month."
Egypt's military has warned both sides to resolve their differences through negotiations but neither the military nor the police intervened when protesters stormed the Muslim Brotherhood headquarters in Cairo.
""",
        "quotes": [
            (IND, "at least five people were killed in the incident", "say", "Activists", "activists",
             "EGY", NOM),
            (IND, "the nationwide death toll since Sunday has risen to 16", "say", "Egyptian officials",
             "Egyptian officials", "EGY", NOM),
            (IND, "the crowds in Cairo<<>>3 million people", "saying", "the Interior Ministry",
             "Interior Ministry", "EGY", ORG),
            (DIR, "Don't you (Morsi) see<<>>Be fair.", None, "Jamal Helal", "Jamal Helal", "EGY", NAME),
            (IND, "dialogue is the only way out of Egypt's political crisis", "saying",
             "the presidential office", "presidential office", "EGY", ORG),
            (IND, 'if he gave in to the pressure<<>>"week or a month."', "said", "President Morsi",
             "Mohamed Morsi", "EGY", NAME),
            (PAR, "week or a month", "said", "President Morsi", "Mohamed Morsi", "EGY", NAME),
        ],
    },
    {
        "id": "t5-kabul-ministry-attacks",
        "url": "https://www.voabangla.com/a/a-16-2009-02-12-voa5-94460129/1399509.html",
        "title": "At least 26 Killed in Attacks in Afghan Capital",
        "published": "2009-02-12",
        "truncated": False,
        "note": "English VOA News item on the VOA Bangla site. Removed: the Bengali "
                "'Accessibility links' label, title line, 'XS SM MD LG'. published: the date in "
                "the URL.",
        "text": """
Taliban militants launched near-simultaneous attacks on three Afghan government buildings in Kabul Wednesday, killing at least 26 people and wounding nearly 60.
Afghan officials say eight suicide attackers also died in the daytime assault after they tried to kill as many people as possible. Some blew themselves up, while others were killed by security guards.
The assaults against the Justice Ministry, Education Ministry and the office of prisons came ahead of a visit to Kabul by the U.S. envoy for Pakistan and Afghanistan, Richard Holbrooke.
Shortly after the attacks began, a Taliban spokesman (Zabiullah Mujaheed) called VOA and other news outlets, saying the suicide bombers were trying to kill the justice minister. He was not hurt.
The United States and United Nations condemned the attacks.
U.N. Secretary-General Ban Ki-moon condemned the attacks as a "horrendous crime against civilians" and "a total disrespect of human rights."
A U.S. Defense Department spokesman (Bryan Whitman) called the attacks "somewhat bold, brazen and troubling."
Interior Ministry officials said the attacks demonstrated a high degree of coordination, adding there are indications that some of the militants were foreigners.
Afghanistan's security chief (Amrullah Saleh) said authorities are investigating the possibility militant groups in Pakistan are linked to the assault.
Also Wednesday, in eastern Logar province, a French soldier and his Afghan interpreter were killed when gunmen set off explosives near their convoy and then opened fire on the troops.
Military officials say another French soldier was seriously wounded in the attack.
""",
        "quotes": [
            (IND, "eight suicide attackers also died in the daytime assault after they tried to kill "
                "as many people as possible", "say", "Afghan officials", "Afghan officials", "AFG",
             NOM),
            (IND, "the suicide bombers were trying to kill the justice minister", "saying",
             "a Taliban spokesman", "Zabiullah Mujaheed", "AFG", NOM),
            (PAR, "horrendous crime against civilians", "condemned",
             "U.N. Secretary-General Ban Ki-moon", "Ban Ki-moon", "UNO", NAME),
            (PAR, "a total disrespect of human rights", "condemned",
             "U.N. Secretary-General Ban Ki-moon", "Ban Ki-moon", "UNO", NAME),
            (PAR, "somewhat bold, brazen and troubling", "called",
             "A U.S. Defense Department spokesman", "Bryan Whitman", "USA", NOM),
            (IND, "the attacks demonstrated a high degree of coordination", "said",
             "Interior Ministry officials", "Interior Ministry officials", "AFG", NOM),
            (IND, "there are indications that some of the militants were foreigners", "adding",
             "Interior Ministry officials", "Interior Ministry officials", "AFG", NOM),
            (IND, "authorities are investigating the possibility militant groups in Pakistan are "
                "linked to the assault", "said", "Afghanistan's security chief", "Amrullah Saleh",
             "AFG", NOM),
            (IND, "another French soldier was seriously wounded in the attack", "say",
             "Military officials", "military officials", None, NOM),
        ],
    },
    {
        "id": "t5-baghdad-double-bombing",
        "url": "http://www.voabangla.com/a/a-16-2009-10-25-voa4-94452654/1398665.html",
        "title": "Double Bombing Kills Nearly 150 in Baghdad",
        "published": "2009-10-25",
        "truncated": False,
        "note": "English VOA News item on the VOA Bangla site. Removed: the Bengali "
                "'Accessibility links' label, title line, 'XS SM MD LG'. The page's 'Iraq 's' "
                "spacing is kept. published: the date in the URL.",
        "text": """
Two powerful car bomb blasts in central Baghdad have killed at least 147 people and wounded 500 others in the bloodiest attack in months.
Sunday's near-simultaneous blasts were aimed at a provincial government building and the Ministry of Justice. Iraq's Interior Ministry says the death toll may rise as rescue workers pull bodies from the rubble.
Prime Minister Nouri al-Maliki visited the scene soon after the massive explosions that sent smoke billowing into the sky.
There was no immediate claim of responsibility for the attack. Iraqi government spokesman Ali al-Dabbagh says the violence bears the hallmarks of al-Qaida.
Violence in Iraq has dropped significantly in the past year, but officials have warned that attacks could rise ahead of elections in January.
U.S. President Barack Obama called Mr. Maliki and Iraqi President Jalal Talabani to express his condolences and reiterate U.S. support for the Iraqis.
Mr. Obama condemned the attacks. He said the United States will stand with Iraq's people and government as they prepare for upcoming elections.
U.S. Secretary of State Hillary Clinton called the bombings "despicable terrorist attacks." She said those behind the violence "seek to undermine the impressive progress that Iraq has made towards stability and self-reliance." Clinton said they will not succeed.
And U.N. Secretary-General Ban Ki-moon strongly condemned what he called "senseless and indiscriminate acts of violence." He said the attackers repeatedly target the innocent and aim to disrupt Iraq 's recovery.
Two months ago, attackers targeted Iraq's ministries of finance and foreign affairs. Those truck bombs killed more than 100 people and wounded 500 others. Al-Qaida claimed responsibility for those blasts.
""",
        "quotes": [
            (IND, "the death toll may rise as rescue workers pull bodies from the rubble", "says",
             "Iraq's Interior Ministry", "Iraq's Interior Ministry", "IRQ", ORG),
            (IND, "the violence bears the hallmarks of al-Qaida", "says",
             "Iraqi government spokesman Ali al-Dabbagh", "Ali al-Dabbagh", "IRQ", NAME),
            (IND, "attacks could rise ahead of elections in January", "warned", "officials",
             "officials", "IRQ", NOM),
            (IND, "the United States will stand with Iraq's people and government as they prepare "
                "for upcoming elections", "said", "He", "Barack Obama", "USA", PRON),
            (PAR, "despicable terrorist attacks", "called", "U.S. Secretary of State Hillary Clinton",
             "Hillary Clinton", "USA", NAME),
            (IND, 'those behind the violence "seek<<>>self-reliance."', "said", "She",
             "Hillary Clinton", "USA", PRON),
            (PAR, "seek to undermine the impressive progress that Iraq has made towards stability "
                "and self-reliance", "said", "She", "Hillary Clinton", "USA", PRON),
            (IND, "they will not succeed", "said", "Clinton", "Hillary Clinton", "USA", NAME),
            (PAR, "senseless and indiscriminate acts of violence", "called", "he", "Ban Ki-moon",
             "UNO", PRON),
            (IND, "the attackers repeatedly target the innocent and aim to disrupt Iraq 's recovery",
             "said", "He", "Ban Ki-moon", "UNO", PRON),
        ],
    },
]

DOCS += [
    {
        "id": "t5-baghdad-embassy-blasts",
        "url": "https://www.voabangla.com/a/a-16-2010-04-04-voa4-94465034/1399989.html",
        "title": "41 Killed in Baghdad Explosions",
        "published": "2010-04-04",
        "truncated": False,
        "note": "English VOA News item on the VOA Bangla site. Removed: the Bengali "
                "'Accessibility links' label, title line, 'XS SM MD LG'. published: the date in "
                "the URL.",
        "text": """
Iraqi officials say three car bomb blasts rocked central Baghdad Sunday, killing at least 41 people and wounding more than 200 others.
The explosions targeted two sites, including areas housing the embassies of Iran, Egypt, Germany and Spain.
Police called the near-simultaneous blasts suicide car bombings, and said they stopped a fourth bomb-rigged car from being detonated.
Sunday's attacks broke a period of calm in the Iraqi capital following the March 7 parliamentary elections.
Security officials had feared security could deteriorate as disputes over election results continue and opposing factions work to create a unity government.
The massive coordinated attacks bear resemblance to other bombings targeting high-profile sites that have killed 400 people since last August.
Police in Mosul said a separate bombing Sunday targeting a police patrol killed two people and injured at least 20 others.
On Saturday, Iraqi military officials imposed a curfew in the village of Bou Saifi near Baghdad, where gunmen wearing military uniforms killed at least 24 people a day earlier.
The Iraqi Interior Ministry has blamed al-Qaida for the slaying of men and women who reportedly had connections to the pro-U.S. Awakening movement, that helped U.S. and Iraqi forces fight al-Qaida.
Iraqi security forces detained at least 25 people in connection with the slayings.
""",
        "quotes": [
            (IND, "three car bomb blasts rocked central Baghdad Sunday, killing at least 41 people and "
                "wounding more than 200 others", "say", "Iraqi officials", "Iraqi officials", "IRQ",
             NOM),
            (IND, "they stopped a fourth bomb-rigged car from being detonated", "said", "Police",
             "police", "IRQ", ORG),
            (IND, "a separate bombing Sunday targeting a police patrol killed two people and injured "
                "at least 20 others", "said", "Police", "police in Mosul", "IRQ", ORG),
        ],
    },
    {
        "id": "t5-baghdad-green-zone-blasts",
        "url": "https://www.voanews.com/a/blasts-in-baghdad-kill-4-79291922/416394.html",
        "title": "Bombings in Baghdad, Mosul Kill 8; Many Wounded",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption ('The "
                "attacks occurred near the Iranian Embassy, the Foreign Ministry and the Immigration "
                "Ministry.'). Cut by the store; kept to the last complete sentence.",
        "text": """
Iraq police say three blasts in Baghdad have killed four people and wounded 14 others. The explosions came as politicians continue to wrangle over who was responsible for the last wave of bombings, exactly one week ago.
The explosions struck the heart of the Iraqi government's nerve center, near the heavily fortified Green Zone.
Baghdad's security chief, General Qassem Mohammed Atta, described what took place.
He says three explosive devices hidden in civilian vehicles blew up in parking lots in the Karrada District, near Baghdad's Green Zone. He says that a fourth explosive device, hidden in a parked vehicle near the Iranian Embassy, was found and disabled.
An old woman dressed in black and spattered with blood sat on the ground screaming, as burned out vehicles, some still smoking, lined the parking lot behind her. Sirens wailed and security forces fired into the air, adding to the sense of chaos.
The explosions were in the immediate vicinity of Iraq's Foreign Ministry building, which is covered by a gigantic Iraqi flag on one side as repairs continue on the structure that was gutted by a massive car-bomb explosion on August 16.
Mortar attacks and assassination attempts against several Iraqi politicians were also reported, elsewhere in Baghdad.
Three midday blasts also rocked the northern Iraqi city of Mosul, killing and wounding several dozen people.
Tahsin al-Sheikhly, who belongs to Iraq's security commission, said security is still not back to normal after the last week's series of explosions, and his commission has sent its report to parliament.
He says the atmosphere inside the security forces is not normal, either, and says the commission report proposes what parliament should examine and what needs to be done, so these explosions do not happen again.
""",
        "quotes": [
            (IND, "three blasts in Baghdad have killed four people and wounded 14 others", "say",
             "Iraq police", "Iraq police", "IRQ", ORG),
            (IND, "three explosive devices hidden in civilian vehicles blew up in parking lots in the "
                "Karrada District, near Baghdad's Green Zone", "says", "He",
             "Qassem Mohammed Atta", "IRQ", PRON),
            (IND, "a fourth explosive device, hidden in a parked vehicle near the Iranian Embassy, was "
                "found and disabled", "says", "He", "Qassem Mohammed Atta", "IRQ", PRON),
            (IND, "security is still not back to normal<<>>sent its report to parliament", "said",
             "Tahsin al-Sheikhly", "Tahsin al-Sheikhly", "IRQ", NAME),
            (IND, "the atmosphere inside the security forces is not normal, either", "says", "He",
             "Tahsin al-Sheikhly", "IRQ", PRON),
            (IND, "the commission report proposes<<>>do not happen again", "says", "He",
             "Tahsin al-Sheikhly", "IRQ", PRON),
        ],
    },
    {
        "id": "t5-baghdad-cafe-bombing",
        "url": "https://www.voanews.com/a/at-least-22-dead-in-baghdad-bomb-blast/1644466.html",
        "title": "At Least 22 Dead in Baghdad Bomb Blast",
        "published": None,
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. The stored page ends "
                "with a complete paragraph (about 1,000 characters).",
        "text": """
Police in the Iraqi capital say at least 22 people were killed late Thursday and dozens more wounded, when a suicide bomber detonated explosives inside a Baghdad cafe.
No one has claimed responsibility for the attack, which struck a Sunni neighborhood two days before provincial elections. Saturday's vote will be the first in the country since U.S. troops withdrew in late 2011.
A wave of bombings this week has left at least 70 people dead, including a blast Tuesday in Azizyah, about 75 kilometers south of the capital, killing at least four people and wounding 15 others.
No one has claimed responsibility for those attacks, either. But al-Qaida's Iraq wing has stepped up suicide bombings in recent months, in what analysts say is a renewed attempt to provoke violence between Iraq's Sunni and Shi'ite Muslims.
""",
        "quotes": [
            (IND, "at least 22 people were killed<<>>inside a Baghdad cafe", "say", "Police",
             "police in the Iraqi capital", "IRQ", ORG),
            (IND, "is a renewed attempt to provoke violence between Iraq's Sunni and Shi'ite Muslims",
             "say", "analysts", "analysts", None, NOM),
        ],
    },
    {
        "id": "t5-iraq-tal-afar-bombings",
        "url": "http://www.voabangla.com/a/a-16-2009-07-09-voa1-94453619/1398765.html",
        "title": "Bombings in Iraq Kill 40",
        "published": "2009-07-09",
        "truncated": False,
        "note": "English VOA News item on the VOA Bangla site. Removed: the Bengali "
                "'Accessibility links' label, title line, 'XS SM MD LG'. published: the date in "
                "the URL.",
        "text": """
Iraqi officials say at least 40 people are dead in three bombings in northern Iraq and the capital, Baghdad, about one week after U.S. combat troops formally withdrew from Iraqi cities.
Officials say two suicide bombers killed at least 34 people and wounded 62 others in the northern town of Tal Afar Thursday.
Police said the first bomber detonated an explosives vest in the town about 400 kilometers northwest of Baghdad. The second attacker blew himself up minutes later, as people gathered to help victims of the first blast.
Elsewhere, police in Baghdad say a bombing in Sadr City killed at least six people and wounded 16 others early Thursday.
And authorities say a roadside bombing appeared to target the convoy of Iraq's central bank governor in Baghdad's Karrada district. He was unhurt in the blast.
Iraq has seen multiple deadly attacks since the change in security on June 30.
A member of parliament, Hanin Qudwa, told journalists that he thinks those responsible for the recent violence are trying to affect the political process.
On Wednesday, police said a series of attacks in and around the northern city of Mosul killed at least 14 people.
Authorities say car bombs exploded within minutes of each other near a Shi'ite mosque in Mosul and in a district on the outskirts of the city. Some 30 people were wounded in those attacks.
""",
        "quotes": [
            (IND, "at least 40 people are dead<<>>withdrew from Iraqi cities", "say", "Iraqi officials",
             "Iraqi officials", "IRQ", NOM),
            (IND, "two suicide bombers killed at least 34 people and wounded 62 others in the northern "
                "town of Tal Afar Thursday", "say", "Officials", "officials", "IRQ", NOM),
            (IND, "the first bomber detonated an explosives vest in the town about 400 kilometers "
                "northwest of Baghdad", "said", "Police", "police", "IRQ", ORG),
            (IND, "a bombing in Sadr City killed at least six people and wounded 16 others early "
                "Thursday", "say", "police", "police in Baghdad", "IRQ", ORG),
            (IND, "a roadside bombing appeared to target the convoy of Iraq's central bank governor in "
                "Baghdad's Karrada district", "say", "authorities", "authorities", "IRQ", ORG),
            (IND, "he thinks those responsible for the recent violence are trying to affect the "
                "political process", "told", "Hanin Qudwa", "Hanin Qudwa", "IRQ", NAME),
            (IND, "a series of attacks in and around the northern city of Mosul killed at least 14 "
                "people", "said", "police", "police", "IRQ", ORG),
            (IND, "car bombs exploded within minutes of each other<<>>outskirts of the city", "say",
             "Authorities", "authorities", "IRQ", ORG),
        ],
    },
]

DOCS += [
    {
        "id": "t5-pakistan-swat-offensive",
        "url": "https://www.voanews.com/a/a-13-2009-05-07-voa54-68688002/408976.html",
        "title": "Pakistan Army Steps Up Swat Offensive",
        "published": "2009-05-07",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, the crossheads "
                "'Operations target militant training camps' and 'Aid workers concerned about Swat "
                "residents'. Cut by the store inside the next crosshead; kept to the last complete "
                "sentence. published: the date in the URL.",
        "text": """
Pakistan's army says its forces have killed more than 140 Taliban militants during the last 24 hours in Swat valley. Several troops have also been reported killed. Thousands of people continue to flee the clashes, joining hundreds of thousands of Pakistanis already displaced by fighting in the violent northwest.
Nearly two weeks after Pakistani security forces began attacking Taliban positions in the northwest Malakand region, the army says troops are now focusing on the estimated 4,000 core fighters entrenched in the militant stronghold Swat valley.
Army spokesman Major General Athar Abbas says recent operations have targeted militant training camps and ammunition dumps, killing more than 100 Taliban fighters, including some top commanders.
"On the directive of the government, the army is now in full scale operation to eliminate, militants, miscreants and anti-state elements from Swat," Abbas said. "They are on the run and trying to block the exodus of civilians from the area."
Aid workers have expressed concern that Swat residents and other civilians fleeing ongoing operations in nearby Buner and Dir districts have been unable to escape the heavy fighting.
Pakistan's military says about 64,000 people have registered at more than 10 formal camps and hospitals set up for the fleeing civilians. But the United Nations refugee agency said Friday that figure misses the tens of thousands of people who stay with friends and relatives. U.N. officials estimated up to 200,000 people may have already fled the fighting and perhaps 300,000 more could leave in the coming days. They will join an estimated half million people who fled their homes in the past year and still have not returned.
U.N. workers say they are looking for new sites to build camps for the many more expected arrivals.
""",
        "quotes": [
            (IND, "its forces have killed more than 140 Taliban militants during the last 24 hours in "
                "Swat valley", "says", "Pakistan's army", "Pakistan's army", "PAK", ORG),
            (IND, "troops are now focusing on the estimated 4,000 core fighters entrenched in the "
                "militant stronghold Swat valley", "says", "the army", "Pakistan's army", "PAK",
             ORG),
            (IND, "recent operations have targeted<<>>including some top commanders", "says",
             "Army spokesman Major General Athar Abbas", "Athar Abbas", "PAK", NAME),
            (DIR, "On the directive of the government<<>>anti-state elements from Swat", "said",
             "Abbas", "Athar Abbas", "PAK", NAME),
            (DIR, "They are on the run and trying to block the exodus of civilians from the area.",
             "said", "Abbas", "Athar Abbas", "PAK", NAME),
            (IND, "about 64,000 people have registered<<>>for the fleeing civilians", "says",
             "Pakistan's military", "Pakistan's military", "PAK", ORG),
            (IND, "that figure misses the tens of thousands of people who stay with friends and "
                "relatives", "said", "the United Nations refugee agency",
             "United Nations refugee agency", "UNO", ORG),
            (IND, "up to 200,000 people may have already fled<<>>in the coming days", "estimated",
             "U.N. officials", "U.N. officials", "UNO", NOM),
            (IND, "they are looking for new sites to build camps for the many more expected arrivals",
             "say", "U.N. workers", "U.N. workers", "UNO", NOM),
        ],
    },
    {
        "id": "t5-mogadishu-amisom-fighting",
        "url": "https://www.voanews.com/a/a-13-2009-07-13-voa38-68698617/409179.html",
        "title": "Fighting Eases in Somalia Capital",
        "published": "2009-07-13",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store; "
                "kept to the last complete sentence. published: the date in the URL.",
        "text": """
Somalia's capital, Mogadishu, is reportedly calm one day after African Union peacekeepers were seen fighting al-Shabab-led insurgents in the north of the city. The incident has raised questions about whether the peacekeepers exceeded their mandate, which limits them to defending themselves and key sites from insurgent attacks.
Sunday's fighting was reportedly precipitated by al-Shabab militants, who were spotted assembling one kilometer outside of Villa Somalia, the residence of the leader of Somalia's U.N.-backed transitional government, Sharif Sheik Ahmed.
A Somali government official told local reporters that peacekeepers from the African Union mission in Somalia, known as AMISOM, backed up government troops in defending the presidential palace.
But several people in Mogadishu interviewed by VOA say African Union peacekeepers in armored vehicles left their bases Sunday in the southern area of the capital and advanced into northern Mogadishu. There, they battled insurgents in what eyewitnesses describe as some of the worst street fighting in the capital in recent days.
The Somali reports contradict AMISOM's insistence it did not engage in any combat with insurgents. Under their mandate, the 4,300 peacekeepers from Uganda and Burundi have the right to use force to defend themselves and key sites, which include Villa Somalia, and the city's main seaport and airport in the southern part of Mogadishu.
Since arriving in Mogadishu more than two years ago in support of an unpopular, Ethiopian-backed transitional government, AMISOM has been careful to remain neutral in the insurgency, which has killed thousands of people and have left nearly 1.5 million homeless.
""",
        "quotes": [
            (IND, "peacekeepers from the African Union mission<<>>defending the presidential palace",
             "told", "A Somali government official", "Somali government official", "SOM", NOM),
            (IND, "African Union peacekeepers in armored vehicles<<>>advanced into northern Mogadishu",
             "say", "several people", "people in Mogadishu", "SOM", NOM),
        ],
    },
    {
        "id": "t5-seoul-delegation-pyongyang",
        "url": "https://www.voanews.com/a/south-korean-delegation-north-korea-for-talks/4280620.html",
        "title": "Seoul: North Korea's Kim Jong Un Meets with South Korean Officials",
        "published": "2018-03-05",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (Kim "
                "Yong Chol with the South Korean delegation, March 5, 2018). Cut by the store inside "
                "a quotation; kept to the last complete sentence. The page's mixed quotation marks "
                "are kept. published: from the photo caption.",
        "text": """
Officials in Seoul say North Korean leader Kim Jong Un hosted a dinner late Monday to welcome top aides of South Korean President Moon Jae-in, in the latest diplomatic effort that some hope will pave the way for direct talks between the U.S. and North Korea.
The 10-member South Korean delegation headed by Moon's top national security advisor, Chung Eui-Yong, arrived in Pyongyang after a rare direct flight from Seoul to convey Moon's message concerning denuclearization and a permanent peace on the Korean Peninsula.
Speaking to reporters in Seoul before his departure, Chung said that he would “deliver President Moon's strong determination and willingness for denuclearizing the Korean Peninsula, and making genuine and permanent peace (on the Peninsula)."
Chung also said he will push for "in-depth" talks to find ways to help arrange the restart of dialogue between Pyongyang and Washington.
"For this, we plan to have in-depth discussions not only on South-North talks, but also ways to continue talks between North Korea and the international community, including the United States," Chung said.
When asked about the South-North meeting, State Department Bureau of East Asian and Pacific Affairs spokeswoman Katina Adams said Monday Washington is in close contact with Seoul on a "unified response to North Korea, including the need to maintain maximum pressure to achieve a denuclearized Korean peninsula."
"We are not going to make the same mistakes as previous administrations," Adams said in a statement.
""",
        "quotes": [
            (IND, "North Korean leader Kim Jong Un hosted a dinner late Monday to welcome top aides of "
                "South Korean President Moon Jae-in", "say", "Officials", "officials in Seoul",
             "KOR", NOM),
            (IND, 'he would “deliver<<>>(on the Peninsula)."', "said", "Chung", "Chung Eui-Yong",
             "KOR", NAME),
            (PAR, "deliver President Moon's<<>>(on the Peninsula)", "said", "Chung", "Chung Eui-Yong",
             "KOR", NAME),
            (IND, 'he will push for "in-depth" talks<<>>between Pyongyang and Washington', "said",
             "Chung", "Chung Eui-Yong", "KOR", NAME),
            (PAR, "in-depth", "said", "Chung", "Chung Eui-Yong", "KOR", NAME),
            (DIR, "For this, we plan<<>>including the United States", "said", "Chung",
             "Chung Eui-Yong", "KOR", NAME),
            (IND, 'Washington is in close contact with Seoul<<>>denuclearized Korean peninsula."',
             "said",
             "State Department Bureau of East Asian and Pacific Affairs spokeswoman Katina Adams",
             "Katina Adams", "USA", NAME),
            (PAR, "unified response to North Korea<<>>denuclearized Korean peninsula", "said",
             "State Department Bureau of East Asian and Pacific Affairs spokeswoman Katina Adams",
             "Katina Adams", "USA", NAME),
            (DIR, "We are not going to make the same mistakes as previous administrations", "said",
             "Adams", "Katina Adams", "USA", NAME),
        ],
    },
    {
        "id": "t5-iaea-iran-talks",
        "url": "https://www.voanews.com/a/a-13-2006-03-07-voa43/329039.html",
        "title": "IAEA Diplomats Locked in Iran Nuclear Talks",
        "published": "2006-03-07",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store; "
                "kept to the last complete sentence. The page's full stop after the closing "
                "quotation mark is kept. published: the date in the URL.",
        "text": """
The International Atomic Energy Agency resumed closed talks Tuesday on Iran's nuclear program in an effort to avoid escalation in the stand-off with the Islamic Republic. Russian and American diplomats disagree on the next steps to ensure that Iran's nuclear installations will not be used to produce atomic bombs.
Russia is continuing its drive to mediate in the dispute between Iran and the IAEA. One plan would be to move large-scale enrichment to Russia from Iran, which would reduce the chance that Tehran could secretly make nuclear arms. The Russian initiative would leave Iran in control of a small-scale enrichment program, something which until now has met with opposition from European countries and the United States.
Western diplomats are now struggling to find a solution which would take a tough line against Iran without provoking retaliatory measures.
The IAEA hopes Iran will accept the new initiative so that United Nations Security Council action will not be necessary. The IAEA would monitor any small-scale enrichment on Iranian soil.
But Matthew Boland, press spokesman for the U.S. mission to the IAEA in Vienna, told VOA there is no indication of any change of heart on the part of Iran.
"On February 4, the IAEA reported Iran to the Security Council," he noted. "Included in that report are the steps that the international community has called on Iran to take to provide assurances that its program is intended for peaceful purposes. The IAEA report makes clear that Iran has not taken these steps".
The U.S. wants Iran to cease all enrichment activity on its territory and to hand over sensitive documents to the IAEA as requested. The U.N. nuclear watchdog also wants to interview scientists working on the Iranian nuclear program, but the United States says Tehran has denied access.
Iran says it has a right to nuclear technology and that its program is purely peaceful.
""",
        "quotes": [
            (IND, "there is no indication of any change of heart on the part of Iran", "told",
             "Matthew Boland", "Matthew Boland", "USA", NAME),
            (DIR, "On February 4, the IAEA reported Iran to the Security Council", "noted", "he",
             "Matthew Boland", "USA", PRON),
            (DIR, "Included in that report<<>>Iran has not taken these steps", "noted", "he",
             "Matthew Boland", "USA", PRON),
            (IND, "Tehran has denied access", "says", "the United States", "United States", "USA",
             ORG),
            (IND, "it has a right to nuclear technology and that its program is purely peaceful",
             "says", "Iran", "Iran", "IRN", ORG),
        ],
    },
    {
        "id": "t5-kenya-kibaki-talks",
        "url": "https://www.voabangla.com/a/a-16-2008-01-03-voa18-94430154/1396057.html",
        "title": "Kibaki: Will Talk With Rivals When Kenya Is Calm",
        "published": "2008-01-03",
        "truncated": False,
        "note": "English VOA News item on the VOA Bangla site. Removed: the Bengali "
                "'Accessibility links' label, title line, 'XS SM MD LG'. published: the date in "
                "the URL.",
        "text": """
Kenyan President Mwai Kibaki says he will talk with political rivals when the deadly post-election violence gripping Kenya has ended.
In a statement to reporters on Thursday, Mr. Kibaki said he is ready to have dialogue with what he called "concerned parties" once the nation is calm and people are ready for "constructive and productive engagement."
He also appealed for peace and said anyone who breaks the law will be punished.
Mr. Kibaki spoke a few hours after the opposition Orange Democratic Movement cancelled a rally intended to protest what it calls the rigging of last week's presidential election to ensure a Kibaki victory.
Kenyan police fired tear gas, water cannon and warning shots to prevent thousands of ODM supporters from reaching the rally site in Nairobi today. The ODM now says the protest will take place Friday.
This week's violence has displaced around 100-thousand Kenyans and left more than 300 others dead.
Today, Kenya's attorney general Amos Wako called for an independent body to review and confirm the presidential election results. However, Wako said only a court could nullify President Kibaki's victory.
European Union election observers have questioned the credibility of the results, as have several members of Kenya's electoral commission.
Early returns from the December 27th presidential vote showed Mr. Odinga in the lead. Violence broke out after voting tallies were delayed in key districts, and election authorities declared Mr. Kibaki the winner.
Much of the fighting has been between Mr. Odinga's Luo tribe and the president's Kikuyu tribe. Both sides have accused the other of committing acts of genocide.
""",
        "quotes": [
            (IND, "he will talk with political rivals when the deadly post-election violence gripping "
                "Kenya has ended", "says", "Kenyan President Mwai Kibaki", "Mwai Kibaki", "KEN",
             NAME),
            (IND, 'he is ready to have dialogue<<>>"constructive and productive engagement."', "said",
             "Mr. Kibaki", "Mwai Kibaki", "KEN", NAME),
            (PAR, "concerned parties", "called", "he", "Mwai Kibaki", "KEN", PRON),
            (PAR, "constructive and productive engagement", "said", "Mr. Kibaki", "Mwai Kibaki", "KEN",
             NAME),
            (IND, "anyone who breaks the law will be punished", "said", "He", "Mwai Kibaki", "KEN",
             PRON),
            (IND, "the protest will take place Friday", "says", "The ODM",
             "Orange Democratic Movement", "KEN", ORG),
            (IND, "only a court could nullify President Kibaki's victory", "said", "Wako", "Amos Wako",
             "KEN", NAME),
        ],
    },
    {
        "id": "t5-kerry-voa-persian-interview",
        "url": "https://www.insidevoa.com/a/john-kerry-tells-voa-us-is-ready-to-impose-more-sanctions-on-russia-for-its-actions-in-ukraine/1875840.html",
        "title": "John Kerry Tells VOA U.S. Is Ready To Impose More Sanctions on Russia For Its Actions in Ukraine",
        "published": None,
        "truncated": True,
        "note": "VOA's own news page on its interview (insidevoa.com). Removed: 'Accessibility "
                "links', 'Breaking News', title line, photo caption (given twice: 'Secretary of State "
                "John Kerry interviewed by VOA Persian's Siamak Deghanpour'). Cut by the store; kept "
                "to the last complete sentence. The page's slips ('post-WW.II', 'become the victim be "
                "the victim') are kept.",
        "text": """
Secretary of State John Kerry says the United States is “prepared to respond very, very strongly with additional, serious, sector sanctions” if Russia continues to engage in illegal activities in Ukraine. The secretary made the comment in an exclusive interview today with VOA’s Persian Service at the State Department.
“We’re not going to allow the post-WW.II order,” Mr. Kerry said, “the international structure [to] be destroyed by the unilateral actions of one country. So it’s really up to President Putin and the Russians to decide … how they’re going to proceed here.” It’s in nobody’s interests, he said, “to have Ukraine made more dangerous by Russia moving troops or becoming more provocative.” And it’s also in nobody’s interest, he added, to have this issue grow rather than de-escalate.
Turning to areas where the United States and Russia have been cooperating, such as policy toward Iran, Syria and Afghanistan, Mr. Kerry said they shouldn’t become the victim be the victim of the crisis in Ukraine.
On the subject of U.S. policy toward Iran, Mr. Kerry said the United States has made clear to Tehran the U.S. bottom line: Iran cannot have a nuclear weapon. “If it’s a peaceful program,” he added, “then it ought to be very easy to show everybody it’s a peaceful program; it’s not hard to do that if you’re serious.” The United States, he said, wanted assurances that Iran’s program “is truly peaceful and could not quickly be transformed into a weapons program.”
Mr. Kerry spoke with VOA’s Persian Service on a day where Iranians around the world are celebrating Nowruz -- the New Year.
""",
        "quotes": [
            (IND, "the United States is “prepared<<>>illegal activities in Ukraine", "says",
             "Secretary of State John Kerry", "John Kerry", "USA", NAME),
            (PAR, "prepared to respond very, very strongly with additional, serious, sector sanctions",
             "says", "Secretary of State John Kerry", "John Kerry", "USA", NAME),
            (DIR, "We’re not going to allow the post-WW.II order", "said", "Mr. Kerry", "John Kerry",
             "USA", NAME),
            (DIR, "the international structure [to]<<>>going to proceed here.", "said", "Mr. Kerry",
             "John Kerry", "USA", NAME),
            (IND, "It’s in nobody’s interests, he said, “to have Ukraine<<>>more provocative.”", "said",
             "he", "John Kerry", "USA", PRON),
            (PAR, "to have Ukraine made more dangerous by Russia moving troops or becoming more "
                "provocative", "said", "he", "John Kerry", "USA", PRON),
            (IND, "it’s also in nobody’s interest, he added, to have this issue grow rather than "
                "de-escalate", "added", "he", "John Kerry", "USA", PRON),
            (IND, "they shouldn’t become the victim be the victim of the crisis in Ukraine", "said",
             "Mr. Kerry", "John Kerry", "USA", NAME),
            (IND, "the United States has made clear to Tehran the U.S. bottom line: Iran cannot have a "
                "nuclear weapon", "said", "Mr. Kerry", "John Kerry", "USA", NAME),
            (DIR, "If it’s a peaceful program", "added", "he", "John Kerry", "USA", PRON),
            (DIR, "then it ought to be very easy<<>>if you’re serious.", "added", "he", "John Kerry",
             "USA", PRON),
            (IND, "The United States, he said, wanted assurances<<>>into a weapons program.”", "said",
             "he", "John Kerry", "USA", PRON),
            (PAR, "is truly peaceful and could not quickly be transformed into a weapons program",
             "said", "he", "John Kerry", "USA", PRON),
        ],
    },
]

DOCS += [
    {
        "id": "t5-burma-junta-dismisses-allegation",
        "url": "http://burmese.voanews.com/a/a-27-a-2003-04-27-3-1-93474989/1226923.html",
        "title": "Burmese Junta Dismisses Opposition Leader's Allegation - 2003-04-27",
        "published": "2003-04-27",
        "truncated": False,
        "note": "English VOA News item on the VOA Burmese site. Removed: the Burmese "
                "'Accessibility links' and 'Breaking News' labels, title line, 'XS SM MD LG'. The "
                "agency credit line is kept. published: from the title.",
        "text": """
Burma's military government is disputing an allegation from pro-democratic opposition leader Aung San Suu Kyi that Rangoon is not interested in political reconciliation.
Ms. Aung San Suu Kyi made the allegation to reporters earlier this week. But Friday, a government spokesman told reporters her allegation is senseless and does nothing to promote the reconciliation process.
Just a few months ago, the opposition leader said she was optimistic about political change in Burma. This week she said that if the military government is truly interested in the welfare of the country, it should start cooperating with her National League for Democracy party.
The United Nations brokered historic talks between the government and the opposition in late 2000, but negotiations have failed to move past the confidence-building stage.
Information for this report is provided by AP, AFP and Reuters.
""",
        "quotes": [
            (IND, "her allegation is senseless and does nothing to promote the reconciliation process",
             "told", "a government spokesman", "government spokesman", "MMR", NOM),
            (IND, "she was optimistic about political change in Burma", "said", "the opposition leader",
             "Aung San Suu Kyi", "MMR", NOM),
            (IND, "if the military government is truly interested<<>>National League for Democracy "
                "party", "said", "she", "Aung San Suu Kyi", "MMR", PRON),
        ],
    },
    {
        "id": "t5-burma-junta-rejects-harassment",
        "url": "https://burmese.voanews.com/a/a-27-a-2003-01-04-2-1-93475559/1227018.html",
        "title": "Burmese Junta Rejects Allegations of Harassment Against Opposition - 2003-01-04",
        "published": "2003-01-04",
        "truncated": False,
        "note": "English VOA News item on the VOA Burmese site. Removed: the Burmese "
                "'Accessibility links' label, title line. The page's 'have have' and the agency "
                "credit line are kept. published: from the title.",
        "text": """
Burma's military junta has denied restricting opposition leader Aung San Suu Kyi's political activities.
In a statement today (Saturday), the junta denied restricting any politician's movements, but said local law-enforcement personnel cannot be faulted for carrying out their legitimate responsibilities.
Nobel laureate Aung San Suu Kyi said last week that although a series of trips around the country had gone well, some local officials were obstructive. During her trip last week to western Rakhine state, officials reportedly blocked her vehicle and told people not to attend her rallies.
The United States and Britain have have voiced concern over the allegations.
Information for this report is provided by AP and AFP.
""",
        "quotes": [
            (IND, "local law-enforcement personnel cannot be faulted for carrying out their legitimate "
                "responsibilities", "said", "the junta", "Burma's military junta", "MMR", ORG),
            (IND, "although a series of trips around the country had gone well, some local officials "
                "were obstructive", "said", "Nobel laureate Aung San Suu Kyi", "Aung San Suu Kyi",
             "MMR", NAME),
        ],
    },
    {
        "id": "t5-libya-nato-tripoli-misrata",
        "url": "https://www.voanews.com/a/nato-carries-out-airstrikes-on-libyan-capital-121553074/139202.html",
        "title": "NATO Bombs Strike Tripoli; Rebels Advance in Misrata",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (a "
                "Libyan rebel fighter outside Ajdabiya, May 10, 2011). The stored text ends with a "
                "complete paragraph near the store's limit; the page probably went on.",
        "text": """
NATO bombings shook the Libyan capital Tuesday, as rebels claimed to have pushed government forces further away from the besieged port city of Misrata.
The alliance says airstrikes in Tripoli targeted a military command and control facility run by pro-government forces. Residents said one of the bombs hit a building used by Libya's military intelligence agency.
NATO officials again denied they are targeting Libyan leader Moammar Gadhafi, but one strike sent up smoke from what appeared to be Mr. Gadhafi's compound.
In Misrata, a rebel military spokesman said opposition forces have pushed government troops back about 15 kilometers from the city as opposition fighters advanced to the town of Dafniya. Colonel Ahmed Bani also said rebels had dislodged pro-Gadhafi forces from around the airport after two days of heavy fighting.
In eastern Libya, rebels reported advances between the towns of Ajdabiya and Brega.
In another boost to the opposition, the U.S. State Department said the first load of non-lethal American military aid for the rebels landed Tuesday in their stronghold of Benghazi. The Associated Press quoted spokesman Mark Toner as saying the shipment consists of more than 10,000 meals, with further deliveries of medical supplies, boots and protective gear to arrive soon.
The shipment comes ahead of planned meetings in Washington this week between U.S. officials and senior members of Libya's opposition Transitional National Council.
""",
        "quotes": [
            (IND, "airstrikes in Tripoli targeted a military command and control facility run by "
                "pro-government forces", "says", "The alliance", "NATO", "IGO", ORG),
            (IND, "one of the bombs hit a building used by Libya's military intelligence agency",
             "said", "Residents", "residents", "LBY", NOM),
            (IND, "they are targeting Libyan leader Moammar Gadhafi", "denied", "NATO officials",
             "NATO officials", "IGO", NOM),
            (IND, "opposition forces have pushed government troops back<<>>the town of Dafniya",
             "said", "a rebel military spokesman", "Ahmed Bani", "LBY", NOM),
            (IND, "rebels had dislodged pro-Gadhafi forces from around the airport after two days of "
                "heavy fighting", "said", "Colonel Ahmed Bani", "Ahmed Bani", "LBY", NAME),
            (IND, "the first load of non-lethal American military aid<<>>stronghold of Benghazi",
             "said", "the U.S. State Department", "U.S. State Department", "USA", ORG),
            (IND, "the shipment consists of more than 10,000 meals<<>>to arrive soon", "as saying",
             "spokesman Mark Toner", "Mark Toner", "USA", NAME),
        ],
    },
    {
        "id": "t5-haiti-devastation-relief",
        "url": "https://www.voanews.com/a/devastation-hampers-earthquake-relief-effort-in-haiti-81337062/163744.html",
        "title": "Devastation Hampers Earthquake Relief Effort in Haiti",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store "
                "inside a quotation; kept to the last complete sentence. The page's 'WF' (for WFP) "
                "is kept.",
        "text": """
The United Nations and international aid agencies are ramping up their assistance to earthquake victims in Haiti. But, they report the extent of devastation caused by the powerful quake is hampering their relief efforts.
Haiti is prone to disasters, but this huge quake is the worst to hit the Caribbean island state in two centuries. The 7.0 magnitude earthquake that struck Haiti on Tuesday destroyed much of the country's capital, Port-au-Prince.
The International Red Cross fears up to three million people may have been affected by the earthquake, which not only devastated the capital city, but many smaller nearby communities.
The United Nations reports electricity has been cut off and communications are difficult. It says bridges have been knocked out, hospitals and care facilities have been damaged or destroyed. Haiti's envoy to the United States estimates losses could run into the billions.
The World Food Program is leading the United Nations emergency operation in Haiti. The director of the WF office in Geneva, Charles Vincent, says the airport in Port-au-Prince is open. But, he says access to the town from the airport is limited because of debris and other obstacles on the roads.
"The Dominican Republic, which … could be an important hub for us to bring relief material on behalf of the humanitarian community has not been damaged, so we can use the Dominican Republic assets. And, we are beefing up our teams on the other side of the border," he said.
Vincent says there are about four million people concentrated in and around Port-au-Prince. So, it is extremely critical to get essential aid and relief supplies to the survivors.
He says WF has thousands of tons of food stocks in Haiti. So, he says WF can respond very quickly to food needs.
""",
        "quotes": [
            (IND, "the extent of devastation caused by the powerful quake is hampering their relief "
                "efforts", "report", "they", "United Nations and international aid agencies", "UNO",
             PRON),
            (IND, "electricity has been cut off and communications are difficult", "reports",
             "The United Nations", "United Nations", "UNO", ORG),
            (IND, "bridges have been knocked out, hospitals and care facilities have been damaged or "
                "destroyed", "says", "It", "United Nations", "UNO", PRON),
            (IND, "losses could run into the billions", "estimates", "Haiti's envoy",
             "Haiti's envoy to the United States", "HTI", NOM),
            (IND, "the airport in Port-au-Prince is open", "says", "Charles Vincent", "Charles Vincent",
             "UNO", NAME),
            (IND, "access to the town from the airport is limited because of debris and other "
                "obstacles on the roads", "says", "he", "Charles Vincent", "UNO", PRON),
            (DIR, "The Dominican Republic, which …<<>>on the other side of the border", "said", "he",
             "Charles Vincent", "UNO", PRON),
            (IND, "there are about four million people concentrated in and around Port-au-Prince",
             "says", "Vincent", "Charles Vincent", "UNO", NAME),
            (IND, "WF has thousands of tons of food stocks in Haiti", "says", "He", "Charles Vincent",
             "UNO", PRON),
            (IND, "WF can respond very quickly to food needs", "says", "he", "Charles Vincent", "UNO",
             PRON),
        ],
    },
    {
        "id": "t5-haiti-aid-distribution",
        "url": "https://www.voabangla.com/a/a-16-2010-01-16-voa6-94466129/1400091.html",
        "title": "Aid Pours Into Haiti, Faces Distribution Delays",
        "published": "2010-01-16",
        "truncated": True,
        "note": "English VOA News item on the VOA Bangla site. Removed: the Bengali "
                "'Accessibility links' label, title line. Cut by the store; kept to the last "
                "complete sentence. The page's missing full stop ('clean water') and its broken "
                "character in 'Ren\ufffd Preval' are kept. published: the date in the URL.",
        "text": """
More international aid is on the way to Haiti, but officials are complaining of problems coordinating its distribution.
The U.S. military is operating Haiti's damaged main airport in the capital, Port-au-Prince, where many of the supplies are arriving. But lack of space has made it difficult to cope with all the planes sent by foreign donors and governments, and some have been forced to turn back.
Aid groups are working around the clock to get relief supplies that have arrived to survivors in and around the capital, but their efforts have also been slowed by blocked roads and limited resources.
A United Nations spokeswoman (Elizabeth Byrs) says the earthquake in Haiti is one of the worst disasters the world body has ever had to face.
Four days after the quake reduced much of Port-au-Prince to rubble, thousands of people are living in the streets with untreated injuries and without sufficient food or clean water
Aid workers report patience is wearing thin, and say they are worried about security problems if supplies are not delivered quickly.
U.S. Secretary of State Hillary Clinton traveled Saturday to Port-au-Prince. Secretary Clinton landed at the airport in a U.S. Coast Guard transport plane loaded with water, food supplies and toiletries for staff at the U.S. Embassy.
She will meet with Haitian President Ren\ufffd Preval and members of the U.S. government team and other aid workers to determine how best to help the recovery effort. At a stop in Puerto Rico, Clinton said it will help if the Haitian parliament issues an emergency decree. She says such a move would give Haitian authorities more authority to impose curfews and other measures to meet people's needs.
Clinton said she will limit her visit to the confines of the airport so as not to disrupt relief efforts.
""",
        "quotes": [
            (IND, "the earthquake in Haiti is one of the worst disasters the world body has ever had "
                "to face", "says", "A United Nations spokeswoman", "Elizabeth Byrs", "UNO", NOM),
            (IND, "patience is wearing thin", "report", "Aid workers", "aid workers", None, NOM),
            (IND, "they are worried about security problems if supplies are not delivered quickly",
             "say", "Aid workers", "aid workers", None, NOM),
            (IND, "it will help if the Haitian parliament issues an emergency decree", "said",
             "Clinton", "Hillary Clinton", "USA", NAME),
            (IND, "such a move would give Haitian authorities more authority to impose curfews and "
                "other measures to meet people's needs", "says", "She", "Hillary Clinton", "USA",
             PRON),
            (IND, "she will limit her visit to the confines of the airport so as not to disrupt "
                "relief efforts", "said", "Clinton", "Hillary Clinton", "USA", NAME),
        ],
    },
]

DOCS += [
    {
        "id": "t5-haiti-ban-visit",
        "url": "https://www.voabangla.com/a/a-16-2010-01-17-voa4-94462774/1399755.html",
        "title": None,
        "published": "2010-01-17",
        "truncated": True,
        "note": "English VOA News item on the VOA Bangla site; the store holds the text without "
                "page furniture or title, with hard line wraps, which are joined; the paragraph "
                "breaks are reconstructed (a new paragraph where a stored line ends a sentence). "
                "Cut by the store; kept to the last complete sentence. The page's 'crisis' (for "
                "'crises') is kept. published: the date in the URL.",
        "text": """
U.N. Secretary-General Ban Ki-moon says Haiti needs "unprecedented international support" due to the overwhelming damage and destruction caused by last week's massive earthquake.
Mr. Ban arrived in Haiti Sunday to see the aid efforts for what he called "one of the most serious humanitarian crisis in decades." He says the U.N.'s priorities are coordinating the relief efforts, providing urgent humanitarian assistance, and saving as many lives as possible.
International aid workers are struggling to deliver desperately needed water, food and medical supplies to Haitians, five days after the magnitude 7.0 earthquake.
U.S. Lieutenant General Ken Keen, one of the top commanders overseeing relief efforts on the ground, says workers are relying on helicopters to ferry materials because roads are so badly damaged.
The U.S. State Department says American citizens with a valid U.S. passport should go straight to the airport in the capital, Port-au-Prince, if they want to be evacuated.
Haitian officials said some 40,000 corpses have been buried in mass graves and predicted the death toll could reach as high as 200,000.
Mr. Ban will tour the ruins of the U.N. headquarters that collapsed during the quake and buried several employees.
Mr. Ban said the United Nations should "prepare for the worst" regarding U.N. casualties in Haiti. Several dozen UN personnel are dead, and about 300 are missing.
The United Nations on Saturday confirmed the death of Hedi Annabi, the U.N. special representative in Haiti and his deputy Luiz Carlos da Costa. Their bodies were found inside the collapsed U.N. headquarters along with that of Acting U.N. Police Commissioner in Haiti, Doug Coates.
Meanwhile, a Red Cross spokesman (Matthew Cochrane) said Sunday aid operations have not given much attention to areas outside of the capital because they are difficult to reach.
""",
        "quotes": [
            (IND, 'Haiti needs "unprecedented international support"<<>>last week\'s massive '
                "earthquake", "says", "U.N. Secretary-General Ban Ki-moon", "Ban Ki-moon", "UNO",
             NAME),
            (PAR, "unprecedented international support", "says",
             "U.N. Secretary-General Ban Ki-moon", "Ban Ki-moon", "UNO", NAME),
            (PAR, "one of the most serious humanitarian crisis in decades", "called", "he",
             "Ban Ki-moon", "UNO", PRON),
            (IND, "the U.N.'s priorities are coordinating<<>>as many lives as possible", "says", "He",
             "Ban Ki-moon", "UNO", PRON),
            (IND, "workers are relying on helicopters to ferry materials because roads are so badly "
                "damaged", "says", "U.S. Lieutenant General Ken Keen", "Ken Keen", "USA", NAME),
            (IND, "American citizens with a valid U.S. passport<<>>if they want to be evacuated",
             "says", "The U.S. State Department", "U.S. State Department", "USA", ORG),
            (IND, "some 40,000 corpses have been buried in mass graves", "said", "Haitian officials",
             "Haitian officials", "HTI", NOM),
            (IND, "the death toll could reach as high as 200,000", "predicted", "Haitian officials",
             "Haitian officials", "HTI", NOM),
            (IND, 'the United Nations should "prepare for the worst" regarding U.N. casualties in '
                "Haiti", "said", "Mr. Ban", "Ban Ki-moon", "UNO", NAME),
            (PAR, "prepare for the worst", "said", "Mr. Ban", "Ban Ki-moon", "UNO", NAME),
            (IND, "aid operations have not given much attention to areas outside of the capital "
                "because they are difficult to reach", "said", "a Red Cross spokesman",
             "Matthew Cochrane", "NGO", NOM),
        ],
    },
    {
        "id": "t5-ivory-coast-gbagbo-insists",
        "url": "https://www.voanews.com/a/ivory-coast-leader-insists-he-is-rightful-president-112545294/132845.html",
        "title": "Ivory Coast Leader Insists He is Rightful President",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (given "
                "twice: Laurent Gbagbo interviewed in Abidjan, 26 Dec 2010). Cut by the store; kept "
                "to the last complete sentence.",
        "text": """
Ivory Coast's incumbent leader Laurent Gbagbo is insisting he is the true president of the country, but said he would be willing for an international committee to re-examine the election results.
In a speech broadcast on state television Tuesday, Mr. Gbagbo defied a global barrage of criticism, saying he won the November election.
However, he said he did not want more bloodshed in his country and offered to allow envoys from world powers, including the African Union, the United Nations and the European Union, to form a panel to study the post-election crisis.
The international community has recognized Mr. Gbagbo's rival, Alassane Ouattara, as the winner of November's disputed poll.
U.N. Secretary-General Ban Ki-moon warned Tuesday that Ivory Coast faces "a real risk" of return to civil war.
He accused forces loyal to Mr. Gbagbo of trying to blockade the U.N. mission there and said the situation could become critical within days. He appealed to U.N. member states to help supplies reach the mission, which is guarding a hotel serving as headquarters to Mr. Ouattara.
The U.N. chief said there has been an alarming increase in violence in the past week and said the United Nations has confirmed that mercenaries are being recruited from neighboring countries.
The United Nations say more than 50 people have been killed in recent days and says it has received hundreds of reports of people being abducted from their homes by armed assailants in military uniforms.
Nigeria said Tuesday it evacuated families of diplomats serving in Abidjan because of the intensifying standoff.
""",
        "quotes": [
            (IND, "he is the true president of the country", "insisting",
             "Ivory Coast's incumbent leader Laurent Gbagbo", "Laurent Gbagbo", "CIV", NAME),
            (IND, "he would be willing for an international committee to re-examine the election "
                "results", "said", "Ivory Coast's incumbent leader Laurent Gbagbo", "Laurent Gbagbo",
             "CIV", NAME),
            (IND, "he won the November election", "saying", "Mr. Gbagbo", "Laurent Gbagbo", "CIV",
             NAME),
            (IND, "he did not want more bloodshed in his country", "said", "he", "Laurent Gbagbo",
             "CIV", PRON),
            (IND, 'Ivory Coast faces "a real risk" of return to civil war', "warned",
             "U.N. Secretary-General Ban Ki-moon", "Ban Ki-moon", "UNO", NAME),
            (PAR, "a real risk", "warned", "U.N. Secretary-General Ban Ki-moon", "Ban Ki-moon", "UNO",
             NAME),
            (IND, "the situation could become critical within days", "said", "He", "Ban Ki-moon",
             "UNO", PRON),
            (IND, "there has been an alarming increase in violence in the past week", "said",
             "The U.N. chief", "Ban Ki-moon", "UNO", NOM),
            (IND, "the United Nations has confirmed that mercenaries are being recruited from "
                "neighboring countries", "said", "The U.N. chief", "Ban Ki-moon", "UNO", NOM),
            (IND, "more than 50 people have been killed in recent days", "say", "The United Nations",
             "United Nations", "UNO", ORG),
            (IND, "it has received hundreds of reports<<>>in military uniforms", "says",
             "The United Nations", "United Nations", "UNO", ORG),
            (IND, "it evacuated families of diplomats serving in Abidjan because of the intensifying "
                "standoff", "said", "Nigeria", "Nigeria", "NGA", ORG),
        ],
    },
    {
        "id": "t5-ivory-coast-un-vehicles-burned",
        "url": "http://www.voanews.com/english/news/africa/Calm-Returns-to-Abidjan-After-Deadly-Clashes-113450659.html",
        "title": "3 UN Vehicles Burned in Ivory Coast",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (given "
                "twice: Ivorian students near a burnt U.N. vehicle, 13 Jan 2011). Cut by the store; "
                "kept to the last complete sentence.",
        "text": """
The United Nations says three U.N. vehicles in Ivory Coast have been attacked and burned by youths loyal to incumbent leader Laurent Gbagbo.
A spokesman for the U.N. mission in Ivory Coast, Kenneth Blackman, says the attack occurred Thursday in the Riviera district of the main city, Abidjan. There were no immediate reports of casualties.
The U.N. and other international bodies want Mr. Gbagbo to cede power to rival Alassane Ouattara, who most countries recognize as the winner of November's presidential election.
Mr. Gbagbo has refused and ordered U.N. peacekeepers to leave the country -- an order the U.N. has rejected, saying Mr. Gbagbo is no longer Ivory Coast's president.
Fighting between pro-Gbagbo security forces and armed Ouattara supporters in Abidjan Tuesday and Wednesday killed 11 people, including several policemen.
The city was calm overnight Wednesday after the army imposed a curfew on the Abobo district, where the fighting had taken place.
Earlier, the U.N. said three of its peacekeepers were wounded late Tuesday in an ambush by Gbagbo forces. In a statement, U.N. Secretary-General Ban Ki-moon said any attacks on U.N. peacekeepers are unacceptable.
Mr. Ban also accused pro-Gbagbo forces of trying to force U.N. troops out of the Abobo district. He said U.N. forces "are determined" to stay in the area and will carry out their mandate to protect civilians.
The West African bloc ECOWAS and the African Union have tried to persuade Mr. Gbagbo to give up power, so far without success.
He maintains control of the army and other state institutions, although the U.N. is no longer recognizing his diplomats.
""",
        "quotes": [
            (IND, "three U.N. vehicles in Ivory Coast have been attacked and burned by youths loyal to "
                "incumbent leader Laurent Gbagbo", "says", "The United Nations", "United Nations",
             "UNO", ORG),
            (IND, "the attack occurred Thursday in the Riviera district of the main city, Abidjan",
             "says", "Kenneth Blackman", "Kenneth Blackman", "UNO", NAME),
            (IND, "Mr. Gbagbo is no longer Ivory Coast's president", "saying", "the U.N.",
             "United Nations", "UNO", ORG),
            (IND, "three of its peacekeepers were wounded late Tuesday in an ambush by Gbagbo forces",
             "said", "the U.N.", "United Nations", "UNO", ORG),
            (IND, "any attacks on U.N. peacekeepers are unacceptable", "said",
             "U.N. Secretary-General Ban Ki-moon", "Ban Ki-moon", "UNO", NAME),
            (IND, 'U.N. forces "are determined" to stay in the area and will carry out their mandate '
                "to protect civilians", "said", "He", "Ban Ki-moon", "UNO", PRON),
            (PAR, "are determined", "said", "He", "Ban Ki-moon", "UNO", PRON),
        ],
    },
    {
        "id": "t5-ivory-coast-gbagbo-forces-deny",
        "url": "https://www.voanews.com/a/gbagbo-forces-deny-attacking-un-ouattara-compound-119560249/137758.html",
        "title": "Gbagbo Forces Deny Attacking UN, Ouattara Compound",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (U.N. "
                "soldiers and pro-Ouattara forces outside Abidjan, April 9, 2011). Cut by the store; "
                "kept to the last complete sentence.",
        "text": """
Forces loyal to Ivory Coast's incumbent president Laurent Gbagbo say they are not responsible for Saturday's attack on a hotel housing the country's internationally-recognized leader. The United Nations and the United States say Gbagbo's forces used a ceasefire last week to regroup and rearm.
Gbagbo's government says its forces were not behind the mortar attack on Abidjan's Golf Hotel where internationally-recognized president Alassane Ouattara is guarded by more than 300 United Nations peacekeepers.
Gbagbo spokesman Ahoua Don Mello is calling on Ivorian citizens to resist French forces in Abidjan, who he said launched a "barbaric attack" last week along with pro-Ouattara fighters and U.N. peacekeepers.
French and U.N. helicopters attacked Gbagbo heavy weapons positions at the presidential compound and the main military barracks last Monday. Pro-Ouattara fighters were unable to dislodge Gbagbo from an underground bunker at the presidential residence and say they will now leave him there and concentrate on securing the rest of the city.
But the head of U.N. peacekeeping says nearly 1,000 Gbagbo fighters are regaining ground in downtown Abidjan and in the Cocody neighborhood around the presidential compound after using last Tuesday's ceasefire to reinforce their positions.
The U.S. State Department says it is clear that last week's attempt to negotiate Gbagbo's surrender was nothing more than a ruse to regroup and rearm. State Department spokesman Mark Toner says Gbagbo's continued efforts to force a result that he could not obtain at the ballot box show what he calls a "callous disregard for the welfare of the Ivorian people, who will again suffer amid renewed heavy fighting in Abidjan."
""",
        "quotes": [
            (IND, "they are not responsible for Saturday's attack<<>>internationally-recognized leader",
             "say", "Forces", "forces loyal to Laurent Gbagbo", "CIV", ORG),
            (IND, "Gbagbo's forces used a ceasefire last week to regroup and rearm", "say",
             "The United Nations and the United States", "United Nations and United States", None,
             ORG),
            (IND, "its forces were not behind the mortar attack<<>>300 United Nations peacekeepers",
             "says", "Gbagbo's government", "Gbagbo's government", "CIV", ORG),
            (IND, 'launched a "barbaric attack" last week along with pro-Ouattara fighters and U.N. '
                "peacekeepers", "said", "he", "Ahoua Don Mello", "CIV", PRON),
            (PAR, "barbaric attack", "said", "he", "Ahoua Don Mello", "CIV", PRON),
            (IND, "they will now leave him there and concentrate on securing the rest of the city",
             "say", "Pro-Ouattara fighters", "pro-Ouattara fighters", "CIV", NOM),
            (IND, "nearly 1,000 Gbagbo fighters are regaining ground<<>>to reinforce their positions",
             "says", "the head", "head of U.N. peacekeeping", "UNO", NOM),
            (IND, "it is clear that last week's attempt to negotiate Gbagbo's surrender was nothing "
                "more than a ruse to regroup and rearm", "says", "The U.S. State Department",
             "U.S. State Department", "USA", ORG),
            (IND, "Gbagbo's continued efforts to force a result<<>>heavy fighting in Abidjan.\"",
             "says", "State Department spokesman Mark Toner", "Mark Toner", "USA", NAME),
            (PAR, "callous disregard for the welfare of the Ivorian people, who will again suffer "
                "amid renewed heavy fighting in Abidjan", "calls", "he", "Mark Toner", "USA", PRON),
        ],
    },
    {
        "id": "t5-ivory-coast-battle-gbagbo-home",
        "url": "http://www.voanews.com/english/news/africa/west/Fighting-in-Abidjan-Surrounds-Home-of-Incumbent-President-119049654.html",
        "title": "Ivory Coast Battle Rages Near Gbagbo's Home",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (given "
                "twice: smoke over Abidjan, April 1, 2011). Cut by the store; kept to the last "
                "complete sentence. The page's 'Chistof Heyns' is kept.",
        "text": """
Heavy gunfire and explosions have gripped Ivory Coast's main city, Abidjan, as a battle for control of the country raged outside the presidential palace and the home of incumbent president Laurent Gbagbo.
Residents hid in their homes as fighters for internationally-recognized president Alassane Ouattara battled forces still loyal to Mr. Gbagbo.
It was not clear if Mr. Gbagbo was inside his home, in the presidential palace or elsewhere. A Paris-based advisor, Alain Toussaint, said Friday that Mr. Gbagbo has no intention of ceding power.
A spokesperson for the U.N. mission in Ivory Coast, Hamadoune Toure said that the mission offered to transport Mr. Gbagbo out of the country to help resolve the crisis.
Mr. Ouattara has been declared the winner of a November presidential election, but Mr. Gbagbo has refused to step down and has been able to stay in control largely with the military's help.
However, fighters loyal to Mr. Ouattara met little resistance from pro-Gbagbo troops when they swept into Abidjan Thursday, after a fast-moving offensive through the country in which they captured town after town.
On Friday, U.N. Secretary-General Ban Ki-moon urged Mr. Gbagbo to hand over power and warned both sides that anyone who commits human rights violations will be held accountable. Both Gbagbo and Ouattara supporters have been accused of abuses.
The U.N. High Commissioner for Refugees (UNHCR) said there are reports of extrajudicial killings, the killing and maiming of children and sexual violence.
Special Rapporteur Chistof Heyns cited reports that civilians are being killed for expressing their political affiliation.
""",
        "quotes": [
            (IND, "Mr. Gbagbo has no intention of ceding power", "said", "Alain Toussaint",
             "Alain Toussaint", "CIV", NAME),
            (IND, "the mission offered to transport Mr. Gbagbo out of the country to help resolve the "
                "crisis", "said", "Hamadoune Toure", "Hamadoune Toure", "UNO", NAME),
            (IND, "anyone who commits human rights violations will be held accountable", "warned",
             "U.N. Secretary-General Ban Ki-moon", "Ban Ki-moon", "UNO", NAME),
            (IND, "there are reports of extrajudicial killings, the killing and maiming of children "
                "and sexual violence", "said", "The U.N. High Commissioner for Refugees",
             "U.N. High Commissioner for Refugees", "UNO", ORG),
        ],
    },
]

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

D, P, I = "direct", "partial", "indirect"
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
            (I, "insurgents were not inside the airport but were able to block access to it", "said",
             "A rebel fighter", "rebel fighter", "SYR", NOM),
            (I, "the heaviest clashes<<>>just east of the airport", "said",
             "The Britain-based Syrian Observatory for Human Rights",
             "Syrian Observatory for Human Rights", "NGO", ORG),
            (I, '"terrorists," not state agents, were responsible for the countrywide outage',
             "as saying", "Syria's minister of information", "Syria's minister of information",
             "SYR", NOM),
            (P, "terrorists", "as saying", "Syria's minister of information",
             "Syria's minister of information", "SYR", NOM),
            (I, "rebel units launched a new offensive<<>>commercial capital of Aleppo", "said",
             "The British-based Observatory", "Syrian Observatory for Human Rights", "NGO", ORG),
            (I, "rebel forces in Idlib province began moving on Wadi al-Deif early Thursday", "said",
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
            (I, "al-Qaida-linked militants and a Western-backed opposition faction end their "
                "infighting in northern Syria", "demanded", "Several powerful Syrian rebel groups",
             "Syrian rebel groups", "SYR", NOM),
            (I, "those that signed the appeal<<>>Free Syrian Army alliance", "said",
             "The Britain-based Syrian Observatory for Human Rights",
             "Syrian Observatory for Human Rights", "NGO", ORG),
            (I, "the nerve agent sarin was used", "determined", "the U.N.", "United Nations",
             "UNO", ORG),
            (I, "the attack killed 1,400 people", "has said", "The U.S.", "United States", "USA",
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
            (I, "at least five people were killed in the incident", "say", "Activists", "activists",
             "EGY", NOM),
            (I, "the nationwide death toll since Sunday has risen to 16", "say", "Egyptian officials",
             "Egyptian officials", "EGY", NOM),
            (I, "the crowds in Cairo<<>>3 million people", "saying", "the Interior Ministry",
             "Interior Ministry", "EGY", ORG),
            (D, "Don't you (Morsi) see<<>>Be fair.", None, "Jamal Helal", "Jamal Helal", "EGY", NAME),
            (I, "dialogue is the only way out of Egypt's political crisis", "saying",
             "the presidential office", "presidential office", "EGY", ORG),
            (I, 'if he gave in to the pressure<<>>"week or a month."', "said", "President Morsi",
             "Mohamed Morsi", "EGY", NAME),
            (P, "week or a month", "said", "President Morsi", "Mohamed Morsi", "EGY", NAME),
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
            (I, "eight suicide attackers also died in the daytime assault after they tried to kill "
                "as many people as possible", "say", "Afghan officials", "Afghan officials", "AFG",
             NOM),
            (I, "the suicide bombers were trying to kill the justice minister", "saying",
             "a Taliban spokesman", "Zabiullah Mujaheed", "AFG", NOM),
            (P, "horrendous crime against civilians", "condemned",
             "U.N. Secretary-General Ban Ki-moon", "Ban Ki-moon", "UNO", NAME),
            (P, "a total disrespect of human rights", "condemned",
             "U.N. Secretary-General Ban Ki-moon", "Ban Ki-moon", "UNO", NAME),
            (P, "somewhat bold, brazen and troubling", "called",
             "A U.S. Defense Department spokesman", "Bryan Whitman", "USA", NOM),
            (I, "the attacks demonstrated a high degree of coordination", "said",
             "Interior Ministry officials", "Interior Ministry officials", "AFG", NOM),
            (I, "there are indications that some of the militants were foreigners", "adding",
             "Interior Ministry officials", "Interior Ministry officials", "AFG", NOM),
            (I, "authorities are investigating the possibility militant groups in Pakistan are "
                "linked to the assault", "said", "Afghanistan's security chief", "Amrullah Saleh",
             "AFG", NOM),
            (I, "another French soldier was seriously wounded in the attack", "say",
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
            (I, "the death toll may rise as rescue workers pull bodies from the rubble", "says",
             "Iraq's Interior Ministry", "Iraq's Interior Ministry", "IRQ", ORG),
            (I, "the violence bears the hallmarks of al-Qaida", "says",
             "Iraqi government spokesman Ali al-Dabbagh", "Ali al-Dabbagh", "IRQ", NAME),
            (I, "attacks could rise ahead of elections in January", "warned", "officials",
             "officials", "IRQ", NOM),
            (I, "the United States will stand with Iraq's people and government as they prepare "
                "for upcoming elections", "said", "He", "Barack Obama", "USA", PRON),
            (P, "despicable terrorist attacks", "called", "U.S. Secretary of State Hillary Clinton",
             "Hillary Clinton", "USA", NAME),
            (I, 'those behind the violence "seek<<>>self-reliance."', "said", "She",
             "Hillary Clinton", "USA", PRON),
            (P, "seek to undermine the impressive progress that Iraq has made towards stability "
                "and self-reliance", "said", "She", "Hillary Clinton", "USA", PRON),
            (I, "they will not succeed", "said", "Clinton", "Hillary Clinton", "USA", NAME),
            (P, "senseless and indiscriminate acts of violence", "called", "he", "Ban Ki-moon",
             "UNO", PRON),
            (I, "the attackers repeatedly target the innocent and aim to disrupt Iraq 's recovery",
             "said", "He", "Ban Ki-moon", "UNO", PRON),
        ],
    },
]

"""Source of the sealed quotes test set ``test14.jsonl`` (VOA news stories, 2005-2023).

Annotated by helper sqq15 on 2026-12-06, before any system ran on these texts. Extended by
helper sqq15b on 2026-12-06, before any use (12 documents from
``t14-kenya-pre-election-violence-2007`` on; their notes start 'Added by sqq15b'). Texts are
Voice of America pages (public domain) as the ``search`` tool's ``pages`` corpus stores them;
page furniture removed (named in each ``note``). Build and check with
``python data/gold/check_quotes_test14.py build``.

Each quote is a tuple ``(kind, span, cue, speaker_text, speaker, speaker_country,
speaker_class[, after])``; a span is searched from the start of the previous quote (or after
the first occurrence of ``after``); ``"A<<>>B"`` spans from A to the next B.
"""

DOCS = [
    {
        "id": "t14-nigeria-boko-haram-survivor-2014",
        "url": "http://www.voanews.com/content/boko-harams-terror-targets/1933817.html",
        "title": "VOA EXCLUSIVE: Boko Haram's Terror Targets Many, Spares Few",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Africa', title line, photo caption (stored twice), byline "
                "'Ibrahim AhmedMike Eckel', crosshead 'Tactics escalate'. Cut by the store inside "
                "the next sentence ('... President Goodluck Jonathan’s go'); kept to the last "
                "complete sentence. published: null (2014 by the URL id range and the content "
                "'five-year insurgency', April schoolgirl abduction).",
        "text": """
Ijabula Seltimari can’t figure out how he managed to survive being shot by Boko Haram militants.
Twice. In the head. At point blank range.
His body, he said, bounced as the bullets hit.
"I tried getting up, but I fell. I tried again, but I fell again. So I lay on the ground and that was when people from the neighborhood arrived," Seltimari told VOA in an interview. "I am lucky that I am still alive."
Seltimari, a 29-year-old married father of three who makes a living loading and unloading cargo from delivery trucks, doesn’t know why he was targeted.
Regardless, though, his survival in the attack in February was unusual for those who have suffered at the hands of Boko Haram.
During a five-year insurgency, thousands of people have been killed by the extremist Islamist group battling what it says are pernicious Western influences in mainly Muslim northern Nigeria.
Over the past year, as the group’s tactics have escalated from localized violence to widespread mayhem that threatens stability across West Africa, an estimated 250,000 Nigerians have been driven from their homes in three northeastern states.
This year, Boko Haram’s campaign has turned decidedly more deadly, with more than 2,000 killed so far.
In April, the group grabbed the world’s attention when it abducted more than 200 schoolgirls from a northeastern Nigerian village.
""",
        "quotes": [
            ("indirect", "bounced as the bullets hit", "said", "he", "Ijabula Seltimari", "NGA", "pronoun"),
            ("direct", "I tried getting up, but I fell. I tried again, but I fell again. So I lay on the ground and that was when people from the neighborhood arrived",
             "told", "Seltimari", "Ijabula Seltimari", "NGA", "name"),
            ("direct", "I am lucky that I am still alive.", "told", "Seltimari", "Ijabula Seltimari", "NGA", "name"),
            ("indirect", "are pernicious Western influences in mainly Muslim northern Nigeria",
             "says", "it", "Boko Haram", "NGA", "pronoun"),
        ],
    },
    {
        "id": "t14-zimbabwe-chamisa-mugabe-2007",
        "url": "https://www.voanews.com/a/a-13-2007-06-13-voa3/337837.html",
        "title": "Zimbabwe’s President Changes Tone on the Opposition",
        "published": "2007-06-13",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "a quotation ('... until we see some action to show'); that paragraph was dropped "
                "whole. published: the date in the URL. The page's slip 'Harare he VOA that' (no "
                "verb) is kept; its indirect quote has cue null.",
        "text": """
Zimbabwe’s President Robert Mugabe says opposition groups in the country have a role to play in the country’s development. This comes as South African President Thabo Mbeki is set to resume his mediation between the ruling ZANU-PF party and the main opposition party, the Movement for Democratic Change (MDC). The talks are aimed at finding solutions to Zimbabwe’s political problems. Supporters of President Mugabe have hailed his pronouncement and have described it as a reconciliation gesture. But the opposition MDC has dismissed the president’s call.
Nelson Chamisa is the spokesman for the MDC. From the capital, Harare he VOA that Mugabe’s statement is laughable.
“As far as we are concerned, any kind of understanding that the opposition is there to be the alternative and to form the next government if it’s given the mandate by the people is welcome. But the unfortunate thing with the so-called gesture of Robert Mugabe and ZANU-PF are all shrouded and clothed in political machination to try and include and involve MDC in their shenanigans, in their deals and in their corrupt and elite benefits,” he said.
Chamisa said the president’s call should be dismissed.
“As far as we are concerned we see this as a political gimmick made to hoodwink people. So as far as we are concerned, we don’t seem to see some action which is quite married to the statement which is attributed to the President of the ZANU-PF, Robert Mugabe,” Chamisa pointed out.
He said President Mugabe’s “so-called” gesture should not be taken seriously.
""",
        "quotes": [
            ("indirect", "opposition groups in the country have a role to play in the country’s development",
             "says", "Zimbabwe’s President Robert Mugabe", "Robert Mugabe", "ZWE", "name"),
            ("indirect", "Mugabe’s statement is laughable", None, "he", "Nelson Chamisa", "ZWE", "pronoun"),
            ("direct", "As far as we are concerned, any kind of understanding<<>>corrupt and elite benefits",
             "said", "he", "Nelson Chamisa", "ZWE", "pronoun"),
            ("indirect", "the president’s call should be dismissed", "said", "Chamisa", "Nelson Chamisa", "ZWE", "name"),
            ("direct", "As far as we are concerned we see this<<>>ZANU-PF, Robert Mugabe",
             "pointed out", "Chamisa", "Nelson Chamisa", "ZWE", "name"),
            ("indirect", "President Mugabe’s “so-called” gesture should not be taken seriously",
             "said", "He", "Nelson Chamisa", "ZWE", "pronoun"),
            ("partial", "so-called", "said", "He", "Nelson Chamisa", "ZWE", "pronoun"),
        ],
    },
    {
        "id": "t14-zimbabwe-mugabe-war-warning-2008",
        "url": "https://www.voanews.com/a/a-13-2008-06-13-voa26-66820327/374394.html",
        "title": "Mugabe Warns of War if Opposition Wins Election",
        "published": "2008-06-13",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the next sentence ('... founder of the Mo Ibrahim Found'); kept to the last complete "
                "sentence. published: the date in the URL. Page slips kept ('President Mugabe's is "
                "warning', 'harrassment').",
        "text": """
Former U.N. Secretary-General Kofi Annan is among dozens of African notables to call urgently for free and transparent elections in Zimbabwe. The June 27 runoff vote pits incumbent President Robert Mugabe against opposition leader Morgan Tsvangirai, but according to Zimbabwe state media Mr. Mugabe is now warning of war to stop an opposition victory. Tendai Maphosa has more in this report for VOA from London.
Concerns about the upcoming presidential runoff have increased steadily amid growing reports of government-sponsored violence and massive intimidation and harrassment of voters and opposition supporters.
Now, the state-run daily, The Herald, reports that President Mugabe's is warning of war. The Herald quotes Mr. Mugabe as saying he will not let the opposition Movement for Democratic Change (MDC) take power. Mr. Mugabe reportedly said an opposition victory would be tantamount to giving the country back to its former colonial master. The president has repeatedly accused the MDC of being sponsored by Britain - an accusation both the opposition and Britain deny.
Mr. Mugabe said he dissuaded war veterans from "going back to war" after the March 29 general elections in which his ruling ZANU-PF party lost its parliamentary majority. Mr. Mugabe was second best to MDC leader Morgan Tsvangirai in the presidential race. However, Tsvangirai did not win by the majority required to avoid a runoff.
Meanwhile 40 African civil society leaders including former UN Secretary-General Kofi Annan and former heads of state have called for the presidential runoff election to be conducted in a peaceful and transparent manner. The call was made in an open letter published Friday. It also calls for an "adequate number of independent electoral observers" both during and after the June poll.
""",
        "quotes": [
            ("indirect", "Mr. Mugabe is now warning of war to stop an opposition victory",
             "according to", "Zimbabwe state media", "Zimbabwe state media", "ZWE", "organisation"),
            ("indirect", "President Mugabe's is warning of war", "reports", "The Herald", "The Herald", "ZWE", "organisation"),
            ("indirect", "he will not let the opposition Movement for Democratic Change (MDC) take power",
             "saying", "Mr. Mugabe", "Robert Mugabe", "ZWE", "name"),
            ("indirect", "an opposition victory would be tantamount to giving the country back to its former colonial master",
             "said", "Mr. Mugabe", "Robert Mugabe", "ZWE", "name"),
            ("indirect", "he dissuaded war veterans from<<>>lost its parliamentary majority",
             "said", "Mr. Mugabe", "Robert Mugabe", "ZWE", "name"),
            ("partial", "going back to war", "said", "Mr. Mugabe", "Robert Mugabe", "ZWE", "name"),
            ("partial", "adequate number of independent electoral observers", "calls for", "It",
             "African civil society leaders", None, "pronoun"),
        ],
    },
    {
        "id": "t14-zimbabwe-mugabe-crush-protests-2006",
        "url": "https://www.voazimbabwe.com/a/a-13-56-74-2006-03-31-voa54-68969687/1459860.html",
        "title": "Mugabe Warns Zimbabwe Opposition Against New Wave of Protests",
        "published": "2006-03-31",
        "truncated": True,
        "note": "VOA Studio 7 for Zimbabwe site, English. Removed: 'Accessibility links', 'Breaking "
                "News', title line. Cut by the store inside the next sentence ('Though a co'); kept "
                "to the last complete sentence. published: the date in the URL. Mixed straight and "
                "curly marks kept as stored.",
        "text": """
President Robert Mugabe warned the opposition Movement for Democratic Change Friday not to embark on a campaign of non-violent protest as called for by Morgan Tsvangirai, saying his government is ready and will “crush” any uprising.
The Zimbabwean chief of state was addressing mourners at the National Heroes Acre burial of Winston Changara, late commander of Mugabe’s police bodyguard.
Reporter Blessing Zulu of VOA’s Studio 7 for Zimbabwe reported on the warning from the president, who had not previously commented publicly on the protest call.
Some interpreted the president's words, delivered in the majority Shona language, as a threat against Tsvangirai's life. "We hear others say we want to go into the streets to demonstrate, to unseat a legitimately elected government. It will never happen and we will never allow it," the Web news service ZimOnline reported Mugabe as saying. "If a person now wants to invite his own death, let him go ahead," he added.
But others noted that the Shona expression Mugabe used was colloquial, and while clearly used in a threatening context did not amount to a death threat.
Despite warnings from the president and other senior officials since Tsvangirai issued his call for a new wave of protests, spokesman Nelson Chamisa of the Tsvangirai-led MDC faction told reporter Zulu that the opposition is determined to proceed.
Meanwhile, controversy continued over the politburo’s designation of Changara as a national hero while declining to bestow the honor on James Chikerema, who was even more prominent in the 1970s fight for black majority rule in what was then Rhodesia.
The decision sparked debate on the meaning to Zimbabweans of a liberation hero.
Chikerema, who died recently in the United States, was a founding member of the African National Congress and then of the Zimbabwe African People’s Union of Joshua Nkomo.
""",
        "quotes": [
            ("indirect", "his government is ready and will “crush” any uprising", "saying",
             "President Robert Mugabe", "Robert Mugabe", "ZWE", "name"),
            ("partial", "crush", "saying", "President Robert Mugabe", "Robert Mugabe", "ZWE", "name"),
            ("direct", "We hear others say we want<<>>we will never allow it", "saying", "Mugabe",
             "Robert Mugabe", "ZWE", "name"),
            ("direct", "If a person now wants to invite his own death, let him go ahead", "added", "he",
             "Robert Mugabe", "ZWE", "pronoun"),
            ("indirect", "the Shona expression Mugabe used was colloquial, and while clearly used in a threatening context did not amount to a death threat",
             "noted", "others", "others", None, "nominal"),
            ("indirect", "the opposition is determined to proceed", "told", "spokesman Nelson Chamisa",
             "Nelson Chamisa", "ZWE", "name"),
        ],
    },
    {
        "id": "t14-sudan-unhcr-refugees-2023",
        "url": "https://www.voanews.com/a/sudan-s-warring-sides-sign-commitment-to-secure-humanitarian-aid-/7090269.html",
        "title": "UN Refugee Agency Says 200,000 Have Fled Sudan",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, 'update' label, two "
                "photo captions (each stored twice). Cut by the store inside a quotation ('\"We were "
                "expecting ... artillery fire'); that paragraph was dropped whole. published: null "
                "(the captions are dated May 12, 2023; the story's 'Friday' is not dated on the page).",
        "text": """
The United Nations refugee agency said Friday that 200,000 people have fled the violence in Sudan, with 60,000 total having fled to neighboring Chad.
At a news briefing in Geneva, U.N. refugee agency spokeswoman Olga Sarrado said 30,000 have crossed into Chad in the past several days, with more people crossing borders daily.
Along with those fleeing the country, she noted that 700,000 people are displaced within Sudan, as reported Tuesday by the International Organization for Migration, or IOM.
The news comes the day after Sudan's warring parties signed a commitment allowing humanitarian assistance into the country.
However, there was no letup in the fighting Friday as the Sudanese army and the Rapid Support Forces both issued statements accusing each other of harming civilians and ignoring humanitarian needs.
And with no agreement on a cease-fire, airstrikes and artillery pounded Khartoum.
""",
        "quotes": [
            ("indirect", "200,000 people have fled the violence in Sudan, with 60,000 total having fled to neighboring Chad",
             "said", "The United Nations refugee agency", "United Nations refugee agency", "UNO", "organisation"),
            ("indirect", "30,000 have crossed into Chad in the past several days, with more people crossing borders daily",
             "said", "U.N. refugee agency spokeswoman Olga Sarrado", "Olga Sarrado", "UNO", "name"),
            ("indirect", "700,000 people are displaced within Sudan", "noted", "she", "Olga Sarrado", "UNO", "pronoun"),
        ],
    },
    {
        "id": "t14-iraq-blackwater-victim-2007",
        "url": "https://www.voanews.com/a/a-13-2007-10-08-voa40/331113.html",
        "title": "Terrorists Target Baghdad Market",
        "published": "2007-10-08",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the next sentence ('But Iraqi investigators say Blackwater was the first to shoot "
                "and cal'); kept to the last complete sentence. published: the date in the URL.",
        "text": """
Iraqi officials say at least four people died in bomb attacks across Baghdad. One blast hit a popular market, killing three people while another struck near the Polish Embassy. Car and truck bombings have killed more than 20 people in Baghdad and areas north of Baghdad. The deadliest attack occurred near the town of Samarra, where a suicide bomber there killed at least 13 people. U.S. forces say they killed five militants and detained three more. VOA's Jim Randle reports from northern Iraq where relations eased a bit with neighboring Iran.
Iranian authorities have reopened border crossings into northern Iraq after a two-week closure protesting detention of an Iranian citizen in Iraq by U.S. forces.
The Americans accuse the Iranian of involvement in smuggling weapons, including powerful explosives specially-designed to wreck U.S. armored vehicles and kill U.S. soldiers.
Iran says he was part of a trade delegation to Kurdistan.
Officials in the Kurdistan Region of Northern Iraq complained to Iran that the closure unfairly punished Iraq's economy for actions by the Americans.
Meanwhile, Iraq has raised the official death toll to 17 in last month's violent incident that saw guards from the Blackwater security company open fire on Iraqis. That is six more than first reported.
One of the dead was Ali, the 10-year-old son of Mohammed Hafedh Abdul-Razaq.
He says the Blackwater employees, "Just opened fire, intensively and randomly at every car." They hit one vehicle so many times it caught fire.
Razaq says his nephew was in the back seat of the car, and was the first to notice that his son Ali had been shot.
Ali's father says the bullet scattered his son's brains around the car.
Blackwater officials say their guards were under attack when they began shooting to defend themselves and the diplomatic convoy they were protecting.
""",
        "quotes": [
            ("indirect", "at least four people died in bomb attacks across Baghdad", "say", "Iraqi officials",
             "Iraqi officials", "IRQ", "nominal"),
            ("indirect", "they killed five militants and detained three more", "say", "U.S. forces",
             "U.S. forces", "USA", "organisation"),
            ("indirect", "he was part of a trade delegation to Kurdistan", "says", "Iran", "Iran", "IRN", "organisation"),
            ("indirect", "the closure unfairly punished Iraq's economy for actions by the Americans", "complained",
             "Officials", "officials in the Kurdistan Region of Northern Iraq", "IRQ", "nominal"),
            ("indirect", "the Blackwater employees, \"Just opened fire, intensively and randomly at every car.\"",
             "says", "He", "Mohammed Hafedh Abdul-Razaq", "IRQ", "pronoun"),
            ("partial", "Just opened fire, intensively and randomly at every car", "says", "He",
             "Mohammed Hafedh Abdul-Razaq", "IRQ", "pronoun"),
            ("indirect", "his nephew was in the back seat of the car, and was the first to notice that his son Ali had been shot",
             "says", "Razaq", "Mohammed Hafedh Abdul-Razaq", "IRQ", "name"),
            ("indirect", "the bullet scattered his son's brains around the car", "says", "Ali's father",
             "Mohammed Hafedh Abdul-Razaq", "IRQ", "nominal"),
            ("indirect", "their guards were under attack when they began shooting to defend themselves and the diplomatic convoy they were protecting",
             "say", "Blackwater officials", "Blackwater officials", "USA", "nominal"),
        ],
    },
    {
        "id": "t14-iraq-hrw-executions-2014",
        "url": "http://www.voanews.com/content/rights-group-iraqi-forces-execute-255-prisoners/1956247.html",
        "title": "Gunmen Kill 29 in Baghdad Apartment",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Middle East', title line, photo caption (stored twice), byline "
                "'VOA News', crosshead 'Report: Iraqi forces execute 255', a second photo caption "
                "(stored three times, run together), after which the store cut the page. "
                "published: null (captions dated June 13 and July 10, 2014; the story's 'Saturday' "
                "is not dated).",
        "text": """
Gunmen stormed an apartment building in a Baghdad neighborhood Saturday, killing at least 29 people, mostly women.
Iraqi police report finding bodies scattered throughout the building and blood streaming down the stairs.
No one has claimed responsibility for the attack and the motive is also unknown.
Earlier Saturday, Human Rights Watch accused Iraqi security forces and government-backed militias of illegally executing at least 255 prisoners in the last month.
The New York-based rights group said the executions took place in six Iraqi towns and villages since June 9, calling them an "outrageous violation of international law."
The group said most of the victims were Sunni prisoners who were fleeing the Islamic State of Iraq and the Levant and other armed groups. At least eight of the murdered prisoners were less than 18 years old.
Human Rights Watch gathered statements from witnesses, security forces and government officials for the report.
The accusations come as violence continues to spread across Iraq, which is sending about 4,000 volunteers to the embattled city of Ramadi, west of Baghdad, to support government forces battling Sunni militants.
""",
        "quotes": [
            ("indirect", "finding bodies scattered throughout the building and blood streaming down the stairs",
             "report", "Iraqi police", "Iraqi police", "IRQ", "organisation"),
            ("indirect", "the executions took place in six Iraqi towns and villages since June 9", "said",
             "The New York-based rights group", "Human Rights Watch", "NGO", "organisation"),
            ("partial", "outrageous violation of international law", "calling", "The New York-based rights group",
             "Human Rights Watch", "NGO", "organisation"),
            ("indirect", "most of the victims were Sunni prisoners who were fleeing the Islamic State of Iraq and the Levant and other armed groups",
             "said", "The group", "Human Rights Watch", "NGO", "organisation"),
        ],
    },
    {
        "id": "t14-haiti-quake-survivors-2010",
        "url": "http://www.voanews.com/content/search-for-survivors-offers-small-glimmer-of-hope-as-aid-trickles-to-haiti-81954137/111527.html",
        "title": "Search for Survivors Offers Small Glimmer of Hope as Aid Trickles to Haiti",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Americas', title line; the store's four-space indents. Cut by the "
                "store inside a quotation of Rajiv Shah ('\"We are talking about 3.5-million people "
                "... relativ'); that paragraph was dropped whole. One double space reduced. "
                "published: null (January 2010 by the content: the Haiti earthquake, Christensen "
                "rescued on Sunday after five days). Page slip 'Hatian' kept.",
        "text": """
U.S. officials say a trickle of international aid is beginning to reach survivors of Haiti's massive earthquake, but impassable roads, limited airlift capability and other challenges are complicating that effort. As anger and restlessness escalate in the Hatian capital, Port-au-Prince, there were some signs of hope amid the destruction as rescue workers dug through crumbled buildings, and in some instances, freed trapped survivors.
The sound of applause rang out as rescue workers pulled Jens Christensen, a Danish United Nations worker, alive from the ruins of the U.N. mission headquarters in Haiti. Christensen was buried alive beneath the rubble for five days.
Dave Hutcheson, a U.S. rescue worker says Christensen appeared to be in good shape.
"It took us four hours to get to him," he said. "We saw him, we got a visual on him in about three [hours] and we had him out in four. He wasn't trapped physically around his body. He was trapped in an area."
Christensen was one of several survivors pulled from the rubble on Sunday. His rescue from the wreckage of the U.N.'s offices in Haiti came just minutes after United Nations Secretary General Ban Ki-moon visited the site.
Mr. Ban, on a one-day trip to offer support, says, right now, the first priority of the U.N. is to save as many lives as possible.
"The destruction, the loss of life, are just overwhelming. Therefore, we need unprecedented international support to Haitian people," he said.
The international community is reaching out to Haiti with massive amounts of aid, but getting help to survivors is challenging.
The head of the U.S. Agency for International Development, Rajiv Shah, outlined some of the obstacles on ABC's "This Week" program.
""",
        "quotes": [
            ("indirect", "a trickle of international aid is beginning<<>>are complicating that effort", "say",
             "U.S. officials", "U.S. officials", "USA", "nominal"),
            ("indirect", "Christensen appeared to be in good shape", "says", "Dave Hutcheson", "Dave Hutcheson", "USA", "name"),
            ("direct", "It took us four hours to get to him", "said", "he", "Dave Hutcheson", "USA", "pronoun"),
            ("direct", "We saw him, we got a visual<<>>He was trapped in an area.", "said", "he", "Dave Hutcheson", "USA", "pronoun"),
            ("indirect", "the first priority of the U.N. is to save as many lives as possible", "says", "Mr. Ban",
             "Ban Ki-moon", "UNO", "name"),
            ("direct", "The destruction, the loss of life, are just overwhelming. Therefore, we need unprecedented international support to Haitian people",
             "said", "he", "Ban Ki-moon", "UNO", "pronoun"),
        ],
    },
    {
        "id": "t14-mexico-juarez-drug-violence-2008",
        "url": "https://www.voanews.com/a/a-13-2008-05-12-voa41-66818757/374329.html",
        "title": "Mexican Citizens Alarmed as Drug Violence Escalates",
        "published": "2008-05-12",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the next sentence ('The Mex'); kept to the last complete sentence. published: the "
                "date in the URL. Page slip 'violence. that killed' kept.",
        "text": """
Thousands of Mexicans dressed in white marched silently Sunday through the streets of Juarez, Mexico, just across the border from El Paso, Texas to protest drug-related violence. that killed more than 100 people, including about 20 police officers, during the past week in Mexico. VOA's Greg Flakus has been following the situation from our Houston bureau.
Ordinary citizens in Mexico are reacting with alarm as the war between rival drug smuggling groups erupts in city centers and residential neighborhoods. Law enforcement experts say drug gangs are reacting violently to efforts by police and the army to break up their operations.
Death threats sent to many police departments have provoked at least some police officials to resign. Those who do not resign often pay a heavy price for their devotion to duty.
Saturday, gunmen killed Municipal Police Chief Juan Antonio Roman in front of his house in Ciudad Juarez. He fired back at his assailants, but was outnumbered and outgunned. Investigators say his assassins fired more than 60 shots. His was the third murder of a senior police official in Juarez last week.
At least nine federal agents have been killed during the past two weeks as well. In Mexico City, on Thursday, gunmen killed Edgar Millan, commander of the Federal Preventive Police, one of the key agencies involved in the national offensive against organized crime. President Felipe Calderon started the war on crime shortly after he took office in December, 2006.
While some political observers and many citizens worry that the drug cartels may be winning the fight, Calderon is calling for his countrymen to stand firm against the criminals. He says society must unite with the government to repudiate the violence of criminal gangs, which he says are trying to terrorize the nation. Calderon says Mexico cannot surrender any part of its territory to these violent criminals.
""",
        "quotes": [
            ("indirect", "drug gangs are reacting violently to efforts by police and the army to break up their operations",
             "say", "Law enforcement experts", "law enforcement experts", None, "nominal"),
            ("indirect", "his assassins fired more than 60 shots", "say", "Investigators", "investigators", "MEX", "nominal"),
            ("indirect", "society must unite with the government to repudiate the violence of criminal gangs",
             "says", "He", "Felipe Calderon", "MEX", "pronoun"),
            ("indirect", "are trying to terrorize the nation", "says", "he", "Felipe Calderon", "MEX", "pronoun"),
            ("indirect", "Mexico cannot surrender any part of its territory to these violent criminals", "says",
             "Calderon", "Felipe Calderon", "MEX", "name"),
        ],
    },
    {
        "id": "t14-peru-merino-calm-2020",
        "url": "https://voanews.com/a/americas_peruvian-president-merino-calls-calm-after-3-days-protest/6198320.html",
        "title": "Peruvian President Merino Calls for Calm After 3 Days of Protest",
        "published": "2020-11-12",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (stored "
                "twice), the closing 'VOA News' author box, 'XS SM MD LG'. Whole as stored. "
                "published: the caption's date (Nov. 12, 2020, a Thursday), the story's 'Thursday'. "
                "Layered attribution (Andina reported Merino ... saying): only the inner speaker.",
        "text": """
Peruvian President Manuel Merino called Thursday for calm and unity following three days of protest against his new government, after the opposition-led Congress ousted popular ex-president Martin Vizcarra over unverified bribery allegations.
Peru's state run Andina news agency reported Merino attempted to quell tensions Thursday by saying he respects those with opposing views.
Speaking after a swearing-in ceremony of a Ministerial Cabinet in Lima, Merino, who was a member of the Congress, also said his transitional government will respect the schedule of the general elections to determine who will guide the country starting July 28.
Merino was sworn in as the interim president Tuesday after his colleagues voted overwhelmingly to impeach Vizcarra, who reportedly went to the Special Prosecutor's office Thursday to offer testimony and respond to the charges against him.
Vizcarra is accused of taking kickbacks from construction companies worth $630,000 while serving as governor in southern Peru from 2011-14.
""",
        "quotes": [
            ("indirect", "he respects those with opposing views", "saying", "Merino", "Manuel Merino", "PER", "name"),
            ("indirect", "his transitional government will respect the schedule<<>>starting July 28", "said",
             "Merino", "Manuel Merino", "PER", "name"),
        ],
    },
    {
        "id": "t14-korea-chun-north-threat-2013",
        "url": "http://www.voanews.com/content/south-korea-brushes-off-norths-final-destruction-threat/1607099.html",
        "title": "South Korea Brushes Off North's 'Final Destruction' Threat",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Asia', title line, photo caption (stored twice), a caption of Lee "
                "Myung-bak (stored four times). Cut by the store inside the next sentence ('Chun, the "
                "presidential chief secretary f'); kept to the last complete sentence. published: "
                "null (February 2013 by the content: the story's Wednesday after the Tuesday Geneva "
                "conference, Lee leaving office on Monday).",
        "text": """
South Korea's top national security official, in an exclusive VOA interview, says there is no cause for alarm amid a fresh North Korean threat to destroy the South.
National Security Adviser, Chun Yung-woo, says he is disappointed but not alarmed by a North Korean diplomat's bombastic threat.
Chun told VOA's Korean Service Wednesday that Pyongyang routinely resorts to “violent vocabulary and expressions” to issue threats of war and retaliation. So such rhetoric unleashed at an international conference is not surprising.
At a United Nations disarmament conference Tuesday in Geneva, North Korean diplomat Jon Yong Ryong predicted “South Korea's erratic behavior would only herald its final destruction.”
Jon also said Pyongyang will take further steps in wake of its February 12 nuclear bomb test, but he did not elaborate.
North Korea has regularly vilified South Korean President Lee Myung-bak as “rat-like” and the leader of a “gang of traitors.”
Lee, limited to a single five-year term, leaves office Monday when President-elect Park Geun-hye is to be inaugurated.
In a farewell speech Tuesday, Lee surprised many by contending that people in North Korea, an isolated and highly repressive country, are changing.
Chun says Seoul cannot reveal specific evidence but that, indeed, an “important wind of change is blowing” in the North.
""",
        "quotes": [
            ("indirect", "there is no cause for alarm amid a fresh North Korean threat to destroy the South", "says",
             "South Korea's top national security official", "Chun Yung-woo", "KOR", "nominal"),
            ("indirect", "he is disappointed but not alarmed by a North Korean diplomat's bombastic threat", "says",
             "Chun Yung-woo", "Chun Yung-woo", "KOR", "name"),
            ("indirect", "Pyongyang routinely resorts to<<>>threats of war and retaliation", "told", "Chun",
             "Chun Yung-woo", "KOR", "name"),
            ("partial", "violent vocabulary and expressions", "told", "Chun", "Chun Yung-woo", "KOR", "name"),
            ("direct", "South Korea's erratic behavior would only herald its final destruction.", "predicted",
             "North Korean diplomat Jon Yong Ryong", "Jon Yong Ryong", "PRK", "name"),
            ("indirect", "Pyongyang will take further steps in wake of its February 12 nuclear bomb test", "said",
             "Jon", "Jon Yong Ryong", "PRK", "name"),
            ("partial", "rat-like", "vilified", "North Korea", "North Korea", "PRK", "organisation"),
            ("partial", "gang of traitors", "vilified", "North Korea", "North Korea", "PRK", "organisation"),
            ("indirect", "people in North Korea, an isolated and highly repressive country, are changing", "contending",
             "Lee", "Lee Myung-bak", "KOR", "name"),
            ("indirect", "Seoul cannot reveal specific evidence<<>>in the North", "says", "Chun", "Chun Yung-woo", "KOR", "name"),
            ("partial", "important wind of change is blowing", "says", "Chun", "Chun Yung-woo", "KOR", "name"),
        ],
    },
    {
        "id": "t14-korea-park-threats-2013",
        "url": "http://www.voanews.com/content/koreas-tensions/1632252.html",
        "title": "S. Korean President Taking North Threats 'Very Seriously'",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Asia', title line; the store's four-space indents; photo caption "
                "(stored four times, one run together, with an 'x'). Cut by the store inside the next "
                "sentence ('According to Nor'); kept to the last complete sentence. One double space "
                "reduced. published: null (caption dated March 12, 2013; the story's days are not "
                "dated). Page slip kept: Park's quotation has a stray closing mark after "
                "'consideration' and closes again after 'the South,'; annotated as one direct quote.",
        "text": """
South Korean President Park Geun-hye, says she is taking “very seriously” the continuing stream of threats from the North that many fear could lead to hostilities on the peninsula.
“There should be a strong response in initial combat without any political consideration” if North Korea launches a provocation against the South,” said Park during a meeting with her defense minister and senior officials of the Ministry of National Defense.
During a briefing for the president, the ministry outlined a new plan allowing the military to launch a pre-emptive strike against North Korea should an imminent nuclear or missile attack on the South be detected, including pushing forward the deployment of a “kill chain” system designed to detect, target and destroy missiles.
North Korean leader Kim Jong Un has vowed to expand his nuclear arsenal.
Speaking to the central committee of the workers' party Sunday, Kim laid down a “new strategic line,” saying that under no circumstances would North Korea's nuclear weapons be a bargaining chip in the political or economic arena.
Members of North Korea's legislature, the Supreme People's Assembly, gathered Monday in Pyongyang.
""",
        "quotes": [
            ("indirect", "she is taking “very seriously”<<>>hostilities on the peninsula", "says", "she",
             "Park Geun-hye", "KOR", "pronoun"),
            ("partial", "very seriously", "says", "she", "Park Geun-hye", "KOR", "pronoun"),
            ("direct", "There should be a strong response<<>>a provocation against the South", "said", "Park",
             "Park Geun-hye", "KOR", "name"),
            ("partial", "new strategic line", "laid down", "Kim", "Kim Jong Un", "PRK", "name"),
            ("indirect", "under no circumstances would North Korea's nuclear weapons be a bargaining chip in the political or economic arena",
             "saying", "Kim", "Kim Jong Un", "PRK", "name"),
        ],
    },
    {
        "id": "t14-france-suburb-riots-2005",
        "url": "https://www.voanews.com/a/a-13-2005-11-04-voa9-67515417/386910.html",
        "title": "Eighth Night of Violence in Paris Suburbs",
        "published": "2005-11-04",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the next sentence ('Another residen'); kept to the last complete sentence. "
                "published: the date in the URL.",
        "text": """
France's government faces mounting pressure after eight nights of rioting in poor suburbs of Paris with large North African populations. Thursday, the unrest spread to 20 towns. The rioters ignored an appeal for calm from French President Jacques Chirac, whose government is working to fend off a political crisis amid criticism that it has ignored problems among North African, and other predominately Muslim immigrants.
Over several nights, the rioters threw rocks and fired shots that missed police, as raging youths torched cars and buses. A man from Sri Lanka, living in Paris, says he saw a school on fire.
"Then me and my niece we opened the window and we saw the school was burning," said Anton Collins.
Riot police fired rubber bullets at advancing gangs of youths.
French Prime Minister Dominique de Villepin, who met with top cabinet ministers about the crisis, says the government will not give in to the rioters.
The rioting began in the suburb of Clichy-sous-Bois following the accidental electrocution of two teenagers of North African descent, who hid in a power station because they thought police were chasing them. The president of a local mosque, Abderrahmane Bouhout, says the outburst of violence is connected to extreme poverty in the suburbs.
"In Clichy, there are more than 25 percent of youth who are under 25 years old. They have no work, no activities, so put yourself in their place. There is pressure that inflates and inflates and inflates and all you need is one incident like the two youths who died, that's the detonator," he said.
On the streets of Paris, people recognize the roots of the problem. Louis Cayeux, says the people doing the rioting must have something more to live for. "Therefore, today we must stop the violence, but also give projects to the youths of the suburbs, like those all over the world, with no hope, unemployment and misery," he said.
""",
        "quotes": [
            ("indirect", "he saw a school on fire", "says", "A man from Sri Lanka", "Anton Collins", "LKA", "nominal"),
            ("direct", "Then me and my niece we opened the window and we saw the school was burning", "said",
             "Anton Collins", "Anton Collins", "LKA", "name"),
            ("indirect", "the government will not give in to the rioters", "says",
             "French Prime Minister Dominique de Villepin", "Dominique de Villepin", "FRA", "name"),
            ("indirect", "the outburst of violence is connected to extreme poverty in the suburbs", "says",
             "Abderrahmane Bouhout", "Abderrahmane Bouhout", "FRA", "name"),
            ("direct", "In Clichy, there are more than 25 percent<<>>that's the detonator", "said", "he",
             "Abderrahmane Bouhout", "FRA", "pronoun"),
            ("indirect", "the people doing the rioting must have something more to live for", "says", "Louis Cayeux",
             "Louis Cayeux", "FRA", "name"),
            ("direct", "Therefore, today we must stop the violence<<>>unemployment and misery", "said", "he",
             "Louis Cayeux", "FRA", "pronoun"),
        ],
    },
    {
        "id": "t14-afghanistan-karzai-kandahar-2006",
        "url": "https://www.voanews.com/a/a-13-2006-05-25-voa34/330372.html",
        "title": "Karzai Pledges Security for Kandahar",
        "published": "2006-05-25",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Whole as stored (ends "
                "with the credit line). published: the date in the URL. The page's own run-in of "
                "furniture inside a sentence ('prompting reneThis story was first broadcast ... click "
                "efforts') is kept verbatim.",
        "text": """
Afghan President Hamid Karzai has pledged to bring security to southern Kandahar province, and he blames Taleban leader Mullah Omar for renewed violence there.
In a rare visit to the troubled region Thursday, Mr. Karzai called on Mullah Omar to stop using Afghans to kill other Afghans. He also called on local leaders to defend their own public areas, a reference to recent Taleban attacks.
Mr. Karzai made the statements to a gathering of more than 150 tribal leaders and elders. He is in Kandahar to express regret for a recent coalition air strike that killed at least 16 civilians. The strike was aimed at Taleban insurgents in a Kandahar village.
The International Organization for Migration said today that more than 3,000 Afghan villagers have fled their homes in the battle zone.
Taleban militants have recently increased their attacks in Afghanistan, prompting reneThis story was first broadcast on the English news program,VOA News Now. For other Focus reports click efforts by U.S.-led coalition forces to destroy Taleban hideouts. More than 300 people, including militants, Afghan forces, coalition soldiers and civilians have been killed over the past week.
Coalition officials say three Afghan truck drivers in a convoy hauling supplies for the U.S. military north of Kabul were among those killed on Wednesday.
Some information for this report was provided by AFP.
""",
        "quotes": [
            ("indirect", "more than 3,000 Afghan villagers have fled their homes in the battle zone", "said",
             "The International Organization for Migration", "International Organization for Migration", "IGO", "organisation"),
            ("indirect", "three Afghan truck drivers in a convoy hauling supplies for the U.S. military north of Kabul were among those killed on Wednesday",
             "say", "Coalition officials", "coalition officials", None, "nominal"),
        ],
    },
    {
        "id": "t14-philippines-typhoon-relief-2013",
        "url": "http://www.voanews.com/content/relief-coming-to-outlying-typhoon-survivors-in-philippines/1791843.html",
        "title": "Relief Coming to Outlying Typhoon Survivors in Philippines",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Asia', title line, photo caption (stored twice), byline 'Simone "
                "Orendain', and the photo-gallery captions after which the store cut the page. "
                "published: null (November 2013 by the caption of Nov. 17, 2013; the story's "
                "'Sunday' is not dated).",
        "text": """
Relief supplies are getting to a larger number of survivors in the typhoon-stricken central Philippines, but there are still challenges. The government has confirmed more than 3,600 deaths.
Aid workers say there are visible signs that food and water are getting to people in need in the hardest hit parts of the central provinces. Sunday, the government said it delivered about 115,000 food packages the previous day, a significant jump from the 45,000 it passed out Friday.
Many of the packages filled with rice and canned goods have been going to Tacloban, the hard-hit city of 220,000, which has so far posted the most deaths. People there had been suffering as trucks bearing food and water could not get through for days on roads clogged with debris.
""",
        "quotes": [
            ("indirect", "there are visible signs that food and water are getting to people in need in the hardest hit parts of the central provinces",
             "say", "Aid workers", "aid workers", None, "nominal"),
            ("indirect", "it delivered about 115,000 food packages the previous day", "said", "the government",
             "Philippine government", "PHL", "organisation"),
        ],
    },
    {
        "id": "t14-thailand-bangkok-protest-camps-2014",
        "url": "http://www.voanews.com/content/anti-government-protesters-camp-in-downtown-bangkok/1829524.html",
        "title": "Anti-government Protesters Camp in Bangkok",
        "published": "2014-01-14",
        "truncated": True,
        "note": "Removed: 'News / Asia', title line, the embedded video block (title, 'X', date "
                "'January 14, 2014 3:30 PM', its summary paragraph and the name 'Gabrielle Paluch'), "
                "byline 'Gabrielle Paluch', the photo-gallery captions after which the store cut the "
                "page. published: the video block's date (the story's 'second day'). Relative "
                "reported clauses ('that they demanded be shut down', 'what they say could be') are "
                "indirect quotes whose span follows the cue (as README-test8).",
        "text": """
Anti-government protesters gathered by the thousands for a second day in Thailand's capital, Bangkok, as part of their plan to shut down the city and oust current Prime Minister Yingluck Shinawatra.
Thousands of protesters slept overnight at the seven main camps throughout the city before embarking on marches to government ministries that they demanded be shut down.
While many of the demonstrators are from Bangkok, others traveled far for what they say could be a protracted standoff with the government.
Protester Kamporn Saengravi drove more than 700 kilometers from southern Nakhon Si Thammarat Province, parking his van in Bangkok's Lumphini Park and sleeping in a tent alongside three neighbors who accompanied him.
""",
        "quotes": [
            ("indirect", "be shut down", "demanded", "they", "anti-government protesters", "THA", "pronoun"),
            ("indirect", "could be a protracted standoff with the government", "say", "they",
             "anti-government protesters", "THA", "pronoun"),
        ],
    },
    {
        "id": "t14-france-riots-ninth-night-2005",
        "url": "https://www.voanews.com/a/a-13-2005-11-05-voa4/293761.html",
        "title": "Youth Rioting Continues in France for Ninth Straight Night",
        "published": "2005-11-05",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Whole as stored (ends "
                "with the credit line). published: the date in the URL. Same events as "
                "t14-france-suburb-riots-2005 (one day later).",
        "text": """
French authorities responded to several new arson attacks late Friday as rioting continued for the ninth straight night in the suburbs of Paris.
Dozens of vehicles and buildings were set on fire in suburbs north of the city as gangs of young rioters, mostly of North African origin, harassed police and firefighters. Similar incidents were reported elsewhere in France for the second night.
The latest outbreak comes despite the presence of more than one thousand police officers in the Paris suburbs. French Prime Minister Dominique de Villepin met with youths from those areas earlier Friday to discuss the crisis.
Many of the rioters say the French government has a racial bias and treats them as second class citizens.
The violence started last week when two North African teenagers hid from police at a power station and were accidentally electrocuted.
Some information for this report provided by AP, AFP and Reuters.
""",
        "quotes": [
            ("indirect", "the French government has a racial bias and treats them as second class citizens", "say",
             "Many of the rioters", "rioters", "FRA", "nominal"),
        ],
    },
    # ---- Added by sqq15b (extension before any use, 2026-12-06) ----
    {
        "id": "t14-kenya-pre-election-violence-2007",
        "url": "https://www.voanews.com/a/a-13-2007-12-21-voa40-66702427/559311.html",
        "title": "EU, US Criticize Kenyan Pre-Election Violence",
        "published": "2007-12-21",
        "truncated": True,
        "note": "Added by sqq15b. Removed: 'Accessibility links', 'Breaking News', title line. Cut by "
                "the store inside Ranneberger's second quotation ('\"They have been particular "
                "targets ... given that they are particular targets of'); the paragraph is kept up to "
                "its last sentence outside the cut quotation ('\"We've been concerned ...,\" he "
                "said.'), the unclosed quotation is dropped. published: the date in the URL.",
        "text": """
The European Commission and the United States are condemning the political violence that has been reported in Kenya in the run-up to the December 27 presidential and legislative elections. President Mwai Kibaki is trailing challenger Raila Odinga in opinion polls, but many observers say the race is too close to call. Derek Kilner reports for VOA from Nairobi.
The head of the European Union's election observation team in Kenya, Alexander Graf Lambsdorff, condemned recent episodes of election-fueled tribal violence on a visit to some of the affected areas.
Clashes over land have displaced tens of thousands of people this year, particularly near Kuresoi and Mt. Elgon in Kenya's west.
A recently released report by the Kenya National Commission on Human Rights says at least 70 people have been killed in election-related violence since July. The report says responsibility for the attacks can be hard to determine.
Anthony Kuria, Principal Human Rights Officer with the Kenya National Commission on Human Rights, acknowledges election violence is a problem.
"With the history of violence in this country how it has been used is to disenfranchise certain communities which are perceived as not being friendly to whichever party is fostering the violence, but right now it is a very, very confused situation," he said.
Kenya's electoral commission has called in several parliamentary candidates, including the assistant minister for east African affairs, for questioning about electoral violence.
U.S. Ambassador to Kenya Michael Ranneberger also called for peaceful elections on Friday, with special emphasis on the threat of violence to women.
"We've been concerned about violence against women candidates," he said.
""",
        "quotes": [
            ("indirect", "the race is too close to call", "say", "many observers", "observers", None, "nominal"),
            ("indirect", "at least 70 people have been killed in election-related violence since July", "says",
             "A recently released report by the Kenya National Commission on Human Rights",
             "Kenya National Commission on Human Rights", "KEN", "organisation"),
            ("indirect", "responsibility for the attacks can be hard to determine", "says", "The report",
             "Kenya National Commission on Human Rights", "KEN", "organisation"),
            ("indirect", "election violence is a problem", "acknowledges", "Anthony Kuria", "Anthony Kuria",
             "KEN", "name"),
            ("direct", "With the history of violence in this country<<>>a very, very confused situation", "said",
             "he", "Anthony Kuria", "KEN", "pronoun"),
            ("direct", "We've been concerned about violence against women candidates", "said", "he",
             "Michael Ranneberger", "USA", "pronoun"),
        ],
    },
    {
        "id": "t14-kenya-vote-threats-2013",
        "url": "http://www.voanews.com/content/kenyans-vote-amid-threats-of-violence/1614391.html",
        "title": "Kenyans Vote Amid Threats of Violence",
        "published": None,
        "truncated": True,
        "note": "Added by sqq15b. Removed: 'News / Africa', title line, photo caption (stored three "
                "times, two run together), byline 'Gabe Joselow', crosshead 'History of violence' and "
                "the sentence after it, cut by the store ('The country is still heali'). One double "
                "space reduced. published: null (caption dated March 3, 2013; the story's 'Monday' "
                "is not dated on the page). Owino's closing quotation has no attribution of its own "
                "(cue null; speaker from the preceding sentence).",
        "text": """
Kenyans are voting to elect the country’s fourth president since independence. Police have issued warnings of possible violence during the poll.
Hours before the voting began Monday, police in the port city of Mombasa said an attack there killed several people, including police officers.
The two front-runners in Kenya’s presidential race are virtually tied for support according to recent public opinion polls.
Prime Minister Raila Odinga and his rival, Deputy Prime Minister Uhuru Kenyatta, have each predicted they will win in the first round. But if neither candidate gets more than 50 percent of the vote, a second round will be held in April.
In a message to the nation Friday, Kenya’s outgoing president, Mwai Kibaki, called for a peaceful vote and urged the candidates to accept the results - win or lose.
Kenyan police say they have reports of a possible threat. Police spokesman Charles Owino said some individuals may be planning to dress up in police uniforms and attack people in the Kibera and Mathare slums in Nairobi, and the city of Kisumu in western Kenya.
Owino says the police will use deadly force if necessary to contain any threats against the public.
“We are in charge of security in this country and therefore we have a responsibility to protect you. And we are not saying out of fear, we are saying when we have confidence, and warning them, because we do not want them to lose their lives unnecessarily.”
""",
        "quotes": [
            ("indirect", "an attack there killed several people, including police officers", "said",
             "police in the port city of Mombasa", "police in the port city of Mombasa", "KEN", "organisation"),
            ("indirect", "The two front-runners in Kenya’s presidential race are virtually tied for support",
             "according to", "recent public opinion polls", "recent public opinion polls", None, "nominal"),
            ("indirect", "they will win in the first round", "predicted",
             "Prime Minister Raila Odinga and his rival, Deputy Prime Minister Uhuru Kenyatta",
             "Raila Odinga and Uhuru Kenyatta", "KEN", "name"),
            ("indirect", "they have reports of a possible threat", "say", "Kenyan police", "Kenyan police", "KEN",
             "organisation"),
            ("indirect", "some individuals may be planning to dress up<<>>the city of Kisumu in western Kenya", "said",
             "Police spokesman Charles Owino", "Charles Owino", "KEN", "name"),
            ("indirect", "the police will use deadly force if necessary to contain any threats against the public",
             "says", "Owino", "Charles Owino", "KEN", "name"),
            ("direct", "We are in charge of security in this country<<>>lose their lives unnecessarily.", None,
             "Owino", "Charles Owino", "KEN", "name"),
        ],
    },
    {
        "id": "t14-ukraine-donetsk-shelling-distrust-2015",
        "url": "http://www.voanews.com/content/in-donetsk-frequent-shelling-fuels-distrust/2813016.html",
        "title": "In Donetsk, Frequent Shelling Fuels Distrust",
        "published": "2015-06-08",
        "truncated": True,
        "note": "Added by sqq15b. Removed: 'News / Europe', title line, the store's four-space "
                "indents, the embedded video block (title 'Civilians Under Fire in Donetsk Face "
                "Uncertain Future' with a stray 'i', date 'June 08, 2015 11:03 PM', its summary "
                "paragraph), byline 'Daniel Schearf'. Cut by the store inside Ivanovna's second "
                "quotation of the last paragraph ('\"I want to die my own death, ... that flies in'); "
                "the paragraph is kept up to '... she said.' and the unclosed quotation dropped. "
                "published: the video block's date (the story's 'Saturday' is not dated).",
        "text": """
Yekaterina Ivanovna had just fallen asleep in her home here Saturday when a boom outside her door jarred her.
Shells fall almost every night in this part of town, north of the city’s train station, according to residents. Ivanovna said she didn’t know where this one came from and was relieved it hurt no one. But there’s no guarantee for the next one.
"How can I stay alive, how can I survive in this small house?" Ivanovna said in Russian, standing in a wall-papered room strewn with rubble. "I do not have any basement. I cannot run to the summer kitchen because I am old."
The ongoing fighting in eastern Ukraine threatens a February cease-fire and strains war-weary civilians like Ivanovna who are caught in the crossfire.
The Organization for Security and Cooperation in Europe (OSCE) says cease-fire violations are spreading. In areas held by Russia-backed rebels, many tend to blame authorities in Kyiv, though most seem more interested in peace than breaking away from Ukraine. But even if peace eventually takes hold, winning back hearts and minds in this rebel-held city is going to be a challenge.
Ivanovna, like others here, thinks her best option is to stay.
"I am ready to sit hungry, as long as they don't shoot," she said.
""",
        "quotes": [
            ("indirect", "Shells fall almost every night in this part of town, north of the city’s train station",
             "according to", "residents", "residents", "UKR", "nominal"),
            ("indirect", "she didn’t know where this one came from and was relieved it hurt no one", "said",
             "Ivanovna", "Yekaterina Ivanovna", "UKR", "name"),
            ("direct", "How can I stay alive, how can I survive in this small house?", "said", "Ivanovna",
             "Yekaterina Ivanovna", "UKR", "name"),
            ("direct", "I do not have any basement. I cannot run to the summer kitchen because I am old.", "said",
             "Ivanovna", "Yekaterina Ivanovna", "UKR", "name"),
            ("indirect", "cease-fire violations are spreading", "says",
             "The Organization for Security and Cooperation in Europe",
             "Organization for Security and Cooperation in Europe", "IGO", "organisation"),
            ("direct", "I am ready to sit hungry, as long as they don't shoot", "said", "she",
             "Yekaterina Ivanovna", "UKR", "pronoun"),
        ],
    },
    {
        "id": "t14-ukraine-donetsk-civilians-2014",
        "url": "http://www.voanews.com/content/1/2413884.html",
        "title": "Shelling in Eastern Ukraine Impacts Civilians",
        "published": None,
        "truncated": True,
        "note": "Added by sqq15b. Removed: 'Accessibility links', 'Breaking News', title line, photo "
                "caption 'A damaged house in Donetsk (Jamie Dettmer/VOA)' (stored twice), photo "
                "caption 'Lena holding up one of her pigeons (Jamie Dettmer/VOA)' (stored twice, "
                "between paragraphs). Cut by the store after 'Wi'; kept to the last complete sentence. "
                "published: null (2014 by the URL id range and the content: Lysenko as Ukrainian "
                "security spokesman, separatist-held Donetsk).",
        "text": """
Lena, 62, clutches one of the pigeons that survived Wednesday's attack on her inner-city district – a late-night barrage of rockets that killed 10 of her birds – as she condemns the damage to her one-story home.
"There aren't separatist fighters in the neighborhood," she said, adding that the only people who live in the grid of streets are retired coal miners whose hard work rebuilt the city after World War II.
Lena's small house sustained serious damage but wasn’t the worst hit in the attack that saw 10 rockets impact the area. Roofs blew off several homes; others lost walls.
No one was killed, but Ivan, 72, and his wife were glad to shelter in their basement.
"We felt the vibration of the house being hit and heard pieces fall off, and when we got out we saw there was a fire," he said.
Ivan doesn’t know why the district was attacked, but he and his wife, who both suffer from heart disease, say the Ukrainian army should fire on military targets, not private homes.
Ukrainian security spokesman Col. Andriy Lysenko earlier this week told VOA that government forces aren't the ones targeting residential areas. Separatists are doing it as part of a campaign to incriminate Ukrainian forces, he said, a charge denied by separatists, who have repeatedly blamed the attacks on Kyiv.
During this latest attack, separatists had fighters positioned in a military college in the neighborhood, which would appear to have been the primary target of the strike.
Evidence is mounting that both sides are less than discriminating about where they fire. Both Ukrainian and separatist forces use rockets of older vintage that are far from accurate, as Human Rights Watch recently pointed out.
""",
        "quotes": [
            ("direct", "There aren't separatist fighters in the neighborhood", "said", "she", "Lena", "UKR", "pronoun"),
            ("indirect", "the only people who live in the grid of streets are retired coal miners whose hard work rebuilt the city after World War II",
             "adding", "she", "Lena", "UKR", "pronoun"),
            ("direct", "We felt the vibration of the house<<>>we saw there was a fire", "said", "he", "Ivan", "UKR",
             "pronoun"),
            ("indirect", "the Ukrainian army should fire on military targets, not private homes", "say",
             "he and his wife", "Ivan and his wife", "UKR", "nominal"),
            ("indirect", "government forces aren't the ones targeting residential areas", "told",
             "Ukrainian security spokesman Col. Andriy Lysenko", "Andriy Lysenko", "UKR", "name"),
            ("indirect", "Separatists are doing it as part of a campaign to incriminate Ukrainian forces", "said",
             "he", "Andriy Lysenko", "UKR", "pronoun"),
            ("indirect", "Both Ukrainian and separatist forces use rockets of older vintage that are far from accurate",
             "pointed out", "Human Rights Watch", "Human Rights Watch", "NGO", "organisation"),
        ],
    },
    {
        "id": "t14-hongkong-protester-k-2020",
        "url": "https://www.voacambodia.com/a/5494456.html",
        "title": "Hong Kong Protester Calculates Personal Toll After a Year of Activism",
        "published": None,
        "truncated": True,
        "note": "Added by sqq15b. VOA Khmer site, English. Removed: 'Accessibility links', 'Breaking "
                "News', title line, photo caption (stored twice). The stored text ends after K's "
                "quotation (the story goes on); kept whole to that point. Mixed marks kept as stored "
                "(K's last quotation opens curly and closes straight). published: null (2020 by the "
                "content: 'Father's Day last year' = June 16, 2019, the national security laws). "
                "The name '“K,”' in marks is no quote.",
        "text": """
The lives of many Hong Kong protesters have changed radically over the past year, as China pushed new national security laws eroding Hong Kong’s freedoms.
One protester, a 24-year-old woman who asked to be identified as “K,” told VOA how the political controversy has been a deeply personal struggle.
A year ago, she lived comfortably with her parents and elder sister. Among three siblings, she was closest to her parents. But everything changed on Father's Day last year.
On June 16, 2019, 2 million people in Hong Kong took part in a march opposing China’s new Anti-Fugitive Offenders Ordinance, which was widely believed to expose Hong Kong citizens to political prosecutions from mainland China.
K was among them.
After the march, she went home and was criticized by her mother.
"Growing up, I was the most filial one at home. But it was unfair to me that my mother accused me of not being a good daughter because I marched," K said.
Her sister sided with her parents, who thought the demonstrators undermined the stability of society.
As the protests continued over subsequent weeks, the news became a source of endless arguments in the family. K began avoiding family dinners, dining out after work and returning home after everyone else was already asleep.
She did not stop defending her political beliefs. She recalled telling her family, “You want me to be arrested and continue to support the police beating the public, and maybe the next victim is your daughter. Sooner or later you'll see me in the papers, or in a funeral house."
""",
        "quotes": [
            ("indirect", "how the political controversy has been a deeply personal struggle", "told", "One protester",
             "K", "HKG", "nominal"),
            ("direct", "Growing up, I was the most filial one at home<<>>because I marched", "said", "K", "K", "HKG",
             "name"),
            ("direct", "You want me to be arrested<<>>or in a funeral house.", "telling", "She", "K", "HKG", "pronoun"),
        ],
    },
    {
        "id": "t14-venezuela-referendum-vote-2007",
        "url": "https://www.voanews.com/a/a-13-2007-12-02-voa9-66813052/374208.html",
        "title": "Venezuelans Vote in Constitutional Referendum",
        "published": "2007-12-02",
        "truncated": False,
        "note": "Added by sqq15b. Removed: 'Accessibility links', 'Breaking News', title line. Whole "
                "as stored (ends with the polling-hours paragraph). published: the date in the URL. "
                "Page slip kept: 'normal for his polling .' (word missing). 'officials say that exit "
                "polls indicate X': the polls are no speaker, so the officials' clause is one "
                "indirect quote (same for the opposition's 'exit polling indicates').",
        "text": """
Venezuelans are casting ballots on a controversial reform plan that would allow President Hugo Chavez to seek re-election indefinitely and extend his socialist policies. Pro-Chavez government officials say that exit polls indicate voters approved constitutional changes; opposition groups say their own exit polling indicates referendum wound up in a statistical tie. In Caracas, VOA's Brian Wagner reports many voters turned out early to cast their votes on the proposed constitutional changes.
Lines of voters extended dozens of meters at some polling stations in the Venezuelan capital, where people began gathering before dawn.
Italian language instructor Andres Canu was one of the first to vote at a school in downtown Caracas. He said the four-hour wait to cast a ballot was normal for his polling .
Voters are deciding on whether to approve a set of 69 constitutional changes proposed by President Chavez and lawmakers in the National Assembly earlier this year. Election officials have split the proposals into two blocks, asking people to vote yes or no on each set of reforms.
One set includes proposals that would end term limits on the presidency, create new forms of community-owned property, and lower the voting age to 16. The other includes new rules to fight ethnic, gender and political discrimination, enhance the government's power in states of emergency, and ease the requirements for impeaching Supreme Court justices.
Business operator Miriam Bedoya says she wishes election officials had broken down the voting blocks even further.
Bedoya says it would have been better to vote on each proposal, to choose the ones you agree with and reject those you do not. But she says with two blocks it is hard to decide.
Polling stations are set to close at six o'clock in Venezuela, and election officials expect to begin announcing results later in the evening.
""",
        "quotes": [
            ("indirect", "exit polls indicate voters approved constitutional changes", "say",
             "Pro-Chavez government officials", "pro-Chavez government officials", "VEN", "nominal"),
            ("indirect", "their own exit polling indicates referendum wound up in a statistical tie", "say",
             "opposition groups", "opposition groups", "VEN", "nominal"),
            ("indirect", "many voters turned out early to cast their votes on the proposed constitutional changes",
             "reports", "VOA's Brian Wagner", "Brian Wagner", "USA", "name"),
            ("indirect", "the four-hour wait to cast a ballot was normal for his polling", "said", "He",
             "Andres Canu", "VEN", "pronoun"),
            ("indirect", "she wishes election officials had broken down the voting blocks even further", "says",
             "Business operator Miriam Bedoya", "Miriam Bedoya", "VEN", "name"),
            ("indirect", "it would have been better to vote on each proposal, to choose the ones you agree with and reject those you do not",
             "says", "Bedoya", "Miriam Bedoya", "VEN", "name"),
            ("indirect", "with two blocks it is hard to decide", "says", "she", "Miriam Bedoya", "VEN", "pronoun"),
        ],
    },
    {
        "id": "t14-venezuela-term-limits-vote-2009",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/a-13-2009-02-15-voa3-68811382/412825.html",
        "title": "",
        "published": "2009-02-15",
        "truncated": False,
        "note": "Added by sqq15b. VOA page as stored under its CMS preview address (voa.pangea-cms.com); "
                "the stored text has no title line, so 'title' is empty. Removed: the trailing "
                "furniture word 'News'. Whole as stored. published: the date in the URL. Page slip "
                "kept: 'Del Hoyo points out that ..., and say that ...' (the second verb keeps its "
                "own cue 'say'). 'calling on people to vote' (trucks) is an appeal, no quote.",
        "text": """
Venezuelan electoral officials say President Hugo Chavez has won a referendum on lifting term limits, which would allow him to stay in power as long as he keeps winning elections.
Officials say that with most of the ballots counted, 54 percent of Venezuelans backed the president's proposal.
Election officials have begun tallying the results from electronic voting machines used in Sunday's vote. President Chavez called for the vote, saying he needed more time in office to complete work on his socialist-inspired revolution.
Before the polls closed, trucks carrying loudspeakers circulated in some Caracas neighborhoods, calling on people to vote in favor of the measure. Opposition leaders condemned the acts, saying government supporters were violating a ban on political campaigning on election day.
In the Buena Vista neighborhood of Caracas, Jacquelin Del Hoyo says she voted against the measure. She says she supported Hugo Chavez when he was first elected president in 1998, but that she has been disappointed since then.
Del Hoyo points out that the people already rejected this measure once, and say that now President Chavez is asking voters to change their minds. "No means no," she says.
In December 2007, voters rejected a broad package of reforms, which included a similar proposal to end term limits. Analysts say one reason for the defeat was low voter turnout among traditional government supporters.
Earlier Sunday, retiree Eduardo Trujillo said he backed the measure, but that he was unsure whether he would cast a ballot because he is upset with the tone of politics in Venezuela. He said he supports Mr. Chavez because of his social welfare programs.
Trujillo said that in the past 10 years, the government has increased pension payments and expanded the program to include all retirees.
Vote results are expected late Sunday.
""",
        "quotes": [
            ("indirect", "President Hugo Chavez has won a referendum<<>>as long as he keeps winning elections", "say",
             "Venezuelan electoral officials", "Venezuelan electoral officials", "VEN", "nominal"),
            ("indirect", "with most of the ballots counted, 54 percent of Venezuelans backed the president's proposal",
             "say", "Officials", "Venezuelan electoral officials", "VEN", "nominal"),
            ("indirect", "he needed more time in office to complete work on his socialist-inspired revolution",
             "saying", "President Chavez", "Hugo Chavez", "VEN", "name"),
            ("indirect", "government supporters were violating a ban on political campaigning on election day",
             "saying", "Opposition leaders", "opposition leaders", "VEN", "nominal"),
            ("indirect", "she voted against the measure", "says", "Jacquelin Del Hoyo", "Jacquelin Del Hoyo",
             "VEN", "name"),
            ("indirect", "she supported Hugo Chavez when he was first elected president in 1998, but that she has been disappointed since then",
             "says", "She", "Jacquelin Del Hoyo", "VEN", "pronoun"),
            ("indirect", "the people already rejected this measure once", "points out", "Del Hoyo",
             "Jacquelin Del Hoyo", "VEN", "name"),
            ("indirect", "now President Chavez is asking voters to change their minds", "say", "Del Hoyo",
             "Jacquelin Del Hoyo", "VEN", "name"),
            ("direct", "No means no", "says", "she", "Jacquelin Del Hoyo", "VEN", "pronoun"),
            ("indirect", "one reason for the defeat was low voter turnout among traditional government supporters",
             "say", "Analysts", "analysts", None, "nominal"),
            ("indirect", "he backed the measure, but that he was unsure<<>>the tone of politics in Venezuela", "said",
             "retiree Eduardo Trujillo", "Eduardo Trujillo", "VEN", "name"),
            ("indirect", "he supports Mr. Chavez because of his social welfare programs", "said", "He",
             "Eduardo Trujillo", "VEN", "pronoun"),
            ("indirect", "in the past 10 years, the government has increased pension payments and expanded the program to include all retirees",
             "said", "Trujillo", "Eduardo Trujillo", "VEN", "name"),
        ],
    },
    {
        "id": "t14-indonesia-lhoknga-tsunami-2005",
        "url": "https://www.voanews.com/a/a-13-2005-01-17-voa48-67364552/382454.html",
        "title": "Lhoknga, Indonesia Struggles Without Enough Help",
        "published": "2005-01-17",
        "truncated": True,
        "note": "Added by sqq15b. Removed: 'Accessibility links', 'Breaking News', title line. Cut by "
                "the store inside the next sentence ('Team members include his daughter, Dr. Hanifa "
                "Alia,'); kept to the last complete sentence. published: the date in the URL. "
                "Dr. Ali's first quotation follows the sentence naming him and has no speech verb "
                "(cue null). '[for]' kept.",
        "text": """
It's been more than three weeks since an earthquake in the Indian Ocean triggered a massive tsunami off the coast of the northern Indonesian province of Aceh. International Red Cross workers continue to travel to remote villages to deliver aid and save lives.
VOA's Nancy-Amelia Collins has been reporting from Indonesia since the disaster, talking to survivors and relief officials. The interviews she conducted and the video she shot are included in this report narrated by Kathie Scarrah.
Lhoknga, Indonesia, 17 kilometers west of the provincial capital of Banda Aceh was a busy beach district before December 26th. 25,000 people lived here. Officials say only about 7,000 live here now.
This family has just unearthed the body of their father. Before he is buried, they place his favorite slippers next to him. Another woman volunteers to bag bodies while she searches for her family. She lost her husband and three children.
"I'm really sad, the bodies are everywhere, but I can't find my family," said another survivor.
Refugees from remote villages walked for days before arriving in Lhoknga where they are given fresh water, what food is available and sometimes, body bags.
The smell of death is in the air, and destruction is everywhere you look.
Dr. Hanifa Ali is an International Red Cross volunteer. "I am very sad. Sad [for] our people. All of our people are sad. We need help. We have no teacher. We have no doctors, so many people dead here."
Dr. Ali has been a doctor in Aceh province for more than 30 years. He lost many colleagues and at least 20 relatives in the tsunami, but has found comfort treating survivors. "I know it's pretty hard, but I must do it. I must do everything, all the time," he said.
Dr. Ali's small team of Red Cross volunteers travels every day to remote regions of the province looking for people who need aid.
""",
        "quotes": [
            ("indirect", "only about 7,000 live here now", "say", "Officials", "officials", "IDN", "nominal"),
            ("direct", "I'm really sad, the bodies are everywhere, but I can't find my family", "said",
             "another survivor", "survivor", "IDN", "nominal"),
            ("direct", "I am very sad. Sad [for] our people.<<>>so many people dead here.", None, "Dr. Hanifa Ali",
             "Hanifa Ali", "IDN", "name"),
            ("direct", "I know it's pretty hard, but I must do it. I must do everything, all the time", "said", "he",
             "Hanifa Ali", "IDN", "pronoun"),
        ],
    },
    {
        "id": "t14-indonesia-aceh-shattered-dreams-2005",
        "url": "https://www.voanews.com/a/a-13-2005-01-17-voa21/396120.html",
        "title": "Acehnese Try to Build a Life on Shattered Dreams",
        "published": "2005-01-17",
        "truncated": True,
        "note": "Added by sqq15b. Removed: 'Accessibility links', 'Breaking News', title line. Cut by "
                "the store inside the next sentence ('But the people of Aceh - devoutly religious - "
                "struggled to carry-on despit'); kept to the last complete sentence. published: the "
                "date in the URL. Same correspondent and day as t14-indonesia-lhoknga-tsunami-2005. "
                "The name '\"the bridge of death.\"' is no quote.",
        "text": """
Within days after the killer tsunami hit the Indonesian island of Sumatra, VOA Correspondent Nancy-Amelia Collins traveled to Aceh Province in the tragic aftermath. A veteran of wars and disasters, she says she has never seen such utter destruction and tells us about her experience and the terrible reality for tens of thousands of Acehnese people who lost their loved ones, their hopes, and their dreams in an instant.
There are not enough tears in the world to cleanse the sorrow that flows over Aceh.
Less than a week after the tsunami struck December 26, nearly every house and every business had been destroyed in Indonesia's provisional capital, Banda Aceh. It was a scene of utter devastation - like nothing most of us, including world leaders and wartime generals, had ever seen.
But that is nothing compared to the personal losses. Ambri, who lost his wife and 2-year-old child, was desolate. He had tried to save his family when the tsunami struck, but the water was too powerful, and they were sucked out to sea.
"I will just pray to God now. I have nothing left, nothing. I am alone," he said.
Ambri is just one of millions across the Indian Ocean with a tragic story. It was impossible to walk what was passing for streets, without facing crying people, dazed faces, the blank looks of shock.
Then there was what became known as "the bridge of death." Washed up on this bridge were three very large boats, but it was what was beneath it that gave it its name.
From a distance, it looked like support railings broken and splintered into scores of fragmented pieces of wood fermenting in stagnant water. But it is only when closer, that you realized the splinters were hundreds of dead bodies. And many of the dazed faces I had seen on the streets, also gathered here searching the lifeless pile for someone they loved.
""",
        "quotes": [
            ("indirect", "she has never seen such utter destruction", "says", "she", "Nancy-Amelia Collins", "USA",
             "pronoun"),
            ("direct", "I will just pray to God now. I have nothing left, nothing. I am alone", "said", "he", "Ambri",
             "IDN", "pronoun"),
        ],
    },
    {
        "id": "t14-gaza-darkness-dread-2014",
        "url": "http://www.voanews.com/content/in-gaza-darkness-brings-dread-and-death/1968287.html",
        "title": "On the Scene: In Gaza, Darkness Brings Dread and Death",
        "published": "2014-07-30",
        "truncated": True,
        "note": "Added by sqq15b. Removed: 'News / Middle East', title line, photo caption (stored "
                "twice), byline 'Scott Bobb', the embedded video block ('Story continues below "
                "video:', title 'Gazans in Shelled School Sought Shelteri', 'Scott Bobb', date 'July "
                "30, 2014 8:16 PM', its summary paragraph), crosshead 'Concern over arms supply'. Cut "
                "by the store inside the next sentence ('Their comments echoed those of other Gaza "
                "Palestinians, w'); kept to the last complete sentence. Trailing double spaces "
                "removed. published: the video block's date, which is the story's 'Wednesday'. "
                "'accused the West of complicity' is no quote.",
        "text": """
By day, except for the high hum of surveillance drones or bursts of bombs and artillery fire, parts of the Gaza Strip seem unnaturally quiet.
Few pedestrians or vehicles move along Gaza City’s once-bustling commercial streets, with residents preferring to hunker down at home – if they have one. Donkeys and camels wander along the Israeli-Gaza buffer zone, stirring when armored tanks roll through.
Routine has been upended here since Israel began its July 8 offensive to halt Hamas militants from firing rockets at it from Gaza. Now the busiest gathering spots are the 85 sites where nearly 200,000 displaced Palestinians have taken refuge.
By evening, anxiety rises throughout Gaza, residents say, noting Israeli airstrikes intensify at night and into the early morning.
A case in point: Just before daybreak Wednesday, Israeli artillery shells pummeled a United Nations-run school compound where as many as 3,000 had sought shelter. At least 19 people were killed and scores were wounded at the Jebaliya refugee camp in northern Gaza.
Several hours later, we surveyed the devastation. A wall had caved in on the classroom where most of the victims had bedded down, and blankets littered the floor along with traces of flesh and blood.
Some refugees accused the West of complicity for supplying funding that armed the Israelis.
""",
        "quotes": [
            ("indirect", "By evening, anxiety rises throughout Gaza", "say", "residents", "Gaza residents", "PSE",
             "nominal"),
            ("indirect", "Israeli airstrikes intensify at night and into the early morning", "noting", "residents",
             "Gaza residents", "PSE", "nominal"),
        ],
    },
    {
        "id": "t14-iraq-small-business-revival-2008",
        "url": "https://www.voanews.com/archive/small-business-comes-back-life-iraq",
        "title": "",
        "published": None,
        "truncated": True,
        "note": "Added by sqq15b. VOA archive page; the stored text has no title line, so 'title' is "
                "empty (URL slug: small-business-comes-back-life-iraq). Cut by the store inside the "
                "next sentence ('South of Baghdad, two Iraqi busine'); kept to the last complete "
                "sentence. Trailing space removed. published: null (2008 by the content: 'Many "
                "businesses closed in 2006 and 2007', 'About a year ago'). A TV script: the first "
                "two 'He says' follow 'this barber' (speaker: the barber); the last two follow 'This "
                "small business owner' in the Green Zone. 'He wishes'/'He wants' are no speech.",
        "text": """
Small businesses have been reopening in Iraq as violence in many parts of the country has been declining. Many businesses closed in 2006 and 2007 during fierce fighting between Sunnis and Shi'ites. But now with improved security, small business is coming back to life. VOA's Deborah Block has more.
About a year ago, in the Baghdad neighborhood of Ghazaliyah, it was too dangerous for this man to work outside on the street. The neighborhood was a battleground for Shi'ite and Sunni militias.
Stores closed and streets were empty except for gunmen and the victims of sectarian killings.
In the past year, U.S. troops, U.S.-backed Iraqi volunteers, and Iraqi soldiers patrolling the streets have helped reduce the violence and stabilize the neighborhood.
The once prosperous area is filled with trash and sewage and lacks electricity. But that has not stopped this restaurant from opening or this barber from re-opening his barber shop.
He says the militias used to attack people but now everything is good. He wishes business was better but says people do not have much money.
Muthana Idan Kabul owns a tiny shop that serves tea in the Karkh area of Baghdad. He says during some of the worst violence in Karkh, insurgents stole his furniture and set his shop on fire. Today, people come here to catch up with friends, and of course, like this Iraqi policeman, to drink tea.
Kabul has received a $2,500 loan from the U.S. government to improve his business. Since 2003, the U.S. has given about $18-million in loans to small Iraqi businesses.
He says business is good and he hopes to open a bigger shop. He wants to buy new tables and chairs.
This small business owner works in Baghdad's Green Zone, a safer area controlled by the U.S. military. For the past four years, he and his son have been selling souvenirs, mostly to U.S. troops.
He says he used to make a decent living. But now that more U.S. troops are leaving Iraq, he says that is difficult.
""",
        "quotes": [
            ("indirect", "the militias used to attack people but now everything is good", "says", "He", "barber",
             "IRQ", "pronoun"),
            ("indirect", "people do not have much money", "says", "He", "barber", "IRQ", "pronoun"),
            ("indirect", "during some of the worst violence in Karkh, insurgents stole his furniture and set his shop on fire",
             "says", "He", "Muthana Idan Kabul", "IRQ", "pronoun"),
            ("indirect", "business is good and he hopes to open a bigger shop", "says", "He", "Muthana Idan Kabul",
             "IRQ", "pronoun"),
            ("indirect", "he used to make a decent living", "says", "He", "small business owner", "IRQ", "pronoun"),
            ("indirect", "that is difficult", "says", "he", "small business owner", "IRQ", "pronoun"),
        ],
    },
    {
        "id": "t14-russia-voter-fraud-protests-2011",
        "url": "http://www.voanews.com/content/russians-protest-alleged-voter-fraud-135369778/149376.html",
        "title": "Tens of Thousands Protest Alleged Voter Fraud in Russia",
        "published": None,
        "truncated": True,
        "note": "Added by sqq15b. Removed: 'News / Europe', title line, photo caption (stored twice), "
                "byline 'James Brooke', the link line 'Photo Gallery: Russians Protest Against Putin "
                "and for Democracy in Moscow'. Cut by the store inside the next sentence ('Alexei "
                "Venediktov, the white'); kept to the last complete sentence. published: null "
                "(December 2011 by the content: the protest the Saturday after 'last Sunday's "
                "parliamentary elections'). The chant “Russia Without Putin” is the demonstrators' "
                "direct quote (cue the noun 'chant'); 'what they called blatant fraud' has no marks "
                "and is no quote; 'a rally police estimated at 20,000' is no clause.",
        "text": """
Protesters came out across the world’s largest country to demand clean elections and to say what, only one week ago, was unsayable.
“Russia Without Putin” was the favorite chant of thousands of demonstrators who marched within earshot of the Kremlin in the largest pro-democracy demonstration since Vladimir Putin came to power in 2000.
From Vladivostok on the Pacific Coast to Kaliningrad on the Baltic, tens of thousands of Russians turned out to protest what they called blatant fraud in last Sunday’s parliamentary elections.
Standing on Revolution Square in Moscow, Evgenia Chirikova, an opposition leader, talked to VOA before joining a rally police estimated at 20,000 people although organizers claimed there were many more there.
Speaking in Russian, she said the democracy movement demands new elections and the release of political prisoners. Last week, police responded harshly to street protests, arresting an estimated 1,600 people.
On Saturday, less than 100 people were arrested nationwide. At the end of the Moscow rally, demonstrators faced the long lines of riot police and chanted: “Police, part of the people.” State-run TV broke their weeklong blackout and covered protests, showing thousands of people in Moscow filling a park, spilling over a bridge and covering a facing embankment.
""",
        "quotes": [
            ("direct", "Russia Without Putin", "chant", "thousands of demonstrators", "demonstrators", "RUS",
             "nominal"),
            ("indirect", "there were many more there", "claimed", "organizers", "organizers", "RUS", "nominal"),
            ("indirect", "the democracy movement demands new elections and the release of political prisoners",
             "said", "she", "Evgenia Chirikova", "RUS", "pronoun"),
            ("direct", "Police, part of the people.", "chanted", "demonstrators", "demonstrators", "RUS", "nominal"),
        ],
    },
]

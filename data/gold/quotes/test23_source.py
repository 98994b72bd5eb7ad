"""Source of the sealed quotes test set ``test23.jsonl`` (VOA pages, 2001-2022).

Annotated by helper sqq24 on 2026-12-07 (round 23, for round 24), before any system ran on these
texts. Texts are Voice of America pages (public domain: voanews.com, insidevoa.com,
voa.pangea-cms.com) as the ``search`` tool's ``pages`` corpus stores them; page furniture removed
(named in each ``note``). Build and check with ``python data/gold/check_quotes_test23.py build``.

Each quote is a tuple ``(kind, span, cue, speaker_text, speaker, speaker_country,
speaker_class[, after])``; a span is searched from the start of the previous quote (or after
the first occurrence of ``after``); ``"A<<>>B"`` spans from A to the next B.
"""

DOCS = [
    {
        "id": "t23-zambia-election-challenge-2002",
        "url": "https://www.voanews.com/a/a-13-a-2002-01-16-35-opposition-67548387/387493.html",
        "title": "Opposition Leader Challenges Results of Zambian Election",
        "published": "2002-01-16",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', 'News', title line (which ends "
                "' - 2002-01-16'). Cut by the store at the start of the next sentence ('Th'); kept to "
                "the last complete sentence. published: the date in the title and URL.",
        "text": """
Zambia's main opposition leader has challenged the results of the country's presidential elections in court. Anderson Mazoka has filed a formal petition with the Supreme Court.
Lawyers representing Anderson Mazoka filed papers Tuesday with the Supreme Court, asking it to overturn the results of Zambia's just-conducted presidential elections.
Mr. Mazoka leads the United Party for National Development. He narrowly lost the race for the presidency to the Movement for Multi-Party Democracy candidate and Zambia's new leader, Levy Mwanawasa.
Several opposition leaders have alleged widespread fraud and vote rigging by Mr. Mwanawasa's party in an effort to stay in power. But the new Zambian president denies there was vote rigging involved in his victory. He says he is the legitimately elected president of Zambia.
His spokesman has said the opposition parties were handicapped by their own fragmentation - votes were split among the 10 opposition candidates on the presidential ballot.
Independent election monitors and international observers say there were irregularities in the vote tabulation process. But they say the voting itself was transparent and peaceful.
The opposition parties had tried to stop Mr. Mwanawasa's inauguration before it happened, but that earlier court appeal failed. He was sworn in January 2. Violent protests rocked Lusaka and other Zambian cities the day before the ceremony.
Since then, the unrest has subsided. But the opposition parties are vowing to continue fighting the ruling party, both in front of the Supreme Court and in parliament, where they hold roughly half the seats.
Mr. Mazoka's spokesman Robby Makhai told VOA the party leaders are confident they have enough evidence to prove their case in court.
Meanwhile, on the same day the opposition lawyers filed their petition, police searched the opposition party's headquarters.
""",
        "quotes": [
            ("indirect", "there was vote rigging involved in his victory",
             "denies", "the new Zambian president", "Levy Mwanawasa", "ZMB", "nominal"),
            ("indirect", "he is the legitimately elected president of Zambia",
             "says", "He", "Levy Mwanawasa", "ZMB", "pronoun"),
            ("indirect", "the opposition parties were handicapped by their own fragmentation - votes were split among the 10 opposition candidates on the presidential ballot",
             "said", "His spokesman", "Levy Mwanawasa's spokesman", "ZMB", "nominal"),
            ("indirect", "there were irregularities in the vote tabulation process",
             "say", "Independent election monitors and international observers", "independent election monitors and international observers", None, "nominal"),
            ("indirect", "the voting itself was transparent and peaceful",
             "say", "they", "independent election monitors and international observers", None, "pronoun"),
            ("indirect", "the party leaders are confident they have enough evidence to prove their case in court",
             "told", "Mr. Mazoka's spokesman Robby Makhai", "Robby Makhai", "ZMB", "name"),
        ],
    },
    {
        "id": "t23-guinea-local-election-dismay-2006",
        "url": "https://www.voanews.com/a/a-13-2006-01-06-voa19/399436.html",
        "title": "Guinea Opposition Dismayed by Local Election",
        "published": "2006-01-06",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the last paragraph ('... for losers to say ther'); kept to its first, complete "
                "sentence. published: the date in the URL.",
        "text": """
Guinea's opposition is expressing dismay over the organization of recent local elections, leading one party to quit parliament in protest. Others are calling for a unity government and new elections. But the government is calling them sore losers.
Opposition parties held vibrant rallies in the run-up to last month's local elections, causing hope among their supporters they might fare well.
But when the results came out with just a few victories for the opposition in urban and rural councils, they cried foul, alleging massive fraud for the ruling Party of Unity and Progress.
The only opposition party with seats in parliament, the Union for Progress and Renewal, this week, said it was pulling out of the 114-member assembly in protest.
Other parties had boycotted the 2002 legislative poll, including the Union of Republican Forces, led by popular former Prime Minister Sydia Toure.
He tells VOA he understands the general dismay among opposition militants.
"It's very difficult for them to still believe in democracy because since we began democracy here in 1991, they don't have (fair) results for elections, presidency, elections for Congress and so on. All those elections were held in very bad conditions," he said.
But another opposition leader, Alpha Conde, says he will continue fighting.
He says he continues to hope one day Guineans can benefit from a transparent election process, which he says hasn't existed since the early 1960s.
He says his party took part in the local elections to show that the government's promises to organize a free and fair vote were absurd.
But Guinea's prime minister Cello Dalein Diallo tells VOA he believes it's a case of the opposition being sore losers.
He says everything was done to address previous grievances and that there was a good turnout on voting day December 18.
""",
        "quotes": [
            ("indirect", "it was pulling out of the 114-member assembly in protest",
             "said", "the Union for Progress and Renewal", "Union for Progress and Renewal", "GIN", "organisation"),
            ("indirect", "he understands the general dismay among opposition militants",
             "tells", "He", "Sydia Toure", "GIN", "pronoun"),
            ("direct", "It's very difficult for them<<>>held in very bad conditions",
             "said", "he", "Sydia Toure", "GIN", "pronoun"),
            ("indirect", "he will continue fighting",
             "says", "Alpha Conde", "Alpha Conde", "GIN", "name"),
            ("indirect", "he continues to hope one day Guineans can benefit from a transparent election process, which he says hasn't existed since the early 1960s",
             "says", "He", "Alpha Conde", "GIN", "pronoun"),
            ("indirect", "his party took part in the local elections to show that the government's promises to organize a free and fair vote were absurd",
             "says", "He", "Alpha Conde", "GIN", "pronoun"),
            ("indirect", "he believes it's a case of the opposition being sore losers",
             "tells", "Guinea's prime minister Cello Dalein Diallo", "Cello Dalein Diallo", "GIN", "name"),
            ("indirect", "everything was done to address previous grievances and that there was a good turnout on voting day December 18",
             "says", "He", "Cello Dalein Diallo", "GIN", "pronoun"),
        ],
    },
    {
        "id": "t23-somalia-mahaday-information-minister-2009",
        "url": "https://www.voanews.com/a/a-13-2009-05-19-voa1-68643342/407917.html",
        "title": "Somali Government Determined to Defeat Insurgents, Says Minister",
        "published": "2009-05-19",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store at the "
                "start of the next paragraph ('Ali Moha'); kept to the last complete paragraph. "
                "published: the date in the URL.",
        "text": """
Somalia's new administration says it would maintain its objective of reconciling the nation and restoring security despite stiff challenges from hard line Islamic insurgents. This comes after hard line Islamic insurgents belonging to al-Shabaab Monday captured the town of Mahaday, the birth place of President Sheikh Sharif Sheikh Ahmed. Political observers say the insurgent takeover of Mahaday, another strategic town north of the Capital, Mogadishu is an attempt to embarrass the president. Described by Washington as a terrorist organization with strong ties to Al Qaeda, al-Shabaab has refused to recognize the new administration.
Farhan Ali Mohamud is Somalia's information minister. He told VOA that the new government will in due course defeat the insurgents.
"As you know, this government's objective is to reconcile and create peace and opportunities where it is possible," Ali Mohamud said.
He said the hard liners are bent on ensuring that the new Somali government fails by seizing towns that the insurgents know would produce little or no resistance from government security forces.
"What happened yesterday and the day before yesterday was that the insurgents have captured the town of Jowhar which is 90 kilometers from here. A very decent farming community with actually no expectation of the on-coming of enemy forces," he said.
Ali Mohamud said the government is determined to repel the attacks of the insurgents.
"Our government is from today on trying to organize a counter-attack in any way we can," Ali Mohamud said.
He said Mogadishu has set in motion plans to hold negotiations with those who would help in its efforts to retake the towns captured by the insurgents.
"First, we will consult with the locals; we will consult with pro-government Islamists militias who were there… we would act on that. So, that is our aims to today on Tuesday," he said.
""",
        "quotes": [
            ("indirect", "it would maintain its objective of reconciling the nation and restoring security despite stiff challenges from hard line Islamic insurgents",
             "says", "Somalia's new administration", "Somalia's new administration", "SOM", "organisation"),
            ("indirect", "the insurgent takeover of Mahaday, another strategic town north of the Capital, Mogadishu is an attempt to embarrass the president",
             "say", "Political observers", "political observers", None, "nominal"),
            ("indirect", "the new government will in due course defeat the insurgents",
             "told", "He", "Farhan Ali Mohamud", "SOM", "pronoun"),
            ("direct", "As you know<<>>where it is possible",
             "said", "Ali Mohamud", "Farhan Ali Mohamud", "SOM", "name"),
            ("indirect", "the hard liners are bent on ensuring that the new Somali government fails by seizing towns that the insurgents know would produce little or no resistance from government security forces",
             "said", "He", "Farhan Ali Mohamud", "SOM", "pronoun"),
            ("direct", "What happened yesterday<<>>on-coming of enemy forces",
             "said", "he", "Farhan Ali Mohamud", "SOM", "pronoun"),
            ("indirect", "the government is determined to repel the attacks of the insurgents",
             "said", "Ali Mohamud", "Farhan Ali Mohamud", "SOM", "name"),
            ("direct", "Our government is from today on<<>>in any way we can",
             "said", "Ali Mohamud", "Farhan Ali Mohamud", "SOM", "name"),
            ("indirect", "Mogadishu has set in motion plans to hold negotiations with those who would help in its efforts to retake the towns captured by the insurgents",
             "said", "He", "Farhan Ali Mohamud", "SOM", "pronoun"),
            ("direct", "First, we will consult<<>>our aims to today on Tuesday",
             "said", "he", "Farhan Ali Mohamud", "SOM", "pronoun"),
        ],
    },
    {
        "id": "t23-somalia-jowhar-cabinet-minister-2009",
        "url": "https://www.voanews.com/a/a-13-2009-05-18-voa1-68816242/413187.html",
        "title": "New Somali Government Says Unfazed by Insurgent Attacks",
        "published": "2009-05-18",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the next paragraph ('... said the militant'); that paragraph dropped. published: "
                "the date in the URL. Not annotated: 'He expressed confidence the government would "
                "win ...' (a clause complementing the noun 'confidence').",
        "text": """
President Sheikh Sharif Sheik Ahmed's new Somali government says it will soon take back a town taken Sunday by hard line Islamic insurgents after two weeks of violent clashes with government forces. Described by Washington as a terrorist organization with strong links to Al Qaeda, al-Shabaab has refused to recognize the new Somali administration. Al-Shabaab fighters took control of Jowhar, a strategic town in the north of the capital, Mogadishu. Some political analysts say the takeover is a demonstration of the weakness of President Sheikh Ahmed's new government.
Abdirashid Irro Mohammed is a Somali cabinet minister. From the capital, Mogadishu he told VOA that the government is determined to succeed despite insurgent attacks.
"Really, al-Shabaab they are going to disturb the whole situation in Somalia and also in the region. And they are also trying to stop the development that the government was working on," Irro Mohammed said.
He said although the insurgents have taken over Jowhar, the government would soon take it back from them.
"So they (insurgents) took over this morning the town of Jowhar, but their mission is to hit and run. I do believe that they would seen go away very soon otherwise our government troops would be back and crush them," he said.
Irro Mohammed said the new government has set in motion plans to bolster its security forces to restore peace in the country.
"We are starting from scratch and we are preparing our security forces. So, while we are in the process, al-Shabaab is trying to disturb and to take over," Irro Mohammed said.
He expressed confidence the government would win the fight against the hard line Islamic insurgents.
"I do believe that we have confidence in our troops that we will slowly come and to control most of the strategic towns where they are now," he said.
""",
        "quotes": [
            ("indirect", "it will soon take back a town taken Sunday by hard line Islamic insurgents after two weeks of violent clashes with government forces",
             "says", "President Sheikh Sharif Sheik Ahmed's new Somali government", "Somali government", "SOM", "organisation"),
            ("indirect", "the takeover is a demonstration of the weakness of President Sheikh Ahmed's new government",
             "say", "Some political analysts", "political analysts", None, "nominal"),
            ("indirect", "the government is determined to succeed despite insurgent attacks",
             "told", "he", "Abdirashid Irro Mohammed", "SOM", "pronoun"),
            ("direct", "Really, al-Shabaab<<>>the government was working on",
             "said", "Irro Mohammed", "Abdirashid Irro Mohammed", "SOM", "name"),
            ("indirect", "although the insurgents have taken over Jowhar, the government would soon take it back from them",
             "said", "He", "Abdirashid Irro Mohammed", "SOM", "pronoun"),
            ("direct", "So they (insurgents)<<>>would be back and crush them",
             "said", "he", "Abdirashid Irro Mohammed", "SOM", "pronoun"),
            ("indirect", "the new government has set in motion plans to bolster its security forces to restore peace in the country",
             "said", "Irro Mohammed", "Abdirashid Irro Mohammed", "SOM", "name"),
            ("direct", "We are starting from scratch<<>>trying to disturb and to take over",
             "said", "Irro Mohammed", "Abdirashid Irro Mohammed", "SOM", "name"),
            ("direct", "I do believe that we have confidence<<>>where they are now",
             "said", "he", "Abdirashid Irro Mohammed", "SOM", "pronoun"),
        ],
    },
    {
        "id": "t23-afghanistan-holbrooke-kabul-lobbying-2009",
        "url": "https://www.voanews.com/a/a-13-2009-02-14-voa11-68713542/409656.html",
        "title": "US Envoy Meets Afghan Officials in Kabul",
        "published": "2009-02-14",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store after "
                "the first sentence of the last paragraph ('M'); kept to that sentence. The page's "
                "slip 'asfighting' is kept. published: the date in the URL.",
        "text": """
The U.S. envoy to Pakistan and Afghanistan Richard Holbrooke has met with top Afghan officials in Kabul as part of a trip reviewing U.S. policies in the region. Officials in Kabul say they lobbied Holbrooke for more U.S. troops and reconstruction funds.
Ambassador Holbrooke has largely avoided speaking publicly during his travels in Pakistan and Afghanistan this week, but Afghan officials have been open about their expectations.
Lawmaker Fauzia Kofi tells VOA she lobbied Holbrooke for more troops to improve security for presidential elections in August, as well as new commitments for large reconstruction projects that will have an impact on ordinary Afghans.
She says she expects that U.S. policy in Afghanistan will change - mainly because the new administration appears to be addressing the war against the Taliban as a regional problem.
"The Afghanistan issue is very much linked to the Pakistan situation. To the way the Pakistani government commits itself, to the way the security organizations work, to the way they control the border area, to the way they operate madrassas - and vice versa in Afghanistan. So I believe the appointment itself is a means, first, for a change," said Kofi.
Foreign Ministry spokesman Sultan Ahmad Baheen tells VOA that officials are lobbying for the United States to focus on what he calls the roots of terrorism in Afghanistan - a reference to Taliban bases in Pakistan. He also said there should be as much focus on reconstruction projects and strengthening government institutions asfighting the Taliban.
"The U.S. affirmed its commitment to Afghanistan and he reiterated his support for the reconstruction for Afghanistan in a joint war against terror and also for the democracy and human rights and women's rights in Afghanistan," said Baheen.
The Obama administration's relationship with President Hamid Karzai has been a source of intense speculation in Kabul.
""",
        "quotes": [
            ("indirect", "they lobbied Holbrooke for more U.S. troops and reconstruction funds",
             "say", "Officials in Kabul", "Afghan officials", "AFG", "nominal"),
            ("indirect", "she lobbied Holbrooke for more troops to improve security for presidential elections in August, as well as new commitments for large reconstruction projects that will have an impact on ordinary Afghans",
             "tells", "Lawmaker Fauzia Kofi", "Fauzia Kofi", "AFG", "name"),
            ("indirect", "she expects that U.S. policy in Afghanistan will change - mainly because the new administration appears to be addressing the war against the Taliban as a regional problem",
             "says", "She", "Fauzia Kofi", "AFG", "pronoun"),
            ("direct", "The Afghanistan issue is very much linked<<>>first, for a change",
             "said", "Kofi", "Fauzia Kofi", "AFG", "name"),
            ("indirect", "officials are lobbying for the United States to focus on what he calls the roots of terrorism in Afghanistan",
             "tells", "Foreign Ministry spokesman Sultan Ahmad Baheen", "Sultan Ahmad Baheen", "AFG", "name"),
            ("indirect", "there should be as much focus on reconstruction projects and strengthening government institutions asfighting the Taliban",
             "said", "He", "Sultan Ahmad Baheen", "AFG", "pronoun"),
            ("direct", "The U.S. affirmed its commitment<<>>women's rights in Afghanistan",
             "said", "Baheen", "Sultan Ahmad Baheen", "AFG", "name"),
        ],
    },
    {
        "id": "t23-afghanistan-intelligence-chief-attack-2012",
        "url": "http://www.voanews.com/a/bombing-wound-afghan-intelligence-chief/1559540.html",
        "title": "Afghan Intelligence Chief Wounded in Kabul Explosion",
        "published": "2012-12-06",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (printed "
                "twice, dated Dec. 6, 2012). Cut by the store after 'Human rights groups'; those "
                "words dropped. published: the caption's date (the attack's day, 'Thursday'). The "
                "doctors' report inside Karzai's clause is covered by the outer quote only.",
        "text": """
Afghanistan's intelligence chief is in surgery after being wounded in an assassination attempt in Kabul, officials said Thursday.
The National Directorate of Security (NDS) said Asadullah Khalid was wounded in what it called a "terrorist attack" Thursday, when a suicide bomber struck a guest house in the capital.
NDS spokesman Shafiqullah Tahiri said the attacker was carrying a peace message on behalf of the Taliban when he detonated his explosives inside the guest house used by the intelligence agency.
The Afghan Taliban claimed responsibility for the attack, saying Khalid was their target and that a number of other Afghan intelligence officials were also wounded in the bombing.
Afghan President Hamid Karzai visited Khalid in the hospital and said that doctors told him Khalid was in good condition. The president told reporters the Afghan intelligence chief may be sent abroad for treatment.
An NDS official and close friend of Khalid's who did not want to be identified said in an interview with VOA's Afghan service that the intelligence chief has severe injuries on the right side of his body, particularly in the abdomen, leg and hand, but that he has good chances of survival.
Khalid, who is close to the Karzai family, took over the intelligence agency in September after the president reshuffled his Cabinet. Since taking over, Khalid has led an aggressive campaign against the Taliban.
Prior to becoming intelligence chief, Khalid served as Afghanistan's minister of tribal and border affairs and as a provincial governor.
""",
        "quotes": [
            ("indirect", "Afghanistan's intelligence chief is in surgery after being wounded in an assassination attempt in Kabul",
             "said", "officials", "Afghan officials", "AFG", "nominal"),
            ("indirect", 'Asadullah Khalid was wounded in what it called a "terrorist attack" Thursday, when a suicide bomber struck a guest house in the capital',
             "said", "The National Directorate of Security (NDS)", "National Directorate of Security", "AFG", "organisation"),
            ("partial", "terrorist attack",
             "called", "it", "National Directorate of Security", "AFG", "pronoun"),
            ("indirect", "the attacker was carrying a peace message on behalf of the Taliban when he detonated his explosives inside the guest house used by the intelligence agency",
             "said", "NDS spokesman Shafiqullah Tahiri", "Shafiqullah Tahiri", "AFG", "name"),
            ("indirect", "Khalid was their target and that a number of other Afghan intelligence officials were also wounded in the bombing",
             "saying", "The Afghan Taliban", "Afghan Taliban", "AFG", "organisation"),
            ("indirect", "doctors told him Khalid was in good condition",
             "said", "Afghan President Hamid Karzai", "Hamid Karzai", "AFG", "name"),
            ("indirect", "the Afghan intelligence chief may be sent abroad for treatment",
             "told", "The president", "Hamid Karzai", "AFG", "nominal"),
            ("indirect", "the intelligence chief has severe injuries on the right side of his body, particularly in the abdomen, leg and hand, but that he has good chances of survival",
             "said", "An NDS official and close friend of Khalid's", "NDS official", "AFG", "nominal"),
        ],
    },
    {
        "id": "t23-pakistan-mullah-omar-denial-2007",
        "url": "https://www.voanews.com/a/a-13-2007-01-18-voa28/351173.html",
        "title": "Islamabad Denies Mullah Omar Sheltered in Pakistan",
        "published": "2007-01-18",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the last paragraph ('Afghan officials also hav'); kept to its first sentence. "
                "published: the date in the URL. Not quotes: 'rejected the allegations that ...' "
                "(noun complement), 'claims to be a spokesman' (infinitive), 'The video shows', "
                "'have long believed' (thought). The reported question 'Asked where ...' is "
                "attributed to the Afghan agents of the previous sentence.",
        "text": """
A Taleban spokesman has told Afghan authorities that the militant Islamic group's leader, Mullah Omar, is living inside Pakistan under the protection of the country's main intelligence agency, the ISI. From Islamabad, VOA correspondent Benjamin Sand reports that Pakistan has sharply denied the assertions.
Pakistan officials quickly and strongly rejected the allegations that Mohammad Hanif made in a videotaped confession released to the media early Wednesday. Hanif claims to be a spokesman for the hard-line Islamist Taleban group.
A Pakistani military spokesman called the allegations "completely absurd."
The Pakistan Foreign Office spokeswoman, Tasneem Aslam, said Hanif's allegations are "impossible to believe."
"These are totally baseless assertions. We do not know under what circumstances these statements were extracted from him," said Aslam.
Afghan officials say they arrested Hanif and two other men Monday in the eastern province of Nangarhar, shortly after they crossed the border from Pakistan.
The video shows Hanif in a darkened room as Afghan agents interrogate him about Mullah Omar, the Taleban's fugitive leader.
Asked where Omar is hiding, Hanif says he is in the southern Pakistani city of Quetta. He goes on to say Mullah Omar is protected by Pakistan's powerful Inter-Services Intelligence Agency.
He also said the agency's former director, Hamid Gul, is actively supporting the Taleban and helping train suicide bombers at a Pakistani madrassah.
The ISI supported the Taleban during the 1990s. Pakistan officially severed ties with the militant Islamic group in 2001 after the September 11 terrorist attacks on the United States.
The last confirmed sighting of Mullah Omar was in 2001, shortly after U.S.-led forces invaded Afghanistan and ousted the Taleban from power.
Some security analysts have long believed Omar was hiding out in Pakistan.
""",
        "quotes": [
            ("indirect", "the militant Islamic group's leader, Mullah Omar, is living inside Pakistan under the protection of the country's main intelligence agency, the ISI",
             "told", "A Taleban spokesman", "Mohammad Hanif", "AFG", "nominal"),
            ("indirect", "Pakistan has sharply denied the assertions",
             "reports", "VOA correspondent Benjamin Sand", "Benjamin Sand", "USA", "name"),
            ("partial", "completely absurd",
             "called", "A Pakistani military spokesman", "Pakistani military spokesman", "PAK", "nominal"),
            ("indirect", 'Hanif\'s allegations are "impossible to believe."',
             "said", "Tasneem Aslam", "Tasneem Aslam", "PAK", "name"),
            ("partial", "impossible to believe",
             "said", "Tasneem Aslam", "Tasneem Aslam", "PAK", "name"),
            ("direct", "These are totally baseless assertions<<>>were extracted from him",
             "said", "Aslam", "Tasneem Aslam", "PAK", "name"),
            ("indirect", "they arrested Hanif and two other men Monday in the eastern province of Nangarhar, shortly after they crossed the border from Pakistan",
             "say", "Afghan officials", "Afghan officials", "AFG", "nominal"),
            ("indirect", "where Omar is hiding",
             "Asked", "Afghan agents", "Afghan agents", "AFG", "nominal"),
            ("indirect", "he is in the southern Pakistani city of Quetta",
             "says", "Hanif", "Mohammad Hanif", "AFG", "name"),
            ("indirect", "Mullah Omar is protected by Pakistan's powerful Inter-Services Intelligence Agency",
             "say", "He", "Mohammad Hanif", "AFG", "pronoun"),
            ("indirect", "the agency's former director, Hamid Gul, is actively supporting the Taleban and helping train suicide bombers at a Pakistani madrassah",
             "said", "He", "Mohammad Hanif", "AFG", "pronoun"),
        ],
    },
    {
        "id": "t23-pakistan-pearl-kidnapping-claims-2002",
        "url": "https://www.voanews.com/a/a-13-a-2002-02-02-19-pakistan-67417717/383685.html",
        "title": "Pakistan Investigating Claims of US Journalist's Death",
        "published": "2002-02-02",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line (which ends "
                "' - 2002-02-02'). Cut by the store inside the next paragraph ('... the authentici'); "
                "that paragraph dropped. The page's space after an opening mark ('\" It's') is kept. "
                "published: the date in the title and URL. Not quotes: 'conflicting claims - one "
                "that ...' (noun complement), 'threatened to kill him' (infinitive).",
        "text": """
Authorities in Pakistan say they are trying to determine the fate of an American journalist who was kidnapped by a group that threatened to kill him if their demands were not met. After the deadline set by the group had passed, there were conflicting claims - one that he had been killed, and another demanding ransom for his release. Authorities are trying to verify the authenticity of the claims.
Police have searched more than 200 graveyards in Pakistan's largest city, Karachi, but they have not found Wall Street Journal reporter Daniel Pearl.
Two American cable television networks said Friday they had received an electronic message claiming the reporter had been killed and his body left in a graveyard in Karachi. But U.S. and Pakistani officials are skeptical about the message, citing the absence of any pictures of Mr. Pearl to back the claim.
The American journalist disappeared in Karachi 10-days ago, while trying to contact Islamic militants allegedly linked to terror suspect Osama bin Laden.
A Pakistan Foreign Ministry spokesman, Aziz Ahmed Khan, told reporters Saturday, investigation into the kidnapping is under way. But he did not give details.
"It is unfortunate that this has happened. But the government of Pakistan is vigilant," he said. " It's doing its best for the recovery of the American journalist. The entire government machinery [is] concentrating on this issue, and we hope that some positive result will come out of it."
A previously unknown group, The National Movement for the Restoration of Pakistani Sovereignty, says it is holding the American journalist. In several earlier e-mail messages to Pakistani and U.S. media that included the reporter's pictures, the group threatened to kill him, if the United States does not release Pakistani prisoners from the war on terrorism in Afghanistan.
""",
        "quotes": [
            ("indirect", "they are trying to determine the fate of an American journalist who was kidnapped by a group that threatened to kill him if their demands were not met",
             "say", "Authorities in Pakistan", "Pakistani authorities", "PAK", "nominal"),
            ("indirect", "they had received an electronic message claiming the reporter had been killed and his body left in a graveyard in Karachi",
             "said", "Two American cable television networks", "American cable television networks", "USA", "nominal"),
            ("indirect", "investigation into the kidnapping is under way",
             "told", "Aziz Ahmed Khan", "Aziz Ahmed Khan", "PAK", "name"),
            ("direct", "It is unfortunate that this has happened<<>>the government of Pakistan is vigilant",
             "said", "he", "Aziz Ahmed Khan", "PAK", "pronoun"),
            ("direct", "It's doing its best<<>>will come out of it.",
             "said", "he", "Aziz Ahmed Khan", "PAK", "pronoun"),
            ("indirect", "it is holding the American journalist",
             "says", "The National Movement for the Restoration of Pakistani Sovereignty", "National Movement for the Restoration of Pakistani Sovereignty", "PAK", "organisation"),
        ],
    },
    {
        "id": "t23-russia-putin-annexed-areas-difficult-2022",
        "url": "https://www.voanews.com/a/putin-situation-extremely-difficult-in-areas-russia-claimed-to-annex-from-ukraine/6883787.html",
        "title": "Putin: Situation 'Extremely Difficult' in Areas Russia Claimed to Annex from Ukraine",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (printed "
                "twice, dated Dec. 19, 2022). Cut by the store inside the next quotation ('\"Russia "
                "has no interest'); that unclosed sentence dropped. published: null (no date on the "
                "page; the caption and 'Tuesday' put the story at about 2022-12-20). Mixed straight "
                "and curly apostrophes are the page's. Not quotes: 'called ... for ... the FSB, to "
                "boost' (appeal), 'extolling the benefits'.",
        "text": """
Russian President Vladimir Putin said Tuesday the situation in four parts of Ukraine he claimed to have annexed earlier this year was "extremely difficult."
Speaking to members of Russia's security services, Putin highlighted the Donetsk and Luhansk areas in eastern Ukraine, as well as Kherson and Zaporizhzhia in the south.
"The people living there, the citizens of Russia, rely on you, on your protection," Putin said.
Russia has never fully controlled any of the four areas that were part of Putin’s September annexation claim. His move was rejected by the international community.
Putin called Tuesday for Russia's top security agency, the FSB, to boost surveillance at the country’s borders and within the country in order to combat new threats from abroad and traitors at home.
His comments came a day after he made a rare visit to Minsk, extolling the benefits of cooperation with neighboring ally Belarus, stoking fears in Kyiv that plans for a joint ground offensive are in the works.
Ukrainian joint forces commander Serhiy Nayev said he believed Putin's meeting with his Belarusian counterpart would address "further aggression against Ukraine and the broader involvement of the Belarusian armed forces in the operation against Ukraine, in particular, in our opinion, also on the ground."
Belarusian President Alexander Lukashenko has said repeatedly he has no intention of sending his country's troops into Ukraine, after providing Russian troops with a launching pad for the invasion in February.
""",
        "quotes": [
            ("indirect", 'the situation in four parts of Ukraine he claimed to have annexed earlier this year was "extremely difficult."',
             "said", "Russian President Vladimir Putin", "Vladimir Putin", "RUS", "name"),
            ("partial", "extremely difficult",
             "said", "Russian President Vladimir Putin", "Vladimir Putin", "RUS", "name"),
            ("direct", "The people living there, the citizens of Russia, rely on you, on your protection",
             "said", "Putin", "Vladimir Putin", "RUS", "name"),
            ("indirect", 'he believed Putin\'s meeting with his Belarusian counterpart would address "further aggression<<>>also on the ground."',
             "said", "Ukrainian joint forces commander Serhiy Nayev", "Serhiy Nayev", "UKR", "name"),
            ("partial", "further aggression against Ukraine<<>>also on the ground",
             "said", "Ukrainian joint forces commander Serhiy Nayev", "Serhiy Nayev", "UKR", "name"),
            ("indirect", "he has no intention of sending his country's troops into Ukraine",
             "said", "Belarusian President Alexander Lukashenko", "Alexander Lukashenko", "BLR", "name"),
        ],
    },
    {
        "id": "t23-serbia-nikolic-kosovo-train-2017",
        "url": "https://www.voanews.com/a/serbia-president-says-his-country-ready-to-protect-ethnic-serbs-in-kosovo-bosnia/3677234.html",
        "title": "Serbia's President Says Ready to Protect Ethnic Serbs in Kosovo",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (printed "
                "twice, 'FILE - Serbian President Tomislav Nikolic.'). Cut by the store inside the "
                "last paragraph; kept to its first sentence. The page's missing full stop after "
                "'between Serbia and Kosovo' is kept. published: null (no date on the page; the "
                "train's stop was in January 2017). The painted words \"Kosovo is Serbia\" are a "
                "slogan on a train, not a quote. 'Reports' (twice) is kept as a nominal speaker with "
                "country null.",
        "text": """
Serbia's president says the country is ready to send troops to Kosovo to protect Serbian nationals, if necessary.
The comment Sunday followed a war of words that erupted between Kosovo and Serbia officials when a train painted with the words "Kosovo is Serbia" was stopped Saturday from entering Kosovo.
The United States ambassador in Pristina Greg Delawie said on Twitter that he was concerned about the train issue. Delawie called “for restraint from all parties,” adding “Need normalization not confrontation” between Serbia and Kosovo
Serbian President Tomislav Nikolic said the two countries were on the verge of a conflict while Kosovo’s prime minister told journalists the train “sent a message of occupation.”
“I have asked them [police and interior minister] to stop imminently the train entering Kosovo at any price,” Kosovo President Hashim Thaci told Gazeta Express, an online news outlet.
But Serbia's Nikolic said Kosovo had shown it wanted war after it deployed special forces to prevent the train painted with Serbia's national colors from entering its territory.
According to reports, Serbia officials accused Kosovo authorities of attempting to mine the railroad with bombs.
Kosovo officials strongly denounced these accusations adding they found no explosives on the railway.
Saturday's ride was the first from Belgrade, the Serbian capital, to the northern Kosovo town of Mitrovica since the 1998 war. Reports say the train later returned to Belgrade.
About 120,000 of Kosovo's 1.8 million inhabitants are ethnic Serbs.
Both countries are seeking E.U. membership to boost their struggling economies.
Kosovo declared independence in 2008, a decade after it split from Serbia.
""",
        "quotes": [
            ("indirect", "the country is ready to send troops to Kosovo to protect Serbian nationals, if necessary",
             "says", "Serbia's president", "Tomislav Nikolic", "SRB", "nominal"),
            ("indirect", "he was concerned about the train issue",
             "said", "The United States ambassador in Pristina Greg Delawie", "Greg Delawie", "USA", "name"),
            ("partial", "for restraint from all parties",
             "called", "Delawie", "Greg Delawie", "USA", "name"),
            ("partial", "Need normalization not confrontation",
             "adding", "Delawie", "Greg Delawie", "USA", "name"),
            ("indirect", "the two countries were on the verge of a conflict",
             "said", "Serbian President Tomislav Nikolic", "Tomislav Nikolic", "SRB", "name"),
            ("indirect", "the train “sent a message of occupation.”",
             "told", "Kosovo’s prime minister", "Kosovo's prime minister", "KOS", "nominal"),
            ("partial", "sent a message of occupation",
             "told", "Kosovo’s prime minister", "Kosovo's prime minister", "KOS", "nominal"),
            ("direct", "I have asked them [police and interior minister] to stop imminently the train entering Kosovo at any price",
             "told", "Kosovo President Hashim Thaci", "Hashim Thaci", "KOS", "name"),
            ("indirect", "Kosovo had shown it wanted war after it deployed special forces to prevent the train painted with Serbia's national colors from entering its territory",
             "said", "Serbia's Nikolic", "Tomislav Nikolic", "SRB", "name"),
            ("indirect", "Serbia officials accused Kosovo authorities of attempting to mine the railroad with bombs",
             "According to", "reports", "reports", None, "nominal"),
            ("indirect", "they found no explosives on the railway",
             "adding", "Kosovo officials", "Kosovo officials", "KOS", "nominal"),
            ("indirect", "the train later returned to Belgrade",
             "say", "Reports", "reports", None, "nominal"),
        ],
    },
    {
        "id": "t23-japan-noda-abductions-families-2011",
        "url": "http://www.voanews.com/a/japan-prime-minister-vows-to-resolve-decades-old-abductions-by-north-korean-agents-131389633/146386.html",
        "title": "Japan Prime Minister Vows to Resolve Decades Old Abductions by North Korea",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (printed "
                "twice, 'Japanese Prime Minister Yoshihiko Noda (File Photo)'). A line break inside "
                "'he stresses' joined with a space. Cut by the store inside the next paragraph "
                "('... she died five'); that paragraph dropped. published: null (no date on the "
                "page; Noda took office in September 2011, the meeting was in October 2011). The "
                "page spells the family Ichikawa and Ishikawa; the brother is recorded as 'Kenichi "
                "Ishikawa' (his given name and the family name the page uses for him). The "
                "sentence 'And he wants to do his utmost ...' has no speech verb and is not "
                "annotated. The indirect clause interrupted by 'he stresses' is annotated after the "
                "attribution, as test21 did ('The U.S., says Ms. Rice, will stand ...').",
        "text": """
Japan's prime minister is expressing his intention to visit North Korea to help resolve the long-standing issue of Japanese citizens abducted over the decades by North Korean agents.
Japanese Prime Minister Yoshihiko Noda spent one hour on Saturday with relatives of citizens abducted by North Korean agents over the decades. He informed them that he considers the cases an urgent matter and will go to North Korea if that leads to progress.
Mr. Noda informed the families that he told President Barack Obama during a meeting last month in New York that he wants the help of other nations to resolve this issue, which the prime minister says he is making a priority of his administration.
Mr. Noda says he wants more than ever to try to resolve the issue of the kidnappings. And he wants to do his utmost to get those who may still be alive back with their families in Japan.
It is the second meeting the prime minister has had with the families since he took office early last month.
Shuichi Ichikawa was among those North Korea admitted kidnapping. But Pyongyang claims he died of a heart attack in a drowning incident and that his body cannot be returned because a flood subsequently washed away his grave. The Ishikawa family has never accepted that explanation.
Shuichi's brother, Kenichi, says he has heard previous Japanese leaders vow to get to the bottom of the matter with the North Koreans.
Ishikawa says he wants Prime Minister Noda to go beyond the promises of his predecessors who also said they would do their best. Mr. Noda, he stresses, must actually accomplish something.
According to officials, Keiko Arimoto was abducted in 1983 at the age of 23 by a terrorist group, the Japanese Red Army, with North Korean support.
""",
        "quotes": [
            ("indirect", "he considers the cases an urgent matter and will go to North Korea if that leads to progress",
             "informed", "He", "Yoshihiko Noda", "JPN", "pronoun"),
            ("indirect", "he told President Barack Obama during a meeting last month in New York that he wants the help of other nations to resolve this issue, which the prime minister says he is making a priority of his administration",
             "informed", "Mr. Noda", "Yoshihiko Noda", "JPN", "name"),
            ("indirect", "he wants more than ever to try to resolve the issue of the kidnappings",
             "says", "Mr. Noda", "Yoshihiko Noda", "JPN", "name"),
            ("indirect", "he died of a heart attack in a drowning incident and that his body cannot be returned because a flood subsequently washed away his grave",
             "claims", "Pyongyang", "North Korea", "PRK", "organisation"),
            ("indirect", "he has heard previous Japanese leaders vow to get to the bottom of the matter with the North Koreans",
             "says", "Shuichi's brother, Kenichi", "Kenichi Ishikawa", "JPN", "name"),
            ("indirect", "he wants Prime Minister Noda to go beyond the promises of his predecessors who also said they would do their best",
             "says", "Ishikawa", "Kenichi Ishikawa", "JPN", "name"),
            ("indirect", "must actually accomplish something",
             "stresses", "he", "Kenichi Ishikawa", "JPN", "pronoun"),
            ("indirect", "Keiko Arimoto was abducted in 1983 at the age of 23 by a terrorist group, the Japanese Red Army, with North Korean support",
             "According to", "officials", "Japanese officials", "JPN", "nominal"),
        ],
    },
    {
        "id": "t23-philippines-abu-sayyaf-ceasefire-2002",
        "url": "https://www.voanews.com/a/a-13-a-2002-03-25-22-philippines-66278157/540321.html",
        "title": "Philippines Military Rejects Rebel Call for Cease-fire",
        "published": "2002-03-25",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line (which ends "
                "' - 2002-03-25'). Cut by the store inside the last sentence ('... an additional 150 "
                "U.'); that sentence dropped. published: the date in the title and URL. Not quotes: "
                "'rejected a call for a cease-fire' (noun), 'asked for medical treatment' (noun), "
                "'was reportedly wounded'. The relative clause 'who they say is seriously wounded' "
                "is annotated as test21 did ('that Libyan authorities say targeted him').",
        "text": """
Military commanders in the Philippines have rejected a call for a cease-fire by Muslim rebels who are holding three hostages on a southern island. The development follows several clashes in which at least five rebels and one Philippine soldier have reportedly been killed.
The commander of the military forces in the southern Philippines, General Roy Cimatu, told reporters Monday he received a message from Abu Sayyaf guerrillas offering to release a Philippine hostage in exchange for a cease-fire. The rebels also asked for medical treatment for one of their leaders who they say is seriously wounded. A spokesman for the southern Command, Major Noel Detoyato told VOA that General Cimatu rejected the offer. "His (General Cimatu's) guidance is that there will be no cease-fire and the only option is for them to release the three hostages and we'll take care of their wounded but they have to face the court after," Mr. Detoyato said.
The rebel leader (Isnilon Japilon) was reportedly wounded in a clash with Philippine soldiers Saturday near the town of Lamitan on Basilan island, 1,000 kilometers south of Manila. It was the latest of several clashes during the past week. Philippine troops are pursuing the Abu Sayyaf, who are holding a Philippine nurse and two American missionaries hostage in the forests of Basilan.
One hundred sixty U.S. green berets are on the island providing surveillance and communications assistance to help the Philippine forces track the rebels. But they are not allowed to engage in combat except in self-defense.
The American forces are backed by 500 U.S. support troops based in nearby Mindanao. An international delegation of peace and human rights activists met with U.S. officers there and were told an escalation of the U.S. military presence is not envisioned.
""",
        "quotes": [
            ("indirect", "he received a message from Abu Sayyaf guerrillas offering to release a Philippine hostage in exchange for a cease-fire",
             "told", "General Roy Cimatu", "Roy Cimatu", "PHL", "name"),
            ("indirect", "is seriously wounded",
             "say", "they", "Abu Sayyaf guerrillas", "PHL", "pronoun"),
            ("indirect", "General Cimatu rejected the offer",
             "told", "Major Noel Detoyato", "Noel Detoyato", "PHL", "name"),
            ("direct", "His (General Cimatu's) guidance<<>>they have to face the court after",
             "said", "Mr. Detoyato", "Noel Detoyato", "PHL", "name"),
            ("indirect", "an escalation of the U.S. military presence is not envisioned",
             "told", "U.S. officers", "U.S. officers", "USA", "nominal"),
        ],
    },
    {
        "id": "t23-philippines-milf-offensive-2003",
        "url": "https://www.voanews.com/a/a-13-a-2003-05-19-3-phillippine-67311027/381422.html",
        "title": "Philippine Military Reports Dozens of Rebels Killed in Offensive",
        "published": "2003-05-19",
        "truncated": True,
        "note": "The stored page starts with the story (no furniture, no title line); the title is "
                "written from the topic. Cut by the store inside a quotation ('\"The peace talks "
                "… the Mindinao probl'); that unclosed quotation dropped. The page's spellings "
                "'guerillas', 'Mindinao' are kept. published: the date in the URL. 'calls for the "
                "government to honor' is an appeal, not a quote; 'where it said criminals were "
                "hiding' is the government's relative reported speech.",
        "text": """
The Philippine military reports it has killed dozens of rebels in its latest campaign against Muslim separatists in the southern provinces. But the main rebel group, the Moro Islamic Liberation Front, said it remains committed to the peace process.
The Philippines armed forces struck for a third day against camps of the Moro Islamic Liberation Front. Philippine army spokesman Colonel Daniel Lucero said the offensive has left dozens of Moro Islamic Liberation Front guerillas dead since Saturday. "Reports from our field units in Mindanao say there are already 60 MILF members died in this first salvo of the bombing and artillery attack," Mr. Lucero said.
Colonel Lucero said the offensive is against Moro Islamic Liberation Front "terrorist cells," suspected in recent attacks against civilians. The government says more than 200 people have died in bombings and other attacks this year.
"This military offensive is directed against those perpetrators - those terrorist cells within the MILF, who perpetrated these killings and massacres of innocent civilians last month in Lanao del Norte, in Mindinao, and in Siocon, in Zamboanga del Norte," he said.
In a raid earlier this month, at least 10 civilians and 12 soldiers and police were killed in Siocon. More than 13 civilians also died, after guerillas attempted to overrun an area in Lanao del Norte province.
A rebel spokesman, Eid Kabalu, said the group has not suffered casualties, and warns it will retaliate, if the offensive continues. "If you are attacked, it is our right to defend ourselves. That is always the case, because we maintain a defensive posture," he said.
Mr. Kabalu said the Moro Islamic Liberation Front is committed to the peace process, and calls for the government to honor an earlier cease-fire agreement.
The cease-fire collapsed in February, following a government offensive against rebel camps where it said criminals were hiding.
""",
        "quotes": [
            ("indirect", "it has killed dozens of rebels in its latest campaign against Muslim separatists in the southern provinces",
             "reports", "The Philippine military", "Philippine military", "PHL", "organisation"),
            ("indirect", "it remains committed to the peace process",
             "said", "the Moro Islamic Liberation Front", "Moro Islamic Liberation Front", "PHL", "organisation"),
            ("indirect", "the offensive has left dozens of Moro Islamic Liberation Front guerillas dead since Saturday",
             "said", "Philippine army spokesman Colonel Daniel Lucero", "Daniel Lucero", "PHL", "name"),
            ("direct", "Reports from our field units<<>>bombing and artillery attack",
             "said", "Mr. Lucero", "Daniel Lucero", "PHL", "name"),
            ("indirect", 'the offensive is against Moro Islamic Liberation Front "terrorist cells," suspected in recent attacks against civilians',
             "said", "Colonel Lucero", "Daniel Lucero", "PHL", "name"),
            ("partial", "terrorist cells",
             "said", "Colonel Lucero", "Daniel Lucero", "PHL", "name"),
            ("indirect", "more than 200 people have died in bombings and other attacks this year",
             "says", "The government", "Philippine government", "PHL", "organisation"),
            ("direct", "This military offensive<<>>in Zamboanga del Norte",
             "said", "he", "Daniel Lucero", "PHL", "pronoun"),
            ("indirect", "the group has not suffered casualties",
             "said", "Eid Kabalu", "Eid Kabalu", "PHL", "name"),
            ("indirect", "it will retaliate, if the offensive continues",
             "warns", "Eid Kabalu", "Eid Kabalu", "PHL", "name"),
            ("direct", "If you are attacked<<>>a defensive posture",
             "said", "he", "Eid Kabalu", "PHL", "pronoun"),
            ("indirect", "the Moro Islamic Liberation Front is committed to the peace process",
             "said", "Mr. Kabalu", "Eid Kabalu", "PHL", "name"),
            ("indirect", "criminals were hiding",
             "said", "it", "Philippine government", "PHL", "pronoun"),
        ],
    },
    {
        "id": "t23-yemen-saada-airstrikes-asiri-2015",
        "url": "https://www.voanews.com/middle-east/saudi-planes-intensify-airstrikes-over-houthi-targets-n-yemen",
        "title": "Saudi Planes Intensify Airstrikes Over Houthi Targets in N. Yemen",
        "published": None,
        "truncated": True,
        "note": "The stored page has no title line; the title is written from the address. Removed: "
                "photo caption (printed twice, dated May 9, 2015). Cut by the store inside the last "
                "paragraph ('... the historic Imam Hadi mos'); kept to its last complete sentence. "
                "published: null (the caption's date is 2015-05-09; the story's 'Saturday' is "
                "probably that day). \u201cOperation Nejran Eruption\u201d is a name, not a quote. The "
                "colon after 'indicated the strikes were a direct response' introduces a paragraph "
                "of indirect speech. 'which it claimed was hit ...' is relative reported speech.",
        "text": """
CAIRO - Saudi-led coalition warplanes launched dozens of airstrikes Saturday against the Houthi rebel stronghold of Saada, hitting the homes of several Houthi leaders and damaging a number of buildings, including a historic mosque. Saudi Arabia says it is responding to Houthi shelling of two Saudi border towns in recent days.
The Houthi rebels' al-Masira TV showed a crowd of young men digging through the rubble of a building which it claimed was hit by a Saudi coalition warplane early Saturday. More than a hundred airstrikes were reported overnight against Houthi rebel targets.
Saudi-owned al-Arabiya TV reported that coalition warplanes struck the homes of at least seven Houthi militia commanders, killing several. The TV service also claimed that warplanes struck a Houthi arms depot west of their stronghold of Saada and Houthi vehicles along the border.
Saudi media has dubbed the latest air campaign against Houthi targets “Operation Nejran Eruption,” to signify retaliation for Houthi shelling of Saudi border towns earlier in the week. Saudi military spokesman General Ahmed Asiri indicated the strikes were a direct response:
He said that Houthi rebel attacks against Saudi citizens in the towns of Nejran and Jezzan have changed the nature of the ongoing conflict, putting Saudi Arabia in a state of defense of its citizens, cities and border, thus provoking a response by the coalition.
Houthi media claimed Saudi-led airstrikes destroyed the tomb of the group's historic leader Hussein Badr ed Din Houthi. Photos showed what looked like the tomb, reduced to rubble.
""",
        "quotes": [
            ("indirect", "it is responding to Houthi shelling of two Saudi border towns in recent days",
             "says", "Saudi Arabia", "Saudi Arabia", "SAU", "organisation"),
            ("indirect", "was hit by a Saudi coalition warplane early Saturday",
             "claimed", "it", "al-Masira TV", "YEM", "pronoun"),
            ("indirect", "coalition warplanes struck the homes of at least seven Houthi militia commanders, killing several",
             "reported", "Saudi-owned al-Arabiya TV", "al-Arabiya TV", "SAU", "organisation"),
            ("indirect", "warplanes struck a Houthi arms depot west of their stronghold of Saada and Houthi vehicles along the border",
             "claimed", "The TV service", "al-Arabiya TV", "SAU", "nominal"),
            ("indirect", "the strikes were a direct response",
             "indicated", "Saudi military spokesman General Ahmed Asiri", "Ahmed Asiri", "SAU", "name"),
            ("indirect", "Houthi rebel attacks against Saudi citizens<<>>thus provoking a response by the coalition",
             "said", "He", "Ahmed Asiri", "SAU", "pronoun"),
            ("indirect", "Saudi-led airstrikes destroyed the tomb of the group's historic leader Hussein Badr ed Din Houthi",
             "claimed", "Houthi media", "Houthi media", "YEM", "nominal"),
        ],
    },
    {
        "id": "t23-egypt-brotherhood-alarian-not-iran-2011",
        "url": "http://www.voanews.com/content/article---muslim-brotherhood-spokesman-egypt-not-iran--116135244/157428.html",
        "title": "Muslim Brotherhood Spokesman: Egypt Not Iran",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (printed "
                "twice, dated Feb 12, 2011, about Yemen). Cut by the store inside the last "
                "quotation ('... We are'); kept to its last complete sentence, so the quotation is "
                "not closed and runs to the end of the text. published: null (no date on the page; "
                "after Mubarak stepped down on 2011-02-11). The two quotations without attribution "
                "belong to Esam Alarian; their cue is the speech verb of the sentence before. "
                "\u201cindependents\u201d is a scare quote, not annotated.",
        "text": """
A prominent member of Egypt’s officially-banned Muslim Brotherhood’s Guidance Council has “sharply” denied his organization wants an Iranian-style administration, after anti-government demonstrations forced long-time President Hosni Mubarak to step down following 18-days of protests.
Esam Alarian, spokesman for the Muslim Brotherhood, told VOA members of his organization are only interested in participating in parliamentary elections, not the presidential vote, as speculated by some international media organizations.
“Absolutely wrong; that is (a) false allegation. This is not true. We are calling for a civil state, moderate state, (and) a democratic state, equality, prosperity, justice for all and freedom for all citizens. All are equal. Egypt is not Iran. Egypt can build its own model of democracy according to its culture and Islamic preference.”
The Muslim Brotherhood has been officially banned as a political party in Egypt, but holds parliamentary seats through “independents.”
Alarian said the accusations against his organization are, in his words, completely false. He also said the Muslim Brotherhood is not in favor of what he described as foreign interference.
“We are against any international or foreigners interfering in our domestic or internal affairs. And for all foreigners, Americans and non-Americans, we are asking them not to intervene in our affairs, not to impose any orders or anything to the cabinet or the parliament.
""",
        "quotes": [
            ("partial", "sharply",
             "denied", "A prominent member of Egypt’s officially-banned Muslim Brotherhood’s Guidance Council", "Esam Alarian", "EGY", "nominal"),
            ("indirect", "his organization wants an Iranian-style administration",
             "denied", "A prominent member of Egypt’s officially-banned Muslim Brotherhood’s Guidance Council", "Esam Alarian", "EGY", "nominal"),
            ("indirect", "members of his organization are only interested in participating in parliamentary elections, not the presidential vote",
             "told", "Esam Alarian", "Esam Alarian", "EGY", "name"),
            ("direct", "Absolutely wrong<<>>its culture and Islamic preference.",
             "told", "Esam Alarian", "Esam Alarian", "EGY", "name"),
            ("indirect", "the accusations against his organization are, in his words, completely false",
             "said", "Alarian", "Esam Alarian", "EGY", "name"),
            ("indirect", "the Muslim Brotherhood is not in favor of what he described as foreign interference",
             "said", "He", "Esam Alarian", "EGY", "pronoun"),
            ("direct", "We are against any international<<>>the cabinet or the parliament.",
             "said", "He", "Esam Alarian", "EGY", "pronoun"),
        ],
    },
    {
        "id": "t23-syria-damascus-mezze-crackdown-2012",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/egypt-recalls-ambassador-to-syria-139627273/152259.html",
        "title": "Syrian Forces Clamp Down on Damascus",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (printed "
                "twice), the video line 'Watch video of action in Damascus'. Cut by the store "
                "inside the next paragraph ('... General Martin Demp'); that paragraph dropped. The "
                "page's missing full stop after 'their driver' is kept. published: null (no date "
                "on the page; 'an 11-month opposition uprising' puts it in February 2012). Not "
                "quotes: 'posted messages ... urging Damascus residents to hold' (appeal), "
                "'activists reported 14 people killed' (no clause).",
        "text": """
Syrian security forces have deployed heavily in a tense Damascus neighborhood, blocking opposition activists from staging a second day of mass protests, as the government continued a nationwide crackdown on protest hubs.
Activists said Syrian police flooded the Mezze district on Sunday to prevent a funeral for a young protester from turning into a major rally against President Bashar al-Assad. Samer al-Khatib was shot dead Saturday, as security forces fired on a mass funeral for several other anti-Assad activists killed in a police crackdown the day before. The mass funeral was one of the Syrian capital's largest anti-Assad rallies of an 11-month opposition uprising.
Activists said police and pro-government militiamen forced Khatib's family to hold Sunday's funeral earlier than planned. Activist groups posted messages on Facebook urging Damascus residents to hold a one-day strike in solidarity with the uprising, but there was little response with the capital under tight government control.
Elsewhere, activists reported 14 people killed in violence linked to the revolt across Syria. Syrian state media said gunmen attacked a car carrying a Syrian state prosecutor and a judge in the northwestern province of Idlib, killing both officials and their driver Their deaths follow the Saturday assassination of an Aleppo city council member. Syrian state news agency SANA blamed "terrorists" for the killings.
SANA also said 12 security personnel were buried Sunday, after being killed in fighting with rebels. None of the casualty figures from the government or the activists could be independently verified because Syria restricts the work of foreign media.
""",
        "quotes": [
            ("indirect", "Syrian police flooded the Mezze district on Sunday to prevent a funeral for a young protester from turning into a major rally against President Bashar al-Assad",
             "said", "Activists", "Syrian activists", "SYR", "nominal"),
            ("indirect", "police and pro-government militiamen forced Khatib's family to hold Sunday's funeral earlier than planned",
             "said", "Activists", "Syrian activists", "SYR", "nominal"),
            ("indirect", "gunmen attacked a car carrying a Syrian state prosecutor and a judge in the northwestern province of Idlib, killing both officials and their driver",
             "said", "Syrian state media", "Syrian state media", "SYR", "nominal"),
            ("partial", "terrorists",
             "blamed", "Syrian state news agency SANA", "SANA", "SYR", "organisation"),
            ("indirect", "12 security personnel were buried Sunday, after being killed in fighting with rebels",
             "said", "SANA", "SANA", "SYR", "organisation"),
        ],
    },
    {
        "id": "t23-thailand-samak-burma-un-contacts-2008",
        "url": "https://www.voanews.com/a/a-13-2008-02-08-voa21/404936.html",
        "title": "Thailand's New Prime Minister Says UN Should Increase Contacts With Burma",
        "published": "2008-02-08",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the last paragraph ('... after winning the mos'); kept to its second sentence. "
                "The page spells the prime minister 'Sundarawej' and 'Sundaravej'; the speaker "
                "field uses 'Samak Sundaravej'. published: the date in the URL (Friday's news "
                "conference). The single-quoted words addressed to Ban Ki-moon inside Samak's "
                "quotation (never closed on the page) are covered by that quotation only. "
                "'invited Mr. Ban to use' is an appeal, not a quote.",
        "text": """
Thailand's new prime minister, Samak Sundarawej, says the United Nations should step up contacts with Burma's military leaders. The Thai leader said the U.N. Secretary-General should visit Rangoon and use Thailand as a base for possible negotiations on political reform. VOA's Luis Ramirez reports from Bangkok.
Thailand is Burma's neighbor and closest trading partner. Unlike the United States and other nations, it refrained from imposing sanctions on the country after the Burmese generals' bloody crackdown on monks and other pro-democracy demonstrators last year.
Thai Prime Minister Samak Sundaravej, who was sworn in on Wednesday, held his first news conference with foreign journalists on Friday and said Thailand would continue its policy of not imposing sanctions.
He said, instead, his government will encourage negotiation for democratic change in Burma, and he said U.N. Secretary-General Ban Ki-moon should visit the country soon. The Thai leader invited Mr. Ban to use Thailand as a base for negotiations with the Burmese leaders.
"He should visit Thailand again. When he came here, I had no opportunity, no reputation to talk to him," he said. "Now, if I have the occasion, I should ask to him, 'Mr. Ban Ki-moon, it's only a 35 minute flight from Bangkok to Rangoon, very easy or … you can go by land, and then have a good time talking."
Burma is a major supplier of natural gas to Thailand. The Thai government has come under criticism from some in the international community for not taking a harder stance on the Burmese military leadership.
Thailand itself emerged from military-backed rule this week. The country experienced a coup in 2006 that ousted Prime Minister Thaksin Shinawatra.
""",
        "quotes": [
            ("indirect", "the United Nations should step up contacts with Burma's military leaders",
             "says", "Samak Sundarawej", "Samak Sundaravej", "THA", "name"),
            ("indirect", "the U.N. Secretary-General should visit Rangoon and use Thailand as a base for possible negotiations on political reform",
             "said", "The Thai leader", "Samak Sundaravej", "THA", "nominal"),
            ("indirect", "Thailand would continue its policy of not imposing sanctions",
             "said", "Thai Prime Minister Samak Sundaravej", "Samak Sundaravej", "THA", "name"),
            ("indirect", "instead, his government will encourage negotiation for democratic change in Burma",
             "said", "He", "Samak Sundaravej", "THA", "pronoun"),
            ("indirect", "U.N. Secretary-General Ban Ki-moon should visit the country soon",
             "said", "he", "Samak Sundaravej", "THA", "pronoun"),
            ("direct", "He should visit Thailand again<<>>no reputation to talk to him",
             "said", "he", "Samak Sundaravej", "THA", "pronoun"),
            ("direct", "Now, if I have the occasion<<>>have a good time talking.",
             "said", "he", "Samak Sundaravej", "THA", "pronoun"),
        ],
    },
    {
        "id": "t23-bosnia-terzic-balkans-us-voa-2005",
        "url": "https://insidevoa.com/amp/a-13-34-2005-05-20-voa65/177893.html",
        "title": "Bosnian Prime Minister: 'Future of Balkans Largely Depends on U.S.'",
        "published": "2005-05-20",
        "truncated": True,
        "note": "VOA press release (insidevoa.com, AMP copy). Removed: title line, summary line "
                "(repeating the first sentence), VOA boilerplate ('The Voice of America, which "
                "first went on the air in 1942, ...', cut by the store). published: the dateline. "
                "The partly quoted that-clause is annotated as an indirect quote with the partial "
                "quote inside it.",
        "text": """
Washington, D.C., May 20, 2005 - The Prime Minister of Bosnia and Herzegovina, Adnan Terzic, today told the Voice of America (VOA) that his nation needs the stronger political presence of the U.S. in his country.
Describing his meeting earlier in the day with Assistant Secretary of State Nicholas Burns, Terzic told VOA that his country is "hoping he (Burns) will help bring our region into the U.S. foreign policy focus, because the future of the Balkans largely depends on the U.S. involvement and devotion to it." Terzic made his comments during an exclusive TV interview at the VOA headquarters in Washington.
During the interview, Terzic told VOA his trip to Washington had expanded from the original mission of meeting with financial leaders, including incoming World Bank Director Paul Wolfowitz, to include meetings with U.S. policymakers. In addition to Burns and Wolfowitz, Prime Minister met with U.S. Rep. Chris Smith (R-NJ). The Prime Minister added that the positive comments he received from U.S. officials about Bosnia's role as a partner in the global fight against terror and human trafficking will encourage the Bosnian nation to undertake better efforts in restoring the country and democracy.
VOA's Bosnian Service broadcasts Studio Washington, a 30-minute TV news program that is also simulcast on radio each weekday. In addition, the Bosnian Service broadcasts a weekday TV headline news feed and a 15-minute radio program to the region. Programs are also available on the Internet at www.VOANews.com/Bosnian.
""",
        "quotes": [
            ("indirect", "his nation needs the stronger political presence of the U.S. in his country",
             "told", "Adnan Terzic", "Adnan Terzic", "BIH", "name"),
            ("indirect", 'his country is "hoping he (Burns)<<>>devotion to it."',
             "told", "Terzic", "Adnan Terzic", "BIH", "name"),
            ("partial", "hoping he (Burns)<<>>devotion to it",
             "told", "Terzic", "Adnan Terzic", "BIH", "name"),
            ("indirect", "his trip to Washington had expanded from the original mission of meeting with financial leaders, including incoming World Bank Director Paul Wolfowitz, to include meetings with U.S. policymakers",
             "told", "Terzic", "Adnan Terzic", "BIH", "name"),
            ("indirect", "the positive comments he received from U.S. officials about Bosnia's role as a partner in the global fight against terror and human trafficking will encourage the Bosnian nation to undertake better efforts in restoring the country and democracy",
             "added", "The Prime Minister", "Adnan Terzic", "BIH", "nominal"),
        ],
    },
    {
        "id": "t23-cuba-maseda-moya-released-2011",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/two-cuban--dissidents-released-under-protest-116107019/134960.html",
        "title": "Two Cuban Dissidents Released Under Protest",
        "published": "2011-02-12",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (printed "
                "twice, dated February 12, 2011), the size menu 'XS SM MD LG'. Whole as stored. "
                "published: the caption's date (the release, 'Saturday'). Not a quote: 'the men's "
                "insistence that they wanted ...' (noun complement). The jail officials' words are "
                "covered by the dissidents' quote only.",
        "text": """
Cuba has released two prominent political prisoners, despite the men's insistence that they wanted to remain in jail until other opposition leaders were freed.
Hector Maseda and Angel Moya said jail officials told them Saturday they could no longer stay in prison.
Maseda was released first. Moya was freed later in the day.
The men are two of the 52 political prisoners Cuban President Raul Castro has agreed to release as part of an agreement with Cuba's Roman Catholic Church. Most already have been set free and sent into exile in Spain. If all 52 dissidents are freed, it would be Cuba's largest mass liberation of political prisoners in recent years.
The wives of Maseda and Moya are leaders of the Ladies in White, a group that marches every Sunday in Havana to demand the release of political prisoners.
Cuba has long maintained that it does not hold political prisoners, only "mercenaries" who were working with the United States to undermine Cuban communism.
""",
        "quotes": [
            ("indirect", "jail officials told them Saturday they could no longer stay in prison",
             "said", "Hector Maseda and Angel Moya", "Hector Maseda and Angel Moya", "CUB", "name"),
            ("indirect", 'it does not hold political prisoners, only "mercenaries" who were working with the United States to undermine Cuban communism',
             "maintained", "Cuba", "Cuba", "CUB", "organisation"),
            ("partial", "mercenaries",
             "maintained", "Cuba", "Cuba", "CUB", "organisation"),
        ],
    },
    {
        "id": "t23-usa-bush-fox-immigration-toledo-2001",
        "url": "https://www.voanews.com/a/a-13-a-2001-09-06-6-bush-66413507/549781.html",
        "title": "Bush, Fox Push Immigration Agendas",
        "published": "2001-09-06",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "a quotation ('... who love their children just as m'); the unclosed quotation "
                "dropped, its paragraph kept to the sentence before it. published: the date in the "
                "URL. The passage never says 'George W. Bush'; the speaker field keeps 'Bush'. Not "
                "quotes: 'wants a deal', 'would not commit to'.",
        "text": """
President Bush and Mexican President Vicente Fox visited the U.S. state of Ohio Thursday where they spoke to university students and visited a Hispanic community center.
Immigration remains the central issue of this first official state visit. President Fox wants a deal on immigration by the end of the year to address the needs of more than three million undocumented Mexican workers in the United States. It is a message he took to a joint meeting of Congress Thursday morning and one he repeated in the afternoon at the University of Toledo.
"It is a time for a commitment and hard work," President Fox said. "Let us not pass lightly over the countless sorrows and exemplary efforts of so many men and women who we call migrants. We must find the resolve and act quickly so that we can find shared solutions to this common problem."
President Bush opposes a general amnesty for illegal Mexican workers, but he clearly wants to come to some sort of agreement with President Fox that would protect the rights of undocumented Mexicans without appearing to reward illegal immigration. Mr. Bush would not commit to the Mexican leader's timetable but did say he would speed up the process.
Some members of Congress from both political parties oppose the move, saying it would reward people for entering the country illegally and is unfair to those waiting for proper visas. Supporters say an amnesty would protect the labor rights of currently undocumented Mexican workers who are not guaranteed a minimum wage.
President Bush says it is not about politics or economics, it is about showing respect for people who come to America looking for a better life for their family.
""",
        "quotes": [
            ("direct", "It is a time for a commitment and hard work",
             "said", "President Fox", "Vicente Fox", "MEX", "name"),
            ("direct", "Let us not pass lightly<<>>to this common problem.",
             "said", "President Fox", "Vicente Fox", "MEX", "name"),
            ("indirect", "he would speed up the process",
             "say", "Mr. Bush", "Bush", "USA", "name"),
            ("indirect", "it would reward people for entering the country illegally and is unfair to those waiting for proper visas",
             "saying", "Some members of Congress from both political parties", "members of Congress", "USA", "nominal"),
            ("indirect", "an amnesty would protect the labor rights of currently undocumented Mexican workers who are not guaranteed a minimum wage",
             "say", "Supporters", "supporters", None, "nominal"),
            ("indirect", "it is not about politics or economics, it is about showing respect for people who come to America looking for a better life for their family",
             "says", "President Bush", "Bush", "USA", "name"),
        ],
    },
    {
        "id": "t23-mexico-fox-backs-bush-worker-plan-2004",
        "url": "https://www.voanews.com/a/a-13-a-2004-01-12-38-fox-66865032/376541.html",
        "title": "Fox Backs Bush Immigration Plan",
        "published": "2004-01-12",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line (which ends "
                "' - 2004-01-12'). Cut by the store inside a quotation ('\"We fully support that,'); "
                "that paragraph dropped. The page's spelling 'Vincente' is kept in the text; the "
                "speaker field uses 'Vicente Fox'. published: the date in the title and URL. Not "
                "quotes: 'calls it an important proposal' (no quoted words), 'urged the U.S. "
                "Congress to endorse' and 'refused to endorse' (infinitives).",
        "text": """
President Bush has won backing for his immigration proposals from Mexican President Vincente Fox. It is another sign of improved relations following differences over Iraq and other issues.
President Bush announced plans for a temporary worker program just days before his meeting with the Mexican leader.
Vicente Fox calls it an important proposal. Speaking through an interpreter at a joint news conference, he urged the U.S. Congress to endorse the White House initiative. "It is a priority. It is a valuable proposal," he said.
If approved, the program could potentially grant temporary legal status to millions of undocumented workers, most of them Mexican, now living in the United States. According to President Bush, the key is to match willing workers with employers who have jobs that are difficult to fill.
"This plan is not amnesty, placing undocumented workers on the automatic path of citizenship," he said. "I oppose amnesty, because it encourages the violation of our laws and perpetuates illegal immigration."
President Fox has been pushing the Bush administration since it took office to adopt new immigration rules. But all talk of reform fell by the wayside after the September 11th, 2001, terrorist attacks on the United States, with the focus shifting to border security.
President Bush's announcement of the proposed temporary worker program puts consideration of the immigration issue back on track. It also signals an attempt to improve relations with Mexico that soured during the lead-up to the invasion of Iraq.
President Fox refused to endorse military action to oust Iraqi leader Saddam Hussein. But he told reporters after his talks with Mr. Bush that they stand together in the war on terrorism. As if to underscore his point to the American public, he switched from Spanish to English to talk about the capture of Saddam Hussein and his potential trial.
""",
        "quotes": [
            ("direct", "It is a priority. It is a valuable proposal",
             "said", "he", "Vicente Fox", "MEX", "pronoun"),
            ("indirect", "the key is to match willing workers with employers who have jobs that are difficult to fill",
             "According to", "President Bush", "Bush", "USA", "name"),
            ("direct", "This plan is not amnesty<<>>the automatic path of citizenship",
             "said", "he", "Bush", "USA", "pronoun"),
            ("direct", "I oppose amnesty<<>>perpetuates illegal immigration.",
             "said", "he", "Bush", "USA", "pronoun"),
            ("indirect", "they stand together in the war on terrorism",
             "told", "he", "Vicente Fox", "MEX", "pronoun"),
        ],
    },
    {
        "id": "t23-venezuela-reform-referendum-march-2007",
        "url": "https://www.voanews.com/a/a-13-2007-11-30-voa10/402363.html",
        "title": "Opposition Rallies Against Venezuela Reform Plan",
        "published": "2007-11-30",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the last paragraph ('The prospect has'); kept to its first sentence. The page "
                "spells the marcher 'Pachecho' and 'Pacheco'; the speaker field uses 'Desiree "
                "Pacheco'. published: the date in the URL. Not quotes: the ballot words \"no\" and "
                "\"yes\" (mentions), 'expressed confidence they would prevail' (noun complement), "
                "'opinion polls suggesting ...' (evidence, not speech), 'banners that ask people "
                "to vote' (appeal).",
        "text": """
Tens of thousands of Venezuelans marched in Caracas Thursday to rally opposition to a constitutional referendum that would end term limits on the presidency. In Caracas, VOA's Brian Wagner reports the Sunday vote may be a key test of support in President Hugo Chavez.
Many of the marchers wore blue shirts and carried signs calling for voters to cast "no" ballots against President Hugo Chavez's reform plan. The rally on a plaza in central Caracas was the last in a series of recent marches led by university students and government opposition groups before the Sunday vote.
Opponents of the 69-point plan say it will place too much control in the hands of Mr. Chavez, but the president argues the reforms are needed to strengthen the people's voice in government. One marcher, recent university graduate Desiree Pachecho said she fears the reforms will take away the people's rights.
Pacheco says the reforms will limit access to government institutions, restrict property rights and the ability for a person to do and say what they feel.
Opposition members expressed confidence they would prevail on Sunday, partly based on recent opinion polls suggesting the "yes" vote would fall short of the 60 percent needed. They also say many long-time Chavez supporters plan to vote against the reform.
Government supporters have campaigned heavily in recent weeks, placing red banners that ask people to vote "yes" around Caracas, and running television advertisements. At a press conference, Telecommunications Minister Jesse Chacon said the official campaign aimed to engage people directly about the reform proposals.
Chacon says officials are not concerned with newspaper predictions and opinion polls, only the actions of the Venezuelan people.
If the opposition vote wins on Sunday, it would mark the first time Mr. Chavez has been defeated at the ballot box since taking office in 1999.
""",
        "quotes": [
            ("indirect", "the Sunday vote may be a key test of support in President Hugo Chavez",
             "reports", "VOA's Brian Wagner", "Brian Wagner", "USA", "name"),
            ("indirect", "it will place too much control in the hands of Mr. Chavez",
             "say", "Opponents of the 69-point plan", "opponents of the 69-point plan", "VEN", "nominal"),
            ("indirect", "the reforms are needed to strengthen the people's voice in government",
             "argues", "the president", "Hugo Chavez", "VEN", "nominal"),
            ("indirect", "she fears the reforms will take away the people's rights",
             "said", "Desiree Pachecho", "Desiree Pacheco", "VEN", "name"),
            ("indirect", "the reforms will limit access to government institutions, restrict property rights and the ability for a person to do and say what they feel",
             "says", "Pacheco", "Desiree Pacheco", "VEN", "name"),
            ("indirect", "many long-time Chavez supporters plan to vote against the reform",
             "say", "They", "opposition members", "VEN", "pronoun"),
            ("indirect", "the official campaign aimed to engage people directly about the reform proposals",
             "said", "Telecommunications Minister Jesse Chacon", "Jesse Chacon", "VEN", "name"),
            ("indirect", "officials are not concerned with newspaper predictions and opinion polls, only the actions of the Venezuelan people",
             "says", "Chacon", "Jesse Chacon", "VEN", "name"),
        ],
    },
    {
        "id": "t23-indonesia-aceh-helsinki-ceasefire-2005",
        "url": "https://www.voanews.com/a/a-13-2005-04-12-voa25-66381177/547710.html",
        "title": "Indonesia's Aceh Rebels Demand Cease-fire at Helsinki Peace Talks",
        "published": "2005-04-12",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the next sentence ('... remains cautiously optimistic about'); that sentence "
                "dropped. published: the date in the URL. Not quotes: 'calling for a quick "
                "cessation' (noun), 'GAM declared a unilateral truce' (noun). 'demanded that a "
                "cease-fire be called ...' is a subjunctive content clause (indirect).",
        "text": """
Negotiators from the Indonesian government and the rebel Free Aceh Movement have arrived for a third round of peace talks in Finland. But the rebels demanded that a cease-fire be called before discussions turn to more substantive issues.
The peace talks opened in Helsinki Tuesday with negotiators for the rebel movement, known as GAM, calling for a quick cessation of military operations to protect civilians in Indonesia's Aceh province.
A GAM spokesman, Bakhtiar Abdullah, says his group is concerned about military operations in Aceh, Indonesia's tsunami-ravaged and war-torn province, located on the northern tip of Sumatra Island.
"Although we have negotiation processes in progress, but the condition on the field is very worrying, because there's an escalation of military activities, and, in the process, the civilians are being hard hit," he said.
After the December 26 tsunami that devastated the province, leaving more than 200,000 Acehnese dead or missing, GAM declared a unilateral truce. But the Indonesian military says it will continue combat operations, until a formal cease-fire has been declared.
GAM has been fighting for independence in the oil-and-gas-rich province since 1976, in a conflict that has left more than 12,000 people dead, most of them civilians.
The talks will center around a special autonomy package proposed for the province by the government, as well as amnesty for the rebels, security issues and international monitoring.
GAM spokesman, Mr. Bakhtiar, says the rebel demand of independence for Aceh is not scheduled to be discussed at this time.
"Firstly, we'd just like to explain that independence is not on the table, but we are willing to still negotiate on other options, and this is yet to be discussed on this coming round," he added.
""",
        "quotes": [
            ("indirect", "a cease-fire be called before discussions turn to more substantive issues",
             "demanded", "the rebels", "Free Aceh Movement", "IDN", "nominal"),
            ("indirect", "his group is concerned about military operations in Aceh, Indonesia's tsunami-ravaged and war-torn province, located on the northern tip of Sumatra Island",
             "says", "Bakhtiar Abdullah", "Bakhtiar Abdullah", "IDN", "name"),
            ("direct", "Although we have negotiation processes in progress<<>>are being hard hit",
             "said", "he", "Bakhtiar Abdullah", "IDN", "pronoun"),
            ("indirect", "it will continue combat operations, until a formal cease-fire has been declared",
             "says", "the Indonesian military", "Indonesian military", "IDN", "organisation"),
            ("indirect", "the rebel demand of independence for Aceh is not scheduled to be discussed at this time",
             "says", "Mr. Bakhtiar", "Bakhtiar Abdullah", "IDN", "name"),
            ("direct", "Firstly, we'd just like to explain<<>>on this coming round",
             "added", "he", "Bakhtiar Abdullah", "IDN", "pronoun"),
        ],
    },
    {
        "id": "t23-iraq-hertling-diyala-offensive-2008",
        "url": "https://www.voanews.com/a/a-13-2008-01-09-voa30-66730087/561232.html",
        "title": "US-Led Force Attacks Insurgents in Northern Iraq",
        "published": "2008-01-09",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "a quotation ('... these kinds of high profile at'); that unclosed paragraph "
                "dropped. The page's 'VOA's Deborah reports' (surname missing) is kept. published: "
                "the date in the URL. 'he would not say how many' (a question he did not answer) "
                "is not annotated.",
        "text": """
The U.S. military reports six American soldiers were killed Wednesday in a booby-trapped house during a new operation in northern Iraq. The joint U.S.-Iraqi offensive was launched Tuesday against insurgents in the north of the country, including the violent Diyala province. VOA's Deborah reports from Baghdad.
More than 70,000 U.S. and Iraqi troops are in their second day of operation against al Qaida in Iraq insurgents in the northern part of the country. At a news conference in Baghdad, the U.S. commander for northern Iraq, Major-General Michael Hertling, said it will be a challenge.
"The people that left Anbar and Baghdad have moved up into my area," he said.
Hertling said the offensive is focused in volatile Diyala province especially the agricultural city of Muqdadiyah. When a brigade of 5,000 U.S. troops and a division of Iraqis launched attacks near Muqdadiyah, Hertling said they encountered less opposition than expected.
U.S. military officials say coalition forces detained six suspects on Wednesday.
Hertling said additional forces are being sent to the four northern provinces but he would not say how many. He only said more troops are needed in Diyala.
"It was also a province that didn't see a lot of forces insuring stability over the long haul. There would be forces that would go in and then come out," he said.
Hertling also spoke about what he called "spectacular attacks" by insurgents in northern Iraq and other parts of the country. He said these mostly large-scale suicide bombings have increased recently.
""",
        "quotes": [
            ("indirect", "six American soldiers were killed Wednesday in a booby-trapped house during a new operation in northern Iraq",
             "reports", "The U.S. military", "U.S. military", "USA", "organisation"),
            ("indirect", "it will be a challenge",
             "said", "Major-General Michael Hertling", "Michael Hertling", "USA", "name"),
            ("direct", "The people that left Anbar and Baghdad have moved up into my area",
             "said", "he", "Michael Hertling", "USA", "pronoun"),
            ("indirect", "the offensive is focused in volatile Diyala province especially the agricultural city of Muqdadiyah",
             "said", "Hertling", "Michael Hertling", "USA", "name"),
            ("indirect", "they encountered less opposition than expected",
             "said", "Hertling", "Michael Hertling", "USA", "name"),
            ("indirect", "coalition forces detained six suspects on Wednesday",
             "say", "U.S. military officials", "U.S. military officials", "USA", "nominal"),
            ("indirect", "additional forces are being sent to the four northern provinces",
             "said", "Hertling", "Michael Hertling", "USA", "name"),
            ("indirect", "more troops are needed in Diyala",
             "said", "He", "Michael Hertling", "USA", "pronoun"),
            ("direct", "It was also a province<<>>go in and then come out",
             "said", "he", "Michael Hertling", "USA", "pronoun"),
            ("partial", "spectacular attacks",
             "called", "he", "Michael Hertling", "USA", "pronoun"),
            ("indirect", "these mostly large-scale suicide bombings have increased recently",
             "said", "He", "Michael Hertling", "USA", "pronoun"),
        ],
    },
    {
        "id": "t23-southkorea-cho-nuclear-optimism-2003",
        "url": "https://www.voanews.com/a/a-13-a-2003-11-28-15-s/392892.html",
        "title": "S. Korea Optimistic About Resolving N. Korean Nuclear Crisis",
        "published": "2003-11-28",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line (which ends "
                "' - 2003-11-28'). Cut by the store inside the next paragraph ('... the issue of "
                "Ja'); that paragraph dropped. published: the date in the title and URL. Not "
                "quotes: 'expressed optimism ... that ...' (noun complement), 'did not give details "
                "on how ...', 'refused to confirm reports that ...' (noun complement), 'demanded a "
                "security treaty' (noun).",
        "text": """
A South Korean government spokesman says North Korea appears to be moving toward giving up its nuclear weapons programs. The comments come as several countries work to set a date for a second round of talks on Pyongyang's nuclear ambitions.
South Korea government spokesman Cho Young-dong, who is visiting Japan, expressed optimism Friday that the standoff over North Korea's nuclear weapons could be resolved.
Mr. Cho says that it is very fortunate for the future of the Korean Peninsula that North Korea has shown signs of giving up its nuclear program. He says the United States also has indicated its intention to provide North Korea with security assurances.
The spokesman did not give details on how the North is indicating its intentions. On the issue of security, Mr. Cho is referring to an offer from Washington to provide Pyongyang with a written guarantee in exchange for a complete and verifiable halt of its nuclear programs.
North Korea previously demanded a security treaty with the United States, but U.S. officials rejected the idea.
Mr. Cho refused to confirm reports that a new round of talks on the dispute would start in Beijing on December 17. But he said that Seoul places "great hopes" on the next round, and believes the issue must be resolved through dialogue and compromise.
South Korea, Russia, Japan, the United States and China met with North Korea in Beijing last August to end the crisis, but the talks made little headway.
Efforts to arrange new talks are intensifying. Mitoji Yabunaka, a senior Japanese diplomat, returned Friday from meetings in Beijing and Seoul.
He says Japan has exchanged opinions with other nations in preparation for the next round of talks. He adds that Japan's stance has not been changed and says it hopes for a comprehensive resolution of all North Korean matters.
""",
        "quotes": [
            ("indirect", "North Korea appears to be moving toward giving up its nuclear weapons programs",
             "says", "A South Korean government spokesman", "Cho Young-dong", "KOR", "nominal"),
            ("indirect", "it is very fortunate for the future of the Korean Peninsula that North Korea has shown signs of giving up its nuclear program",
             "says", "Mr. Cho", "Cho Young-dong", "KOR", "name"),
            ("indirect", "the United States also has indicated its intention to provide North Korea with security assurances",
             "says", "He", "Cho Young-dong", "KOR", "pronoun"),
            ("indirect", 'Seoul places "great hopes" on the next round, and believes the issue must be resolved through dialogue and compromise',
             "said", "he", "Cho Young-dong", "KOR", "pronoun"),
            ("partial", "great hopes",
             "said", "he", "Cho Young-dong", "KOR", "pronoun"),
            ("indirect", "Japan has exchanged opinions with other nations in preparation for the next round of talks",
             "says", "He", "Mitoji Yabunaka", "JPN", "pronoun"),
            ("indirect", "Japan's stance has not been changed",
             "adds", "He", "Mitoji Yabunaka", "JPN", "pronoun"),
            ("indirect", "it hopes for a comprehensive resolution of all North Korean matters",
             "says", "He", "Mitoji Yabunaka", "JPN", "pronoun"),
        ],
    },
    {
        "id": "t23-southkorea-powell-seoul-talks-2004",
        "url": "https://www.voanews.com/a/a-13-2004-10-26-voa21-67481602/386385.html",
        "title": "US, South Korea Want North Korea to Return to Nuclear Talks",
        "published": "2004-10-26",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the next paragraph ('\"China, the host for the talks,'); that paragraph dropped. "
                "The typewriter marks ``reward'' are quotation marks. published: the date in the "
                "URL. The unattributed quotation after 'Mr. Powell, ... said ...' is Powell's. "
                "'have quoted Mr. Powell as saying he expects ...' is annotated as Powell's indirect "
                "quote (the officials relay his words). Not quotes: 'reaffirmed a desire to bring' "
                "(noun).",
        "text": """
South Korea and the United States have reaffirmed a desire to bring North Korea back into negotiations over its nuclear ambitions. The communist state is saying such a meeting is impossible for now.
Wrapping up a three-nation trip to Asia, U.S. Secretary of State Colin Powell met with South Korean President Roh Moo-hyun and other top officials in Seoul on Tuesday.
The meetings came as North Korea said it would not return to multinational talks to discuss ending its nuclear weapons programs unless certain conditions were met.
Pyongyang says American-led naval exercises conducted in Japanese waters Monday and Tuesday are the "ultimate war action" targeted at North Korea. It said such activities make talks impossible.
However, a dispatch by the North's official news agency said Pyongyang would rejoin the talks on the condition Washington halt its hostile policies towards the North and offer it a ``reward'' for freezing its nuclear development.
Mr. Powell, speaking to reporters in Seoul, said it is in Pyongyang's interest to return to the talks.
"We don't intend to attack North Korea; we have no hostile intent. And in fact, it is this nuclear issue that is keeping the international community from assisting North Korea. So we would like to see the talks get underway again as quickly as possible."
South Korean officials have quoted Mr. Powell as saying he expects North Korea to reappear at the talks after next week's U.S. presidential election.
South Korean Foreign Minister Ban Ki-moon, appearing with Mr. Powell, says all parties in the six-way talks - both Koreas, the United States, China, Japan and Russia - must show more flexibility on the issue.
Mr. Ban says it is important to hold a fourth round of talks as soon as possible. He called for "more creative and realistic proposals" to help bring Pyongyang back to the negotiating table.
""",
        "quotes": [
            ("indirect", "such a meeting is impossible for now",
             "saying", "The communist state", "North Korea", "PRK", "nominal"),
            ("indirect", "it would not return to multinational talks to discuss ending its nuclear weapons programs unless certain conditions were met",
             "said", "North Korea", "North Korea", "PRK", "organisation"),
            ("indirect", 'American-led naval exercises conducted in Japanese waters Monday and Tuesday are the "ultimate war action" targeted at North Korea',
             "says", "Pyongyang", "North Korea", "PRK", "organisation"),
            ("partial", "ultimate war action",
             "says", "Pyongyang", "North Korea", "PRK", "organisation"),
            ("indirect", "such activities make talks impossible",
             "said", "It", "North Korea", "PRK", "pronoun"),
            ("indirect", "Pyongyang would rejoin the talks on the condition Washington halt its hostile policies towards the North and offer it a ``reward'' for freezing its nuclear development",
             "said", "a dispatch by the North's official news agency", "North Korea's official news agency", "PRK", "organisation"),
            ("partial", "reward",
             "said", "a dispatch by the North's official news agency", "North Korea's official news agency", "PRK", "organisation"),
            ("indirect", "it is in Pyongyang's interest to return to the talks",
             "said", "Mr. Powell", "Colin Powell", "USA", "name"),
            ("direct", "We don't intend to attack North Korea<<>>as quickly as possible.",
             "said", "Mr. Powell", "Colin Powell", "USA", "name"),
            ("indirect", "he expects North Korea to reappear at the talks after next week's U.S. presidential election",
             "saying", "Mr. Powell", "Colin Powell", "USA", "name"),
            ("indirect", "all parties in the six-way talks - both Koreas, the United States, China, Japan and Russia - must show more flexibility on the issue",
             "says", "South Korean Foreign Minister Ban Ki-moon", "Ban Ki-moon", "KOR", "name"),
            ("indirect", "it is important to hold a fourth round of talks as soon as possible",
             "says", "Mr. Ban", "Ban Ki-moon", "KOR", "name"),
            ("partial", "more creative and realistic proposals",
             "called for", "He", "Ban Ki-moon", "KOR", "pronoun"),
        ],
    },
    {
        "id": "t23-northkorea-second-round-talks-2004",
        "url": "https://www.voanews.com/a/a-13-a-2004-02-03-51-n-66340167/545041.html",
        "title": "N. Korea Agrees to Second Round of Nuclear Weapons Talks",
        "published": "2004-02-03",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line (which ends "
                "' - 2004-02-03'). Cut by the store inside the last sentence ('... in exchange for "
                "a nucle'); that sentence dropped. published: the date in the title and URL. Not "
                "quotes: 'have confirmed that', 'expressed cautious optimism', 'wants the United "
                "States to guarantee', 'promises to freeze' (infinitive). In Ms. Zhang's sentence "
                "'and she believes ...' is a verb of thought coordinated with 'says' and is not "
                "part of the quote.",
        "text": """
North Korea has said it will participate in a second round of talks on its nuclear weapons programs later this month. The news came as delegations from North and South Korea opened a meeting in Seoul to discuss several issues, including the nuclear dispute.
North Korean state radio said Tuesday that Pyongyang will come back to the negotiating table to try to resolve the 17-month-old crisis over its nuclear weapons programs. The broadcast said the meeting of six nations will open February 25 in Beijing. Chinese officials have confirmed that.
In Beijing, Chinese Foreign Ministry spokeswoman Zhang Qiyue expressed cautious optimism about the talks. Ms. Zhang says all sides have decided that conditions are right to hold talks now and she believes they will negotiate in the spirit of respect and equality. She adds that all parties should show sincerity and flexibility so the talks make substantial progress.
It is unclear how long the meeting will last. The first round of talks, which took place in August and ended inconclusively, went on for three days. Since that meeting, there has been intense diplomatic activity to bring the United States, China, Japan, Russia and North and South Korea back to the table.
For months, Washington and Pyongyang remained at odds over the direction of the discussions. North Korea wants the United States to guarantee its security, send it oil and remove it from a list of states that sponsor terrorism. In exchange, Pyongyang promises to freeze its nuclear program.
The United States has demanded that the reclusive communist state verifiably dismantle its nuclear programs before other issues are discussed.
South Korean Deputy Foreign Minister Lee Soo-hyuck said he expects Pyongyang will soon elaborate on its position and offer to end its nuclear programs.
""",
        "quotes": [
            ("indirect", "it will participate in a second round of talks on its nuclear weapons programs later this month",
             "said", "North Korea", "North Korea", "PRK", "organisation"),
            ("indirect", "Pyongyang will come back to the negotiating table to try to resolve the 17-month-old crisis over its nuclear weapons programs",
             "said", "North Korean state radio", "North Korean state radio", "PRK", "organisation"),
            ("indirect", "the meeting of six nations will open February 25 in Beijing",
             "said", "The broadcast", "North Korean state radio", "PRK", "organisation"),
            ("indirect", "all sides have decided that conditions are right to hold talks now",
             "says", "Ms. Zhang", "Zhang Qiyue", "CHN", "name"),
            ("indirect", "all parties should show sincerity and flexibility so the talks make substantial progress",
             "adds", "She", "Zhang Qiyue", "CHN", "pronoun"),
            ("indirect", "the reclusive communist state verifiably dismantle its nuclear programs before other issues are discussed",
             "demanded", "The United States", "United States", "USA", "organisation"),
            ("indirect", "he expects Pyongyang will soon elaborate on its position and offer to end its nuclear programs",
             "said", "South Korean Deputy Foreign Minister Lee Soo-hyuck", "Lee Soo-hyuck", "KOR", "name"),
        ],
    },
    {
        "id": "t23-usa-rice-human-rights-record-editorial-2005",
        "url": "https://editorials.voa.gov/a/a-41-2005-03-31-voa2-83103982/1479297.html",
        "title": "Supporting Human Rights and Democracy",
        "published": "2005-03-31",
        "truncated": True,
        "note": "VOA editorial (states the views of the US government). The stored page starts with "
                "the text (no furniture, no title line); the title is written from the report's "
                "name. Cut by the store inside the next sentence ('The overall goal, says Secretary "
                "of State Rice, is an end to tyra'); that sentence dropped. published: the date in "
                "the URL. Colon attributions: each quotation paragraph follows a sentence that ends "
                "with ':' and names the speaker; the cue is that sentence's 'says'. The report's "
                "title in quotation marks is not a quote; 'cites a shift' (noun) is not annotated.",
        "text": """
A newly released State Department report, "Supporting Human Rights and Democracy: the U.S. Record," examines America's engagement with foreign governments and nongovernmental organizations in some ninety countries. Secretary of State Condoleezza Rice says the report shows that freedom, democracy, and human rights are universal principles that all nations have an obligation to protect:
"The charge to the international community is clear. We are on the right side of freedom's divide, and we have an obligation to help those who were unlucky enough to have been born on the wrong side of that divide."
The U.S. will continue efforts with China and Russia to improve their human rights records. And the U.S. will continue to address human rights problems with U.S. allies such as Saudi Arabia and Pakistan.
The State Department report cites a shift toward freedom over the past year, with elections in Afghanistan, the Palestinian territories, and Iraq, and steps toward democracy in places like Indonesia, Georgia, Ukraine and Lebanon. Secretary of State Rice says these trends invalidate the arguments of cynics that certain countries and societies are not ready for freedom:
"We know from history that while citizens' desire for individual freedoms and rights can be repressed for a time by authoritarian and/or corrupt regimes, there comes a time when all people have had enough, striking a spark of liberty, and then they rise up to take control of their own futures and their own destinies."
Ms. Rice says that their record in upholding human rights will be key to assessing U.S. relations with other countries:
"In all that lies ahead, our nation will continue to clarify for other nations the moral choice between oppression and freedom and we will make it clear that ultimately, success in our relations depends on the treatment of their own people. America's belief in human dignity and human rights will guide our policy."
""",
        "quotes": [
            ("indirect", "the report shows that freedom, democracy, and human rights are universal principles that all nations have an obligation to protect",
             "says", "Secretary of State Condoleezza Rice", "Condoleezza Rice", "USA", "name"),
            ("direct", "The charge to the international community is clear<<>>on the wrong side of that divide.",
             "says", "Secretary of State Condoleezza Rice", "Condoleezza Rice", "USA", "name"),
            ("indirect", "these trends invalidate the arguments of cynics that certain countries and societies are not ready for freedom",
             "says", "Secretary of State Rice", "Condoleezza Rice", "USA", "name"),
            ("direct", "We know from history<<>>their own destinies.",
             "says", "Secretary of State Rice", "Condoleezza Rice", "USA", "name"),
            ("indirect", "their record in upholding human rights will be key to assessing U.S. relations with other countries",
             "says", "Ms. Rice", "Condoleezza Rice", "USA", "name"),
            ("direct", "In all that lies ahead<<>>will guide our policy.",
             "says", "Ms. Rice", "Condoleezza Rice", "USA", "name"),
        ],
    },
    {
        "id": "t23-usa-lowenkron-rights-offenders-editorial-2006",
        "url": "https://editorials.voa.gov/a/a-41-2006-04-13-voa3-83106737/1479710.html",
        "title": "Human Rights Offenders",
        "published": "2006-04-13",
        "truncated": False,
        "note": "VOA editorial (states the views of the US government). Removed: 'Accessibility "
                "links', 'Breaking News', title line, the closing line 'The preceding was an "
                "editorial reflecting the views of the United States Government.' Whole as stored. "
                "published: the date in the URL. The report's title in quotation marks is not a "
                "quote; 'reaffirms the idea that ...' is a noun complement. 'highlights how ...' is "
                "a wh-clause after a verb of account (indirect, the report's issuer as speaker). "
                "Bush's quotation is split by 'he says' and embedded in a reporter's clause: an "
                "indirect clause through the first closing mark with its partial quote inside, and "
                "the second part as a partial quote with the pronoun speaker.",
        "text": """
The U.S. State Department's recently released report "Supporting Human Rights and Democracy: The U.S. Record 2005-2006," reaffirms the idea that promoting democracy is the most effective way of ensuring international security.
Barry Lowenkron, U.S. Assistant Secretary of State for Democracy, Human Rights, and Labor, says that the U.S. has committed some one-and-a-half billion dollars in recent years to promoting women's literacy and strong civil societies, legislative and judicial reform, voter education and political party development, and other democracy building programs around the world:
"At the same time, we continue to bring economic sanctions to bear on systematic human rights violators like the Burmese and Cuban regimes." Mr. Lowenkron says some democratically elected governments adopted undemocratic methods:
"In the context of Venezuela, we have a democratic government but we do have pressure on the judiciary, we have harassment of the media, we have extraordinary harassment of one of the main NGO's [nongovernmental organizations], Sumate, in Venezuela."
In the Middle East, the human rights and democracy report highlights how U.S. assistance programs throughout the region worked to address injustice and past abuses, strengthen democratic civil society organizations, support women’s empowerment, and bolster the efforts of reformists within regional governments.
President George W. Bush says, the U.S. "will not impose our own style of government on the unwilling. Our goal instead," he says "is to help others find their own voice, attain their own freedom, and make their own way."
""",
        "quotes": [
            ("indirect", "the U.S. has committed some one-and-a-half billion dollars<<>>democracy building programs around the world",
             "says", "Barry Lowenkron", "Barry Lowenkron", "USA", "name"),
            ("direct", "At the same time<<>>the Burmese and Cuban regimes.",
             "says", "Barry Lowenkron", "Barry Lowenkron", "USA", "name"),
            ("indirect", "some democratically elected governments adopted undemocratic methods",
             "says", "Mr. Lowenkron", "Barry Lowenkron", "USA", "name"),
            ("direct", "In the context of Venezuela<<>>Sumate, in Venezuela.",
             "says", "Mr. Lowenkron", "Barry Lowenkron", "USA", "name"),
            ("indirect", "how U.S. assistance programs throughout the region worked<<>>reformists within regional governments",
             "highlights", "the human rights and democracy report", "United States Department of State", "USA", "organisation"),
            ("indirect", 'the U.S. "will not impose our own style of government on the unwilling. Our goal instead,"',
             "says", "President George W. Bush", "George W. Bush", "USA", "name"),
            ("partial", "will not impose our own style<<>>Our goal instead",
             "says", "President George W. Bush", "George W. Bush", "USA", "name"),
            ("partial", "is to help others find their own voice<<>>make their own way",
             "says", "he", "George W. Bush", "USA", "pronoun"),
        ],
    },
    {
        "id": "t23-usa-lowenkron-human-rights-report-editorial-2006",
        "url": "https://editorials.voa.gov/a/a-41-2006-03-23-voa1-83105337/1479515.html",
        "title": "Human Rights Report",
        "published": "2006-03-23",
        "truncated": True,
        "note": "VOA editorial (states the views of the US government). Removed: 'Accessibility "
                "links', 'Breaking News', title line. Cut by the store inside the last quotation "
                "('... its authority over provinci'); kept to its last complete sentence, so the "
                "quotation is not closed and runs to the end of the text. published: the date in "
                "the URL. Mixed straight and curly marks are the page's (a quotation opened with "
                "'\"' closes with '\u201d'). Four quotations follow a sentence ending with ':' (colon "
                "attributions, cue 'says'). The quoted relative clause in 'Such countries range "
                "... \u201cin which ...\u201d' has no speech verb (cue null). A that-clause wholly in "
                "quotation marks ('says \"they can put ...\"') is annotated once, as partial.",
        "text": """
The U.S. State Department has issued its latest report on human rights around the world. Assistant Secretary of State Barry Lowenkron says the annual reports serve as a reference document for U.S. "action with other governments, organizations, and individuals":
"The one-hundred-ninety-six reports include every member country of the U-N except of course the United States. We do however consider the human rights performance of any government, including our own, to be a legitimate subject for international comment and debate."
Mr. Lowenkron says that there are similarities among those nations violating human rights:
"Countries in which power was concentrated in the hands of unaccountable rulers tend to be the world's most systematic human rights violators”. Such countries range from closed, authoritarian regimes like Burma and North Korea, to Belarus and Zimbabwe, “in which the exercise of basic human rights is severely restricted.”
Assistant Secretary of State Lowenkron says that in places where "independent media are under siege, fundamental freedoms are undermined":
"In 2005, a disturbing number of countries from Cambodia to Venezuela and Russia, Belarus to Zimbabwe and China, passed or selectively applied laws against N-G-O's [nongovernmental organizations] and the media, including, in China's case, the Internet, restricting or having a chilling effect on the exercise of fundamental freedoms of expression, association, and assembly."
While "democratic elections by themselves do not ensure that human rights will be respected," Mr. Lowenkron says "they can put a country on the path to reform":
"In 2005, the people of Iraq went to the polls three times and held to democracy's course, despite high levels of violence.
""",
        "quotes": [
            ("indirect", 'the annual reports serve as a reference document for U.S. "action with other governments, organizations, and individuals"',
             "says", "Assistant Secretary of State Barry Lowenkron", "Barry Lowenkron", "USA", "name"),
            ("partial", "action with other governments, organizations, and individuals",
             "says", "Assistant Secretary of State Barry Lowenkron", "Barry Lowenkron", "USA", "name"),
            ("direct", "The one-hundred-ninety-six reports<<>>international comment and debate.",
             "says", "Assistant Secretary of State Barry Lowenkron", "Barry Lowenkron", "USA", "name"),
            ("indirect", "there are similarities among those nations violating human rights",
             "says", "Mr. Lowenkron", "Barry Lowenkron", "USA", "name"),
            ("direct", "Countries in which power was concentrated<<>>systematic human rights violators",
             "says", "Mr. Lowenkron", "Barry Lowenkron", "USA", "name"),
            ("partial", "in which the exercise of basic human rights is severely restricted",
             None, "Mr. Lowenkron", "Barry Lowenkron", "USA", "name"),
            ("indirect", 'in places where "independent media are under siege, fundamental freedoms are undermined"',
             "says", "Assistant Secretary of State Lowenkron", "Barry Lowenkron", "USA", "name"),
            ("partial", "independent media are under siege, fundamental freedoms are undermined",
             "says", "Assistant Secretary of State Lowenkron", "Barry Lowenkron", "USA", "name"),
            ("direct", "In 2005, a disturbing number of countries<<>>association, and assembly.",
             "says", "Assistant Secretary of State Lowenkron", "Barry Lowenkron", "USA", "name"),
            ("partial", "democratic elections by themselves do not ensure that human rights will be respected",
             "says", "Mr. Lowenkron", "Barry Lowenkron", "USA", "name"),
            ("partial", "they can put a country on the path to reform",
             "says", "Mr. Lowenkron", "Barry Lowenkron", "USA", "name"),
            ("direct", "In 2005, the people of Iraq<<>>despite high levels of violence.",
             "says", "Mr. Lowenkron", "Barry Lowenkron", "USA", "name"),
        ],
    },
]

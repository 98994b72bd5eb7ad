"""Source of the sealed quotes test set ``test25.jsonl`` (VOA pages 2003-2016, two DoD news articles).

Annotated by helper sqq26 on 2026-12-07 (round 25, for round 26), before any system ran on these
texts. Texts are Voice of America pages (public domain: voanews.com, insidevoa.com,
voa.pangea-cms.com, and verbatim re-posts of VOA stories on globalsecurity.org and iwar.org.uk)
and two American Forces Press Service articles of the US Department of Defense (public domain),
as the ``search`` tool's ``pages`` corpus stores them; page furniture removed (named in each
``note``). Build and check with ``python data/gold/check_quotes_test25.py build``.

Each quote is a tuple ``(kind, span, cue, speaker_text, speaker, speaker_country,
speaker_class[, after])``; a span is searched from the start of the previous quote (or after
the first occurrence of ``after``); ``"A<<>>B"`` spans from A to the next B.
"""

DOCS = []

DOCS.append({
    "id": "t25-nigeria-asari-delta-security-2008",
    "url": "https://www.voanews.com/a/a-13-2008-06-30-voa47/335338.html",
    "title": "Nigerian Militant Groups Pulls Out Of  Peace Talks",
    "published": "2008-06-30",
    "truncated": False,
    "note": "Removed: 'Accessibility links', 'Breaking News', title line. The stored page ends with a "
            "closed quotation and is taken as whole. The page's own slips are kept: the quotation "
            "opened in the third paragraph ('\u201cThe members of ...') is never closed (it runs to the "
            "end of its paragraph), 'Groups Pulls' and the double space in the title. published: "
            "the date in the URL. Not quotes: 'is asking the United States to help it' (appeal), "
            "'denies allegations that his group was behind ...' (noun complement).",
    "text": """
Nigeria is asking the United States to help it improve security in the Niger Delta. Vice President Goodluck Jonathan says US expertise is needed to restore order following increased attacks on oil facilities by militants. The appeal comes on the heels of another attack at a Shell Petroleum Development Company facility at Oloma in which four soldiers and three civilians were killed.
Mojaheed Dokubo Asari is the leader of the main militant group the Niger Delta Peoples Volunteer Force. He told VOA English to Africa reporter Chinedu Offor the security situation in the region will shortly take a turn for the worse. \u201cThe security situation is very, very precarious. Life is not safe. The soldiers are there harassing innocent people. I just left a police check-point a few minutes ago.\u201d
Asari denies allegations that his group was behind the escalating attacks on oil installations and foreign workers. \u201cThe members of the Niger Delta Peoples Volunteer Force and the Joint Revolutionary Council are not involved. Initially we were not in support of the actions carried out by certain groups, but today it is affecting all of us and there is nothing we can do but to give support to those who are fighting, because if you are not fighting, you will also be hunted down.
Asari says because of the government actions, his group will no longer take part in the proposed peace summit for the region. "The issue is even if we are not involved and our people are attacked, we have no other option than to defend ourselves. The security situation is very tense in the Delta: there are several roadblocks; there are lot of searches going on and some of them are very humiliating."
""",
    "quotes": [
        ("indirect", "US expertise is needed to restore order following increased attacks on oil facilities by militants",
         "says", "Vice President Goodluck Jonathan", "Goodluck Jonathan", "NGA", "name"),
        ("indirect", "the security situation in the region will shortly take a turn for the worse",
         "told", "He", "Mojaheed Dokubo Asari", "NGA", "pronoun"),
        ("direct", "The security situation is very, very precarious<<>>a few minutes ago.",
         "told", "He", "Mojaheed Dokubo Asari", "NGA", "pronoun"),
        ("direct", "The members of the Niger Delta Peoples Volunteer Force<<>>you will also be hunted down.",
         "denies", "Asari", "Mojaheed Dokubo Asari", "NGA", "name"),
        ("indirect", "because of the government actions, his group will no longer take part in the proposed peace summit for the region",
         "says", "Asari", "Mojaheed Dokubo Asari", "NGA", "name"),
        ("direct", "The issue is even if we are not involved<<>>some of them are very humiliating.",
         "says", "Asari", "Mojaheed Dokubo Asari", "NGA", "name"),
    ],
})

DOCS.append({
    "id": "t25-ivorycoast-rebels-reject-mbeki-2005",
    "url": "https://www.voanews.com/a/a-13-2005-09-01-voa42-67398672/276006.html",
    "title": "Ivory Coast Rebels Reject South African Mediation",
    "published": "2005-09-01",
    "truncated": True,
    "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside the "
            "last paragraph ('Mr. Konate says the rebels, known'); that paragraph dropped. published: "
            "the date in the URL. Not quotes: 'calling on President Laurent Gbagbo to resign', 'are "
            "calling for ... Obasanjo, to take over' (appeals), 'blamed the Ivorian rebels for not "
            "disarming', 'blames the lead mediator ... for the collapse', 'accused South Africa of "
            "selling arms' (no content clause), 'That charge has been denied' (no clause).",
    "text": """
Northern Ivory Coast rebels are rejecting South Africa's mediation offer and calling on President Laurent Gbagbo to resign next month. Mr. Gbagbo says he will stay on until new elections take place. The statements follow a presentation by South Africa's mediation team at the U.N. Security Council on its stalled efforts to reunite Ivory Coast.
In a statement released from their stronghold of Bouake, the rebels say the South Africans' presentation is proof they have discredited and disqualified themselves.
Wednesday in New York, South Africa's defense minister blamed the Ivorian rebels for not disarming and allowing election preparations to proceed.
But in a telephone interview with VOA, rebel spokesman Sidiki Konate blames the lead mediator, South African President Thabo Mbeki, for the collapse of these efforts.
"For us, he is no longer a mediator, he is a partner of Mr. Gbagbo Laurent, and he is refusing to see the reality in Ivory Coast," he said. "He can no longer have our trust to lead this mediation. We do not see any way today to work with him."
Mr. Konate says South Africa's growing involvement in the Ivorian economy, including buying a local cell phone company, as well as a major bus and car dealership, points to a conflict of interest.
Rebels have also accused South Africa of selling arms to Mr. Gbagbo in violation of an arms embargo. That charge has been denied in both Abidjan and Pretoria.
Rebels are calling for the current African Union head, Nigerian President Olusegun Obasanjo, to take over.
They say Mr. Gbagbo has strayed too far from the latest South African mediated accord in establishing new laws on requirements for nationality and voting rights, as well as electoral procedures, making it impossible to have free and fair elections as scheduled on October 30.
Many northern Ivorians are currently excluded from the process.
""",
    "quotes": [
        ("indirect", "he will stay on until new elections take place",
         "says", "Mr. Gbagbo", "Laurent Gbagbo", "CIV", "name"),
        ("indirect", "the South Africans' presentation is proof they have discredited and disqualified themselves",
         "say", "the rebels", "Northern Ivory Coast rebels", "CIV", "nominal"),
        ("direct", "For us, he is no longer a mediator<<>>the reality in Ivory Coast",
         "said", "he", "Sidiki Konate", "CIV", "pronoun"),
        ("direct", "He can no longer have our trust<<>>to work with him.",
         "said", "he", "Sidiki Konate", "CIV", "pronoun"),
        ("indirect", "South Africa's growing involvement in the Ivorian economy, including buying a local cell phone company, as well as a major bus and car dealership, points to a conflict of interest",
         "says", "Mr. Konate", "Sidiki Konate", "CIV", "name"),
        ("indirect", "Mr. Gbagbo has strayed too far<<>>as scheduled on October 30",
         "say", "They", "Northern Ivory Coast rebels", "CIV", "pronoun"),
    ],
})

DOCS.append({
    "id": "t25-ivorycoast-un-gbagbo-not-president-2010",
    "url": "https://voa.pangea-cms.com/preview/en-US/a/un-spokesman-gbagbo-not-ivory-coast-president-112131814/132460.html",
    "title": "UN Spokesman: Gbagbo Not Ivory Coast President",
    "published": None,
    "truncated": True,
    "note": "Removed: 'Accessibility links', 'Breaking News', title line, the photo caption (printed "
            "twice). Cut by the store inside the last paragraph ('Dozens of people were killed Thursday "
            "when forces loyal to Mr. Gbagbo stopped civilians and former rebels'); that sentence "
            "dropped. published: null; the text's 'last month's presidential election' and the "
            "peacekeeping mandate expiring 'at the end of the year' place it in December 2010. The "
            "page's 'U.N spokesman' (no full stop) is kept. Not quotes: 'accusing peacekeepers of "
            "siding with rebels' (no clause), 'to decide whether to extend' (inside Bonnardeaux's clause).",
    "text": """
The United Nations says a request by incumbent Ivory Coast President Laurent Gbagbo for all foreign peacekeepers to leave the divided country immediately is irrelevant. Ivorian state television issued a statement earlier Saturday accusing peacekeepers of siding with rebels and Mr. Gbagbo's presidential rival Alassane Ouattara.
U.N spokesman Michel Bonnardeaux says the world body, the African Union, the West African regional grouping ECOWAS, the former colonial power France, the United States and many other countries recognize Mr. Ouattara as the winner of last month's presidential election. The U.N. spokesman told VOA this means statements issued by Mr. Gbagbo are without effect.
He added Mr. Gbagbo is not the president of Ivory Coast.
Bonnardeaux also explains it is up to the Security Council to decide whether to extend its peacekeeping mandate, which expires at the end of the year.
The spokesman also says the statement read on Ivorian state television is troubling because it comes after a U.N. patrol of peacekeepers from Bangladesh was attacked early Saturday. He says that violates an accord with Ivory Coast.
He says there are also troubling signs the Ivory Coast army is preparing to deploy an attack helicopter in Abidjan, which would go against an existing arms embargo.
Bonnardeaux says U.N. peacekeepers will continue to try to protect civilians as well as the Golf hotel in Abidjan where Mr. Ouattara has set up his headquarters.
Foreign peacekeepers in Ivory Coast also include a French rapid reaction force which is based near the Abidjan airport.
""",
    "quotes": [
        ("indirect", "a request by incumbent Ivory Coast President Laurent Gbagbo for all foreign peacekeepers to leave the divided country immediately is irrelevant",
         "says", "The United Nations", "United Nations", "UNO", "organisation"),
        ("indirect", "the world body, the African Union<<>>last month's presidential election",
         "says", "U.N spokesman Michel Bonnardeaux", "Michel Bonnardeaux", "UNO", "name"),
        ("indirect", "this means statements issued by Mr. Gbagbo are without effect",
         "told", "The U.N. spokesman", "Michel Bonnardeaux", "UNO", "nominal"),
        ("indirect", "Mr. Gbagbo is not the president of Ivory Coast",
         "added", "He", "Michel Bonnardeaux", "UNO", "pronoun"),
        ("indirect", "it is up to the Security Council to decide whether to extend its peacekeeping mandate, which expires at the end of the year",
         "explains", "Bonnardeaux", "Michel Bonnardeaux", "UNO", "name"),
        ("indirect", "the statement read on Ivorian state television is troubling because it comes after a U.N. patrol of peacekeepers from Bangladesh was attacked early Saturday",
         "says", "The spokesman", "Michel Bonnardeaux", "UNO", "nominal"),
        ("indirect", "that violates an accord with Ivory Coast",
         "says", "He", "Michel Bonnardeaux", "UNO", "pronoun"),
        ("indirect", "there are also troubling signs the Ivory Coast army is preparing to deploy an attack helicopter in Abidjan, which would go against an existing arms embargo",
         "says", "He", "Michel Bonnardeaux", "UNO", "pronoun"),
        ("indirect", "U.N. peacekeepers will continue to try to protect civilians as well as the Golf hotel in Abidjan where Mr. Ouattara has set up his headquarters",
         "says", "Bonnardeaux", "Michel Bonnardeaux", "UNO", "name"),
    ],
})

DOCS.append({
    "id": "t25-sudan-jem-regime-change-2004",
    "url": "https://www.globalsecurity.org/military/library/news/2004/07/mil-040729-26f10dbc.htm",
    "title": "Darfur Rebels say Khartoum Government Needs To Go",
    "published": "2004-07-29",
    "truncated": True,
    "note": "A VOA broadcast script (correspondent Alisha Ryu, VOA East Africa Bureau) re-posted verbatim by "
            "globalsecurity.org. Removed: the site's banner line ('UNITED24 - Make a charitable donation "
            "in support of Ukraine!'), 'SLUG: 2-317886 Sudan / Darfur (L-O)' and the 'HEADLINE:' line "
            "(its words are the title). The script's own labels 'INTRO:', 'TEXT:' and the sound-bite "
            "markers '/// ADAM ACT ///', '/// END ACT ///' are kept as written. Cut by the store inside "
            "the last paragraph ('Since the rebel ... took up'); that paragraph dropped. published: the "
            "date in the address (040729). The sound bite between the act markers belongs to Colonel Adam; "
            "its cue and speaker_text are those of the sentence before it ('he says'). Not quotes: 'has "
            "implied as much' (no clause), 'accusing the Justice and Equality Movement of plotting' (no "
            "clause), 'Despite government assurances that ...' and 'denied allegations that ...' (noun "
            "complements), 'have described as genocide' (description).",
    "text": """
INTRO: The Sudanese government has charged that the 16-month-old rebellion in Darfur is aimed at toppling the government. The rebel Justice and Equality Movement has implied as much, telling VOA that a regime change in Khartoum would be the best and the quickest way to end conflicts in war-torn Sudan. Correspondent Alisha Ryu reports from our East Africa Bureau in Nairobi.
TEXT: On Tuesday, the Sudanese Embassy in Washington issued an angry statement accusing the Justice and Equality Movement of plotting with another eastern-based rebel group called Beja Congress to bring down the government in Khartoum.
Speaking to VOA by satellite telephone from Darfur, one of the top military spokesman for the Justice and Equality Movement, Colonel Omar Adam, says the Darfur rebel group met recently with Beja Congress members in neighboring Eritrea.
Colonel Adam says the talks focused on trying to find a political solution. But he says Sudanese rebel groups are becoming increasingly convinced that without a change in the leadership in Khartoum, civil wars will continue to plague the country.
/// ADAM ACT ///
"We believe that the best way to solve the Sudanese conflict, whether in the west or the south or in the east, is regime change because the Khartoum government is responsible for what's going on in Sudan."
/// END ACT ///
Despite government assurances that it is trying to disarm Arab Janjaweed militias in Darfur, an African Union monitoring team reports militiamen are continuing to loot villages and kill Darfur's black-African civilians.
Khartoum has denied allegations that it is arming and supporting the Janjaweed, which is accused of committing violence some U.N. officials and the U-S Congress have described as genocide.
""",
    "quotes": [
        ("indirect", "the 16-month-old rebellion in Darfur is aimed at toppling the government",
         "charged", "The Sudanese government", "Sudanese government", "SDN", "organisation"),
        ("indirect", "a regime change in Khartoum would be the best and the quickest way to end conflicts in war-torn Sudan",
         "telling", "The rebel Justice and Equality Movement", "Justice and Equality Movement", "SDN", "organisation"),
        ("indirect", "the Darfur rebel group met recently with Beja Congress members in neighboring Eritrea",
         "says", "Colonel Omar Adam", "Omar Adam", "SDN", "name"),
        ("indirect", "the talks focused on trying to find a political solution",
         "says", "Colonel Adam", "Omar Adam", "SDN", "name"),
        ("indirect", "Sudanese rebel groups are becoming increasingly convinced that without a change in the leadership in Khartoum, civil wars will continue to plague the country",
         "says", "he", "Omar Adam", "SDN", "pronoun"),
        ("direct", "We believe that the best way<<>>what's going on in Sudan.",
         "says", "he", "Omar Adam", "SDN", "pronoun"),
        ("indirect", "militiamen are continuing to loot villages and kill Darfur's black-African civilians",
         "reports", "an African Union monitoring team", "African Union monitoring team", "IGO", "nominal"),
    ],
})

DOCS.append({
    "id": "t25-burundi-protesters-third-term-2015",
    "url": "https://www.voanews.com/a/burundi-protesters-keep-opposing-president-third-term-bid/2771680.html",
    "title": "Burundi Protesters Keep Opposing President's 3rd Term Bid",
    "published": "2015-05-16",
    "truncated": False,
    "note": "Removed: 'Accessibility links', 'Breaking News', title line, the photo caption. The stored page "
            "is whole (it ends with the story's last paragraph). published: the caption's date (May 16, "
            "2015), the story's Saturday. The quotation closes with typewriter marks (''), kept. The "
            "clause after 'but' in the spokesman's sentence is taken as part of what he said. Not quotes: "
            "'vowed to continue to take to the streets to press the president to drop his plan' (intention "
            "and appeal).",
    "text": """
Despite the failure of a coup against Burundi President Pierre Nkurunziza, about 30 protesters said Saturday they will continue demonstrating against the leader's bid for a third term.
The protesters defied Nkurunziza's ban on demonstrations and vowed to continue to take to the streets to press the president to drop his plan to run for re-election in June.
"We are going to continue with the protests because our aim is to stop the president's third term. We can see that they are determined to stop us but we are not getting scared and we will not stop the protests. We will continue to fight for the constitution to be respected,'' said Jean Paul Ndayiragije.
Nkurunziza's spokesman Gervais Abayeho said the president returned to the capital Friday after the coup attempt fizzled, but he has not been seen publicly.
Opposition leaders and members of privately owned media said that they fear being targeted in a government crackdown of those suspected of involvement in a failed attempt to overthrow Nkurunziza.
Weeks of turmoil in this Central African nation boiled over Wednesday when an army general announced that Nkurunziza had been ousted but the president put down the coup with the army.
Burundi's election commission said it will review the situation in the coming week to determine whether elections should continue.
""",
    "quotes": [
        ("indirect", "they will continue demonstrating against the leader's bid for a third term",
         "said", "about 30 protesters", "protesters", "BDI", "nominal"),
        ("direct", "We are going to continue with the protests<<>>the constitution to be respected",
         "said", "Jean Paul Ndayiragije", "Jean Paul Ndayiragije", "BDI", "name"),
        ("indirect", "the president returned to the capital Friday after the coup attempt fizzled, but he has not been seen publicly",
         "said", "Nkurunziza's spokesman Gervais Abayeho", "Gervais Abayeho", "BDI", "name"),
        ("indirect", "they fear being targeted in a government crackdown of those suspected of involvement in a failed attempt to overthrow Nkurunziza",
         "said", "Opposition leaders and members of privately owned media", "opposition leaders and members of privately owned media", "BDI", "nominal"),
        ("indirect", "Nkurunziza had been ousted",
         "announced", "an army general", "army general", "BDI", "nominal"),
        ("indirect", "it will review the situation in the coming week to determine whether elections should continue",
         "said", "Burundi's election commission", "Burundi's election commission", "BDI", "organisation"),
    ],
})

DOCS.append({
    "id": "t25-zambia-hichilema-violence-upnd-2016",
    "url": "http://www.voanews.com/content/zambia-opposition-leader-urges-supporters-avoid-violence/3221306.html",
    "title": "Zambia Opposition Leader Urges Supporters to Avoid Violence",
    "published": None,
    "truncated": True,
    "note": "Removed: 'News / Africa', title line, the photo caption (printed twice), the byline 'Peter "
            "Clottey'. Cut by the store inside the last paragraph's second quotation ('\"That\u2019s why I "
            "called [on] them ... is to instigate viole'); that quotation dropped, the first one kept. The "
            "paragraphs' leading spaces removed. The page's slips are kept ('milita', 'Zambia\u2019s'), "
            "and the mixed marks of the last quotation (\u201c...,\" he said). published: null; the "
            "story is from the campaign before the August 11, 2016 election (address id 3221306). The "
            "relative clause 'what the party said was extreme provocation ...' is annotated as test21/test23 "
            "did ('who they say is seriously wounded'). 'President Edgar Lungu was recently quoted by local "
            "media as saying ...' is Lungu's indirect quote (cue 'saying'). Not quotes: 'called on supporters "
            "to avoid' and 'urged the international community to monitor' (appeals), 'what he called human "
            "rights abuses' (no quotation marks), 'had been accused of training militias'.",
    "text": """
The leader of Zambia\u2019s main opposition party called on supporters this week to avoid political violence despite what the party said was extreme provocation by the ruling Patriotic Front ahead of the August 11 general election.
Hakainde Hichilema, leader of the United Party for National Development, also urged the international community to monitor what he called human rights abuses by Zambian state institutions, like the police.
His remarks came after Geoffrey Mwamba, a leading member of the UPND, was arrested and charged Wednesday with unlawful milita training. Police spokesperson Charity Chanda said officers recovered weapons, including machetes, a spear, eight rounds of ammunition and a gun, at Mwamba\u2019s premises in the capital, Lusaka.
The UPND had been accused of training militias ahead of the polls. President Edgar Lungu was recently quoted by local media as saying he had intelligence reports that the UPND was training about 250 youths to engage in violence during the elections.
But Hichilema said that by arresting Mwamba and 21 other opposition party supporters, the PF was using state institutions to harass and intimidate UPND followers. He said Lungu appeared to have been unable to stop the violence, which he said could escalate if not readily addressed.
\u201cWe have done this against the brutal and suppressive behavior of the ruling party, the PF, and the president, who has taken a decision to suppress citizens and unleash the police force on harmless and armless citizens,\u201d Hichilema said.
\u201cI\u2019m aware that our citizens are in a position ... to retaliate," he said.
""",
    "quotes": [
        ("indirect", "was extreme provocation by the ruling Patriotic Front",
         "said", "the party", "United Party for National Development", "ZMB", "nominal"),
        ("indirect", "officers recovered weapons<<>>in the capital, Lusaka",
         "said", "Police spokesperson Charity Chanda", "Charity Chanda", "ZMB", "name"),
        ("indirect", "he had intelligence reports that the UPND was training about 250 youths to engage in violence during the elections",
         "saying", "President Edgar Lungu", "Edgar Lungu", "ZMB", "name"),
        ("indirect", "by arresting Mwamba and 21 other opposition party supporters, the PF was using state institutions to harass and intimidate UPND followers",
         "said", "Hichilema", "Hakainde Hichilema", "ZMB", "name"),
        ("indirect", "Lungu appeared to have been unable to stop the violence, which he said could escalate if not readily addressed",
         "said", "He", "Hakainde Hichilema", "ZMB", "pronoun"),
        ("direct", "We have done this against<<>>on harmless and armless citizens",
         "said", "Hichilema", "Hakainde Hichilema", "ZMB", "name"),
        ("direct", "I\u2019m aware that our citizens are in a position ... to retaliate",
         "said", "he", "Hakainde Hichilema", "ZMB", "pronoun"),
    ],
})

DOCS.append({
    "id": "t25-afghanistan-ghazni-district-governor-2018",
    "url": "https://www.voanews.com/a/taliban-attack-afghanistan/4343648.html",
    "title": "Taliban Kills Afghan District Governor, 7 Police Guards",
    "published": "2018-04-12",
    "truncated": True,
    "note": "Removed: 'Accessibility links', 'Breaking News', title line, the file-photo caption. Cut by the "
            "store at the start of the last paragraph ('The figures reflec'); dropped. published: the "
            "attack's Thursday, April 12, 2018 (the UN's first-quarter 2018 report, address id 4343648). "
            "The page's slips are kept ('Ghzani', 'Ghanzi', 'issue inflate'). 'Afghan media quoted unnamed "
            "sources as saying ...' is the sources' indirect quote (cue 'saying'). Not quotes: 'They "
            "identified the slain district governor as Ali Dost Shams', 'confirming only three insurgent "
            "fatalities' (noun object).",
    "text": """
A pre-dawn Taliban attack has killed a district governor and seven police personnel in Afghanistan\u2019s southeastern province of Ghazni.
The fighting came as the United Nations cautioned the number of conflict-related civilian casualties in the first three months of 2018 remained at the same high level recorded last year.
Officials in Ghzani said scores of heavily armed insurgents participated in Thursday\u2019s coordinated assault on the governor\u2019s office in Khawaja Omari and they overran the district center.
Provincial police chief Mohammad Zaman told VOA the timely arrival of reinforcements and air support enabled Afghan forces to push Taliban assailants out of the area early in the day, following hours of intense clashes.
Local authorities said the counter offensive also killed 27 Taliban rebels. They identified the slain district governor as Ali Dost Shams.
A Taliban spokesman claimed more than 20 government police personnel and officers were killed in the attack, confirming only three insurgent fatalities.
Insurgents often issue inflate battlefield claims.
But Afghan media quoted unnamed sources as saying the insurgent attack left 15 security personnel dead, including area police and intelligence chiefs.
Khawaja Omari was until now considered one of the safest districts in the troubled province and it is located close to the provincial capital, also called Ghanzi.
Provincial officials said the Taliban has assaulted two districts in Ghanzi this week, but failed to capture them because of a strong response from Afghan forces there.
Meanwhile, the U.N. Assistance Mission in Afghanistan, or UNAMA, noted Thursday in its quarterly report the armed conflict has caused nearly 2,260 civilian casualties, including 763 deaths, this year.
""",
    "quotes": [
        ("indirect", "the number of conflict-related civilian casualties in the first three months of 2018 remained at the same high level recorded last year",
         "cautioned", "the United Nations", "United Nations", "UNO", "organisation"),
        ("indirect", "scores of heavily armed insurgents participated<<>>they overran the district center",
         "said", "Officials in Ghzani", "officials in Ghazni", "AFG", "nominal"),
        ("indirect", "the timely arrival of reinforcements<<>>following hours of intense clashes",
         "told", "Provincial police chief Mohammad Zaman", "Mohammad Zaman", "AFG", "name"),
        ("indirect", "the counter offensive also killed 27 Taliban rebels",
         "said", "Local authorities", "local authorities", "AFG", "nominal"),
        ("indirect", "more than 20 government police personnel and officers were killed in the attack",
         "claimed", "A Taliban spokesman", "Taliban spokesman", "AFG", "nominal"),
        ("indirect", "the insurgent attack left 15 security personnel dead, including area police and intelligence chiefs",
         "saying", "unnamed sources", "unnamed sources", None, "nominal"),
        ("indirect", "the Taliban has assaulted two districts in Ghanzi this week, but failed to capture them because of a strong response from Afghan forces there",
         "said", "Provincial officials", "provincial officials", "AFG", "nominal"),
        ("indirect", "the armed conflict has caused nearly 2,260 civilian casualties, including 763 deaths, this year",
         "noted", "the U.N. Assistance Mission in Afghanistan, or UNAMA", "United Nations Assistance Mission in Afghanistan", "UNO", "organisation"),
    ],
})

DOCS.append({
    "id": "t25-afghanistan-coalition-denies-taliban-claim-2004",
    "url": "https://webarchive.library.unt.edu/eot2008/20090114233148/http://www.defenselink.mil/news/Sep2004/n09152004_2004091506.html",
    "title": "Coalition Denies Taliban Claim of Killing, Capturing Troops",
    "published": "2004-09-15",
    "truncated": True,
    "note": "US government work: an American Forces Press Service article of the Department of Defense "
            "(defenselink.mil), as the University of North Texas End of Term 2008 web archive stores it. "
            "Removed: 'Skip navigation links', 'US Department of Defense', 'American Forces Press Service' "
            "(header), title line, the byline 'American Forces Press Service'. Cut by the store inside the "
            "last paragraph ('PRTs help local governments in establishing security and infr'); that "
            "sentence dropped. published: the dateline. The page's slips are kept ('at news conference', "
            "'Tarin Kowt' beside 'Tarin Kot', the missing comma before 'Nelson said'). The first sentence's "
            "'A Taliban claim that ... is \"absolutely false,\"' is the spokesman's indirect quote, its "
            "span running through the closing mark; the Taliban claim inside it (a noun complement) is no "
            "separate quote. The spokesman of the first sentence is Maj. Scott Nelson, named in the next.",
    "text": """
WASHINGTON, Sept. 15, 2004 \u2013 A Taliban claim that anti-coalition militia in Afghanistan had killed five U.S. soldiers and captured three others in an attack in Tarin Kot is "absolutely false," a spokesman for Combined Forces Command Afghanistan said today at news conference in the Afghan capital of Kabul.
"In fact, the (Afghan National Army), assisted by coalition forces, remain committed to building a secure, stable environment in the Oruzgan province and throughout Afghanistan," said Army Maj. Scott Nelson. "These continued Taliban attempts to mislead the public and disrupt the democratic process in Afghanistan will not succeed."
The ANA and the Afghan National Police are maintaining peace and order in Herat, where President Hamid Karzai's recent appointment of the Herat province's governor as the country's minister of mines and industry had caused unrest.
"The ANP is enforcing a curfew, the situation remains under control, and there have been no recent disturbances," Nelson said. "The new governor, assisted by the ANP and ANA, will ensure continued calm so citizens of Herat receive public services and experience the security and stability that existed before this brief period of unrest."
Nelson said the restoration of stability in Herat indicates that the right conditions exist for reconciliation. "Events in Herat, and evidence that the Taliban is unraveling (and) show the emergence of an increasingly secure environment that welcomes progress," he said. "More and more citizens are returning to their homes and rebuilding their lives. Looking around Afghanistan, much has changed for the better since the Taliban fell."
The coalition is activating two new provincial reconstruction teams one each in Farah and Tarin Kowt Nelson said.
""",
    "quotes": [
        ("indirect", "A Taliban claim that anti-coalition militia<<>>\"absolutely false,\"",
         "said", "a spokesman for Combined Forces Command Afghanistan", "Scott Nelson", "USA", "nominal"),
        ("partial", "absolutely false",
         "said", "a spokesman for Combined Forces Command Afghanistan", "Scott Nelson", "USA", "nominal"),
        ("direct", "In fact, the (Afghan National Army)<<>>throughout Afghanistan",
         "said", "Army Maj. Scott Nelson", "Scott Nelson", "USA", "name"),
        ("direct", "These continued Taliban attempts<<>>will not succeed.",
         "said", "Army Maj. Scott Nelson", "Scott Nelson", "USA", "name"),
        ("direct", "The ANP is enforcing a curfew<<>>no recent disturbances",
         "said", "Nelson", "Scott Nelson", "USA", "name"),
        ("direct", "The new governor, assisted by the ANP and ANA<<>>this brief period of unrest.",
         "said", "Nelson", "Scott Nelson", "USA", "name"),
        ("indirect", "the restoration of stability in Herat indicates that the right conditions exist for reconciliation",
         "said", "Nelson", "Scott Nelson", "USA", "name"),
        ("direct", "Events in Herat, and evidence<<>>welcomes progress",
         "said", "he", "Scott Nelson", "USA", "pronoun"),
        ("direct", "More and more citizens<<>>since the Taliban fell.",
         "said", "he", "Scott Nelson", "USA", "pronoun"),
        ("indirect", "The coalition is activating two new provincial reconstruction teams one each in Farah and Tarin Kowt",
         "said", "Nelson", "Scott Nelson", "USA", "name"),
    ],
})

DOCS.append({
    "id": "t25-maldives-nasheed-demands-elections-2012",
    "url": "http://www.voanews.com/content/former-maldives-president-demands-elections-139095674/168426.html",
    "title": "Former Maldives President Demands Elections",
    "published": "2012-02-10",
    "truncated": True,
    "note": "Removed: 'News / Asia', title line, the photo caption (printed twice), the box 'Key Facts About "
            "Maldives' (its six bullet lines, between the second and third paragraphs). Cut by the store "
            "inside the last paragraph ('He maintains that the new president was'); that sentence dropped. "
            "published: the caption's date (February 10, 2012), the story's Friday. The page's "
            "'Mohammad Washeed Hassan' is kept. Not quotes: 'is demanding early elections and threatening "
            "street protests' (noun objects), 'has vowed to remain in the country' (intention), 'expressed "
            "his disappointment' (noun).",
    "text": """
Former Maldives President Mohamed Nasheed is demanding early elections and threatening street protests, as the political crisis in the Indian Ocean nation escalates.
Nasheed's call came after he attended Friday prayers in the capital, Male, under heavy security. He has mainly remained at his home, alleging he was forced from office Tuesday in a coup. The Maldives' first democratically-elected leader has vowed to remain in the country despite the fact that a warrant for his arrest has been issued.
United Nations official Oscar Fernandez-Taranco is in Maldives and met with new President Mohammad Washeed Hassan and Nasheed Friday, in an attempt to help resolve the political dispute.
U.S. Assistant Secretary of State Robert Blake was due to arrive in the Maldives on Saturday to hold talks with both Hassan and Nasheed. State Department spokeswoman Victoria Nuland said Thursday that the United States recognized the new Maldivian government as legitimate.
Nasheed on Friday expressed his disappointment with the U.S. stance.
""",
    "quotes": [
        ("indirect", "he was forced from office Tuesday in a coup",
         "alleging", "He", "Mohamed Nasheed", "MDV", "pronoun"),
        ("indirect", "the United States recognized the new Maldivian government as legitimate",
         "said", "State Department spokeswoman Victoria Nuland", "Victoria Nuland", "USA", "name"),
    ],
})

DOCS.append({
    "id": "t25-maldives-nasheed-sanctions-india-2012",
    "url": "http://www.voanews.com/content/maldives-ex-president-calls-for-international-sanctions-148679515/370084.html",
    "title": "Maldives' Ex-President Calls for International Sanctions",
    "published": None,
    "truncated": True,
    "note": "Removed: title line, the photo caption (printed twice), the byline 'Kurt Achin', the crosshead "
            "'Political turmoil, contradictory accounts'. Cut by the store inside the last paragraph ('A "
            "coalition of'); that sentence dropped. The page's multiple spaces after two full stops are "
            "kept. published: null; the caption dates the photo April 18, 2012 and the story is from that "
            "week ('met with India's prime minister this week'). The relative clause 'who says he was forced "
            "out of power' is annotated; the spokesman's clause 'the president had warned he would be "
            "\u201cdisappointed\u201d ...' is one indirect quote of the spokesman (the warning inside it is "
            "covered by it), and the quoted word is a partial quote of Waheed, whose warning it was. Not "
            "quotes: 'is calling on the world to sanction his country', 'is calling for the world to "
            "pressure' (appeals).",
    "text": """
The Maldives' former president, who says he was forced out of power in a violent coup, is calling on the world to sanction his country.   Mohamed Nasheed met with India's prime minister this week.
The decision by Indian Prime Minister Manmohan Singh to meet with former Maldives president Mohamed Nasheed is sure to be an irritant to the island nation's current president, Mohamed Waheed.
A spokesman for Waheed said the president had warned he would be \u201cdisappointed\u201d if Singh met with Nasheed before meeting with him.  He hinted that Waheed, due to visit India next month, might even consider changing his travel plans.
The sun-soaked Maldives are best known internationally as a resort destination. In recent months, they have made headlines for a political crisis.
The current and former leaders have sharp disagreements over the circumstances of Nasheed's resignation in February. Nasheed says he resigned reluctantly at gunpoint. He is calling for the world to pressure the Waheed government into holding early elections.
\u201cOne of the steps we would like the international community to take would be to ban members of the regime traveling to their countries. Most of them have second homes in Europe. We would like their access to these places stopped. I think that would have a strong impact on them,\u201d said Nasheed.
The Waheed government has set elections for July of 2013, arguing that is the earliest date permissible under the country's constitution.
Nasheed became the first democratically elected president of the Maldives in 2008, defeating 30-year authoritarian ruler Maumoon Abdul Gayoom.
""",
    "quotes": [
        ("indirect", "he was forced out of power in a violent coup",
         "says", "The Maldives' former president", "Mohamed Nasheed", "MDV", "nominal"),
        ("indirect", "the president had warned he would be \u201cdisappointed\u201d if Singh met with Nasheed before meeting with him",
         "said", "A spokesman for Waheed", "Mohamed Waheed's spokesman", "MDV", "nominal"),
        ("partial", "disappointed",
         "warned", "the president", "Mohamed Waheed", "MDV", "nominal"),
        ("indirect", "Waheed, due to visit India next month, might even consider changing his travel plans",
         "hinted", "He", "Mohamed Waheed's spokesman", "MDV", "pronoun"),
        ("indirect", "he resigned reluctantly at gunpoint",
         "says", "Nasheed", "Mohamed Nasheed", "MDV", "name"),
        ("direct", "One of the steps we would like<<>>a strong impact on them",
         "said", "Nasheed", "Mohamed Nasheed", "MDV", "name"),
        ("indirect", "that is the earliest date permissible under the country's constitution",
         "arguing", "The Waheed government", "Maldivian government", "MDV", "organisation"),
    ],
})

DOCS.append({
    "id": "t25-burma-thein-sein-first-voa-interview-2012",
    "url": "https://insidevoa.com/a/burmese-president-grants-first-interview-to-voa/1486187.html",
    "title": "Burmese President Grants First Interview to VOA",
    "published": None,
    "truncated": True,
    "note": "A VOA press release (insidevoa.com). The stored page has no title line; the title is written "
            "from the address. Removed: the press-release contact line at the end ('For more information "
            "about this release contact Kyle King ... or write'), which the store cuts. published: null; "
            "the release is from August 2012 (violence 'that broke out in May' in Rakhine, the address id). "
            "Not quotes: 'who accuse majority Buddhists of persecuting them', 'accused it of spreading lies' "
            "(no content clause), 'He reiterated Burma's opposition to any foreign probe' (noun).",
    "text": """
In an exclusive television interview with Voice of America, Burmese President Thein Sein says he wants to improve education for minority Rohingya Muslims who accuse majority Buddhists of persecuting them.
The interview, conducted in the capital, Naypyitaw, is the first to be granted to VOA by a Burmese head of state, and his first to a foreign-based Burmese language broadcaster.
Burma's previous military-led administration, in which Thein Sein served as prime minister, banned VOA and accused it of spreading lies.
The interview follows conflicting reports about the death toll from sectarian violence that broke out in May in the western state of Rakhine.
Speaking to VOA Burmese Service chief Than Lwin Htun, President Thein Sein calls education \u201can important tool to help different communities live in harmony and respect human rights.\u201d
President Thein Sein said the government is giving assistance to the victims and has asked the Burmese Human Rights Commission to investigate the unrest. He reiterated Burma's opposition to any foreign probe of the violence.
Voice of America\u2019s Burmese Service began airing portions of the wide-ranging interview Tuesday and will have additional reports in the coming days.
VOA\u2019s Burmese Service, one of the most popular international broadcasters in the country, provides breaking news and information on satellite, radio, television and the Internet.
Burma, which was renamed Myanmar by military rulers following the suppression of pro-democracy protests in 1988, has been liberalizing since late last year.
Voice of America recently updated the format of its daily TV news magazine show to Burma and has English language teaching programs and podcasts available. Earlier this year, Voice of America reached a ground-breaking agreement to supply language teaching programs to Burmese state radio and television.
""",
    "quotes": [
        ("indirect", "he wants to improve education for minority Rohingya Muslims who accuse majority Buddhists of persecuting them",
         "says", "Burmese President Thein Sein", "Thein Sein", "MMR", "name"),
        ("partial", "an important tool to help different communities live in harmony and respect human rights",
         "calls", "President Thein Sein", "Thein Sein", "MMR", "name"),
        ("indirect", "the government is giving assistance to the victims and has asked the Burmese Human Rights Commission to investigate the unrest",
         "said", "President Thein Sein", "Thein Sein", "MMR", "name"),
    ],
})

DOCS.append({
    "id": "t25-burma-thein-sein-voa-town-hall-2013",
    "url": "https://www.insidevoa.com/a/burma-president-questioned-on-rights-issues-at-voa-town-hall-event/1664434.html",
    "title": "Burma President Questioned on Rights Issues at VOA Town Hall Event",
    "published": None,
    "truncated": True,
    "note": "A VOA press release (insidevoa.com). The stored page has no title line; the title is written "
            "from the address. The dateline 'WASHINGTON, D.C. \u2014', a line of its own on the page, is "
            "joined to the first paragraph with a space. Removed: the press-release contact line at the end "
            "('For more information about this release contact Kyle King ... or write kking@voan'), cut by "
            "the store. published: null; the visit was in May 2013 ('six months after President Obama ... "
            "visit[ed]', the address id). Not quotes: 'Asked about allegations of ...' (no wh-clause), 'to "
            "demand greater rights' (purpose).",
    "text": """
WASHINGTON, D.C. \u2014 Burmese President Thein Sein defended his government\u2019s record on human rights issues before a live studio audience at Voice of America Sunday, the first day of his visit to the United States.
President Thein Sein, who is scheduled to meet with President Obama at the White House Monday, was questioned for nearly an hour by the chief of the VOA Burmese Service and a live studio audience that included representatives of U.S.-based Burmese groups.
Asked about allegations of government discrimination and ethnic violence directed at the country\u2019s Rohingya Muslim minority in Rakhine State, the president said, \u201cThe Rakhine State is an unusual case. It began as criminal activity: groups of people attacking one another, burning each other\u2019s homes and committing violence. Then, the situation expanded. We formed a Commission of Inquiry to investigate the case.\u201d
President Thein Sein acknowledged some "heavy-handed" actions by police in their efforts to control political dissent in the country, and said both protesters and police must understand their responsibilities as democracy takes hold.
As the Burmese president appeared on the live televised forum, a small group of protesters gathered outside the VOA headquarters to demand greater rights for the Rohingya Muslim minority.
Thein Sein is the first Burmese leader to visit Washington in 47 years. His visit comes six months after President Obama became the first sitting U.S. president to visit the Southeast Asia nation.
Voice of America\u2019s Burmese Service, and its sister station Radio Free Asia, are leading sources of international news in Burma. Voice of America Burmese TV programs are carried on Myanmar\u2019s Skynet direct-to-home satellite, and VOA recently signed an agreement with Burmese State Television to carry VOA English language learning programs.
""",
    "quotes": [
        ("direct", "The Rakhine State is an unusual case<<>>to investigate the case.",
         "said", "the president", "Thein Sein", "MMR", "nominal"),
        ("partial", "heavy-handed",
         "acknowledged", "President Thein Sein", "Thein Sein", "MMR", "name"),
        ("indirect", "both protesters and police must understand their responsibilities as democracy takes hold",
         "said", "President Thein Sein", "Thein Sein", "MMR", "name"),
    ],
})

DOCS.append({
    "id": "t25-thailand-yingluck-caretaker-2013",
    "url": "http://www.voanews.com/content/thailands-embattled-prime-minister-insists-she-will-stay/1807131.html",
    "title": "Thailand\u2019s Embattled Prime Minister Insists She Will Stay",
    "published": "2013-12-10",
    "truncated": True,
    "note": "Removed: 'News / Asia', title line, the photo caption (printed twice), and the slideshow "
            "captions after the seventh paragraph (dated Dec. 22, 2013), inside which the store cuts the "
            "page. published: the caption's date (Dec. 10, 2013), the day of the press conference. Not "
            "quotes: 'rebuffing demands from protest leaders that it be dissolved' and 'pleaded for "
            "understanding that she must remain as caretaker' (noun complements), 'what they label an "
            "illegitimate regime' (no quotation marks).",
    "text": """
Thailand\u2019s government is again rebuffing demands from protest leaders that it be dissolved to make way for an appointed council to lead the country.
A day after she moved to dissolve the parliament and call for elections, it became evident that weeks of street protests against her government were taking an emotional toll on prime minister Yingluck Shinawatra.
In brief remarks, she pleaded for understanding that she must remain as caretaker until elections on February 2, despite repeated demands by the opposition for her to immediately depart.
The prime minister said she has backed down to the point where she does not know how to concede any further. She said she also wants to be treated fairly.
As she left the podium, reporters noticed her eyes welling with tears.
Outside the Army Club where she was meeting with members of her cabinet, demonstrators pressed for her removal.
The previous day more than 150,000 people had marched to the main government complex in opposition to what they label an illegitimate regime controlled by Yingluck\u2019s brother - former prime minister Thaksin Shinawatra. He remains in self-imposed exile to avoid prison time for a corruption conviction in Thailand.
""",
    "quotes": [
        ("indirect", "she has backed down to the point where she does not know how to concede any further",
         "said", "The prime minister", "Yingluck Shinawatra", "THA", "nominal"),
        ("indirect", "she also wants to be treated fairly",
         "said", "She", "Yingluck Shinawatra", "THA", "pronoun"),
    ],
})

DOCS.append({
    "id": "t25-indonesia-marriott-bombing-suspects-2003",
    "url": "http://iwar.org.uk/news-archive/2003/08-17-3.htm",
    "title": "Indonesia Holding 9 Suspects in Jakarta Hotel Bombing",
    "published": "2003-08-17",
    "truncated": True,
    "note": "A VOA story (Jennifer O'Neil, VOA Hong Kong) re-posted verbatim by the Information Warfare Site "
            "(iwar.org.uk). Removed: the site's header lines ('IWS - The Information Warfare Site', 'News "
            "Watch ...'), title line, the byline lines ('Jennifer O'Neil', 'VOA, Hong Kong', '17 Aug 2003, "
            "11:37 UTC'). Cut by the store inside the quotation of the last paragraph ('... so that the "
            "attack'); that quotation dropped. published: the byline date. The page's slips are kept ('the "
            "August 5 bombing the J.W. Marriott Hotel', 'wanted in for'). The dash apposition after 'a "
            "Jakarta hotel' is the reporter's and left out of Indonesia's clause. Not quotes: 'authorities "
            "declined to identify the suspects' (refusal), 'Officials believe' (thought), 'is suspected to "
            "have been plotting'.",
    "text": """
Indonesia says it has nine suspects in custody for this month's bombing of a Jakarta hotel - the latest terrorist attack in Southeast Asia. The arrests come as U.S. officials interrogate the alleged head of the Southeast Asia terrorist group Jemaah Islamiyah, who was captured Monday in Thailand.
Amid extremely tight security for Indonesia's 58th Independence Day celebration, the national police chief announced Sunday there are now nine suspects in custody for the August 5 bombing the J.W. Marriott Hotel in Jakarta.
But authorities declined to identify the suspects or disclose any details in the on-going investigation.
The massive explosion killed 12 people and injured 150 others. It was the worst terrorist incident in Indonesia since the October bombing on Bali killed 202 mostly foreign tourists.
Officials believe both attacks are the work of Jemaah Islamiyah, a Southeast Asian Islamic militant group linked to the al-Qaida terrorist network.
The elusive alleged leader of JI, an Indonesian man known as Hambali, was captured Monday in Thailand. He is being interrogated by U.S. officials at an undisclosed location.
He is wanted in for a series of terrorist attacks and plots in Indonesia, Malaysia, Singapore and the Philippines.
Hambali is suspected to have been plotting an attack at the upcoming Asia Pacific Cooperation Summit scheduled for October in Thailand.
Jakarta-based analyst Sidney Jones, with the independent International Crisis Group, says Hambali's arrest is a significant achievement in the war on terror.
""",
    "quotes": [
        ("indirect", "it has nine suspects in custody for this month's bombing of a Jakarta hotel",
         "says", "Indonesia", "Indonesia", "IDN", "organisation"),
        ("indirect", "there are now nine suspects in custody for the August 5 bombing the J.W. Marriott Hotel in Jakarta",
         "announced", "the national police chief", "national police chief", "IDN", "nominal"),
        ("indirect", "Hambali's arrest is a significant achievement in the war on terror",
         "says", "Jakarta-based analyst Sidney Jones", "Sidney Jones", "NGO", "name"),
    ],
})

DOCS.append({
    "id": "t25-colombia-santos-farc-hostages-2012",
    "url": "https://www.globalsecurity.org/military/library/news/2012/04/mil-120403-voa03.htm",
    "title": "Colombian President Hails FARC Hostage Release",
    "published": "2012-04-03",
    "truncated": False,
    "note": "A VOA News story re-posted verbatim by globalsecurity.org. Removed: the site's banner ('The "
            "Largest Security-Cleared Career Network for Defense and Intelligence Jobs - JOIN NOW'), title "
            "line, the date line 'April 03, 2012' and the byline 'VOA News', the closing 'Join the mailing "
            "list'. The stored page is whole. published: the date line. Not quotes: 'had promised to free "
            "the captives', 'promised to stop carrying out ransom kidnappings' (intentions), 'believe' and "
            "'doubt' (thought), 'regard FARC as a terrorist group'.",
    "text": """
Colombia's FARC rebels have freed 10 hostages held in the jungle for more than a decade, in a move the country's president hailed as a "step in the right direction."
The four soldiers and six policemen were airlifted from their jungle prison Monday aboard a Brazilian air force helicopter bearing the Red Cross logo. The men - who had been held for 12 to 14 years - appeared to be in relatively good health as they greeted relatives in Villavicencio before being flown to Bogota.
The Revolutionary Armed Forces of Colombia had promised to free the captives in February. They also promised to stop carrying out ransom kidnappings for profit. FARC says the 10 were the last police and military hostages it was holding.
Colombia's President Juan Manuel Santos said the prisoner release was a positive step for the country's main rebel group, although insufficient to start peace talks toward ending Latin America's oldest insurgency.
"This release, and above all, the promise of the FARC not to return to kidnapping, is a gesture that we appreciate. We appreciate it in all its dimensions. Without a doubt, it's a step in the right direction, a very important step," Santos said.
President Santos has said the government will not negotiate with FARC until it stops kidnappings and releases all of its prisoners.
Some Colombian civilian groups believe FARC is still holding as many as 700 hostages and they doubt the rebels are serious about talking peace.
FARC has been active since 1964, saying it is fighting for the rights of the poor. It funds its operations mainly through drug trafficking and holding hostages for ransom.
Colombia, the European Union, and United States regard FARC as a terrorist group.
""",
    "quotes": [
        ("partial", "step in the right direction",
         "hailed", "the country's president", "Juan Manuel Santos", "COL", "nominal"),
        ("indirect", "the 10 were the last police and military hostages it was holding",
         "says", "FARC", "Revolutionary Armed Forces of Colombia", "COL", "organisation"),
        ("indirect", "the prisoner release was a positive step for the country's main rebel group, although insufficient to start peace talks toward ending Latin America's oldest insurgency",
         "said", "Colombia's President Juan Manuel Santos", "Juan Manuel Santos", "COL", "name"),
        ("direct", "This release, and above all<<>>a very important step",
         "said", "Santos", "Juan Manuel Santos", "COL", "name"),
        ("indirect", "the government will not negotiate with FARC until it stops kidnappings and releases all of its prisoners",
         "said", "President Santos", "Juan Manuel Santos", "COL", "name"),
        ("indirect", "it is fighting for the rights of the poor",
         "saying", "FARC", "Revolutionary Armed Forces of Colombia", "COL", "organisation"),
    ],
})

DOCS.append({
    "id": "t25-usa-panetta-europe-trip-partners-2013",
    "url": "http://archive.defense.gov/news/newsarticle.aspx?id=119000",
    "title": "Panetta Begins Trip to Visit \u2018Most Capable Partners\u2019",
    "published": "2013-01-14",
    "truncated": True,
    "note": "US government work: an American Forces Press Service article (Karen Parrish) on the Department "
            "of Defense's archive site. Removed: the archive notice ('You have reached a collection of "
            "archived material ...', two paragraphs), the site header lines ('United States Department of "
            "Defense', 'DoD News', 'Bookmark and Share', 'News Article'), title line, byline, the photo "
            "caption and the two 'Click photo' lines. Cut by the store inside the second quotation of the "
            "last paragraph ('... strengthening our alliances and partnerships through'); that quotation "
            "dropped. published: the dateline. The page's '\u2013-' dash and the bracketed '[traveling to]' "
            "are kept. The told-that clause runs from 'as' to the closing mark of the partial quote that "
            "ends it; the reporter's dashed aside inside it is left in the span; its two quoted phrases are "
            "partial quotes inside it.",
    "text": """
ABOARD A MILITARY AIRCRAFT, Jan. 14, 2013 \u2013 Defense Secretary Leon E. Panetta boarded this Air Force jet at Joint Base Andrews, Md., today, bound for Portugal, Spain, Italy and Great Britain on what he termed \u201clikely my last international trip as secretary of defense.\u201d
Panetta told reporters traveling with him that as \u201ca son of Europe\u201d \u2013- he often speaks of his parents, who immigrated to the United States from Italy -- it is appropriate that his final international trip, the 18th he has made as secretary, will include visits to some of America\u2019s \u201cmost capable and closest military partners.\u201d
\u201cI have visited more than 30 countries, including \u2026 [traveling to] the war zone a number of times,\u201d he said.
""",
    "quotes": [
        ("partial", "likely my last international trip as secretary of defense",
         "termed", "he", "Leon E. Panetta", "USA", "pronoun"),
        ("indirect", "as \u201ca son of Europe\u201d<<>>closest military partners.\u201d",
         "told", "Panetta", "Leon E. Panetta", "USA", "name"),
        ("partial", "a son of Europe",
         "told", "Panetta", "Leon E. Panetta", "USA", "name"),
        ("partial", "most capable and closest military partners",
         "told", "Panetta", "Leon E. Panetta", "USA", "name"),
        ("direct", "I have visited more than 30 countries<<>>a number of times",
         "said", "he", "Leon E. Panetta", "USA", "pronoun"),
    ],
})

DOCS.append({
    "id": "t25-ukraine-yatseniuk-kyiv-barricades-2013",
    "url": "http://www.voanews.com/content/ukraines-pro-europe-forces-consolidate-gains-after-mass-march/1802081.html",
    "title": "Ukraine\u2019s Pro-Europe Forces Consolidate Gains After Mass March",
    "published": "2013-12-02",
    "truncated": True,
    "note": "Removed: 'News / Europe', title line, the photo caption (printed twice), the byline 'James "
            "Brooke', the crosshead 'Triggers'. Cut by the store at the start of the next sentence ('H'); "
            "kept to the last complete sentence. published: the caption's date (Dec. 2, 2013), the story's "
            "Monday. Yatseniuk's quotation is introduced by a colon ('declared the opposition\u2019s goal: "
            "\u201c...\u201d') and closed by 'he said'; its cue is 'said' and its speaker_text the pronoun. "
            "Not quotes: 'renaming it \u201cRevolution Headquarters.\u201d' (a name), 'denouncing the "
            "government ... as undemocratic and corrupt' (description), 'were shocked to learn that' (not "
            "speech).",
    "text": """
Ukraine\u2019s pro-European demonstrators erected barricades Monday, consolidating their control over Independence Square in the core of Kyiv, the nation\u2019s capital.
A few blocks away, they surrounded the Government Building, forcing Cabinet members and staffers to work elsewhere.
Protesters occupied City Hall, renaming it \u201cRevolution Headquarters.\u201d A few blocks away, at another occupied building, three opposition leaders talked to a wall of TV cameras.
Arseniy Yatseniuk, leader of the Fatherland Party, declared the opposition\u2019s goal: \u201cTo hold snap parliamentary and presidential elections. This is the will of the Ukrainian people. Just look at the streets,\u201d he said.
Outside, an ebb and flow of thousands of protesters listened to speakers proclaim that Ukraine\u2019s future is with Europe while also denouncing the government of Victor Yanukovych as undemocratic and corrupt.
The protesters were defending gains won Sunday by a mass march. As many as one million people marched through central Kyiv - the largest protest since the Orange Revolution of a decade ago.
Ukrainians are galvanized by two events.
First, President Yanukovych made an abrupt U-turn when he yielded to Russian pressure and decided not to sign a trade and political association pact on Friday with the European Union.
Then, on Saturday, videos were posted on the Internet showing riot police attacking peaceful protesters in Kyiv\u2019s Independence Square.
By the end of the weekend, Ukrainians were shocked to learn that 300 people were injured.
""",
    "quotes": [
        ("direct", "To hold snap parliamentary and presidential elections<<>>Just look at the streets",
         "said", "he", "Arseniy Yatseniuk", "UKR", "pronoun"),
        ("indirect", "Ukraine\u2019s future is with Europe",
         "proclaim", "speakers", "speakers", "UKR", "nominal"),
    ],
})

DOCS.append({
    "id": "t25-egypt-ashton-meets-morsi-2013",
    "url": "http://www.voanews.com/content/pro-morsi-protesters-call-for-monday-march/1711930.html",
    "title": "EU Diplomat Meets with Egypt's Morsi",
    "published": None,
    "truncated": True,
    "note": "Removed: 'News / Middle East', title line, the file-photo caption (printed twice), the byline "
            "'VOA News', and the slideshow captions after the seventh paragraph (dated July 27, 2013), "
            "inside which the store cuts the page. The page's double spaces are kept. published: null; "
            "the story reports Monday meetings nearly a month after Morsi's July 3 ouster, i.e. July 29-30, "
            "2013. Not quotes: 'It did not say when or where the meeting "
            "took place' (unanswered question), 'She has made no public comments', 'Ashton called for a "
            "fully inclusive transitional government' (no clause), 'has warned Morsi's supporters to stay "
            "away' (appeal).",
    "text": """
The European Union's top diplomat has visited ousted Egyptian President Mohamed Morsi, who has been held in an undisclosed location since the military pushed him from power nearly a month ago.
The EU says foreign policy chief Catherine Ashton met with  Morsi for two hours of "in-depth discussion."  It did not say when or where the meeting took place.
Ashton is in Egypt working to mediate a resolution to the country's political crisis.
On Monday, she met separately in Cairo with Egypt's interim leaders and military chief, as well as officials from Mr. Morsi's Muslim Brotherhood.
She has made no public comments about her meetings.  In a statement released ahead of her trip, Ashton called for a fully inclusive transitional government that includes the Muslim Brotherhood.
Also Monday, supporters of ousted Egyptian President Mohamed Morsi continued their protests at security administration buildings, remaining defiant in the face of the military's move to install an interim government nearly a month ago.
Egypt's army has warned Morsi's supporters to stay away from military facilities, especially military intelligence headquarters.  It says the sites are vitally important, and that anyone approaching them would be in danger.
""",
    "quotes": [
        ("indirect", "foreign policy chief Catherine Ashton met with  Morsi for two hours of \"in-depth discussion.\"",
         "says", "The EU", "European Union", "EUR", "organisation"),
        ("partial", "in-depth discussion",
         "says", "The EU", "European Union", "EUR", "organisation"),
        ("indirect", "the sites are vitally important, and that anyone approaching them would be in danger",
         "says", "It", "Egyptian army", "EGY", "pronoun"),
    ],
})

DOCS.append({
    "id": "t25-afghanistan-runoff-vote-tally-2014",
    "url": "http://www.voanews.com/content/afghans-vote-for-new-president-amid-taliban-threats/1936923.html",
    "title": "Afghans Tally Votes in Landmark Presidential Runoff Election",
    "published": "2014-06-14",
    "truncated": True,
    "note": "Removed: 'News / Asia', title line, the photo caption (printed twice). The store holds two "
            "versions of the page; the one without the byline line is copied (the other adds 'Sharon "
            "Behn' and a dash before the first word). Cut by the store at the start of a quotation in the "
            "next paragraph ('\"The'); dropped. published: the runoff's Saturday, June 14, 2014 (caption). "
            "Not quotes: 'reported 150 minor attacks' (noun object), 'began to congratulate Afghans', 'The "
            "militant group often exaggerates'.",
    "text": """
Saturday was the second time in just over two months that millions of Afghans defied constant Taliban threats and headed to the polls to cast a vote in run-off between the two former government ministers, Abdullah Abdullah and Ashraf Ghani.
As polls closed around the country, voters proudly held up their ink-stained forefingers to prove that they had cast their ballot.
One young first-time voter, Sheikayba Alokozy, said explosions that rocked Kabul in the early morning were not enough to interrupt the election.
"We want peace in Afghanistan, and we want a complete change in the country," she said. "We are not scared of anybody. The enemy, no matter how much they attack us, we will not run away and we will cast our ballots."
Interior Minister Mohammed Omer Daudzai reported 150 minor attacks, including roadside bombs and rocket firing. He said 46 civilians and security force personnel and 60 insurgents were killed nationwide. Hours after the polls closed, officials in the rural Herat province said Taliban militants had cut off the fingers of at least 11 people who voted.
The overall violence was not enough to derail the process, however, and officials began to congratulate Afghans for another successful election shortly after polls had closed.
The Taliban claimed they had carried out more than 240 attacks across the country. The militant group often exaggerates and there was no independent verification of its claims.
Afghanistan\u2019s acting intelligence chief Rahmatullah Nabel said most of the attempted militant attacks had been foiled.
""",
    "quotes": [
        ("indirect", "explosions that rocked Kabul in the early morning were not enough to interrupt the election",
         "said", "One young first-time voter, Sheikayba Alokozy", "Sheikayba Alokozy", "AFG", "name"),
        ("direct", "We want peace in Afghanistan, and we want a complete change in the country",
         "said", "she", "Sheikayba Alokozy", "AFG", "pronoun"),
        ("direct", "We are not scared of anybody<<>>we will cast our ballots.",
         "said", "she", "Sheikayba Alokozy", "AFG", "pronoun"),
        ("indirect", "46 civilians and security force personnel and 60 insurgents were killed nationwide",
         "said", "He", "Mohammed Omer Daudzai", "AFG", "pronoun"),
        ("indirect", "Taliban militants had cut off the fingers of at least 11 people who voted",
         "said", "officials in the rural Herat province", "officials in Herat province", "AFG", "nominal"),
        ("indirect", "they had carried out more than 240 attacks across the country",
         "claimed", "The Taliban", "Taliban", "AFG", "organisation"),
        ("indirect", "most of the attempted militant attacks had been foiled",
         "said", "Afghanistan\u2019s acting intelligence chief Rahmatullah Nabel", "Rahmatullah Nabel", "AFG", "name"),
    ],
})

DOCS.append({
    "id": "t25-afghanistan-runoff-fraud-complaints-2014",
    "url": "http://www.voanews.com/content/vote-counting-under-way-in-afghan-presidential-runoff/1937229.html",
    "title": "Complaints of Fraud in Afghan Presidential Vote",
    "published": None,
    "truncated": True,
    "note": "Removed: 'News / Asia', title line, the photo caption (printed twice), the byline 'Sharon Behn', "
            "the crosshead '\"Respect the due process\"' (the first words of Kubis's quotation, printed as "
            "a heading; not annotated). Cut by the store inside the next caption-like paragraph ('Afghan "
            "men, among nearly a dozen people who had their fi'); dropped. The page's mixed marks "
            "(\u201c...,\" Kubis said) are kept. published: null; the story follows the June 14, 2014 "
            "runoff (caption dated June 15, 2014). 'Both have the support of warlords, officials said.' "
            "has its attribution after the clause. Not quotes: 'Both are claiming evidence of fraud' (noun "
            "object), 'Officials are concerned ... could spill onto the streets' (feeling), 'called for "
            "patience' (no clause).",
    "text": """
No one in Afghanistan expected the political rivalry between presidential candidates Ashraf Ghani and Abdullah Abdullah to end after Saturday\u2019s run-off vote, and it has not.
Both are claiming evidence of fraud, laying the groundwork to potentially challenge the result of the vote, which is not expected to be announced until next month.
Electoral Complaints Commission spokesman Naderi Mohsini said the panel has received hundreds of reports of irregularities, including by election officials and security forces.
Mohsini said the commission\u2019s commitment to the people of Afghanistan, to the candidates and the electoral process is if presented with documentation and evidence of electoral irregularities, it is the commission's responsibility to deal with it.
Officials are concerned continued political fighting between Ghani, a Pashtun former World Bank official, and Abdullah, a Tajik former foreign minister could spill onto the streets.
Both have the support of warlords, officials said.
U.N. special representative to Afghanistan Jan Kubis called for patience.
\u201cRespect the due process, respect the work of the commissions, do not jump to conclusions, do not make statements, comments, in anticipation of the results," Kubis said. "Be also ready to accept the results of such process. There can be only one winner."
Official preliminary results are not expected until July 2.
""",
    "quotes": [
        ("indirect", "the panel has received hundreds of reports of irregularities, including by election officials and security forces",
         "said", "Electoral Complaints Commission spokesman Naderi Mohsini", "Naderi Mohsini", "AFG", "name"),
        ("indirect", "the commission\u2019s commitment to the people of Afghanistan<<>>to deal with it",
         "said", "Mohsini", "Naderi Mohsini", "AFG", "name"),
        ("indirect", "Both have the support of warlords",
         "said", "officials", "officials", "AFG", "nominal"),
        ("direct", "Respect the due process, respect the work<<>>in anticipation of the results",
         "said", "Kubis", "Jan Kubis", "UNO", "name"),
        ("direct", "Be also ready to accept<<>>only one winner.",
         "said", "Kubis", "Jan Kubis", "UNO", "name"),
    ],
})

DOCS.append({
    "id": "t25-bangladesh-rana-plaza-owner-arrested-2013",
    "url": "https://www.voanews.com/a/owner-of-collapsed-bangladesh-factory-arrested/1650296.html",
    "title": "Owner of Collapsed Bangladesh Factory Arrested",
    "published": "2013-04-28",
    "truncated": True,
    "note": "Removed: 'Accessibility links', 'Breaking News', title line, the photo caption (printed twice). "
            "Cut by the store inside the last paragraph ('... with at least half of th'); that sentence "
            "dropped. The page's verbless sentence 'The fire that broke out Sunday night as ...' is kept. "
            "published: the story's Sunday, April 28, 2013 (caption). Not quotes: 'forced authorities to "
            "suspend the search', 'ignored official warnings for people to evacuate' (inside the police's "
            "clause).",
    "text": """
Police in Bangladesh say they have taken into custody the owner of a factory complex that collapsed last Wednesday, killing at least 377 people.
Authorities announced Sunday that they detained Mohammed Sohel Rana near the border with India. Rana had been missing since the building's collapse on Wednesday.
At the disaster site, meanwhile, a fire broke out in the wreckage and forced authorities to suspend the search for survivors temporarily.
The fire that broke out Sunday night as rescue workers were trying to cut through a steel beam to reach a trapped woman. At least three rescuers were injured and fire officials said the trapped woman was likely killed in the blaze.
Rana's arrest came a day after authorities took at least two plant bosses and two engineers into custody. So far, authorities have arrested seven people total in connection with the collapse.
Police say Rana and factory managers ignored official warnings for people to evacuate the building after inspectors found cracks in it.
On Sunday, emergency workers continued to pull survivors from the wreckage. They have been working with hand tools since the incident, but officials say they will soon have to start using cranes to sift through the ruins. Authorities had put off using heavy equipment in hopes of protecting any survivors left in the structure.
The complex that collapsed just outside of Dhaka housed five garment factories.
About 30 people were rescued Saturday.
""",
    "quotes": [
        ("indirect", "they have taken into custody the owner of a factory complex that collapsed last Wednesday, killing at least 377 people",
         "say", "Police in Bangladesh", "Bangladeshi police", "BGD", "nominal"),
        ("indirect", "they detained Mohammed Sohel Rana near the border with India",
         "announced", "Authorities", "authorities", "BGD", "nominal"),
        ("indirect", "the trapped woman was likely killed in the blaze",
         "said", "fire officials", "fire officials", "BGD", "nominal"),
        ("indirect", "Rana and factory managers ignored official warnings for people to evacuate the building after inspectors found cracks in it",
         "say", "Police", "Bangladeshi police", "BGD", "nominal"),
        ("indirect", "they will soon have to start using cranes to sift through the ruins",
         "say", "officials", "officials", "BGD", "nominal"),
    ],
})

DOCS.append({
    "id": "t25-northkorea-kaesong-workers-withdraw-2013",
    "url": "http://www.voanews.com/content/south-korea-to-suspend-operations-at-kaesong-joint-industrial-zone/1636786.html",
    "title": "North Korea to Suspend Kaesong Operations",
    "published": "2013-04-08",
    "truncated": True,
    "note": "Removed: 'News / Asia', title line, the photo caption (printed twice), the fact box 'Kaesong "
            "Joint Industrial Complex' (its six dash-led lines, after the third paragraph). Cut by the "
            "store inside a quotation of the last paragraph ('Ryoo said this can be \"judged as the "
            "situation is gett'); that sentence dropped. published: the caption's date (April 8, 2013), "
            "the day of the announcement. The media 'quote ... Kim Yang Gon, saying' and 'quotes Kim ... as "
            "saying' are Kim's indirect quotes (cue 'saying'). The clause interrupted by 'Kim is quoted as "
            "saying' is annotated after the attribution, as test21/test23 did; the relative clause 'whom he "
            "characterizes as ...' is the reporter's and left out of it. Not quotes: 'had stopped issuing "
            "the daily permits', 'was handed a note'.",
    "text": """
Pyongyang is to pull out all of its 53,000 workers from the only joint complex operated by the two Koreas.
North Korean state media quote the secretary of the Workers Party central committee, Kim Yang Gon, saying all the country's employees in the Kaesong industrial zone will withdraw.
An announcer on Pyongyang radio quotes Kim, who visited Kaesong on Monday, as saying operations there will be temporarily suspended and the fate of the complex will be examined. This depends, Kim is quoted as saying, on the attitude of the South Korean authorities in the coming days whom he characterizes as "military warmongers" seeking to make the joint industrial zone a point of confrontation.
North Korea last week had stopped issuing the daily permits for South Korean managers and cargo to enter the complex, which is just north of the border.
The complex has been a major source of hard currency for the North Korean government as the workers' salaries go to the state, not directly to the employees of the small factories, which assemble household goods.
South Korea's Unification Minister, Ryoo Kihl-jae, was handed a note about North Korea's announcement while he was testifying before a national assembly committee.
""",
    "quotes": [
        ("indirect", "all the country's employees in the Kaesong industrial zone will withdraw",
         "saying", "the secretary of the Workers Party central committee, Kim Yang Gon", "Kim Yang Gon", "PRK", "name"),
        ("indirect", "operations there will be temporarily suspended and the fate of the complex will be examined",
         "saying", "Kim", "Kim Yang Gon", "PRK", "name"),
        ("indirect", "on the attitude of the South Korean authorities in the coming days",
         "saying", "Kim", "Kim Yang Gon", "PRK", "name"),
        ("partial", "military warmongers",
         "characterizes", "he", "Kim Yang Gon", "PRK", "pronoun"),
    ],
})

DOCS.append({
    "id": "t25-southkorea-kaesong-managers-recalled-2013",
    "url": "http://www.voanews.com/content/north-korea-rejects-dialogue-with-south/1649257.html",
    "title": "South Korea Calling Home Remaining Managers at Kaesong Complex",
    "published": None,
    "truncated": True,
    "note": "Removed: 'News / Asia', title line, the file-photo caption (printed four times, with an 'x' "
            "line). The paragraphs' leading spaces removed. Cut by the store inside the next paragraph "
            "('South Korea's president, Park Geun-hye - meeting earl'); dropped. published: null; a Friday "
            "in late April 2013 (the address id; Kaesong idled since early April). 'is recommending its "
            "remaining citizens ... return home' has a subjunctive content clause and is annotated, as "
            "test23 did 'demanded that a cease-fire be called'. Not quotes: 'is calling for North Korea to "
            "ensure ...' (appeal).",
    "text": """
The only remaining economic link between the two Koreas, already on the edge of falling apart, further frazzled on Friday. South Korea is recommending its remaining citizens at the idled Kaesong industrial complex in the North return home.
The top government official in Seoul charged with handling North-South relations said the time has come for South Koreans remaining at the Kaesong factory zone to return home.
Unification Minister Ryoo Kihl-jae said the government has made an "unavoidable decision" for everyone remaining at the complex to return for their protection because of North Korea's "unfair measures which created difficulties for South Korean citizens still there."
Ryoo also is calling for North Korea to ensure the safe passage of the South Koreans out of Kaesong and to protect their equipment and property that will remain at the complex.
""",
    "quotes": [
        ("indirect", "its remaining citizens at the idled Kaesong industrial complex in the North return home",
         "recommending", "South Korea", "South Korea", "KOR", "organisation"),
        ("indirect", "the time has come for South Koreans remaining at the Kaesong factory zone to return home",
         "said", "The top government official in Seoul charged with handling North-South relations", "Ryoo Kihl-jae", "KOR", "nominal"),
        ("indirect", "the government has made an \"unavoidable decision\"<<>>South Korean citizens still there.\"",
         "said", "Unification Minister Ryoo Kihl-jae", "Ryoo Kihl-jae", "KOR", "name"),
        ("partial", "unavoidable decision",
         "said", "Unification Minister Ryoo Kihl-jae", "Ryoo Kihl-jae", "KOR", "name"),
        ("partial", "unfair measures which created difficulties for South Korean citizens still there",
         "said", "Unification Minister Ryoo Kihl-jae", "Ryoo Kihl-jae", "KOR", "name"),
    ],
})

DOCS.append({
    "id": "t25-nigeria-ikeyor-mend-bridges-2007",
    "url": "https://www.voanews.com/a/a-13-2007-11-16-voa7/331440.html",
    "title": "Nigeria's Niger Delta Militants Issue New Threat",
    "published": "2007-11-16",
    "truncated": True,
    "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside the last "
            "paragraph's quotation ('We are trying to talk our colleagues and'); the quotation is kept to "
            "its last complete sentence and so is not closed (it runs to the end of the text). published: "
            "the date in the URL. The page's 'stay action' is kept. The quotation paragraph after 'Ikeyor "
            "brushed off criticism ...' belongs to Ikeyor; its cue is that sentence's verb ('brushed off'). "
            "Not quotes: 'MEND\u2019s plan to expand its agitation' (noun).",
    "text": """
In Nigeria, the militant group Movement for the Emancipation of the Niger Delta (MEND) said it intends to spread its agitation from the oil-rich region to other parts of Nigeria. In an email sent to journalists late Thursday, the group said it will attack major bridges and other non-oil sector-related infrastructure throughout Nigeria.
Doctor Chris Ikeyor is a dental surgeon and president of the Ijaw Youth Council, the umbrella organization that addresses the socio-political and radical questions of the Ijaw people of the Niger Delta region. He told VOA that the problem of the Niger Delta is a Nigeria problem.
\u201cThe other regions of the country probably may not understand the pains that the people of the Niger Delta are going through. So I think that a fraction of MEND strongly feels that there is a need to drive this struggle beyond this point. But under my leadership, I have insisted that we must stay action for now and negotiate our destiny one more time. For that reason, we have set up a network to reach out to the appropriate quarters and to ensure that nobody goes out of the way to do something different from the collective,\u201d he said.
At the same time, Ikeyor brushed off criticism of MEND\u2019s plan to expand its agitation by attacking major bridges and other non-oil related infrastructure outside the Niger Delta.
\u201cThe problem of the Niger Delta people is a collective one; it\u2019s a Nigerian problem. The Niger Delta is part of Nigeria, and if there is a problem in the region and the other parts of the country seem to be comfortable with what\u2019s happening in the other region, it seems there is a dichotomy, a dichotomy of class, region, of tribe, of people. It\u2019s not out of place to drag everybody into that mess. But incidentally in the MEND leadership we are talking about peace and dialogue, and we will not allow that to happen.
""",
    "quotes": [
        ("indirect", "it intends to spread its agitation from the oil-rich region to other parts of Nigeria",
         "said", "the militant group Movement for the Emancipation of the Niger Delta (MEND)", "Movement for the Emancipation of the Niger Delta", "NGA", "organisation"),
        ("indirect", "it will attack major bridges and other non-oil sector-related infrastructure throughout Nigeria",
         "said", "the group", "Movement for the Emancipation of the Niger Delta", "NGA", "nominal"),
        ("indirect", "the problem of the Niger Delta is a Nigeria problem",
         "told", "He", "Chris Ikeyor", "NGA", "pronoun"),
        ("direct", "The other regions of the country<<>>different from the collective",
         "said", "he", "Chris Ikeyor", "NGA", "pronoun"),
        ("direct", "The problem of the Niger Delta people is a collective one<<>>we will not allow that to happen.",
         "brushed off", "Ikeyor", "Chris Ikeyor", "NGA", "name"),
    ],
})

DOCS.append({
    "id": "t25-liberia-lurd-rejects-blah-2003",
    "url": "https://www.voanews.com/a/a-13-a-2003-08-08-3-liberian-66323627/543726.html",
    "title": "Liberian Rebels Reject Charles Taylor's Plan to Hand Over Power to Vice President Blah",
    "published": "2003-08-08",
    "truncated": True,
    "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside a "
            "quotation of the last paragraph ('\"I think there will be'); that quotation dropped. "
            "published: the date in the URL. Not quotes: 'as demanded by the rebels' (no clause), 'trying "
            "to enforce a cease-fire' (purpose).",
    "text": """
The leaders of Liberia's main rebel group, Liberians United for Reconciliation and Democracy or LURD, say fighting could resume in the capital, Monrovia, if Liberian President Charles Taylor's vice president is installed as the next leader on Monday.
As President Taylor prepares to step down from office and leave the country as demanded by the rebels, another political crisis is threatening to break the shaky cease-fire that has been in place for the past several days.
In the rebel-controlled territory of Bush Road Island, LURD's self-described minister of internal affairs, Sekoh Fofana, told VOA that the rebels reject President Taylor's plan to hand over power next week to his vice president, Moses Blah.
"The fighting men on the ground will not accept General Blah. He was a general in the army. We will not replace one commando with another commando," he said. "We will not replace a criminal with another criminal."
Mr. Blah is a former guerrilla fighter who fought alongside Charles Taylor when he launched his insurgency in 1989 against then-President Samuel Doe. Mr. Taylor was elected president in 1997, but rebels have fought to topple him for the past three years.
In June in Monrovia, LURD fighters launched a series of offensives. The two-month-long war between government and rebel forces killed nearly two thousand people and have left hundreds of thousands of others displaced and homeless.
West African peacekeepers, led by Nigeria, are now in the capital trying to enforce a cease-fire and open up a corridor between the government-held downtown area and the rebel-held shipping port, for humanitarian aid to get through.
On Friday, the commander of Liberia's armed forces, General Benjamin Yetan said Mr. Taylor has ordered government soldiers to put down their weapons for good and to cooperate with the peacekeepers.
""",
    "quotes": [
        ("indirect", "fighting could resume in the capital, Monrovia, if Liberian President Charles Taylor's vice president is installed as the next leader on Monday",
         "say", "The leaders of Liberia's main rebel group", "leaders of Liberians United for Reconciliation and Democracy", "LBR", "nominal"),
        ("indirect", "the rebels reject President Taylor's plan to hand over power next week to his vice president, Moses Blah",
         "told", "LURD's self-described minister of internal affairs, Sekoh Fofana", "Sekoh Fofana", "LBR", "name"),
        ("direct", "The fighting men on the ground<<>>with another commando",
         "said", "he", "Sekoh Fofana", "LBR", "pronoun"),
        ("direct", "We will not replace a criminal with another criminal.",
         "said", "he", "Sekoh Fofana", "LBR", "pronoun"),
        ("indirect", "Mr. Taylor has ordered government soldiers to put down their weapons for good and to cooperate with the peacekeepers",
         "said", "General Benjamin Yetan", "Benjamin Yetan", "LBR", "name"),
    ],
})

DOCS.append({
    "id": "t25-china-tibet-rebkong-self-immolations-2012",
    "url": "http://www.voanews.com/content/two-more-tibetans-dead-after-fiery-anti-china-protests/1544127.html",
    "title": "2 More Tibetans Dead After Fiery Anti-China Protests",
    "published": None,
    "truncated": True,
    "note": "Removed: 'Accessibility links', 'Breaking News', title line, the byline box at the end ('16x9 "
            "Image', 'VOA News', 'The Voice of Am'), inside which the store cuts the page. published: null; "
            "a Monday during China's 18th Party Congress (November 2012). The page's slips are kept ('large "
            "crowd gathered', 'earlier, Monday'). 'Lobsang Gyaincain said \"...\"' quotes a whole clause "
            "without 'that' and is annotated once, as partial (GUIDELINE). VOA's Tibetan service is a "
            "speaker of this VOA story (organisation, USA). Not quotes: 'blamed the Dalai Lama for many of "
            "the recent protests', 'has long accused Tibetan exiles of self-immolating', 'denouncing them "
            "as terrorists' (no content clause).",
    "text": """
The death toll in Chinese-ruled Tibet is rising after two more Tibetans set themselves on fire to protest China's policies.
VOA Tibetan said Nyingkar Tashi, 24, set himself on fire in front of a school in a town in Rebkong, an area called Tongren by the Chinese. Witnesses said he called for the return of the Dalai Lama and freedom for Tibet before he died.
A second man, Nyangchak Bhum, 18, set himself on fire and died several hours later in front of Chinese government offices in Dowa, also in the Rebkong region.
Witnesses say in both cases large crowd gathered after the self-immolations to say prayers.
VOA's Tibetan service says there are also reports that China has dispatched more soldiers to the region from a nearby military base.
Monday's self-immolations bring the total since February 2009 to 72, with the last nine coming since just last week. In 58 cases, the protesters have died.
During a visit to Japan earlier, Monday, the Dalai Lama said China needed to conduct a "serious investigation" into the self-immolations rather than just place the blame on him.
Last week in Beijing, the Chinese-appointed vice governor of Tibet blamed the Dalai Lama for many of the recent protests.
Lobsang Gyaincain said "external Tibetan forces and the Dalai [Dalai Lama] clique are sacrificing other people's lives to attain their secret political motives."
The self-immolations coincide with China's 18th Party Congress in Beijing and the country's once-in-a-decade leadership transition.
China has long accused Tibetan exiles of self-immolating as part of a separatist struggle, denouncing them as terrorists.
Anger over Chinese rule in Tibet sparked new protests Monday in New Delhi.
Exiled Tibetans, with their faces painted in the red and yellow colors of the Tibetan flag, charged the Chinese embassy.
Several protesters were detained.
""",
    "quotes": [
        ("indirect", "Nyingkar Tashi, 24, set himself on fire in front of a school in a town in Rebkong, an area called Tongren by the Chinese",
         "said", "VOA Tibetan", "VOA Tibetan", "USA", "organisation"),
        ("indirect", "he called for the return of the Dalai Lama and freedom for Tibet before he died",
         "said", "Witnesses", "witnesses", "CHN", "nominal"),
        ("indirect", "in both cases large crowd gathered after the self-immolations to say prayers",
         "say", "Witnesses", "witnesses", "CHN", "nominal"),
        ("indirect", "there are also reports that China has dispatched more soldiers to the region from a nearby military base",
         "says", "VOA's Tibetan service", "VOA Tibetan", "USA", "organisation"),
        ("indirect", "China needed to conduct a \"serious investigation\" into the self-immolations rather than just place the blame on him",
         "said", "the Dalai Lama", "Dalai Lama", "CHN", "name"),
        ("partial", "serious investigation",
         "said", "the Dalai Lama", "Dalai Lama", "CHN", "name"),
        ("partial", "external Tibetan forces and the Dalai [Dalai Lama] clique are sacrificing other people's lives to attain their secret political motives",
         "said", "Lobsang Gyaincain", "Lobsang Gyaincain", "CHN", "name"),
    ],
})

DOCS.append({
    "id": "t25-china-rejects-us-tibet-monks-2011",
    "url": "https://www.voatibetanenglish.com/a/china-rejects-us-concerns-over-immolated-tibetan-monks-130699078/1266565.html",
    "title": "China Rejects US Concerns Over Immolated Tibetan Monks",
    "published": None,
    "truncated": False,
    "note": "VOA Tibetan's English site. Removed: 'Accessibility links', 'Breaking News', title line. The "
            "stored page ends with a complete paragraph and is taken as whole. published: null; late "
            "September 2011 (Monday's self-immolations at Ngaba Kirti, 'the third anniversary' of the 2008 "
            "unrest, a March 2011 death). The page's 'The said' (for 'They said') is kept; its speaker_text "
            "is that word, class pronoun, referring to the media reports of the sentence before (the checker "
            "accepts 'The' as pronoun for this record only). Not quotes: 'concerning reports that two monks "
            "had set themselves on fire' (noun complement), 'urged Beijing ... to respect', 'asked Beijing to "
            "protect', 'advising journalists to apply' (appeals), 'declined to say ... whether that policy "
            "would change' (unanswered question).",
    "text": """
China is telling the United States the self-immolation of two Tibetan monks is none of Washington's business.
Foreign Ministry spokesman Hong Lei said Wednesday that China opposes interference in its internal affairs by any other country. He also insisted that China protects the legal rights of its ethnic minorities.
Hong was reacting to U.S. remarks concerning reports that two monks had set themselves on fire at a monastery in western China to protest government policies.
State Department spokeswoman Victoria Nuland urged Beijing Tuesday to respect the rights of Tibetans and to address policies that have created tension in their areas. She also asked Beijing to protect Tibetans\u2019 unique religious, cultural and linguistic identity.
Nuland said the United States continues to urge the Chinese government to allow access to Tibetan areas of China for journalists and diplomats.
Hong declined to say Wednesday whether that policy would change, advising journalists to apply for permission through normal channels.
Tibetan exiles reported Monday that two monks from the Ngaba Kirti monastery in Sichuan province set themselves on fire Monday in an apparent anti-Beijing protest. Media reports said one of the monks died, while the other is in critical condition.
The said one of the monks is the brother of a young Buddhist who died after setting himself on fire at the monastery in March. That protest marked the third anniversary of anti-China unrest and a Chinese crackdown in the same area.
Official Chinese media have not reported on Monday's protests.
""",
    "quotes": [
        ("indirect", "the self-immolation of two Tibetan monks is none of Washington's business",
         "telling", "China", "China", "CHN", "organisation"),
        ("indirect", "China opposes interference in its internal affairs by any other country",
         "said", "Foreign Ministry spokesman Hong Lei", "Hong Lei", "CHN", "name"),
        ("indirect", "China protects the legal rights of its ethnic minorities",
         "insisted", "He", "Hong Lei", "CHN", "pronoun"),
        ("indirect", "the United States continues to urge the Chinese government to allow access to Tibetan areas of China for journalists and diplomats",
         "said", "Nuland", "Victoria Nuland", "USA", "name"),
        ("indirect", "two monks from the Ngaba Kirti monastery in Sichuan province set themselves on fire Monday in an apparent anti-Beijing protest",
         "reported", "Tibetan exiles", "Tibetan exiles", None, "nominal"),
        ("indirect", "one of the monks died, while the other is in critical condition",
         "said", "Media reports", "media reports", None, "nominal"),
        ("indirect", "one of the monks is the brother of a young Buddhist who died after setting himself on fire at the monastery in March",
         "said", "The", "media reports", None, "pronoun"),
    ],
})

DOCS.append({
    "id": "t25-georgia-saakashvili-concedes-defeat-2012",
    "url": "http://www.voanews.com/content/saakashvilis-party-concedes-defeat-georgia-set-for-transition/1518850.html",
    "title": "Georgia\u2019s President Saakashvili Concedes Defeat",
    "published": "2012-10-02",
    "truncated": True,
    "note": "Removed: 'News / Europe', title line, the photo caption (printed twice), the byline 'James Brooke', "
            "the fact box 'Georgia's Parliamentary Election' (its four bullet lines, after the third "
            "paragraph). Cut by the store inside the last paragraph ('Once a new president'); that sentence "
            "dropped. The page's double spaces and mixed marks (\"...\u201d) are kept. published: the "
            "story's Tuesday, October 2, 2012 (caption). Two quotations are introduced by a colon after the "
            "speech verb ('said:', 'vowed:'). 'Conceding his party will be reduced ...' has a content clause "
            "and is annotated, its speaker the 'he' of the main clause. Not quotes: 'conceded defeat', "
            "'promised to work with the opposition bloc' (intention), 'claiming victory' (noun), 'asked "
            "President Saakashvili to resign' (appeal).",
    "text": """
Georgia\u2019s president Mikheil Saakashvili conceded defeat Tuesday in parliamentary elections.  After a year of polarizing campaign politics, he promised to work with the opposition bloc, the Georgian Dream.
Appearing on Georgian national television, President Saakashvili said: "It is clear that Georgian Dream has won a majority."  Conceding his party will be reduced to a minority opposition force in parliament, he vowed: "We will fight for everything that was created to modernize Georgia, to build new institutions and protect this all for future generations.\u201d
With 73 percent of the vote counted, his United National Movement was winning 41 percent of the vote, but the opposition Georgian Dream coalition was winning 54 percent.
Saakashvili, an American trained lawyer and close ally of the West, took pride in fostering democratic reform during his eight years as president.  But in recent years, his rule had turned increasingly authoritarian.  Several voters told VOA they decided to vote against him after watching videos on television of Tbilisi prison guards abusing and sodomizing prisoners.
The beneficiary of the videos was Bidzina Ivanishvili, Georgia\u2019s richest man and founder of the Georgian Dream. Ivanishvili also appeared Tuesday on national television.  In addition to claiming victory, he asked President Saakashvili to resign.
That is unlikely.  The president has up to one year to set the date for presidential elections.
""",
    "quotes": [
        ("direct", "It is clear that Georgian Dream has won a majority.",
         "said", "President Saakashvili", "Mikheil Saakashvili", "GEO", "name"),
        ("indirect", "his party will be reduced to a minority opposition force in parliament",
         "Conceding", "he", "Mikheil Saakashvili", "GEO", "pronoun"),
        ("direct", "We will fight for everything<<>>for future generations.",
         "vowed", "he", "Mikheil Saakashvili", "GEO", "pronoun"),
        ("indirect", "they decided to vote against him after watching videos on television of Tbilisi prison guards abusing and sodomizing prisoners",
         "told", "Several voters", "voters", "GEO", "nominal"),
    ],
})

DOCS.append({
    "id": "t25-mexico-pena-nieto-ayotzinapa-impunity-2014",
    "url": "https://www.voanews.com/a/mexico-president-nieto-says-no-impunity-in-missing-students-case/2474490.html",
    "title": "Nieto: No Impunity in Missing Mexican Students Case",
    "published": "2014-10-06",
    "truncated": True,
    "note": "Removed: 'Accessibility links', 'Breaking News', title line, the photo caption (printed twice). "
            "Cut by the store inside the last paragraph ('Mexico is under heavy international criticism for "
            "allowing s'); dropped. published: the caption's date (Oct. 6, 2014), the story's Monday. The "
            "page's slips are kept ('inacceptable', 'Aytozinapa', 'a police'). The appositive after Pe\u00f1a "
            "Nieto's first clause ('a case that implicates ...') is the reporter's and left out. 'Calling "
            "the disappearances \"...\"' gives a partial quote (cue 'Calling'); the said-clause ending in a "
            "quotation runs through its closing mark, with the quoted words as a partial quote inside it. "
            "Not quotes: 'to address the country' (purpose), 'has linked the burial site to the case'.",
    "text": """
Mexico's president says there is "no place" for impunity in the disappearance of 43 student protesters, a case that implicates police officers and gang members.
Enrique Pe\u00f1a Nieto held a press conference Monday to address the country two days after a mass grave was found in the state of Guerrero. A chief prosecutor has linked the burial site to the case, but investigators are awaiting DNA confirmation.
Calling the disappearances "outrageous, painful, and inacceptable," Pe\u00f1a Nieto said the people of Mexico and the families of the missing "have every right to demand an explanation of the facts, and [demand] justice, that those responsible be found, and that impunity have no place here."
A Mexican prosecutor says two gang hitmen have confessed to helping local police kill 17 of the student protesters who disappeared 10 days ago.
Officials found 28 bodies in a mass grave in the city of Iguala on Saturday, a week after a police opened fire on buses carrying the students from a rural Aytozinapa teacher-training college, under circumstances that remain unclear. More than 100 bullet casings were found near the buses.
Guerrero's chief prosecutor I\u00f1aky Blanco Cabrera said it would take at least two weeks to determine whether the charred remains belong to some of the missing students.
The gang members told officials that dozens of Iguala police officers belong to the Guerreros Unidos, an organized crime group in the area.
Authorities detained 22 police officers and issued arrest warrants for the town's mayor and security chief shortly after the confrontation on September 26 and 27.
""",
    "quotes": [
        ("indirect", "there is \"no place\" for impunity in the disappearance of 43 student protesters",
         "says", "Mexico's president", "Enrique Pe\u00f1a Nieto", "MEX", "nominal"),
        ("partial", "no place",
         "says", "Mexico's president", "Enrique Pe\u00f1a Nieto", "MEX", "nominal"),
        ("partial", "outrageous, painful, and inacceptable",
         "Calling", "Pe\u00f1a Nieto", "Enrique Pe\u00f1a Nieto", "MEX", "name"),
        ("indirect", "the people of Mexico and the families of the missing<<>>no place here.\"",
         "said", "Pe\u00f1a Nieto", "Enrique Pe\u00f1a Nieto", "MEX", "name"),
        ("partial", "have every right to demand<<>>impunity have no place here",
         "said", "Pe\u00f1a Nieto", "Enrique Pe\u00f1a Nieto", "MEX", "name"),
        ("indirect", "two gang hitmen have confessed to helping local police kill 17 of the student protesters who disappeared 10 days ago",
         "says", "A Mexican prosecutor", "Mexican prosecutor", "MEX", "nominal"),
        ("indirect", "it would take at least two weeks to determine whether the charred remains belong to some of the missing students",
         "said", "Guerrero's chief prosecutor I\u00f1aky Blanco Cabrera", "I\u00f1aky Blanco Cabrera", "MEX", "name"),
        ("indirect", "dozens of Iguala police officers belong to the Guerreros Unidos, an organized crime group in the area",
         "told", "The gang members", "gang members", "MEX", "nominal"),
    ],
})

DOCS.append({
    "id": "t25-iraq-maliki-fallujah-tribes-2014",
    "url": "http://www.voanews.com/content/iraq-hopes-tribes-will-oust-islamic-militants/1842174.html",
    "title": "Iraq Hopes Tribes Will Oust Islamic Militants",
    "published": "2014-02-01",
    "truncated": True,
    "note": "Removed: 'News / Middle East', title line, the video box (its title twice, the date line 'February "
            "01, 2014 2:26 AM' and its summary 'Violence continues ... As VOA correspondent Meredith Buel "
            "reports, ...'), the byline 'Meredith Buel'. Cut by the store inside the next paragraph ('Lukman "
            "Faily, the Iraqi Ambassador'); dropped. published: the video box's date. Both quotations follow "
            "'said,' (comma before the mark). Not quotes: 'Top Iraqi officials are hoping' (wish), 'by "
            "convincing Sunni tribesmen ... to oust the militants' (appeal).",
    "text": """
Violence continues to escalate in Iraq since al-Qaida-linked militants seized neighborhoods in the cities of Fallujah and Ramadi in Anbar province. Top Iraqi officials are hoping the country\u2019s military will not be forced to storm the city and risk large-scale civilian casualties.
Since early January radical Islamic militants have seized territory in restive Anbar province.
They are members of the Islamic State of Iraq and Syria [ISIS] - the most hardline jihadists battling in the region.
Middle East analyst James Phillips said, \u201cIt is clear that Fallujah today is the epicenter of a struggle for the future not only of Iraq, but of the broader region, particularly what\u2019s going on in Syria.\u201d
The Baghdad government has been striking back, but mostly on the outskirts of the cities.
The United States is supplying air-to-ground missiles and drones to help with the fight.
Iraqi Prime Minister Nouri al-Maliki said, "The important thing is not to attack the city and kill innocent people because of those criminals. Time is not important. The important thing is to preserve the blood of Fallujah\u2019s people."
The prime minister is trying to reassert control over Anbar by convincing Sunni tribesmen, who have felt neglected by the Shi\u2019ite-led government, to oust the militants.
The central government has approved millions of dollars in payments to the tribes and is arming tribal fighters and local authorities.
""",
    "quotes": [
        ("direct", "It is clear that Fallujah today<<>>going on in Syria.",
         "said", "Middle East analyst James Phillips", "James Phillips", None, "name"),
        ("direct", "The important thing is not to attack the city<<>>Fallujah\u2019s people.",
         "said", "Iraqi Prime Minister Nouri al-Maliki", "Nouri al-Maliki", "IRQ", "name"),
    ],
})

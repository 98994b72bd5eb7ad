"""Source of the sealed quotes test set ``test22.jsonl`` (VOA news stories, 2002-2014).

Annotated by helper sqq23 on 2026-12-07, before any system ran on these texts, for development
round 23. Texts are Voice of America pages (public domain) as the ``search`` tool's ``pages``
corpus stores them (voanews.com and the English pages of VOA's Burmese, Bangla, Khmer, Lao and
Tibetan services); page furniture removed (named in each ``note``). Build and check with
``python data/gold/check_quotes_test22.py build``.

Each quote is a tuple ``(kind, span, cue, speaker_text, speaker, speaker_country,
speaker_class[, after])``; a span is searched from the start of the previous quote (or after
the first occurrence of ``after``); ``"A<<>>B"`` spans from A to the next B.
"""

DOCS = [
    {
        "id": "t22-burma-suukyi-hunger-strike-2003",
        "url": "https://burmese.voanews.com/a/a-27-a-2003-09-01-3-1-93475339/1226986.html",
        "title": "Burma Denies Aung San Suu Kyi on Hunger Strike - 2003-09-01",
        "published": "2003-09-01",
        "truncated": True,
        "note": "English story on the page of VOA's Burmese service. Removed: the Burmese "
                "accessibility and breaking-news labels and the title line. Cut by the store "
                "inside the last paragraph ('Aung San Suu Kyi, who won'); that incomplete "
                "sentence dropped. 'denied a U.S. government announcement that ...' (noun "
                "complement), 'called on the United Nations to press' and 'urged the military "
                "government to release' (directives; the quoted words of the latter are a "
                "partial), 'expressed concern about' and 'did not say where ...' (negated) are no "
                "quotes. 'O'Brien said he told X that Y': inner report only (cue 'told').",
        "text": """
Burma has denied a U.S. government announcement that pro-democracy leader Aung San Suu Kyi is on a hunger strike to protest her detention.
Burma's Ministry of Foreign Affairs issued an official statement today (Monday) calling the announcement released Sunday by the U.S. State Department "groundless."
The U.S. statement said Aung San Suu Kyi had begun a hunger strike, protesting her detention by the country's military rulers for the past three months.
A State Department spokesman in Washington said the United States is deeply concerned for Aung San Suu Kyi's safety and well-being, and is once again calling on Burmese military rulers to release her and all other political detainees.
The U.S. State Department did not say where it got its information, and human rights groups could not verify the hunger strike report.
A government statement in Rangoon earlier today (Monday) did not directly address the question of whether the opposition leader is on a hunger strike. The statement said members of the Burmese junta "believe it is quite odd for the United States State Department to make such a claim without stating any sources to verify its allegation."
But London-based Amnesty International said today (Monday) it is gravely concerned for Ms. Aung San Suu Kyi's safety and urged the military government to release her "immediately and unconditionally."
Another group, the Burma Campaign UK, called on the United Nations to press for her release with an arms embargo and economic sanctions.
Britain also expressed concern about Aung San Suu Kyi's welfare and her reported hunger strike. Speaking in London, Foreign Office Minister Mike O'Brien said he told Burmese Ambassador Kyaw Win that the national reconciliation process in Burma depends on Aung San Suu Kyi's freedom.
""",
        "quotes": [
            ("partial", "groundless",
             "calling", "Burma's Ministry of Foreign Affairs", "Burma's Ministry of Foreign Affairs", "MMR", "organisation"),
            ("indirect", "Aung San Suu Kyi had begun a hunger strike, protesting her detention by the country's military rulers for the past three months",
             "said", "The U.S. statement", "U.S. State Department", "USA", "organisation"),
            ("indirect", "the United States is deeply concerned for Aung San Suu Kyi's safety and well-being, and is once again calling on Burmese military rulers to release her and all other political detainees",
             "said", "A State Department spokesman", "State Department spokesman", "USA", "nominal"),
            ("indirect", "members of the Burmese junta \"believe<<>>its allegation.\"",
             "said", "The statement", "Burmese government", "MMR", "organisation"),
            ("partial", "believe it is quite odd for the United States State Department to make such a claim without stating any sources to verify its allegation",
             "said", "The statement", "Burmese government", "MMR", "organisation"),
            ("indirect", "it is gravely concerned for Ms. Aung San Suu Kyi's safety",
             "said", "London-based Amnesty International", "Amnesty International", "NGO", "organisation"),
            ("partial", "immediately and unconditionally",
             "urged", "London-based Amnesty International", "Amnesty International", "NGO", "organisation"),
            ("indirect", "the national reconciliation process in Burma depends on Aung San Suu Kyi's freedom",
             "told", "he", "Mike O'Brien", "GBR", "pronoun"),
        ],
    },
    {
        "id": "t22-thailand-asean-ministers-2009",
        "url": "https://www.voanews.com/a/a-13-2009-07-22-voa27-68804862/412357.html",
        "title": "ASEAN Ministers Discuss Cooperation and Security",
        "published": "2009-07-22",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store "
                "inside the last paragraph ('Smith said he was also seeking a bilateral meeting "
                "with Chinese Foreign Minister Yang Jiech to discuss the'); that incomplete "
                "sentence dropped. '\"ASEAN plus three\"' is a name, no quote; 'who they asked to "
                "protect them' (directive) is no quote. The reporter's gloss ', also known as the "
                "DPRK' is left out of the span.",
        "text": """
Foreign ministers from the Association of Southeast Asian Nations are meeting with regional dialogue partners in Thailand to discuss challenges and cooperation. North Korea's nuclear programs and Burma's military government were high on the agenda. But neither country showed signs of flexibility.
ASEAN's 10 foreign ministers held a series of meetings with counterparts from countries holding stakes in the region, including the United States.
The regional body met first with foreign ministers from China, Japan, and South Korea.
The so-called "ASEAN plus three" discussed issues ranging from food security and the economy to terrorism, Burma's lack of democracy, and North Korea's nuclear programs.
Kazuo Kodama is a spokesman for Japanese Foreign Minister Hirofumi Nakasone. He told journalists that Japan and China also held a bilateral meeting and agreed to keep the doors for dialogue open to North Korea, also known as the DPRK.
"But, at same time, of course, also, both Japan and China cannot tolerate DPRK becoming a nuclear-weapons state," Kodama said. "Nor a DPRK developing a ballistic-missile technology. Both of which pose a grave threat to the security and stability in the region."
Thailand had hoped to arrange a six-nation meeting on North Korea's nuclear programs that would include representatives from China, Japan, Russia, South Korea, and the United States.
But, there was little information about who the North Koreans at the meeting met with other than Thai officials, who they asked to protect them from criticism.
Australian Foreign Minister Stephen Smith told journalists he shared concerns about reports of military cooperation between Burma and North Korea. U.S. Secretary of State Hillary Clinton had earlier said such an alliance would pose a threat to the region.
""",
        "quotes": [
            ("indirect", "Japan and China also held a bilateral meeting and agreed to keep the doors for dialogue open to North Korea",
             "told", "He", "Kazuo Kodama", "JPN", "pronoun"),
            ("direct", "But, at same time, of course, also, both Japan and China cannot tolerate DPRK becoming a nuclear-weapons state",
             "said", "Kodama", "Kazuo Kodama", "JPN", "name"),
            ("direct", "Nor a DPRK developing a ballistic-missile technology. Both of which pose a grave threat to the security and stability in the region.",
             None, "Kodama", "Kazuo Kodama", "JPN", "name"),
            ("indirect", "he shared concerns about reports of military cooperation between Burma and North Korea",
             "told", "Australian Foreign Minister Stephen Smith", "Stephen Smith", "AUS", "name"),
            ("indirect", "such an alliance would pose a threat to the region",
             "said", "U.S. Secretary of State Hillary Clinton", "Hillary Clinton", "USA", "name"),
        ],
    },
    {
        "id": "t22-zimbabwe-court-election-results-2008",
        "url": "http://www.voabangla.com/a/a-16-2008-04-14-voa7-94428424/1395812.html",
        "title": "Zimbabwe Court Rejects Opposition Demand for Election Results",
        "published": "2008-04-14",
        "truncated": False,
        "note": "English story on the page of VOA's Bangla service. Removed: the Bangla "
                "accessibility label, title line, 'XS SM MD LG'. 'demand that ...' and "
                "'argument that ...' (noun complements), 'called for a nationwide strike', "
                "'accused ZANU-PF of organizing' and 'petitioned the court to make' are no quotes. "
                "Relative reported speech ('a nationwide strike they said would begin ...') is "
                "annotated from the reported predicate on.",
        "text": """
Zimbabwe's High Court has rejected an opposition demand that it order the release of results from last month's presidential election.
The Movement for Democratic Change party had petitioned the court to make Zimbabwe's electoral commission release the tally immediately.
But in his ruling on Monday, Judge Tendai Uchena accepted the electoral commission's argument that it is still investigating anomalies in some of the voting districts.
After the ruling, MDC officials called for a nationwide strike they said would begin on Tuesday and continue until the election results are released.
The MDC says its leader and candidate Morgan Tsvangirai defeated longtime President Robert Mugabe in the March 29th vote. The MDC says the government is holding back the results so the ruling ZANU-PF party can orchestrate a run-off and victory for Mr. Mugabe.
Independent monitors say Mr. Tsvangirai likely finished on top in the election but may have fallen short of the majority needed to avoid a second round.
The MDC and human rights groups have accused ZANU-PF of organizing militias to intimidate opposition supporters ahead of the possible run-off. The MDC said today one of its members was stabbed to death by ZANU-PF supporters in a northwestern rural area.
Zimbabwe's electoral commission has said it is still verifying the votes from the March election.
The commission confirmed today that it will go ahead with a recount of presidential and parliamentary results in 23 voting districts, regardless of any court procedures. The MDC has filed a court challenge seeking to stop the recount.
The opposition party gained control of the key lower house of parliament in last month's vote -- a rare victory in a country where Mr. Mugabe has kept a tight grip on power for 28 years.
""",
        "quotes": [
            ("indirect", "would begin on Tuesday and continue until the election results are released",
             "said", "they", "MDC officials", "ZWE", "pronoun"),
            ("indirect", "its leader and candidate Morgan Tsvangirai defeated longtime President Robert Mugabe in the March 29th vote",
             "says", "The MDC", "Movement for Democratic Change", "ZWE", "organisation"),
            ("indirect", "the government is holding back the results so the ruling ZANU-PF party can orchestrate a run-off and victory for Mr. Mugabe",
             "says", "The MDC", "Movement for Democratic Change", "ZWE", "organisation"),
            ("indirect", "Mr. Tsvangirai likely finished on top in the election but may have fallen short of the majority needed to avoid a second round",
             "say", "Independent monitors", "independent monitors", None, "nominal"),
            ("indirect", "one of its members was stabbed to death by ZANU-PF supporters in a northwestern rural area",
             "said", "The MDC", "Movement for Democratic Change", "ZWE", "organisation"),
            ("indirect", "it is still verifying the votes from the March election",
             "said", "Zimbabwe's electoral commission", "Zimbabwe Electoral Commission", "ZWE", "organisation"),
            ("indirect", "it will go ahead with a recount of presidential and parliamentary results in 23 voting districts, regardless of any court procedures",
             "confirmed", "The commission", "Zimbabwe Electoral Commission", "ZWE", "organisation"),
        ],
    },
    {
        "id": "t22-srilanka-rajapaksa-reelected-2010",
        "url": "https://www.voabangla.com/a/a-16-2010-01-27-voa4-94464749/1399966.html",
        "title": "Sri Lankan President Re-Elected, Rival Disputes Results",
        "published": "2010-01-27",
        "truncated": False,
        "note": "English story on the page of VOA's Bangla service. Removed: the Bangla "
                "accessibility label, title line, 'XS SM MD LG'. 'accused President Rajapaksa "
                "of plotting', 'has denied the claims', 'calling on all Sri Lankans to unite' "
                "(directive), 'complaining of being pushed aside' and 'expressed concern that' "
                "(noun complement) are no quotes. '\"safe house\"' is taken as the sources' words "
                "(partial).",
        "text": """
Sri Lanka's President Mahinda Rajapaksa has been declared the winner in the country's first peacetime presidential election in decades, but his main rival claims the vote was rigged and has rejected the results.
On Wednesday Sri Lanka's election commission said Mr. Rajapaksa received nearly 58 percent of the vote. The panel said his closest competitor, former military chief Sarath Fonseka, received about 40 percent of the vote in Tuesday's election.
Fonseka charged Wednesday that displaced minority Tamils who supported him were prevented from voting. He also accused President Rajapaksa of plotting to assassinate him. The government has denied the claims. The former military chief spent most of Wednesday in a Colombo hotel that was surrounded by government troops. But Fonseka departed in a vehicle late Wednesday. Sources say he is staying at a "safe house."
President Rajapaksa claimed victory on Wednesday, calling on all Sri Lankans to unite and help rebuild the country. Mr. Rajapaksa and General Fonseka were both proclaimed war heroes for leading the government's decisive victory over Tamil Tiger rebels last year, ending a 25-year civil war.
General Fonseka decided to run against President Rajapaksa after complaining of being pushed aside after the end of the war. The candidates have traded accusations of war crimes, corruption and incompetence. Western diplomats have expressed concern that violence could break out between the rivals' supporters.
""",
        "quotes": [
            ("indirect", "the vote was rigged",
             "claims", "his main rival", "Sarath Fonseka", "LKA", "nominal"),
            ("indirect", "Mr. Rajapaksa received nearly 58 percent of the vote",
             "said", "Sri Lanka's election commission", "Sri Lanka's election commission", "LKA", "organisation"),
            ("indirect", "his closest competitor, former military chief Sarath Fonseka, received about 40 percent of the vote in Tuesday's election",
             "said", "The panel", "Sri Lanka's election commission", "LKA", "organisation"),
            ("indirect", "displaced minority Tamils who supported him were prevented from voting",
             "charged", "Fonseka", "Sarath Fonseka", "LKA", "name"),
            ("indirect", "he is staying at a \"safe house.\"",
             "say", "Sources", "sources", None, "nominal"),
            ("partial", "safe house",
             "say", "Sources", "sources", None, "nominal"),
        ],
    },
    {
        "id": "t22-ukraine-kyiv-clashes-offer-2014",
        "url": "http://www.voanews.com/content/police-protesters-clash-in-kyiv/1837502.html?page=1",
        "title": "Ukraine Opposition Cool to Power-sharing Offer",
        "published": "2014-01-26",
        "truncated": True,
        "note": "Story by VOA's James Brooke. Removed: 'News / Europe', title line, photo caption "
                "(twice), byline. Date from the content (offer made Saturday 25 January 2014, "
                "clashes overnight). Cut by the store inside the last paragraph ('Speaking to a "
                "large c'); that incomplete sentence dropped. 'Reuters reported that X described "
                "the offer as a \"poisoned\" attempt': the inner report is a naming construction, "
                "so the outer clause is Reuters' indirect quote and '\"poisoned\"' a partial of the "
                "unnamed foe. 'According to Reuters, Klitschko told ...': inner speaker only.",
        "text": """
Police and protesters clashed overnight in Ukraine, hours after embattled President Viktor Yanukovych tried to ease tensions by offering key government posts to two top opposition leaders.
Reuters reported that one of the president's main foes described the offer as a "poisoned" attempt to kill off a protest movement in a country plunged into unrest by Yanukovich's U-turn from the European Union towards Russia.
On Saturday, Yanukovych offered the position of prime minister to Arseniy Yatsenyuk, one of the leaders of the political opposition, which has waged two months of anti-government protests. Opposition leader Vitaly Klitschko, a former international boxing champion, was offered the post of deputy prime minister responsible for humanitarian issues.
News of the offer appeared Saturday on the president's website, a day after he agreed to re-shuffle his government and amend controversial new anti-protest laws.
According to Reuters, Klitschko told the German newspaper Bild am Sonntag, "This was a poisoned offer by Yanukovich to divide our protest movement. We will keep on negotiating and continue to demand early elections. The protest by Ukrainians against the corrupt president must not have been in vain."
A large crowd of protesters blocked a government building with police inside early Sunday in central Kyiv. Demonstrators threw stones and smoke bombs. Police responded with stun grenades and tear gas.
""",
        "quotes": [
            ("indirect", "one of the president's main foes described the offer as a \"poisoned\" attempt to kill off a protest movement in a country plunged into unrest by Yanukovich's U-turn from the European Union towards Russia",
             "reported", "Reuters", "Reuters", "GBR", "organisation"),
            ("partial", "poisoned",
             "described", "one of the president's main foes", "one of the president's main foes", "UKR", "nominal"),
            ("direct", "This was a poisoned offer by Yanukovich to divide our protest movement.<<>>must not have been in vain.",
             "told", "Klitschko", "Vitaly Klitschko", "UKR", "name"),
        ],
    },
    {
        "id": "t22-burundi-rebels-dispute-government-2003",
        "url": "https://voanews.com/a/a-13-a-2003-07-09-14-burundi-67315612/381583.html",
        "title": "Burundi Rebels Dispute Government Claims of Success - 2003-07-09",
        "published": "2003-07-09",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', 'News', title line. Cut by the "
                "store inside the last paragraph ('... made it possible for a transitional "
                "administration to ta'); that paragraph dropped. The reporter's participial "
                "addition ', bringing the total death toll ...' is left out of the sources' span.",
        "text": """
As fighting between government and rebel forces continues in and around the Burundi capital, Bujumbura, the government says it has pushed the rebels away from the capital. But the rebels say they are still in the city and will continue to fight.
The chief of Burundi's cabinet, Bonaventure Gashikanyi, told VOA that government troops were using helicopter gunships to push back the rebels into the hills overlooking Bujumbura.
"The situation is still now tense because there is some shelling from helicopters and the rebels are still fighting up hill," said Mr. Gashikanyi. "But for the moment the rebels have gone a bit backwards towards the hill."
Mr. Gashikanyi said the rebels lobbed about 10 rocket-propelled grenades into parts of the capital on Wednesday. He said casualty figures were not known, but other sources say 13 more people were killed Wednesday, bringing the total death toll in three days of fighting to about 43.
The fighting which broke out Monday pits the government troops against the National Liberation Forces, a rebel group that refused to sign a peace agreement reached between the government and its opponents last October.
But Mr. Gashikanyi says the Forces for the Defense of Democracy, the FDD, which signed the accord is also involved in the fighting.
"We are convinced that they are doing this action together with FDD," he said. "FDD has already signed the cease fire but it looks like they really don't want to implement this accord."
A spokesman for the National Liberation Forces, Pasteur Hakimana, denies his group is being helped by the FDD. Mr. Hakimana said the two groups are not working together, and he says his fighters have not been pushed out of Bujumbura. The rebel spokesman says the fighting will continue.
""",
        "quotes": [
            ("indirect", "it has pushed the rebels away from the capital",
             "says", "the government", "Burundi government", "BDI", "organisation"),
            ("indirect", "they are still in the city and will continue to fight",
             "say", "the rebels", "rebels", "BDI", "nominal"),
            ("indirect", "government troops were using helicopter gunships to push back the rebels into the hills overlooking Bujumbura",
             "told", "Bonaventure Gashikanyi", "Bonaventure Gashikanyi", "BDI", "name"),
            ("direct", "The situation is still now tense because there is some shelling from helicopters and the rebels are still fighting up hill",
             "said", "Mr. Gashikanyi", "Bonaventure Gashikanyi", "BDI", "name"),
            ("direct", "But for the moment the rebels have gone a bit backwards towards the hill.",
             None, "Mr. Gashikanyi", "Bonaventure Gashikanyi", "BDI", "name"),
            ("indirect", "the rebels lobbed about 10 rocket-propelled grenades into parts of the capital on Wednesday",
             "said", "Mr. Gashikanyi", "Bonaventure Gashikanyi", "BDI", "name"),
            ("indirect", "casualty figures were not known",
             "said", "He", "Bonaventure Gashikanyi", "BDI", "pronoun"),
            ("indirect", "13 more people were killed Wednesday",
             "say", "other sources", "other sources", None, "nominal"),
            ("indirect", "the Forces for the Defense of Democracy, the FDD, which signed the accord is also involved in the fighting",
             "says", "Mr. Gashikanyi", "Bonaventure Gashikanyi", "BDI", "name"),
            ("direct", "We are convinced that they are doing this action together with FDD",
             "said", "he", "Bonaventure Gashikanyi", "BDI", "pronoun"),
            ("direct", "FDD has already signed the cease fire but it looks like they really don't want to implement this accord.",
             None, "he", "Bonaventure Gashikanyi", "BDI", "pronoun"),
            ("indirect", "his group is being helped by the FDD",
             "denies", "Pasteur Hakimana", "Pasteur Hakimana", "BDI", "name"),
            ("indirect", "the two groups are not working together",
             "said", "Mr. Hakimana", "Pasteur Hakimana", "BDI", "name"),
            ("indirect", "his fighters have not been pushed out of Bujumbura",
             "says", "he", "Pasteur Hakimana", "BDI", "pronoun"),
            ("indirect", "the fighting will continue",
             "says", "The rebel spokesman", "Pasteur Hakimana", "BDI", "nominal"),
        ],
    },
    {
        "id": "t22-pakistan-musharraf-army-post-2007",
        "url": "https://www.voanews.com/a/a-13-2007-11-21-voa9-66526697/553687.html",
        "title": "Pakistani Officials Predict Musharraf May Soon Abandon Army Post",
        "published": "2007-11-21",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store "
                "inside the last paragraph ('Major General Wahid Arshad told VOA that troops "
                "killed'); that paragraph dropped. 'urged the leader to abandon' (directive) and "
                "'has promised to step down' (infinitival pledge) are no quotes. 'VOA's Barry "
                "Newhouse reports ... that Pakistan's prime minister asked for the Commonwealth to "
                "postpone': the inner report is an appeal, so the whole clause is the "
                "correspondent's indirect quote.",
        "text": """
Pakistan's attorney general says conditions may be appropriate in the coming days for President Pervez Musharraf to honor his pledge to step down as army chief. VOA's Barry Newhouse reports from Islamabad that Pakistan's prime minister asked for the Commonwealth to postpone its decision about dropping Pakistan from the 53-nation group because of the emergency rule declared by General Musharraf.
Attorney General Malik Qayyum told reporters in Islamabad that if the Supreme Court dismisses the final challenge to President Musharraf's re-election this week, he could step down as army chief as early as Saturday or Sunday.
General Musharraf's critics and Western nations have urged the leader to abandon his military role and become an exclusively civilian president. The president has promised to step down as soon as the legal challenges to his re-election are resolved and his October election victory is declared official.
Meanwhile, Pakistan's foreign ministry said caretaker Prime Minister Muhammadmian Soomro spoke with Britain's Prime Minister Gordon Brown about the ongoing state of emergency in Pakistan and how it could affect Pakistan's membership in the Commonwealth.
Commonwealth foreign ministers are considering excluding Pakistan because of its suspension of basic rights under emergency rule.
Foreign ministry spokesman Mohammad Sadiq said the Commonwealth Ministerial Action Group, or CMAG, should delay the decision.
"CMAG should have a short postponement of the decision and immediately send a delegation to Pakistan to look at the situation in the country," said Sadiq.
Sadiq said Pakistan values the diplomatic links available through its membership in the 53-nation forum.
Meanwhile, Pakistan's military continues to battle pro-Taliban militants who have taken over parts of the Northwest Frontier Provinces.
""",
        "quotes": [
            ("indirect", "conditions may be appropriate in the coming days for President Pervez Musharraf to honor his pledge to step down as army chief",
             "says", "Pakistan's attorney general", "Malik Qayyum", "PAK", "nominal"),
            ("indirect", "Pakistan's prime minister asked for the Commonwealth to postpone its decision about dropping Pakistan from the 53-nation group because of the emergency rule declared by General Musharraf",
             "reports", "VOA's Barry Newhouse", "Barry Newhouse", "USA", "name"),
            ("indirect", "if the Supreme Court dismisses the final challenge to President Musharraf's re-election this week, he could step down as army chief as early as Saturday or Sunday",
             "told", "Attorney General Malik Qayyum", "Malik Qayyum", "PAK", "name"),
            ("indirect", "caretaker Prime Minister Muhammadmian Soomro spoke with Britain's Prime Minister Gordon Brown about the ongoing state of emergency in Pakistan and how it could affect Pakistan's membership in the Commonwealth",
             "said", "Pakistan's foreign ministry", "Pakistan's foreign ministry", "PAK", "organisation"),
            ("indirect", "the Commonwealth Ministerial Action Group, or CMAG, should delay the decision",
             "said", "Foreign ministry spokesman Mohammad Sadiq", "Mohammad Sadiq", "PAK", "name"),
            ("direct", "CMAG should have a short postponement of the decision and immediately send a delegation to Pakistan to look at the situation in the country",
             "said", "Sadiq", "Mohammad Sadiq", "PAK", "name"),
            ("indirect", "Pakistan values the diplomatic links available through its membership in the 53-nation forum",
             "said", "Sadiq", "Mohammad Sadiq", "PAK", "name"),
        ],
    },
    {
        "id": "t22-mexico-fox-reforms-drug-lord-2002",
        "url": "https://www.voanews.com/a/a-13-a-2002-03-06-27-fox/392121.html",
        "title": "Fox Likes Progress of Reforms - 2002-03-06",
        "published": "2002-03-06",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store "
                "after the word 'Preside' (next paragraph); that fragment dropped. 'spoke "
                "confidently of ...', 'spoke of the progress' and 'hailed the progress' (noun "
                "objects) are no quotes. 'says it is likely X, but that he is awaiting final "
                "proof': one span (a coordinated that-clause stays in the span).",
        "text": """
Mexican President Vicente Fox says it is likely one of his nation's top drug smugglers was killed in a shoot out with police last month, but that he is awaiting final proof. Meeting with foreign reporters in Mexico City, Mr. Fox spoke confidently of his government's progress in achieving reform.
In one of his first sit-down sessions with the international media in the last several months, President Fox spoke of the progress his government has made in strengthening the economy and fighting crime. He says a special federal anti-kidnapping force, formed within the past year, has already shown its effectiveness and that arrests of major drug traffickers have risen dramatically.
Mr. Fox says a man killed in a gun battle with police in Mazatlan, February tenth, appears to have been top drug lord Ramon Arellano Felix. He says tests are being conducted both in Mexico and the United States on blood samples and other evidence from the scene of the shooting. He says he expects confirmation of the identity, later this week.
Ramon Arellano Felix is on the U.S. Federal Bureau of Investigation's Ten Most Wanted List and is also wanted in Mexico for drug trafficking and murder. The man killed in Mazatlan was carrying a false federal police credential, but bore a strong resemblance to the fugitive drug trafficker.
In answer to questions about his fiscal reform package, which the Mexican congress watered down, President Fox said it was at least a partial success. He hailed the progress that was made. "We do have a reform, which is not exactly what we presented, but yet we have increased income to government and we are now investing that money in education; investing that money in health; and investing that money in combating poverty," he said. "At the same time, that reform gave us the opportunity to strengthen the economy and to keep the stability that we need for growth in the near future."
""",
        "quotes": [
            ("indirect", "it is likely one of his nation's top drug smugglers was killed in a shoot out with police last month, but that he is awaiting final proof",
             "says", "Mexican President Vicente Fox", "Vicente Fox", "MEX", "name"),
            ("indirect", "a special federal anti-kidnapping force, formed within the past year, has already shown its effectiveness and that arrests of major drug traffickers have risen dramatically",
             "says", "He", "Vicente Fox", "MEX", "pronoun"),
            ("indirect", "a man killed in a gun battle with police in Mazatlan, February tenth, appears to have been top drug lord Ramon Arellano Felix",
             "says", "Mr. Fox", "Vicente Fox", "MEX", "name"),
            ("indirect", "tests are being conducted both in Mexico and the United States on blood samples and other evidence from the scene of the shooting",
             "says", "He", "Vicente Fox", "MEX", "pronoun"),
            ("indirect", "he expects confirmation of the identity, later this week",
             "says", "He", "Vicente Fox", "MEX", "pronoun"),
            ("indirect", "it was at least a partial success",
             "said", "President Fox", "Vicente Fox", "MEX", "name"),
            ("direct", "We do have a reform, which is not exactly what we presented<<>>investing that money in combating poverty",
             "said", "he", "Vicente Fox", "MEX", "pronoun"),
            ("direct", "At the same time, that reform gave us the opportunity to strengthen the economy and to keep the stability that we need for growth in the near future.",
             None, "he", "Vicente Fox", "MEX", "pronoun"),
        ],
    },
    {
        "id": "t22-cambodia-hunsen-un-envoy-2006",
        "url": "https://www.voacambodia.com/a/a-40-2006-03-29-voa1-90144162/1354358.html",
        "title": "Hun Sen: U.N. Special H. R. Envoy to Cambodia Does not Know About the Country",
        "published": "2006-03-29",
        "truncated": False,
        "note": "English page of VOA's Khmer service. Removed: 'Accessibility links', 'Breaking "
                "News', title line. The page's lower-case 'cambodia' and the tense slips are "
                "kept. 'appeals to ... Kofi Annan to remove' (directive) is no quote; 'criticizes "
                "the government's crackdown ..., and that X': the that-clause is an indirect "
                "quote (cue 'criticizes').",
        "text": """
Prime Minister Hun Sen Wednesday appeals to U.N. General Secretary Kofi Annan to remove U.N. special envoy on human rights in cambodia Yash Ghai because he says that Mr. Ghai does not know about Cambodia.
This comment is made one day after Mr. Yash Ghai criticizes the government's crackdown on the opposition, and that the human rights condition and the political situation in Cambodia improve little under Mr. Hun Sen's rule, and the power is polarized to only one person: Mr. Hun Sen.
Mr. Ghai made the comments at the end of his second visit to Cambodia.
""",
        "quotes": [
            ("indirect", "Mr. Ghai does not know about Cambodia",
             "says", "he", "Hun Sen", "KHM", "pronoun"),
            ("indirect", "the human rights condition and the political situation in Cambodia improve little under Mr. Hun Sen's rule, and the power is polarized to only one person: Mr. Hun Sen",
             "criticizes", "Mr. Yash Ghai", "Yash Ghai", "UNO", "name"),
        ],
    },
    {
        "id": "t22-cambodia-hunsen-border-issues-2005",
        "url": "https://www.voacambodia.com/a/a-40-2005-05-03-voa3-90146162/1356008.html",
        "title": "Prime Minister Hun Sen on Border Issues",
        "published": "2005-05-03",
        "truncated": False,
        "note": "English page of VOA's Khmer service. Removed: 'Accessibility links', 'Breaking "
                "News', title line. 'urged the Supreme National Council ... to visit' (directive) "
                "and 'accused Prime Minister Hun Sen of lacking' are no quotes. 'Eng Chhay Eang "
                "said in 1996 Hun Sen said he would build a coffin ...': inner report only "
                "(speaker Hun Sen).",
        "text": """
Cambodian Prime Minister Hun Sen said it's not possible to get back Cambodian territories that were lost a long time ago.
Speaking to reporters at a graduation ceremony in Phnom Penh Tuesday, Hun Sen urged the Supreme National Council on Border Issues to visit the border areas to clear his name as someone who sells Cambodia to foreigners.
Hun Sen's comments came out after former King Sihanouk had announced that he is committed to look at Cambodia's territories one kilometer at a time using all means of transportations.
The Sam Rainsy Party spokesman Eng Chhay Eang accused Prime Minister Hun Sen of lacking the will to solve the border issues. Eng Chhay Eang said in 1996 Hun Sen said he would build a coffin for someone who wanted to take back Cambodian territories from Vietnam.
Cambodian political scientist Lao Mong Hay said it's not an easy task because the Supreme National Council on Border Issues would need the cooperation from the three countries: Thailand, Vietnam and Laos.
""",
        "quotes": [
            ("indirect", "it's not possible to get back Cambodian territories that were lost a long time ago",
             "said", "Cambodian Prime Minister Hun Sen", "Hun Sen", "KHM", "name"),
            ("indirect", "he is committed to look at Cambodia's territories one kilometer at a time using all means of transportations",
             "announced", "former King Sihanouk", "Sihanouk", "KHM", "name"),
            ("indirect", "he would build a coffin for someone who wanted to take back Cambodian territories from Vietnam",
             "said", "Hun Sen", "Hun Sen", "KHM", "name"),
            ("indirect", "it's not an easy task because the Supreme National Council on Border Issues would need the cooperation from the three countries: Thailand, Vietnam and Laos",
             "said", "Cambodian political scientist Lao Mong Hay", "Lao Mong Hay", "KHM", "name"),
        ],
    },
    {
        "id": "t22-haiti-former-soldiers-security-2004",
        "url": "https://www.voanews.com/a/a-13-a-2004-10-14-5-former-66334057/544502.html",
        "title": "Former Haitian Soldiers Vow to Provide Security in Port-Au-Prince  - 2004-10-14",
        "published": "2004-10-14",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', 'News', title line, 'XS SM MD "
                "LG'. 'has condemned the violence and accused the supporters of trying to "
                "destabilize' and 'demanding an end to' are no quotes; 'have been blamed for' is "
                "an agentless passive.",
        "text": """
Former Haitian soldiers who fought to oust former President Jean-Bertrand Aristide say they intend to provide security to help stop street violence in the capital, Port-au-Prince.
A spokesman for the former soldiers said Wednesday the men have gathered in a hillside suburb outside the capital.
Supporters of Mr. Aristide have been blamed for unrest in the capital over the last several weeks that has left more than 20 people dead.
The U.S. State Department has condemned the violence and accused the supporters of trying to destabilize Haiti's interim government.
The unrest comes as Haitians struggle to recover from catastrophic flooding caused by Tropical Storm Jeanne.
Armed gangs are also demanding an end to the presence of U.N. peacekeeping troops in Haiti.
""",
        "quotes": [
            ("indirect", "they intend to provide security to help stop street violence in the capital, Port-au-Prince",
             "say", "Former Haitian soldiers", "former Haitian soldiers", "HTI", "nominal"),
            ("indirect", "the men have gathered in a hillside suburb outside the capital",
             "said", "A spokesman for the former soldiers", "spokesman for the former soldiers", "HTI", "nominal"),
        ],
    },
    {
        "id": "t22-cuba-power-us-office-havana-2006",
        "url": "https://www.voanews.com/a/a-13-2006-06-13-voa7/329569.html",
        "title": "Cuba Cuts Power to US Office in Havana",
        "published": "2006-06-13",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. 'have appealed in "
                "vain for service to be restored' (appeal), 'describe the incident as harassment' "
                "(naming without quotation marks) and 'have complained ... about an illuminated "
                "outdoor sign' (noun object) are no quotes. The unnamed Miami news report is "
                "counted as an organisation speaker (a document).",
        "text": """
Cuba has cut off electricity to the United States' diplomatic office in Havana, and the U.S. State Department says communist authorities on the island have not responded to questions about the action.
Officials here in Washington say electrical service to the U.S. office in Havana was cut on June 5. Swiss diplomats, who technically represent U.S. interests in Cuba, and American staff have appealed in vain for service to be restored.
A U.S. spokesman says no similar power problems have affected nearby buildings in downtown Havana near the U.S. Interests Section office. American officials describe the incident as harassment arising from U.S. efforts to inform Cuban citizens about human-rights issues.
Cuban authorities have complained in the past about an illuminated outdoor sign at the U.S. office that displays messages about democracy and human rights.
Despite the electricity interruption, U.S. officials say the Havana office is operating normally, using generators to supply power.
A news report in Miami on Monday said U.S. diplomats in Cuba have been the victims of a series of nuisance attacks, including vandalism of cars and window-smashing at their homes.
""",
        "quotes": [
            ("indirect", "communist authorities on the island have not responded to questions about the action",
             "says", "the U.S. State Department", "U.S. State Department", "USA", "organisation"),
            ("indirect", "electrical service to the U.S. office in Havana was cut on June 5",
             "say", "Officials here in Washington", "U.S. officials", "USA", "nominal"),
            ("indirect", "no similar power problems have affected nearby buildings in downtown Havana near the U.S. Interests Section office",
             "says", "A U.S. spokesman", "U.S. spokesman", "USA", "nominal"),
            ("indirect", "the Havana office is operating normally, using generators to supply power",
             "say", "U.S. officials", "U.S. officials", "USA", "nominal"),
            ("indirect", "U.S. diplomats in Cuba have been the victims of a series of nuisance attacks, including vandalism of cars and window-smashing at their homes",
             "said", "A news report in Miami", "news report in Miami", "USA", "organisation"),
        ],
    },
    {
        "id": "t22-belarus-milinkevich-cracks-2006",
        "url": "http://www.voanews.com/a/a-13-belarusian-opposition-leader-says-there-are-cracks-in-government/329173.html",
        "title": "Belarusian Opposition Leader Says There Are 'Cracks' in Government",
        "published": "2006-03-27",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', 'News', title line, 'XS SM MD "
                "LG'. Date from the content (Monday after the Saturday rally of 25 March 2006). "
                "The page's misspelling 'Milikenvich' is kept; normalised in 'speaker' only. "
                "'what he calls \"...\"' and 'in his words, \"...\"' are partials inside the "
                "indirect clauses. 'have demanded a new election' (noun object) is no quote; "
                "'and has given its backing to Mr. Lukashenko' (a second predicate, not said) is "
                "left out of Russia's span.",
        "text": """
Belarusian opposition leader Alexander Milinkevich says protests against President Alexander Lukashenko's re-election have left what he calls "cracks in the fortress" of the Lukashenko government.
Milikenvich told the Associated Press Monday that there will be, in his words, "a second storming" in the future.
He says the Lukashenko government has imposed an information blockade, and that the opposition's goal is getting information to the people.
Meanwhile, Belarusian courts Monday began sentencing opposition activists arrested when police broke up an anti-government rally Saturday.
At least 100 people were detained, and some were given sentences of up to 15 days in prison. They include Poland's former ambassador to Belarus, Mariusz Maskiewicz. Polish officials allege he was beaten.
The European Union says it is appalled that police used violence to break up Saturday's demonstration. But police allege the demonstrators became violent.
The United States and European Union say President Lukashenko won a third term last week through fraud. They have demanded a new election and have announced new sanctions on Belarus.
Russia says the voting was free and fair and has given its backing to Mr. Lukashenko.
Some information for this report was provided by AFP, AP and Reuters.
""",
        "quotes": [
            ("indirect", "protests against President Alexander Lukashenko's re-election have left what he calls \"cracks in the fortress\" of the Lukashenko government",
             "says", "Belarusian opposition leader Alexander Milinkevich", "Alexander Milinkevich", "BLR", "name"),
            ("partial", "cracks in the fortress",
             "calls", "he", "Alexander Milinkevich", "BLR", "pronoun"),
            ("indirect", "there will be, in his words, \"a second storming\" in the future",
             "told", "Milikenvich", "Alexander Milinkevich", "BLR", "name"),
            ("partial", "a second storming",
             "told", "Milikenvich", "Alexander Milinkevich", "BLR", "name"),
            ("indirect", "the Lukashenko government has imposed an information blockade, and that the opposition's goal is getting information to the people",
             "says", "He", "Alexander Milinkevich", "BLR", "pronoun"),
            ("indirect", "he was beaten",
             "allege", "Polish officials", "Polish officials", "POL", "nominal"),
            ("indirect", "it is appalled that police used violence to break up Saturday's demonstration",
             "says", "The European Union", "European Union", "EUR", "organisation"),
            ("indirect", "the demonstrators became violent",
             "allege", "police", "Belarusian police", "BLR", "organisation"),
            ("indirect", "President Lukashenko won a third term last week through fraud",
             "say", "The United States and European Union", "United States and European Union", None, "organisation"),
            ("indirect", "the voting was free and fair",
             "says", "Russia", "Russia", "RUS", "organisation"),
        ],
    },
    {
        "id": "t22-argentina-imf-loan-2002",
        "url": "http://www.voanews.com/a/a-13-a-2002-08-30-30-imf-66294197/541505.html",
        "title": "IMF: No New Loan Until Argentina Comes Up with Viable Recovery Plan - 2002-08-30",
        "published": "2002-08-30",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', 'News', title line, 'XS SM MD "
                "LG'. 'blamed the delay on ...' and 'blamed a court decision' (noun objects) are "
                "no quotes. Relative reported speech ('who insist Argentina can get by ...', "
                "'which the government says would have saved ...') is annotated from the reported "
                "clause or predicate on. 'has said, without a loan, it could be impossible ...': "
                "a that-less clause after a comma.",
        "text": """
The International Monetary Fund says Argentina is not ready for an emergency loan, and that problems remain. Fund officials responded Thursday to Argentina's request for a bailout.
Leaders in Argentina were not surprised by the news from Washington, where IMF spokesman Thomas Dawson said there were widespread problems that need to be resolved before agreement can be reached on new loans.
He said the country has made some progress looking for a way out of its economic crisis, but the problems remain too widespread. He said talks will continue.
Argentina is struggling to climb out of the hole it fell into last year, when it defaulted on $141 billion in foreign debt. Since then, inflation and unemployment have skyrocketed, the peso has lost more than 70 percent of its value, and Argentina's economy and banking system have been on the verge of collapsing.
Nearly two weeks ago, Argentina's leaders sent a request to the IMF for an emergency loan.
President Eduardo Duhalde blamed the delay on other politicians, who insist Argentina can get by without international help.
Economy Minister Roberto Lavagna blamed a court decision abolishing pay cuts for state employees, which the government says would have saved more than $2 billion a year.
The IMF has insisted that Argentina must cut spending and come up with a viable recovery plan, before it is eligible for a loan.
President Duhalde has said, without a loan, it could be impossible for Argentina to survive the worst economic crisis in its history.
""",
        "quotes": [
            ("indirect", "Argentina is not ready for an emergency loan, and that problems remain",
             "says", "The International Monetary Fund", "International Monetary Fund", "IGO", "organisation"),
            ("indirect", "there were widespread problems that need to be resolved before agreement can be reached on new loans",
             "said", "IMF spokesman Thomas Dawson", "Thomas Dawson", "IGO", "name"),
            ("indirect", "the country has made some progress looking for a way out of its economic crisis, but the problems remain too widespread",
             "said", "He", "Thomas Dawson", "IGO", "pronoun"),
            ("indirect", "talks will continue",
             "said", "He", "Thomas Dawson", "IGO", "pronoun"),
            ("indirect", "Argentina can get by without international help",
             "insist", "other politicians", "other politicians", "ARG", "nominal"),
            ("indirect", "would have saved more than $2 billion a year",
             "says", "the government", "Argentine government", "ARG", "organisation"),
            ("indirect", "Argentina must cut spending and come up with a viable recovery plan, before it is eligible for a loan",
             "insisted", "The IMF", "International Monetary Fund", "IGO", "organisation"),
            ("indirect", "without a loan, it could be impossible for Argentina to survive the worst economic crisis in its history",
             "said", "President Duhalde", "Eduardo Duhalde", "ARG", "name"),
        ],
    },
    {
        "id": "t22-eritrea-ethiopia-border-deadline-2006",
        "url": "https://www.voanews.com/a/a-13-2006-11-29-voa50/323921.html",
        "title": "Commission Sets Deadline for Demarcation of Eritrean, Ethiopian Border",
        "published": "2006-11-29",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. 'rejected the "
                "panel's 2002 ruling' and 'has rejected Ethiopia's calls for revisions' (noun "
                "objects) are no quotes. The Hague boundary commission is coded IGO.",
        "text": """
An independent boundary commission has given Ethiopia and Eritrea one year to physically demarcate their border or have it marked for them.
In a statement Wednesday, the Eritrea-Ethiopia Boundary Commission said the two nations should begin erecting border-marking pillars by November 2007. It said if the parties cannot reach agreement by then, the border as drawn by the commission will automatically stand.
Earlier this month, the commission said it would demarcate the border on maps and leave the two countries to establish the physical boundary themselves.
The commission has been unable to physically mark the 1,000-kilometer border because of disagreements and tension between Ethiopia and Eritrea.
The two countries fought a war over the border between 1998 and 2000. More than 70,000 people were killed.
The boundary commission was founded as part of a peace agreement that ended the war. But Ethiopia rejected the panel's 2002 ruling that awarded the town of Badme to Eritrea. Since then, Eritrea has rejected Ethiopia's calls for revisions or more talks.
The commission said Wednesday that it reached its decision after a meeting at The Hague last week that both countries declined to attend.
""",
        "quotes": [
            ("indirect", "the two nations should begin erecting border-marking pillars by November 2007",
             "said", "the Eritrea-Ethiopia Boundary Commission", "Eritrea-Ethiopia Boundary Commission", "IGO", "organisation"),
            ("indirect", "if the parties cannot reach agreement by then, the border as drawn by the commission will automatically stand",
             "said", "It", "Eritrea-Ethiopia Boundary Commission", "IGO", "pronoun"),
            ("indirect", "it would demarcate the border on maps and leave the two countries to establish the physical boundary themselves",
             "said", "the commission", "Eritrea-Ethiopia Boundary Commission", "IGO", "organisation"),
            ("indirect", "it reached its decision after a meeting at The Hague last week that both countries declined to attend",
             "said", "The commission", "Eritrea-Ethiopia Boundary Commission", "IGO", "organisation"),
        ],
    },
    {
        "id": "t22-iraq-governing-council-un-2003",
        "url": "https://www.voanews.com/a/a-13-a-2003-07-22-23-iraqi/390317.html",
        "title": "Iraqi Governing Council Delegation Urges International Support From UN - 2003-07-22",
        "published": "2003-07-22",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', 'News', title line, 'update'. "
                "Cut by the store inside the last quotation ('\"Meanwhile, it is vital that the "
                "Iraqi people should be able to see a clear timetable wit'); that quotation "
                "dropped. 'has called for international support', 'appealed for international "
                "support', 'listed as priorities ...', 'discussed the need' and 'welcomed the "
                "creation' are no quotes. 'he and other diplomats say' is a mixed speaker "
                "(class nominal).",
        "text": """
A delegation representing the new Iraqi Governing Council has called for international support during a special Security Council session on Iraq.
Adnan Pachachi served as an Iraqi foreign minister before Saddam Hussein came to power. Now as a member of the new 25 member Iraqi governing organization, he has assured the Security Council that the brutality of the Hussein regime will never return to Iraq.
But he says a long list of challenges lie ahead. In presenting the Iraqi group's vision, he listed as priorities restored security, the appointment of ministers and the reopening of Iraqi embassies. He also discussed the need for a revived economy, the establishment of a constitutional congress and a tribunal to prosecute past injustices.
Mr. Pachachi appealed for international support. "The challenge that is facing us is enormous, indeed, and the responsibilities of the Governing Council are too many, difficult and diverse," he said. "One can not underestimate the great responsibility born by members of this council."
Mr. Pachachi was joined by two members of the Governing Council, a mid-level official from the Hussein government, Akila al-Hashemi, and the head of a U.S.-supported group of Iraqi exiles, Ahmed Chalabi.
During a news conference that followed the Security Council session, Mr. Chalabi told reporters that Saddam Hussein had actively developed weapons of mass destruction. He said that the U.S.-led coalition has only recently begun a serious search for concealed weapons.
Secretary General Kofi Annan welcomed the creation of the Iraqi Council. But he and other diplomats say the goal remains a restoration of security, the early end of the military occupation and the formation of an internationally recognized representative government.
""",
        "quotes": [
            ("indirect", "the brutality of the Hussein regime will never return to Iraq",
             "assured", "he", "Adnan Pachachi", "IRQ", "pronoun"),
            ("indirect", "a long list of challenges lie ahead",
             "says", "he", "Adnan Pachachi", "IRQ", "pronoun"),
            ("direct", "The challenge that is facing us is enormous, indeed, and the responsibilities of the Governing Council are too many, difficult and diverse",
             "said", "he", "Adnan Pachachi", "IRQ", "pronoun"),
            ("direct", "One can not underestimate the great responsibility born by members of this council.",
             None, "he", "Adnan Pachachi", "IRQ", "pronoun"),
            ("indirect", "Saddam Hussein had actively developed weapons of mass destruction",
             "told", "Mr. Chalabi", "Ahmed Chalabi", "IRQ", "name"),
            ("indirect", "the U.S.-led coalition has only recently begun a serious search for concealed weapons",
             "said", "He", "Ahmed Chalabi", "IRQ", "pronoun"),
            ("indirect", "the goal remains a restoration of security, the early end of the military occupation and the formation of an internationally recognized representative government",
             "say", "he and other diplomats", "Kofi Annan and other diplomats", None, "nominal"),
        ],
    },
    {
        "id": "t22-palestinians-abbas-new-era-2005",
        "url": "http://www.voanews.com/a/a-13-2005-02-14-voa14/305957.html",
        "title": "Abbas Sees 'New Era' of Israeli-Palestinian Relations",
        "published": "2005-02-14",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', 'News', title line, 'update', "
                "'XS SM MD LG'. 'praised Mr. Sharon for his commitment' is no quote. The "
                "interview was given to The New York Times; the speaker is Abbas.",
        "text": """
Palestinian President Mahmoud Abbas says Israeli Prime Minister Ariel Sharon is speaking "a different language" to Palestinians, and that the two sides are embarking on a "new era" after more than four years of violence.
In an interview with The New York Times published Monday, Mr. Abbas praised Mr. Sharon for his commitment to withdraw from the Gaza Strip and four small West Bank settlements.
Mr. Abbas, who was elected president of the Palestinian Authority last month, said the Israeli leader "now has a partner" to work with for peace.
Mr. Abbas said he has set the release of Palestinian prisoners from Israeli jails as his first priority. Sunday, an Israeli Cabinet committee approved the release of 500 Palestinian prisoners.
Some information for this report provided by Reuters.
""",
        "quotes": [
            ("indirect", "Israeli Prime Minister Ariel Sharon is speaking \"a different language\" to Palestinians, and that the two sides are embarking on a \"new era\" after more than four years of violence",
             "says", "Palestinian President Mahmoud Abbas", "Mahmoud Abbas", "PSE", "name"),
            ("partial", "a different language",
             "says", "Palestinian President Mahmoud Abbas", "Mahmoud Abbas", "PSE", "name"),
            ("partial", "new era",
             "says", "Palestinian President Mahmoud Abbas", "Mahmoud Abbas", "PSE", "name"),
            ("indirect", "the Israeli leader \"now has a partner\" to work with for peace",
             "said", "Mr. Abbas", "Mahmoud Abbas", "PSE", "name"),
            ("partial", "now has a partner",
             "said", "Mr. Abbas", "Mahmoud Abbas", "PSE", "name"),
            ("indirect", "he has set the release of Palestinian prisoners from Israeli jails as his first priority",
             "said", "Mr. Abbas", "Mahmoud Abbas", "PSE", "name"),
        ],
    },
    {
        "id": "t22-bolivia-mesa-protests-resignation-2005",
        "url": "https://www.voanews.com/a/a-13-2005-06-09-voa1-66387862/548097.html",
        "title": "Bolivian Protests Hurt Economy, Bring Down President",
        "published": "2005-06-09",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption "
                "('Indigenous demonstrators raise their arms during protest, Wednesday'). The "
                "stored text ends after 'the unrest will continue.'; later paragraphs may have "
                "been cut. Interrupted clauses with a stub before the attribution ('On Wednesday, "
                "officials said, X'; 'Otherwise, he says, X') are annotated from X on. "
                "'lawmakers' suggestion that' (noun complement), 'asked Mr. Vaca Diez not to "
                "accept' (directive), 'called for new elections' and 'demanding a new "
                "constitution' are no quotes.",
        "text": """
Bolivian protesters have taken over several oil fields of a Spanish oil company after weeks of demonstrations demanding the nationalization of the country's energy industry. The protests have forced President Carlos Mesa to offer his resignation.
Bolivia's Congress is scheduled to meet Thursday in a special session to decide if it will accept Mr. Mesa's resignation and appoint a successor. The President resigned on Monday - for the second time since March - in the face of mounting public opposition to his government's policies.
On Wednesday, officials said, a group of indigenous protesters took over several oil fields in the eastern part of the country. Growing public protest is bringing the country's economy to a standstill. President Mesa warned lawmakers that only new elections would end the protests.
The president says this is a time for him to resign, not a time for what he calls "betting on madness."
He was referring to lawmakers' suggestion that he should be replaced by the unpopular Senate leader Hormando Vaca Diez. The president asked Mr. Vaca Diez not to accept the post, and called for new elections instead.
Thousands of demonstrators have clogged the streets of La Paz and other Bolivian cities for weeks, calling for the nationalization of the country's energy industry. They are also demanding a new constitution that would give the country's indigenous population greater say in politics.
President Mesa has warned Bolivians the public disorder is bringing the country to the brink of civil war and called for an end to demonstrations.
Working poor, like Adolfo Colque, say they are not deterred by the president's warning.
Mr. Colque says Bolivia needs a new election in the near future. Otherwise, he says, the unrest will continue.
""",
        "quotes": [
            ("indirect", "a group of indigenous protesters took over several oil fields in the eastern part of the country",
             "said", "officials", "Bolivian officials", "BOL", "nominal"),
            ("indirect", "only new elections would end the protests",
             "warned", "President Mesa", "Carlos Mesa", "BOL", "name"),
            ("indirect", "this is a time for him to resign, not a time for what he calls \"betting on madness.\"",
             "says", "The president", "Carlos Mesa", "BOL", "nominal"),
            ("partial", "betting on madness",
             "calls", "he", "Carlos Mesa", "BOL", "pronoun"),
            ("indirect", "the public disorder is bringing the country to the brink of civil war",
             "warned", "President Mesa", "Carlos Mesa", "BOL", "name"),
            ("indirect", "they are not deterred by the president's warning",
             "say", "Working poor", "working poor", "BOL", "nominal"),
            ("indirect", "Bolivia needs a new election in the near future",
             "says", "Mr. Colque", "Adolfo Colque", "BOL", "name"),
            ("indirect", "the unrest will continue",
             "says", "he", "Adolfo Colque", "BOL", "pronoun"),
        ],
    },
    {
        "id": "t22-taiwan-chen-national-day-2003",
        "url": "https://www.voanews.com/a/a-13-a-2003-10-10-19-taiwan-67585692/389190.html",
        "title": "Taiwan Calls on Beijing to Stop Military Threats - 2003-10-10",
        "published": "2003-10-10",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store "
                "inside the last paragraph ('... before Taiwan broke away from t'); that sentence "
                "dropped. '\"one-China\" principle' is a name in quotation marks, no quote. "
                "'called on Beijing to drop' and 'called on Taiwanese citizens to believe' "
                "(directives) are no quotes. 'made it clear ... that X' is an indirect quote "
                "(cue 'made it clear').",
        "text": """
Taiwan's President Chen Shui-bian says the island will never be reunited with communist China by force and he called on Beijing to drop its military threats. Mr. Chen, speaking on Taiwan's national day, also said negotiations on relations will not resume if China keeps insisting his government first accept the so-called "one-China" principle.
President Chen Shui-bian called on Taiwanese citizens to believe in themselves and remain strong in the face of Taiwan's ongoing struggle with China.
President Chen said there is no reason the island should feel compelled to accept Beijing's "one-China" principle, and that any future cooperation with China depends on whether Beijing drops its threats of using force against Taiwan to reunite it with the mainland.
Mr. Chen's words are unlikely to sway Beijing. Chinese Foreign Ministry Spokeswoman Zhang Qiyue made it clear once again that the "one China" principle is the bedrock of Beijing's policy toward Taiwan.
"There's only one China in the world, and Taiwan is part of China," she said. "And this has been acknowledged by the majority of countries in the world."
But Taiwan President Chen says the door to peace can only be opened if China ends its threats and stops trying to isolate the island.
Just 100 kilometers across the Taiwan Strait from the mainland, Taiwan is isolated geographically and diplomatically. China's position as a global power has helped it block Taiwan from joining key international organizations, including the United Nations.
President Chen's tough stance toward Beijing helped him win Taiwan's 1999 presidential election. Analysts say Mr. Chen is likely to suggest Taiwan's opposition is too friendly with China in the run-up to the next election in March.
""",
        "quotes": [
            ("indirect", "the island will never be reunited with communist China by force",
             "says", "Taiwan's President Chen Shui-bian", "Chen Shui-bian", "TWN", "name"),
            ("indirect", "negotiations on relations will not resume if China keeps insisting his government first accept the so-called \"one-China\" principle",
             "said", "Mr. Chen", "Chen Shui-bian", "TWN", "name"),
            ("indirect", "there is no reason the island should feel compelled to accept<<>>to reunite it with the mainland",
             "said", "President Chen", "Chen Shui-bian", "TWN", "name"),
            ("indirect", "the \"one China\" principle is the bedrock of Beijing's policy toward Taiwan",
             "made it clear", "Chinese Foreign Ministry Spokeswoman Zhang Qiyue", "Zhang Qiyue", "CHN", "name"),
            ("direct", "There's only one China in the world, and Taiwan is part of China",
             "said", "she", "Zhang Qiyue", "CHN", "pronoun"),
            ("direct", "And this has been acknowledged by the majority of countries in the world.",
             None, "she", "Zhang Qiyue", "CHN", "pronoun"),
            ("indirect", "the door to peace can only be opened if China ends its threats and stops trying to isolate the island",
             "says", "Taiwan President Chen", "Chen Shui-bian", "TWN", "name"),
            ("indirect", "Mr. Chen is likely to suggest Taiwan's opposition is too friendly with China in the run-up to the next election in March",
             "say", "Analysts", "analysts", None, "nominal"),
        ],
    },
    {
        "id": "t22-taiwan-chen-one-china-surrender-2005",
        "url": "https://www.voanews.com/a/a-13-2005-10-07-voa12-66365912/546668.html",
        "title": "Taiwanese President Says 'One China' Policy Equals Surrender",
        "published": "2005-10-07",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. The stored text "
                "ends after the referendum sentence; later paragraphs may have been cut. The "
                "interview was given to Reuters; the speaker is Chen. '\"one China\" policy' is a "
                "name, no quote; 'has threatened war if ...' is no quote.",
        "text": """
Taiwan's President Chen Shui-bian says he will not accept Beijing's "one China" policy as a precondition for any talks with communist leaders on the mainland, because that would amount to surrendering Taiwan's sovereignty.
In an interview Friday, Mr. Chen said Taiwan and China should begin talks on economic, transport and tourism issues. He told the Reuters news agency he is hopeful such talks would be successful, despite the two sides' dispute over sovereignty for the island.
The divide between Taipei and Beijing began at the end of Chinese revolution in 1949. The communist leadership insists there is but one China, and that Taiwan must eventually yield to Beijing's control.
China has threatened war if Taiwan formally declares its independence, but Mr. Chen told Reuters today there is no need for such a declaration, because independence for Taiwan already "is a reality."
Mr. Chen said any change in Taiwan's political status would have to be approved by the island's 23 million citizens in a referendum.
""",
        "quotes": [
            ("indirect", "he will not accept Beijing's \"one China\" policy as a precondition for any talks with communist leaders on the mainland, because that would amount to surrendering Taiwan's sovereignty",
             "says", "Taiwan's President Chen Shui-bian", "Chen Shui-bian", "TWN", "name"),
            ("indirect", "Taiwan and China should begin talks on economic, transport and tourism issues",
             "said", "Mr. Chen", "Chen Shui-bian", "TWN", "name"),
            ("indirect", "he is hopeful such talks would be successful, despite the two sides' dispute over sovereignty for the island",
             "told", "He", "Chen Shui-bian", "TWN", "pronoun"),
            ("indirect", "there is but one China, and that Taiwan must eventually yield to Beijing's control",
             "insists", "The communist leadership", "Chinese communist leadership", "CHN", "organisation"),
            ("indirect", "there is no need for such a declaration, because independence for Taiwan already \"is a reality.\"",
             "told", "Mr. Chen", "Chen Shui-bian", "TWN", "name"),
            ("partial", "is a reality",
             "told", "Mr. Chen", "Chen Shui-bian", "TWN", "name"),
            ("indirect", "any change in Taiwan's political status would have to be approved by the island's 23 million citizens in a referendum",
             "said", "Mr. Chen", "Chen Shui-bian", "TWN", "name"),
        ],
    },
    {
        "id": "t22-cyprus-reunification-referendum-2004",
        "url": "https://www.voanews.com/a/a-13-a-2004-04-24-8-1/292266.html",
        "title": "Cyprus Votes in Reunification Referendum - 2004-04-24",
        "published": "2004-04-24",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store "
                "inside the government spokesman's quotation ('\"The government of Cyprus has "
                "neve'); that quotation dropped. 'think the plan will limit ...' (cognition), "
                "'The latest public opinion poll suggests that ...' (evidence, not speech) and "
                "the names '\"no-vote\"' and '\"no\" campaign' are no quotes.",
        "text": """
Voters in Cyprus go to the polls Saturday, to vote in a referendum on a reunification plan proposed by the U.N. Secretary-General Kofi Annan.
The United Nations has invested four years in drawing up its 9000-page blueprint for peace which aims to resolve the 30-year division of Cyprus before the European Union expands next week.
If the plan is approved by the people in both the Greek and Turkish sectors, the whole island will join the EU. If either side rejects it, only the internationally recognized Greek Cypriot government in the south will join.
The European Union and the United States support the plan which envisages separate Greek and Turkish Cypriot states linked by a weak federal government. However many Greek Cypriots think the plan will limit their chances of returning to properties they lost after the 1974 Turkish invasion. And there is a strong push for a "no-vote" in the island's ethnic Greek sector. The Greek Cypriot President Tassos Papadopoulos is leading the "no" campaign.
The latest public opinion poll suggests that Turkish Cypriots will vote in favor of the plan. The Turkish government has supported it in an effort to boost its own chances of joining the European Union. But the Turkish Cypriot president Rauf Denktash opposes it.
In the past few days, the Greek Cypriot government has been accused of media interference. The accusation came from supporters of the plan who claim that coverage by the state television station, CYBC, has not been balanced.
The former president of Cyprus, Glafcos Clerides, who supports the plan, told VOA that he had been surprised by the state TV coverage.
"It is a fact that most of the TV stations do not give equal time. I must say that in recent years, I haven't seen this phenomenon," he said.
It's a claim rejected by the Greek Cypriot government. Their spokesman is Kypros Chrysostomides.
""",
        "quotes": [
            ("indirect", "coverage by the state television station, CYBC, has not been balanced",
             "claim", "supporters of the plan", "supporters of the plan", "CYP", "nominal"),
            ("indirect", "he had been surprised by the state TV coverage",
             "told", "Glafcos Clerides", "Glafcos Clerides", "CYP", "name"),
            ("direct", "It is a fact that most of the TV stations do not give equal time. I must say that in recent years, I haven't seen this phenomenon",
             "said", "he", "Glafcos Clerides", "CYP", "pronoun"),
        ],
    },
    {
        "id": "t22-cambodia-rainsy-yale-speech-2008",
        "url": "https://www.voacambodia.com/a/a-40-2008-04-21-voa3-90168472/1356683.html",
        "title": "Opposition Leader Addresses Yale Students",
        "published": "2008-04-21",
        "truncated": False,
        "note": "English page of VOA's Khmer service. Removed: 'Accessibility links', 'Breaking "
                "News', title line. Curly quotation marks and apostrophes as on the page. "
                "'according to an SRP statement' makes the first sentence (up to 'Monday', "
                "before the reporter's ', where his daughter is a student') the party's indirect "
                "quote; the quoted words inside it are Sam Rainsy's partial (cue 'described'). "
                "'The government continues ..., he said, adding that X': attribution after the "
                "content, then an 'adding that' clause. 'Sam Rainsy told the class, Eng Chhay "
                "Ieng said': inner speaker only.",
        "text": """
Opposition leader Sam Rainsy described political attacks on government policy and the “meaning of his political struggle” in a speech to a class at Yale University in the US Monday, where his daughter is a student, according to an SRP statement.
“Sam Rainsy spoke of the political struggle for democracy, freedom and justice in Cambodia in raising the struggle against a political dictatorship and corruption,” Eng Chhay Ieng, SRP secretary-general, told VOA Khmer.
The government continues to suppress freedom of expression and assembly, he said, adding that Sam Rainsy also pushed for the passage of an anti-corruption law.
“The current Phnom Penh government is not making a fair thing in conformity with democracy and constitutional principles,” Sam Rainsy told the class, Eng Chhay Ieng said.
Government spokesman Khieu Kanharith said the opposition had the “right and freedom to badly insult the government.”
“Sam Rainsy clearly knows the use of the rights and freedoms in Cambodia, but Sam Rainsy’s defamation against the government is just for good listening,” Khieu Kanharith said.
“If Sam Rainsy speaks of good for the government, the rain will pour to become a flood,” Khieu Kanharith said. “A good politician or good leader must look for its weaknesses, not blame others. If it blames others, it can’t find its weakness and can’t recorrect.”
Sam Rainsy has already apologized for defaming Prime Minister Hun Sen, in 2006, and is now facing an internal conflict ahead of July’s general election, the spokesman said.
""",
        "quotes": [
            ("indirect", "Opposition leader Sam Rainsy described<<>>in the US Monday",
             "according to", "an SRP statement", "Sam Rainsy Party", "KHM", "organisation"),
            ("partial", "meaning of his political struggle",
             "described", "Opposition leader Sam Rainsy", "Sam Rainsy", "KHM", "name"),
            ("direct", "Sam Rainsy spoke of the political struggle<<>>political dictatorship and corruption",
             "told", "Eng Chhay Ieng", "Eng Chhay Ieng", "KHM", "name"),
            ("indirect", "The government continues to suppress freedom of expression and assembly",
             "said", "he", "Eng Chhay Ieng", "KHM", "pronoun"),
            ("indirect", "Sam Rainsy also pushed for the passage of an anti-corruption law",
             "adding", "he", "Eng Chhay Ieng", "KHM", "pronoun"),
            ("direct", "The current Phnom Penh government is not making a fair thing in conformity with democracy and constitutional principles",
             "told", "Sam Rainsy", "Sam Rainsy", "KHM", "name"),
            ("indirect", "the opposition had the “right and freedom to badly insult the government.”",
             "said", "Government spokesman Khieu Kanharith", "Khieu Kanharith", "KHM", "name"),
            ("partial", "right and freedom to badly insult the government",
             "said", "Government spokesman Khieu Kanharith", "Khieu Kanharith", "KHM", "name"),
            ("direct", "Sam Rainsy clearly knows the use of the rights and freedoms in Cambodia, but Sam Rainsy’s defamation against the government is just for good listening",
             "said", "Khieu Kanharith", "Khieu Kanharith", "KHM", "name"),
            ("direct", "If Sam Rainsy speaks of good for the government, the rain will pour to become a flood",
             "said", "Khieu Kanharith", "Khieu Kanharith", "KHM", "name"),
            ("direct", "A good politician or good leader must look for its weaknesses<<>>can’t recorrect.",
             None, "Khieu Kanharith", "Khieu Kanharith", "KHM", "name"),
            ("indirect", "Sam Rainsy has already apologized for defaming Prime Minister Hun Sen, in 2006, and is now facing an internal conflict ahead of July’s general election",
             "said", "the spokesman", "Khieu Kanharith", "KHM", "nominal"),
        ],
    },
    {
        "id": "t22-ivorycoast-rebel-spokesman-goals-2002",
        "url": "https://www.voanews.com/a/a-13-a-2002-10-10-27-voa-67408922/383312.html",
        "title": "VOA Interview:  Ivory Coast Rebel Spokesman Speaks On Group's Goals - 2002-10-10",
        "published": "2002-10-10",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store "
                "inside the last paragraph ('He says, democracy cannot wa'); that sentence "
                "dropped. The page's misspelling 'Gbago' is kept. 'refused to disclose how "
                "many ...' (negated), 'condemned the elections as being flawed' and 'accuses the "
                "Ivorian leader of being ...' are no quotes.",
        "text": """
Three weeks after well-armed rebels in Ivory Coast launched simultaneous uprisings that are now threatening to destabilize the entire region, it is still unclear who the rebels are and what they ultimately want to achieve. In an exclusive interview with VOA, the group's political spokesman shed some light on those questions.
After weeks of refusing to speak on the record, the political spokesman for the rebel Patriotic Movement of Ivory Coast, Lieutenant Jean Bonfils Agnero, told VOA planning for the rebellion began two years ago.
That was when Ivory Coast President Laurent Gbagbo, swept into power, defeating the country's former military ruler, General Robert Guei. General Guei was killed in fighting on the first day of the rebellion three weeks ago.
The rebel official spoke to a VOA reporter near Abidjan, where government troops are still on the hunt for the rebels and rebel sympathizers.
The city was the site of one of three simultaneous rebel attacks on September 19. The rebels took control of large areas in the north and central parts of the country, but the government remains in control in the capital, Yamoussoukro, and Abidjan, the commercial center.
Lieutenant Agnero refused to disclose how many men make up the rebel group. But he says they share a strong dislike for President Gbagbo.
The rebel spokesman says President Gbago heavily manipulated the elections two years ago. At the time the international community also condemned the elections as being flawed.
Lieutenant Agnero accuses the Ivorian leader of being a cunning, crafty politician who lies to his people and is therefore not fit to lead the country. He says the rebels are patriots, who are determined to capture Abidjan, overthrow the government, and organize new elections.
Mr. Agnero says there is no compromise possible when it comes to Mr. Gbagbo.
""",
        "quotes": [
            ("indirect", "planning for the rebellion began two years ago",
             "told", "Lieutenant Jean Bonfils Agnero", "Jean Bonfils Agnero", "CIV", "name"),
            ("indirect", "they share a strong dislike for President Gbagbo",
             "says", "he", "Jean Bonfils Agnero", "CIV", "pronoun"),
            ("indirect", "President Gbago heavily manipulated the elections two years ago",
             "says", "The rebel spokesman", "Jean Bonfils Agnero", "CIV", "nominal"),
            ("indirect", "the rebels are patriots, who are determined to capture Abidjan, overthrow the government, and organize new elections",
             "says", "He", "Jean Bonfils Agnero", "CIV", "pronoun"),
            ("indirect", "there is no compromise possible when it comes to Mr. Gbagbo",
             "says", "Mr. Agnero", "Jean Bonfils Agnero", "CIV", "name"),
        ],
    },
    {
        "id": "t22-afghanistan-taleban-kabul-bombing-2004",
        "url": "https://www.voatibetan.com/a/a-28-a-2004-08-30-2-1-90257807/1268104.html",
        "title": "Taleban Warns of More Attacks in Kabul - 2004-08-30",
        "published": "2004-08-30",
        "truncated": True,
        "note": "English story on the page of VOA's Tibetan service. Removed: the Tibetan date "
                "line, title line. Cut by the store inside the last paragraph ('An anti-terrorism "
                "force spearheaded by the U.S. milita'); that sentence dropped. 'has claimed "
                "responsibility', 'has promised more such attacks' (noun objects), 'have "
                "confirmed the deaths', 'has advised its citizens to avoid' (directive) and the "
                "agentless 'are being warned to keep' are no quotes. The second Nelson quotation "
                "stands alone after the sentence naming him (cue null).",
        "text": """
Afghanistan's Taleban militia has claimed responsibility for Sunday's bomb attack in Kabul, which killed at least nine people. The Taleban has promised more such attacks before the country's presidential elections. U.S. and Afghan officials are jointly investigating the attack.
Afghan and U.S. military officials have confirmed the deaths of three Americans, three Nepalese and three locals in the car bombing that was apparently aimed at the office of a U.S. security company in central Kabul.
The company, DynCorp, provides bodyguards for Afghan President Hamid Karzai and also helps train the national police.
Speaking at a news conference in the Afghan capital, a spokesman for the U.S.-led coalition, Major Scott Nelson, condemned the attack and said the death toll may rise. "The investigation continues on this. We do not know exactly what the death toll will be," he said. "We are deeply shocked and saddened. We find this a cowardly act."
International workers in Kabul are being warned to keep a low profile, while the U.S. Embassy has advised its citizens to avoid crowded places.
Major Nelson says United States forces provided assistance immediately after the attack, and will assist Afghan authorities in finding those responsible for the attacks. "We rendered emergency medical treatment to some of the injured and assisted with transporting them to medical facilities."
Taleban militants are claiming responsibility for the attack in Kabul, and have promised more such strikes as part of their campaign to disrupt the presidential election, which is scheduled for October 9.
The Taleban was driven from power by a U.S.-led military invasion in late 2001, but its followers have regrouped and continue to carry out frequent attacks on local and foreign facilities as well as on aid and election workers.
""",
        "quotes": [
            ("indirect", "the death toll may rise",
             "said", "Major Scott Nelson", "Scott Nelson", "USA", "name"),
            ("direct", "The investigation continues on this. We do not know exactly what the death toll will be",
             "said", "he", "Scott Nelson", "USA", "pronoun"),
            ("direct", "We are deeply shocked and saddened. We find this a cowardly act.",
             None, "he", "Scott Nelson", "USA", "pronoun"),
            ("indirect", "United States forces provided assistance immediately after the attack, and will assist Afghan authorities in finding those responsible for the attacks",
             "says", "Major Nelson", "Scott Nelson", "USA", "name"),
            ("direct", "We rendered emergency medical treatment to some of the injured and assisted with transporting them to medical facilities.",
             None, "Major Nelson", "Scott Nelson", "USA", "name"),
        ],
    },
    {
        "id": "t22-tanzania-zanzibar-opposition-results-2005",
        "url": "http://www.voanews.com/content/a-13-2005-11-03-voa43-67514422/283998.html",
        "title": "Zanzibar Opposition Rejects Election Results",
        "published": "2005-11-03",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. The unnamed main "
                "opposition party and 'The opposition' are organisation speakers.",
        "text": """
The main opposition party in Zanzibar says it will not accept the official results of this week's election and will not cooperate with the government.
Reporters on Tanzania's semi-autonomous island say businesses are open Thursday and the streets have returned to normal. Earlier in the week, clashes between opposition supporters and police left at least one person dead and dozens injured.
President Amani Abeid Karume was sworn in for a second five-year term Wednesday. Zanzibar's electoral commission says Mr. Karume won 53 percent of the vote in Sunday's election, while opposition candidate Seif Sharif Hamad took 46 percent.
The opposition charges the elections were rigged.
International observers have said that despite some problems, Sunday's vote was generally free and fair.
Some information for this report provided by AP and Reuters.
""",
        "quotes": [
            ("indirect", "it will not accept the official results of this week's election and will not cooperate with the government",
             "says", "The main opposition party in Zanzibar", "main opposition party in Zanzibar", "TZA", "organisation"),
            ("indirect", "businesses are open Thursday and the streets have returned to normal",
             "say", "Reporters on Tanzania's semi-autonomous island", "reporters on Tanzania's semi-autonomous island", None, "nominal"),
            ("indirect", "Mr. Karume won 53 percent of the vote in Sunday's election, while opposition candidate Seif Sharif Hamad took 46 percent",
             "says", "Zanzibar's electoral commission", "Zanzibar's electoral commission", "TZA", "organisation"),
            ("indirect", "the elections were rigged",
             "charges", "The opposition", "Zanzibar opposition", "TZA", "organisation"),
            ("indirect", "despite some problems, Sunday's vote was generally free and fair",
             "said", "International observers", "international observers", None, "nominal"),
        ],
    },
    {
        "id": "t22-taiwan-china-flights-burma-fao-2008",
        "url": "https://lao.voanews.com/a/a-52-2008-05-29-voa1-90691934/1188090.html",
        "title": "Taiwan Agrees to Resume Negotiations with China on Cross-Strait Flights",
        "published": "2008-05-29",
        "truncated": True,
        "note": "English news round-up on the page of VOA's Lao service. Removed: the Lao "
                "accessibility label and Lao date line, title line. Cut by the store at the "
                "fourth item ('US - GATES - ASIA: U.S. Defense Secretar'); that item dropped. "
                "The item labels ('CHINA - TAIWAN:' etc.) are kept as on the page. 'Authorities "
                "fear ...' (feeling) and the name '\"quake lake\"' are no quotes.",
        "text": """
CHINA - TAIWAN: Taiwan has accepted an invitation from China to re-start a dialogue on opening regular charter flights between the two sides, and allowing Chinese tourists to visit the island. Chiang Pin-kung, the chairman of Taiwan's Straits Exchange Foundation, made the announcement in Taipei today, saying officials from the two sides will meet in Beijing next month (June 11th-14th). China extended the invitation for talks at an unprecedented meeting in Beijing Wednesday between Chinese President Hu Jintao and the head of Taiwan's ruling party, Wu Poh-hsiung.
CHINA - QUAKE: Heavy rain is hampering efforts by Chinese emergency workers to drain a so-called "quake lake" that was formed by this month's deadly earthquake in southwestern Sichuan province. More than 150-thousand people have been evacuated from the area below Tangjiashan lake, which was formed after landslides triggered by the May 12th quake caused natural dams to form in rivers. Authorities fear the lake could overflow and trigger flash floods in the area. The heavy rains have grounded helicopters from airlifting equipment needed to help in the drainage of the lake.
BURMA: The United Nations Food and Agriculture Organization says Burma may need food assistance for at least a year to support communities devastated by Cyclone Nargis. In a new assessment, the FAO notes that nearly a month after the cyclone hit, hundreds of thousands of Burmese living in remote areas of the devastated Irrawaddy Delta region have yet to receive food aid. It also says food shortages and escalating prices pose a risk to national security. Cyclone Nargis tore across Burma's Irrawaddy Delta on May third leaving more than 134-thousand people dead or missing, and devastating the country's agricultural belt.
""",
        "quotes": [
            ("indirect", "officials from the two sides will meet in Beijing next month (June 11th-14th)",
             "saying", "Chiang Pin-kung", "Chiang Pin-kung", "TWN", "name"),
            ("indirect", "Burma may need food assistance for at least a year to support communities devastated by Cyclone Nargis",
             "says", "The United Nations Food and Agriculture Organization", "Food and Agriculture Organization", "UNO", "organisation"),
            ("indirect", "nearly a month after the cyclone hit, hundreds of thousands of Burmese living in remote areas of the devastated Irrawaddy Delta region have yet to receive food aid",
             "notes", "the FAO", "Food and Agriculture Organization", "UNO", "organisation"),
            ("indirect", "food shortages and escalating prices pose a risk to national security",
             "says", "It", "Food and Agriculture Organization", "UNO", "pronoun"),
        ],
    },
    {
        "id": "t22-cambodia-hunsen-cpp-rumor-2004",
        "url": "https://www.voacambodia.com/a/a-40-a-2004-07-28-4-1-90139347/1359114.html",
        "title": "Prime Minister Hun Sen Denied Rumor about CPP - 2004-07-28",
        "published": "2004-07-28",
        "truncated": False,
        "note": "English page of VOA's Khmer service. Removed: 'Accessibility links', 'Breaking "
                "News', title line. 'It was believed that ...' (agentless, cognition) and the "
                "name '\"block vote\"' are no quotes.",
        "text": """
Cambodian Prime Minister Hun Sen denied there was any internal division in the Cambodian People's Party (CPP).
Mr. Hun Sen said it's a rumor the others used to cause confusion. Rumor about the internal division in the CPP started a few weeks ago when CPP president Chea Sim left for Thailand.
It was believed that Chea Sim was forced out of the country when he refused to sign the controversial bill that allowed the election of the prime minister and the president of the national assembly simultaneously, known as the "block vote."
""",
        "quotes": [
            ("indirect", "there was any internal division in the Cambodian People's Party (CPP)",
             "denied", "Cambodian Prime Minister Hun Sen", "Hun Sen", "KHM", "name"),
            ("indirect", "it's a rumor the others used to cause confusion",
             "said", "Mr. Hun Sen", "Hun Sen", "KHM", "name"),
        ],
    },
    {
        "id": "t22-cambodia-sihanouk-election-anniversary-2004",
        "url": "https://www.voacambodia.com/a/a-40-a-2004-07-28-3-1-90139337/1354479.html",
        "title": "King Sihanouk Comments on the Anniversary of the Election - 2004-07-28",
        "published": "2004-07-28",
        "truncated": False,
        "note": "English page of VOA's Khmer service. Removed: 'Accessibility links', 'Breaking "
                "News', title line. 'expressed his concern that ...' (noun complement) and the "
                "name '\"block vote\"' are no quotes; 'don't comment on' is negated.",
        "text": """
On the anniversary of the July 27, 2003 election day, Cambodian King Norodom Sihanouk expressed his concern that the country continue to face serious political crisis.
In a message written in French, the king said the fact the Alliance of Democrats rejected Hun Sen as the new prime minister has led to the "block vote" and the accusation that the Sam Rainsy party is trying to build an army to topple Hun Sen.
Traditionally, Cambodian politicians don't comment on the king's comments.
""",
        "quotes": [
            ("indirect", "the fact the Alliance of Democrats rejected Hun Sen as the new prime minister<<>>build an army to topple Hun Sen",
             "said", "the king", "Norodom Sihanouk", "KHM", "nominal"),
        ],
    },
    {
        "id": "t22-uganda-lra-troop-withdrawal-2009",
        "url": "https://www.voanews.com/a/a-13-2009-03-16-voa4-68679362/355499.html",
        "title": "LRA Rebels Say Uganda Troop Withdrawal is a Triumph of Peace Over War",
        "published": "2009-03-16",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store "
                "inside Matsanga's second quotation ('... he gave wrong inte'); that quotation "
                "dropped. 'rejected Ugandan military spokesman Felix Kulayigye's claims that X' "
                "(noun complement) is no quote. The nested report inside Matsanga's quotation "
                "('I have said ... that the attack ... was not called for') stays part of the "
                "direct span.",
        "text": """
The Ugandan military announced Sunday that it has begun withdrawing its forces from the Democratic Republic of Congo where they have been pursuing Lord's Resistance Army (LRA) rebels. Since December last year, the Ugandan military have been engaged in a joint operation with Congolese and southern Sudanese forces against the LRA.
The operation was launched after rebel leader Joseph Kony failed to sign a peace agreement last year. Ugandan military spokesman Felix Kulayigye said Sunday the operation had been a success, with around 100 LRA rebels killed and more than 200 abductees rescued.
LRA chief peace negotiator David Matsanga told VOA the military adventure in Congo was a failure because with Kony still at large, the northern Uganda conflict can only be resolved through peaceful means.
"I have said time and time again over this radio station and other radio stations worldwide that the attack on 13 of December 2008 was not called for. It was meant to destroy the peace process. The withdrawal is a triumph for peace lovers like me and others who have fought so hard to make sure that Ugandan troops withdraw and that we re-engage the Ugandan government in a neutral country so that we can find a long-lasting solution to our problem," he said.
Matsanga rejected Ugandan military spokesman Felix Kulayigye's claims that the Congo operation was a success because around 100 LRA rebels had been killed and more than 200 abductees rescued.
""",
        "quotes": [
            ("indirect", "it has begun withdrawing its forces from the Democratic Republic of Congo where they have been pursuing Lord's Resistance Army (LRA) rebels",
             "announced", "The Ugandan military", "Ugandan military", "UGA", "organisation"),
            ("indirect", "the operation had been a success, with around 100 LRA rebels killed and more than 200 abductees rescued",
             "said", "Ugandan military spokesman Felix Kulayigye", "Felix Kulayigye", "UGA", "name"),
            ("indirect", "the military adventure in Congo was a failure because with Kony still at large, the northern Uganda conflict can only be resolved through peaceful means",
             "told", "LRA chief peace negotiator David Matsanga", "David Matsanga", "UGA", "name"),
            ("direct", "I have said time and time again<<>>a long-lasting solution to our problem",
             "said", "he", "David Matsanga", "UGA", "pronoun"),
        ],
    },
    {
        "id": "t22-drcongo-rebels-deny-nkunda-death-2007",
        "url": "https://www.voanews.com/a/a-13-2007-11-26-voa2-66697897/558895.html",
        "title": "DR Congo Rebels Deny Demise of Leader",
        "published": "2007-11-26",
        "truncated": True,
        "note": "VOA English to Africa Service report of an interview by Peter Clottey. Removed: "
                "'Accessibility links', 'Breaking News', title line. Curly quotation marks and "
                "apostrophes as on the page. Cut by the store inside Abande's last quotation "
                "('... to help people '); that quotation dropped. 'criticized ... of backing' and "
                "'described the government's threat ... as a grave blunder' (naming without "
                "quotation marks) are no quotes. 'which they say is to protect ...' (relative "
                "reported speech) is annotated from the predicate on; the first rebel span stops "
                "before it. The nested report inside Abande's second quotation stays part of the "
                "direct span.",
        "text": """
In the Democratic Republic of Congo, the National Congress for the People’s Defense rebel group has categorically denied that its leader, General Laurent Nkunda is dead. The rebels say the speculation is a calculated attempt by President Joseph Kabila’s government to undermine the group’s unity of purpose, which they say is to protect the Tutsi minority in the country. They also criticized the United Nations military force (MONUC) of backing government forces against the rebels.
Meanwhile, the head of Congo’s military has said he has given up all hopes of a peaceful solution to the conflict in eastern Congo. But the rebels said they are ever ready to defend themselves from any aggression from any quarter.
Rene Abande is the spokesman for the rebels. From North Kivu province, he tells reporter Peter Clottey that General Nkunda is alive and well.
“It’s a mistake. He is alive and strong… he was working on other things so he did not have time to be answering to journalists’ calls. It does not mean someone is dead because he is decided to work on other things. So until now, he is looking at the long-term thinking about the future of the movement,” Abande noted.
He described the government’s threat to forcibly disarm the rebel group as a grave blunder.
“For us it’s a big mistake. The government can’t decide that the peaceful way of solving problems is ending. No. It’s a mistake and we held a press conference in which we said that, that was a mistake to the nation. There should still be a peaceful way to solve the conflict problem between men,” he said.
Abande said the rebel group is frustrated with the U.N. forces in the country.
""",
        "quotes": [
            ("indirect", "its leader, General Laurent Nkunda is dead",
             "denied", "the National Congress for the People’s Defense rebel group", "National Congress for the People’s Defense", "COD", "organisation"),
            ("indirect", "the speculation is a calculated attempt by President Joseph Kabila’s government to undermine the group’s unity of purpose",
             "say", "The rebels", "National Congress for the People’s Defense rebels", "COD", "nominal"),
            ("indirect", "is to protect the Tutsi minority in the country",
             "say", "they", "National Congress for the People’s Defense rebels", "COD", "pronoun"),
            ("indirect", "he has given up all hopes of a peaceful solution to the conflict in eastern Congo",
             "said", "the head of Congo’s military", "head of Congo’s military", "COD", "nominal"),
            ("indirect", "they are ever ready to defend themselves from any aggression from any quarter",
             "said", "the rebels", "National Congress for the People’s Defense rebels", "COD", "nominal"),
            ("indirect", "General Nkunda is alive and well",
             "tells", "he", "Rene Abande", "COD", "pronoun"),
            ("direct", "It’s a mistake. He is alive and strong<<>>the future of the movement",
             "noted", "Abande", "Rene Abande", "COD", "name"),
            ("direct", "For us it’s a big mistake.<<>>the conflict problem between men",
             "said", "he", "Rene Abande", "COD", "pronoun"),
            ("indirect", "the rebel group is frustrated with the U.N. forces in the country",
             "said", "Abande", "Rene Abande", "COD", "name"),
        ],
    },
]

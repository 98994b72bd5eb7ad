"""Source of the sealed quotes test set ``test20.jsonl`` (VOA news stories and VOA press pages, 2002-2019).

Annotated by helper sqq21 on 2026-12-07, before any system ran on these texts, for development
round 21. Texts are Voice of America pages (public domain) as the ``search`` tool's ``pages``
corpus stores them; page furniture removed (named in each ``note``). Build and check with
``python data/gold/check_quotes_test20.py build``.

Each quote is a tuple ``(kind, span, cue, speaker_text, speaker, speaker_country,
speaker_class[, after])``; a span is searched from the start of the previous quote (or after
the first occurrence of ``after``); ``"A<<>>B"`` spans from A to the next B.
"""

DOCS = [
    {
        "id": "t20-africa-presidents-bush-initiative-2005",
        "url": "https://www.insidevoa.com/a/a-13-34-2005-06-16-voa88/177948.html",
        "title": "African Presidents Express Support for Bush Africa Initiative",
        "published": "2005-06-16",
        "truncated": True,
        "note": "VOA press page (insidevoa.com). Removed: 'Accessibility links', 'Breaking News', title "
                "line, deck ('In VOA interviews, three African presidents discuss ...'), the closing "
                "link line 'The interviews can be found on VOA's website at' and the boilerplate "
                "paragraph on VOA, cut by the store ('The Voice of America, whi'). The page's "
                "spellings 'Kufor' (for Kufuor) and 'Tandja Mamadu' (Mamadou Tandja) and the stray "
                "space before a closing mark ('difficult, \"') are kept; names normalised in "
                "'speaker' only. 'encouraged all Africans ... to join' (directive) and 'identified X "
                "as Y' are no quotes.",
        "text": """
Washington, D.C., June 16, 2005 -- Three African presidents visiting Washington this week stressed strong support of U.S. President George W. Bush's initiative to promote democracy and economic development in Africa during a series of interviews with the Voice of America (VOA).
In television interviews with VOA's Africa Journal host Vincent Makori, President Hifikepunye Pohamba of Namibia and President John Kufuor of Ghana discussed the need to improve democracy and economic freedom and stability for the people of Africa. Other topics included the upcoming G-8 Summit, debt-cancellation, democracy-building, and increased U.S.-African trade.
President Pohamba of Namibia encouraged all Africans, particularly African leaders, to join in the fight for democracy. "Democracy is irreversible. Democracy is here to stay [in Namibia]," said Pohamba. "We have to work for democracy in our countries, and a democracy, in most cases, is expressed through elections, through the wishes of the people," he added.
Ghana President Kufor praised the recent G-8 finance ministers' decision to cancel billions in debt owed by the world's poorest nations, adding, "Every bit of aid counts towards reducing Africa's debt burden."
In a radio interview with VOA's Hausa Service on Wednesday, President Tandja Mamadu of Niger identified poverty, hunger, and bad politicians as the greatest threat to the development of viable democracy in Niger and most parts of Africa. "Developing a viable democracy in a poor country such as Niger where poverty and hunger are commonplace is often difficult, " he said. "We told President Bush that we need help in these areas if democracy is to have a foothold."
""",
        "quotes": [
            ("direct", "Democracy is irreversible. Democracy is here to stay [in Namibia]",
             "said", "Pohamba", "Hifikepunye Pohamba", "NAM", "name"),
            ("direct", "We have to work for democracy<<>>the wishes of the people",
             "added", "he", "Hifikepunye Pohamba", "NAM", "pronoun"),
            ("direct", "Every bit of aid counts towards reducing Africa's debt burden.",
             "adding", "Ghana President Kufor", "John Kufuor", "GHA", "name"),
            ("direct", "Developing a viable democracy in a poor country<<>>is often difficult",
             "said", "he", "Mamadou Tandja", "NER", "pronoun"),
            ("direct", "We told President Bush that we need help in these areas if democracy is to have a foothold.",
             None, "he", "Mamadou Tandja", "NER", "pronoun"),
        ],
    },
    {
        "id": "t20-africa-former-presidents-renaissance-2005",
        "url": "https://www.insidevoa.com/a/a-13-34-2005-09-23-voa59/177929.html",
        "title": "Former Leaders Meet at VOA to Discuss African 'Renaissance'",
        "published": "2005-09-23",
        "truncated": True,
        "note": "VOA press page (insidevoa.com). Removed: 'Accessibility links', 'Breaking News', title "
                "line, deck ('Discussion examined the continent's political, social, and economic "
                "progress'), the programme paragraph ('VOA has a wide audience in Africa ... "
                "www.VOANews.com/tvtoafrica', no reported speech) and the boilerplate paragraph on VOA "
                "cut by the store. 'Describing Africa as \"...\"' is a naming partial; 'expressed "
                "confidence that' is a noun complement (no indirect quote) but its quoted words are a "
                "partial; 'believe that' (cognition) is no quote.",
        "text": """
Washington, D.C., September 23, 2005 - Describing Africa as "a continent in quest for a better way," Antonio Manuel Mascarenhas Monteiro, the former president of Cape Verde, told the Voice of America (VOA) today that Africa is "making great efforts to foster its renaissance and to occupy the place that belongs to her in the world of the 21st century."
Monteiro and two other former African presidents participated in a panel discussion at VOA that examined the continent's political, social and economic progress.
Ketumile Masire, the former president of Botswana, discussed the progress made in Africa towards the peaceful resolution of conflicts. Masire said "it is very comforting" that there are fewer conflicts, adding, "it is also worrying that we haven't gotten rid of them all together, but we have cause to be hopeful."
Mahamane Ousmane, former president of Niger, agreed with the other former leaders, saying "great progress, of course, has been made" by African countries, but he cautioned, "But it is not enough -- Africa faces a great challenge for sustainable development."
The former presidents agreed that the process of democratization is still in an early phase in Africa, but believe that it will be internalized in the future. Masire expressed confidence that in the future, "democracy will become a part of us."
""",
        "quotes": [
            ("partial", "a continent in quest for a better way",
             "Describing", "Antonio Manuel Mascarenhas Monteiro", "Antonio Manuel Mascarenhas Monteiro", "CPV", "name"),
            ("indirect", "Africa is \"making great efforts<<>>21st century.\"",
             "told", "Antonio Manuel Mascarenhas Monteiro", "Antonio Manuel Mascarenhas Monteiro", "CPV", "name"),
            ("partial", "making great efforts to foster its renaissance and to occupy the place that belongs to her in the world of the 21st century",
             "told", "Antonio Manuel Mascarenhas Monteiro", "Antonio Manuel Mascarenhas Monteiro", "CPV", "name"),
            ("indirect", "\"it is very comforting\" that there are fewer conflicts",
             "said", "Masire", "Ketumile Masire", "BWA", "name"),
            ("partial", "it is very comforting",
             "said", "Masire", "Ketumile Masire", "BWA", "name"),
            ("direct", "it is also worrying<<>>cause to be hopeful.",
             "adding", "Masire", "Ketumile Masire", "BWA", "name"),
            ("indirect", "\"great progress, of course, has been made\" by African countries",
             "saying", "Mahamane Ousmane", "Mahamane Ousmane", "NER", "name"),
            ("partial", "great progress, of course, has been made",
             "saying", "Mahamane Ousmane", "Mahamane Ousmane", "NER", "name"),
            ("direct", "But it is not enough -- Africa faces a great challenge for sustainable development.",
             "cautioned", "he", "Mahamane Ousmane", "NER", "pronoun"),
            ("indirect", "the process of democratization is still in an early phase in Africa",
             "agreed", "The former presidents", "former presidents (Monteiro, Masire, Ousmane)", None, "nominal"),
            ("partial", "democracy will become a part of us",
             "expressed confidence", "Masire", "Ketumile Masire", "BWA", "name"),
        ],
    },
    {
        "id": "t20-somalia-mogadishu-crisis-2008",
        "url": "https://www.voanews.com/a/a-13-2008-03-28-voa39-66808772/255804.html",
        "title": "Somalia Humanitarian Crisis Worsens",
        "published": "2008-03-28",
        "truncated": True,
        "note": "VOA English to Africa Service report of an interview with VOA correspondent Alisha "
                "Ryu. Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store "
                "inside the last paragraph ('Ryu says humanitarian agencies tell of killings'); that "
                "incomplete sentence dropped. 'she compares her current visit ...' (noun phrase) is no "
                "quote. 'Ryu says X, where she says Y' has two reports: two indirect spans.",
        "text": """
While efforts continue to encourage peace and reconciliation efforts in Somalia, the violence goes on and the humanitarian crisis worsens. VOA correspondent Alisha Ryu is in the Somali capital, Mogadishu. Speaking to English to Africa Service reporter Joe De Capua, she compares her current visit to Mogadishu to those of the past.
“I would say the situation has become a lot worse. I was here about eight months ago and even then I felt that the situation was deteriorating quite a bit. This time I really get a sense of real hopelessness and people wondering if there’s ever going to be an end to all the problems that the city is facing. In addition to the humanitarian crisis, you have problems of insecurity. You have problems with people not having access to clean drinking water and hygiene. You have problems with the government that’s not functioning. So, there are multi-layers of trouble that need to be solved and I think that just people are overwhelmed by the magnitude of what they’re facing,” she says.
Ryu says the city is dangerous for Western journalists, especially the northern part of Mogadishu, where she says the insurgency is “raging.” She says Ethiopian troops have, in a sense, established a “green zone” in the southern part of the city to make it relatively safe for them. “The rest of the city is kind of a no go zone for a lot of us now,” she says.
The VOA correspondent visited a camp for the displaced in the town of Afgooye, some 20 kilometers north of Mogadishu, where many of the displaced city residents have gone. “When I was there about eight months ago, there were about 3,500 families…and there are now more than 9,000,” she says, an increase of about 60,000 people. In fact she says Afgooye has basically become part of Mogadishu because there are huts all along the road connecting the capital and town.
""",
        "quotes": [
            ("direct", "I would say the situation has become a lot worse.<<>>the magnitude of what they’re facing",
             "says", "she", "Alisha Ryu", "USA", "pronoun"),
            ("indirect", "the city is dangerous for Western journalists, especially the northern part of Mogadishu",
             "says", "Ryu", "Alisha Ryu", "USA", "name"),
            ("indirect", "the insurgency is “raging.”",
             "says", "she", "Alisha Ryu", "USA", "pronoun"),
            ("partial", "raging",
             "says", "she", "Alisha Ryu", "USA", "pronoun"),
            ("indirect", "Ethiopian troops have, in a sense, established a “green zone” in the southern part of the city to make it relatively safe for them",
             "says", "She", "Alisha Ryu", "USA", "pronoun"),
            ("partial", "green zone",
             "says", "She", "Alisha Ryu", "USA", "pronoun"),
            ("direct", "The rest of the city is kind of a no go zone for a lot of us now",
             "says", "she", "Alisha Ryu", "USA", "pronoun"),
            ("direct", "When I was there about eight months ago, there were about 3,500 families…and there are now more than 9,000",
             "says", "she", "Alisha Ryu", "USA", "pronoun"),
            ("indirect", "Afgooye has basically become part of Mogadishu because there are huts all along the road connecting the capital and town",
             "says", "she", "Alisha Ryu", "USA", "pronoun"),
        ],
    },
    {
        "id": "t20-zimbabwe-southafrica-reaction-2007",
        "url": "https://www.voanews.com/a/a-13-2007-03-19-voa28/337246.html",
        "title": "South Africans Closely Watching Neighboring Zimbabwe",
        "published": "2007-03-19",
        "truncated": True,
        "note": "VOA English to Africa Service report of an interview with VOA reporter Delia "
                "Robertson. Removed: 'Accessibility links', 'Breaking News', title line. Cut by the "
                "store inside the last quotation ('... communicate easily or openly about th'); the "
                "paragraph is kept to the last complete sentence inside the quotation, which is left "
                "unclosed and so runs to the end of its paragraph. 'she describes South African "
                "reaction' and 'criticized ... for not doing' are no quotes.",
        "text": """
South Africans are keeping a close watch on developments in neighboring Zimbabwe. The political crisis there has affected South Africa in a number of ways in recent years.
To find out more, VOA English to Africa Service reporter Joe De Capua spoke with VOA reporter Delia Robertson. From Johannesburg, she describes South African reaction to the current turmoil.
“You could say that the general reaction in South Africa is one of extreme dismay and concern and even outrage about the developments in Zimbabwe. South Africans are extremely concerned about what’s happening to the people of Zimbabwe. Also, what implications this might have for Zimbabwe’s future, which can have an impact on this country,” she says.
The effects of Zimbabwe’s crisis can be seen in South Africa. Robertson says, “I suppose the main impact has been the number of Zimbabweans who have fled to South Africa. Some give the number as high as three million…since 2000. Other than that, there’s a perception, although I think not quite as much now as it was a few years ago, that what happens in Zimbabwe may spill over into South Africa and that South Africans themselves would start demonstrating similar behaviors to those that are seen in Zimbabwe, political behaviors, that is. But I don’t think that is currently viewed as likely.”
In the past, opposition parties have criticized South African president Thabo Mbeki for not doing enough to help solve the Zimbabwe situation. Asked whether that criticism continues, the VOA reporter says, “That criticism still continues, not only from opposition parties in South Africa…it’s fairly widespread. Mr. Mbeki’s government tends to be very quiet when it becomes involved in matters affecting other countries.
""",
        "quotes": [
            ("direct", "You could say that the general reaction<<>>which can have an impact on this country",
             "says", "she", "Delia Robertson", "USA", "pronoun"),
            ("direct", "I suppose the main impact<<>>currently viewed as likely.",
             "says", "Robertson", "Delia Robertson", "USA", "name"),
            ("direct", "That criticism still continues<<>>matters affecting other countries",
             "says", "the VOA reporter", "Delia Robertson", "USA", "nominal"),
        ],
    },
    {
        "id": "t20-liberia-sirleaf-debt-africom-2007",
        "url": "https://insidevoa.com/amp/a-13-34-2007-10-25-voa65-111611784/178337.html",
        "title": "Liberian President Pushes for Multi-Lateral Debt Relief",
        "published": "2007-10-25",
        "truncated": True,
        "note": "VOA press page (AMP copy on insidevoa.com itself). Removed: title line, deck (it "
                "repeats the first sentence), the programme paragraph ('The interview will also appear "
                "on ... available online at', no reported speech) and the boilerplate paragraph on VOA "
                "cut by the store. 'Sirleaf recounted that President Bush told her ... that X' is "
                "annotated once, on the inner report (speaker Bush); 'reiterated her support for' is a "
                "noun phrase.",
        "text": """
Washington, D.C., October 25, 2007 - Liberian President Ellen Johnson Sirleaf told the Voice of America (VOA) yesterday that President Bush is committed to canceling Liberia's debt.
In an exclusive interview, the African leader said, "The debt we're really fighting with now is the multi-lateral debt, particularly the debt with the IMF." She continued, "Treasury Secretary (Henry) Paulson of the U.S. has been very firm in reiterating the fact that President Bush's commitment to resolve this debt problem is firm, it's unwavering, and that it may take a little bit longer than we anticipated, but it will get done."
President Sirleaf recounted that President Bush told her in their meeting yesterday that he would like Liberia to qualify for the Millennium Challenge Account. She observed that Liberia has already met seven of the 19 threshold indicators, which include measures of ruling justly, investing in people, and encouraging economic freedom.
In the interview broadcast on radio today, President Sirleaf reiterated her support for the U.S. military command known as AFRICOM, a position criticized by many other African leaders. "I think it has several advantages for the training of our troops to prepare us for interventions, since we must take primary responsibility for that," Sirleaf said.
""",
        "quotes": [
            ("indirect", "President Bush is committed to canceling Liberia's debt",
             "told", "Liberian President Ellen Johnson Sirleaf", "Ellen Johnson Sirleaf", "LBR", "name"),
            ("direct", "The debt we're really fighting with now is the multi-lateral debt, particularly the debt with the IMF.",
             "said", "the African leader", "Ellen Johnson Sirleaf", "LBR", "nominal"),
            ("direct", "Treasury Secretary (Henry) Paulson<<>>but it will get done.",
             "continued", "She", "Ellen Johnson Sirleaf", "LBR", "pronoun"),
            ("indirect", "he would like Liberia to qualify for the Millennium Challenge Account",
             "told", "President Bush", "Bush", "USA", "name"),
            ("indirect", "Liberia has already met seven of the 19 threshold indicators, which include measures of ruling justly, investing in people, and encouraging economic freedom",
             "observed", "She", "Ellen Johnson Sirleaf", "LBR", "pronoun"),
            ("direct", "I think it has several advantages<<>>primary responsibility for that",
             "said", "Sirleaf", "Ellen Johnson Sirleaf", "LBR", "name"),
        ],
    },
    {
        "id": "t20-liberia-sirleaf-us-aid-2007",
        "url": "https://www.insidevoa.com/a/a-13-34-2007-02-16-voa62-111615494/178474.html",
        "title": "Liberian President Tells VOA U.S. Aid Enhances Nation's Recovery",
        "published": "2007-02-16",
        "truncated": True,
        "note": "VOA press page (insidevoa.com). Removed: 'Accessibility links', 'Breaking News', title "
                "line, photo caption ('Liberian President speaks at February 16 press conference at "
                "VOA headquarters in Washington, DC'). Cut by the store inside the last paragraph "
                "('... and 200,000 we'); the incomplete sentence dropped. 'Specifically, she said, X' "
                "(adverb before the attribution): the span is the part after it. 'pointing out the "
                "impending exit ...' is a noun phrase; 'pledged to help' (infinitive) stays inside "
                "Sirleaf's clause.",
        "text": """
Washington, D.C., February 16, 2007 -- Liberian President Ellen Johnson Sirleaf says that the U.S. government is taking a "strong leadership" role in helping her country undergo a "renaissance" after nearly two decades of civil war and promised Liberians that they will see continued improvements in the second year of her administration.
At a news conference today at the Voice of America headquarters in the nation's capital, President Johnson Sirleaf said U.S. officials pledged to help relieve Liberia's massive international debt, rebuild its economy, and strengthen its security.
The Liberian President, inaugurated a year ago as the first woman head of state democratically-elected in Africa, held a two-day series of meetings with President Bush, Secretary of State Condoleezza Rice, Treasury Secretary Henry Paulson, House Speaker Nancy Pelosi, and other top U.S. officials.
Specifically, she said, the Bush Administration has agreed to cancel a bilateral debt of more than 390 million dollars, and with other countries, including Germany and the United Kingdom, "assist in the settlement of $3.7 billion dollars" in international debt. She noted that the U-S government continues to provide Liberia with 100 million dollars in aid annually.
Ms. Johnson Sirleaf said she has also won assurances from the Bush Administration to help improve the nation's security forces, pointing out the impending exit of 13,000 United Nations peace-keeping forces and her concern that current strife in neighboring Guinea might escalate and spill over into her country.
Liberia is just beginning to recover from nearly 20 years of civil war, which lasted from 1989 to 2003 and virtually destroyed the nation's economy and infrastructure.
""",
        "quotes": [
            ("indirect", "the U.S. government is taking a \"strong leadership\" role<<>>after nearly two decades of civil war",
             "says", "Liberian President Ellen Johnson Sirleaf", "Ellen Johnson Sirleaf", "LBR", "name"),
            ("partial", "strong leadership",
             "says", "Liberian President Ellen Johnson Sirleaf", "Ellen Johnson Sirleaf", "LBR", "name"),
            ("partial", "renaissance",
             "says", "Liberian President Ellen Johnson Sirleaf", "Ellen Johnson Sirleaf", "LBR", "name"),
            ("indirect", "they will see continued improvements in the second year of her administration",
             "promised", "Liberian President Ellen Johnson Sirleaf", "Ellen Johnson Sirleaf", "LBR", "name"),
            ("indirect", "U.S. officials pledged to help relieve Liberia's massive international debt, rebuild its economy, and strengthen its security",
             "said", "President Johnson Sirleaf", "Ellen Johnson Sirleaf", "LBR", "name"),
            ("indirect", "the Bush Administration has agreed to cancel<<>>\" in international debt",
             "said", "she", "Ellen Johnson Sirleaf", "LBR", "pronoun"),
            ("partial", "assist in the settlement of $3.7 billion dollars",
             "said", "she", "Ellen Johnson Sirleaf", "LBR", "pronoun"),
            ("indirect", "the U-S government continues to provide Liberia with 100 million dollars in aid annually",
             "noted", "She", "Ellen Johnson Sirleaf", "LBR", "pronoun"),
            ("indirect", "she has also won assurances from the Bush Administration to help improve the nation's security forces",
             "said", "Ms. Johnson Sirleaf", "Ellen Johnson Sirleaf", "LBR", "name"),
        ],
    },
    {
        "id": "t20-ethiopia-meles-eritrea-war-2007",
        "url": "https://www.voanews.com/a/a-13-2007-11-27-voa60/346924.html",
        "title": "PM Meles: Ethiopia Prepared for War, Wants Peace With Eritrea",
        "published": "2007-11-27",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the last paragraph ('Nearly a year later, Mr. Meles admits that his hopes of'); that "
                "paragraph dropped. 'As VOA's Peter Heinlein reports ..., Mr. Meles also acknowledged "
                "that X' is annotated once, on the inner report. 'accused Ethiopia of plotting' and "
                "'urged both countries to show restraint' are no quotes.",
        "text": """
Ethiopia's Prime Minister Meles Zenawi says his country is prepared for a possible war with neighboring Eritrea, and warned that an invasion by Eritrea would lead to that country's destruction. His comments came three days before a deadline for demarcating their common border. As VOA's Peter Heinlein reports from Addis Ababa, Mr. Meles also acknowledged that Ethiopia is bogged down in another conflict in Somalia.
Speaking in parliament, the Ethiopian leader fired another salvo in the verbal battle with Eritrea over their disputed border. The two sides have been trading barbs and flexing military muscles in the weeks before a boundary commission appointed to settle the dispute is set to go out of existence.
The boundary commission was formed after the Horn of Africa rivals fought a border war that killed 70,000 people in the late 1990s. Three days before the commission's mandate is to expire, Mr. Meles said Ethiopia has no plans to resume the fighting, and wants a negotiated settlement. But, speaking in Amharic, he suggested that if war breaks out, Ethiopian troops would take the fight all the way to the Eritrean capital, Asmara.
He said if Eritrea invades, Ethiopia would have to take action to make sure there is no third war.
Mr. Meles said Ethiopia has boosted its defense budget to nearly $390 million per year in preparation for an Eritrean invasion. Eritrea, for its part, has repeatedly accused Ethiopia of plotting to attack.
The United States and the United Nations have urged both countries to show restraint ahead of the November 30 deadline.
Prime Minister Meles's harsh words contrasted sharply with his gloomy assessment of Ethiopia's involvement in another neighbor, Somalia. Ethiopia sent thousands of troops to help Somalia's transitional government oust Islamic extremists from Mogadishu last December.
""",
        "quotes": [
            ("indirect", "his country is prepared for a possible war with neighboring Eritrea",
             "says", "Ethiopia's Prime Minister Meles Zenawi", "Meles Zenawi", "ETH", "name"),
            ("indirect", "an invasion by Eritrea would lead to that country's destruction",
             "warned", "Ethiopia's Prime Minister Meles Zenawi", "Meles Zenawi", "ETH", "name"),
            ("indirect", "Ethiopia is bogged down in another conflict in Somalia",
             "acknowledged", "Mr. Meles", "Meles Zenawi", "ETH", "name"),
            ("indirect", "Ethiopia has no plans to resume the fighting, and wants a negotiated settlement",
             "said", "Mr. Meles", "Meles Zenawi", "ETH", "name"),
            ("indirect", "if war breaks out, Ethiopian troops would take the fight all the way to the Eritrean capital, Asmara",
             "suggested", "he", "Meles Zenawi", "ETH", "pronoun"),
            ("indirect", "if Eritrea invades, Ethiopia would have to take action to make sure there is no third war",
             "said", "He", "Meles Zenawi", "ETH", "pronoun"),
            ("indirect", "Ethiopia has boosted its defense budget to nearly $390 million per year in preparation for an Eritrean invasion",
             "said", "Mr. Meles", "Meles Zenawi", "ETH", "name"),
        ],
    },
    {
        "id": "t20-iran-bush-pnn-reformers-2008",
        "url": "https://www.insidevoa.com/a/a-13-34-2008-03-20-voa71-111608249/178126.html",
        "title": "President Bush Tells VOA He Supports Iranian Reformers, Iranian Civilian Nuclear Program",
        "published": "2008-03-20",
        "truncated": True,
        "note": "VOA press page (insidevoa.com). Removed: 'Accessibility links', 'Breaking News', title "
                "line, deck ('In PNN interview, the president sends message ...'), an HTML comment "
                "'<!-- IMAGE -->'. Cut by the store inside a quotation in the next paragraph ('While "
                "speaking to VOA, President Bush delivered a special message ... We have differences "
                "with the government but we'); that paragraph dropped. The quotation standing alone "
                "after 'President Bush discussed ...' has cue null. 'took note that X' is an indirect "
                "quote; 'expressed his support for' and 'calling on them to suspend' are no quotes.",
        "text": """
Washington, D.C., March 20, 2008 – President George Bush expressed his support for both Iranian reformers and a civilian nuclear-energy program for Iran powered by reactor fuel from Russia.
In an exclusive interview with the Voice of America’s (VOA) Persian News Network (PNN) that was broadcast by satellite Thursday to Iran, the president said, "My thought is that the reformers inside Iran are brave people, they've got no better friend than George W. Bush, and I ask for God's blessings on them on their very important work. And secondly, that I would do nothing to undermine their efforts."
During his interview with VOA’s PNN reporter Setareh Derakhsheh, President Bush discussed allowing Iran to proceed with non-military nuclear energy research while calling on them to suspend the enrichment of uranium. “I believe in civilian nuclear power. Iran is a sovereign country and they should have it. The problem is we just don’t trust the government because they haven’t been forthcoming about their enrichment of fuels to go into the reactor. Therefore Russia’s offer to provide fuel on a contractual basis, and provide fuel on a consistent basis, would help solve the problem.”
President Bush expressed concern for the economic problems faced by the Iranian people but took note that the difficulties were a result of mismanagement by the government and isolation from the world community based on the country’s foreign policy.
""",
        "quotes": [
            ("direct", "My thought is that the reformers inside Iran are brave people<<>>nothing to undermine their efforts.",
             "said", "the president", "George W. Bush", "USA", "nominal"),
            ("direct", "I believe in civilian nuclear power.<<>>would help solve the problem.",
             None, "President Bush", "George W. Bush", "USA", "name"),
            ("indirect", "the difficulties were a result of mismanagement by the government and isolation from the world community based on the country’s foreign policy",
             "took note", "President Bush", "George W. Bush", "USA", "name"),
        ],
    },
    {
        "id": "t20-iran-burns-pnn-militants-2008",
        "url": "https://www.insidevoa.com/a/a-13-34-2008-02-12-voa19-111607104/178027.html",
        "title": "U.S. Ambassador Nicholas Burns Speaks to VOA about Iran",
        "published": "2008-02-12",
        "truncated": True,
        "note": "VOA press page (insidevoa.com). Removed: 'Accessibility links', 'Breaking News', title "
                "line, deck ('Burns spoke to VOA's Persian News Network about ...'), the closing link "
                "sentence ('The entire interview will be available later today on PNN's website at "
                "www.VOANews.com/Persian.') and the next paragraph, cut by the store ('VOA has the "
                "largest combined radio and television audie'). That-clauses wholly in quotation marks "
                "('commented that \"It's extraordinary ...\"', 'adding that \"the U.S. wants ...\"') are "
                "annotated once, as partials. 'the U.S. hopes \"...\"' (a wish of the government) stays "
                "inside Burns's indirect clause.",
        "text": """
Washington, D.C., February 12, 2008 - In an exclusive interview yesterday, Ambassador Nicholas Burns, U.S. Undersecretary of State for Political Affairs, spoke to Voice of America's (VOA) Persian News Network (PNN) about Iranian government assistance to the Shia militants in Iraq.
When asked about the fourth round of negotiations to be held next week in Baghdad he commented, "We've been disappointed that the Iranian government has not diminished and stopped altogether its support, through material and arms, for the Shia militants in Iraq and especially the explosive technologies that have been very destructive to human life, including those of American soldiers and Iraqi soldiers."
Regarding Iranian President Mahmoud Ahmadinejad's stance toward Israel, Ambassador Burns commented that "It's extraordinary that in this day and age in the year 2008 that the president of an important country in the Middle East, President Ahmadinejad, would resort to such irresponsible and vicious public statements about another country." He added that of the 192 member countries of the United Nations, Iran is the only country that does not recognize Israel's right to exist.
On the topic of Iran's nuclear ambitions, Ambassador Burns addressed the ongoing difficulty in bringing Iran to the negotiating table saying, "It is the Iranian government that has rejected the possibility of negotiations," adding that "the U.S. wants to achieve a diplomatic solution to the problems caused by Iran."
The ambassador concluded the interview by saying the U.S. hopes "Iran can find its way to peace and find its way to democracy and a democratic government."
""",
        "quotes": [
            ("direct", "We've been disappointed<<>>American soldiers and Iraqi soldiers.",
             "commented", "he", "Nicholas Burns", "USA", "pronoun"),
            ("partial", "It's extraordinary that<<>>public statements about another country",
             "commented", "Ambassador Burns", "Nicholas Burns", "USA", "name"),
            ("indirect", "of the 192 member countries of the United Nations, Iran is the only country that does not recognize Israel's right to exist",
             "added", "He", "Nicholas Burns", "USA", "pronoun"),
            ("direct", "It is the Iranian government that has rejected the possibility of negotiations",
             "saying", "Ambassador Burns", "Nicholas Burns", "USA", "name"),
            ("partial", "the U.S. wants to achieve a diplomatic solution to the problems caused by Iran",
             "adding", "Ambassador Burns", "Nicholas Burns", "USA", "name"),
            ("indirect", "the U.S. hopes \"Iran can find its way to peace and find its way to democracy and a democratic government.\"",
             "saying", "The ambassador", "Nicholas Burns", "USA", "nominal"),
            ("partial", "Iran can find its way to peace and find its way to democracy and a democratic government",
             "saying", "The ambassador", "Nicholas Burns", "USA", "nominal"),
        ],
    },
    {
        "id": "t20-lebanon-siniora-ceasefire-2006",
        "url": "https://www.voanews.com/a/a-13-2006-07-23-voa30/398649.html",
        "title": "Lebanese Prime Minister Calls for Immediate Ceasefire",
        "published": "2006-07-23",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the last paragraph ('But he wouldn't say how much longer the Israeli bombing wou'); "
                "that sentence dropped. Programme titles in quotation marks ('\"Late Edition\"', "
                "'\"Face the Nation\"') are not quotes; reports inside direct quotations ('They said "
                "they want to break the neck of Hezbollah') are not annotated separately; 'blamed Syria "
                "for not doing enough' is no quote.",
        "text": """
Lebanese Prime Minister Fouad Siniora says Israeli bombing of Hezbollah targets in Lebanon is forcing his country to its knees. In a television interview, the Lebanese leader said the first crucial step toward any comprehensive solution to the Middle East crisis is an immediate ceasefire.
Nearly two weeks of intense shelling between Israel and the Hezbollah militant group in Lebanon has led to the deaths of more than 350 Lebanese and more than 35 Israelis.
Lebanese Prime Minister Siniora spoke out strongly against Israel's military actions, saying it is the Lebanese people who are suffering. "They said they want to break the neck of Hezbollah. In fact, they are breaking the neck of the Lebanese. They are putting the whole country to its knees," he said.
The Lebanese prime minister told CNN's "Late Edition" program that he feels at root, the latest dispute can be traced to the Shebaa Farms, a disputed territory on the border with Israel, Lebanon and Syria. "What is the problem? The problem is the occupied territories in the Shebaa Farms. And once we really address this issue, then everything else will start to really get the solution for it," he said.
Speaking on the CBS television program "Face the Nation," Israeli Ambassador to the United States, Daniel Ayalon, blamed Syria for not doing enough to rein in the activities of Hezbollah. He added that there are several conditions Israel wants met before it will agree to observe a ceasefire. "If they want a ceasefire, they would just bring about the safe release, unconditionally, of our two soldiers, which are hostages, and they would bring about stopping all the shelling of Hezbollah, and they would stop shipping all this armaments to Hezbollah," he said.
He said Israel believes it has killed hundreds of Hezbollah militants and destroyed much of the group's arsenal.
""",
        "quotes": [
            ("indirect", "Israeli bombing of Hezbollah targets in Lebanon is forcing his country to its knees",
             "says", "Lebanese Prime Minister Fouad Siniora", "Fouad Siniora", "LBN", "name"),
            ("indirect", "the first crucial step toward any comprehensive solution to the Middle East crisis is an immediate ceasefire",
             "said", "the Lebanese leader", "Fouad Siniora", "LBN", "nominal"),
            ("indirect", "it is the Lebanese people who are suffering",
             "saying", "Lebanese Prime Minister Siniora", "Fouad Siniora", "LBN", "name"),
            ("direct", "They said they want to break the neck of Hezbollah.<<>>putting the whole country to its knees",
             "said", "he", "Fouad Siniora", "LBN", "pronoun"),
            ("indirect", "he feels at root, the latest dispute can be traced to the Shebaa Farms, a disputed territory on the border with Israel, Lebanon and Syria",
             "told", "The Lebanese prime minister", "Fouad Siniora", "LBN", "nominal"),
            ("direct", "What is the problem?<<>>get the solution for it",
             "said", "he", "Fouad Siniora", "LBN", "pronoun"),
            ("indirect", "there are several conditions Israel wants met before it will agree to observe a ceasefire",
             "added", "He", "Daniel Ayalon", "ISR", "pronoun"),
            ("direct", "If they want a ceasefire<<>>shipping all this armaments to Hezbollah",
             "said", "he", "Daniel Ayalon", "ISR", "pronoun"),
            ("indirect", "Israel believes it has killed hundreds of Hezbollah militants and destroyed much of the group's arsenal",
             "said", "He", "Daniel Ayalon", "ISR", "pronoun"),
        ],
    },
    {
        "id": "t20-lebanon-nasrallah-cabinet-2006",
        "url": "https://www.voanews.com/a/a-13-2006-11-14-voa30/324007.html",
        "title": "Hezbollah Leader Repeats Call for End of Siniora Government in Lebanon",
        "published": "2006-11-14",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, 'XS SM MD LG'. Whole as "
                "stored. The page's stray comma ('the Siniora government, has') is kept. 'called for "
                "the end of the government' and 'has implicated Syrian officials' are no quotes; "
                "'he would pursue ..., but that demands ... are unacceptable' (coordinated with 'but "
                "that') stays one span.",
        "text": """
The leader of the Shi'ite militant group Hezbollah has again called for the end of the government of Lebanese Prime Minister Fuad Siniora.
In comments published Tuesday, in the As-Safir newspaper, Hassan Nasrallah said the Siniora government, has "zero" credibility, and a new government will soon replace it.
Monday, the Lebanese government approved a United Nations plan for an international court to try suspects in the assassination of former Prime Minister Rafik Hariri.
The approval of the U.N. plan came despite the resignation of six pro-Syrian ministers.
An ongoing U.N. inquiry has implicated Syrian officials in last year's truck bombing in Beirut that killed Hariri.
Prime Minister Siniora told the Reuters news agency that he would pursue political dialogue, but that demands by Hezbollah for more than a third of the cabinet seats are unacceptable.
Mr. Siniora said giving Hezbollah more than a third of the seats would allow the group to paralyze cabinet meetings and give the group the ability to topple the government.
Some information for this report was provided by AFP, AP and Reuters.
""",
        "quotes": [
            ("indirect", "the Siniora government, has \"zero\" credibility, and a new government will soon replace it",
             "said", "Hassan Nasrallah", "Hassan Nasrallah", "LBN", "name"),
            ("partial", "zero",
             "said", "Hassan Nasrallah", "Hassan Nasrallah", "LBN", "name"),
            ("indirect", "he would pursue political dialogue, but that demands by Hezbollah for more than a third of the cabinet seats are unacceptable",
             "told", "Prime Minister Siniora", "Fuad Siniora", "LBN", "name"),
            ("indirect", "giving Hezbollah more than a third of the seats would allow the group to paralyze cabinet meetings and give the group the ability to topple the government",
             "said", "Mr. Siniora", "Fuad Siniora", "LBN", "name"),
        ],
    },
    {
        "id": "t20-iran-iaea-parchin-talks-2013",
        "url": "http://www.voanews.com/articleprintview/1661621.html",
        "title": "IAEA: No Breakthrough in Iran Nuclear Talks",
        "published": None,
        "truncated": True,
        "note": "Print view of a voanews.com story. Removed: 'Accessibility links', 'Breaking News', "
                "title line; extra blank lines (paragraph breaks only). Cut by the store inside the "
                "last paragraph ('... a trading company based in'); that paragraph dropped. published "
                "null: the content (talks 'in early April', a vote on June 14 for Ahmadinejad's "
                "successor) dates it to May 2013, the day is not given. 'demanded they recognize ...' "
                "(finite mandative clause) is an indirect quote; 'is concerned about' and 'are pushing "
                "for Iran to stop' are not.",
        "text": """
A senior United Nations official says talks between the U.N. nuclear watchdog and Iran about Tehran's nuclear program failed to reach an agreement and no date has been set for more meetings.
The International Atomic Energy Agency's top nuclear inspector, Herman Nackaerts, said Wednesday he and his team had intensive discussions but "could not finalize the structured approach under negotiation for a year and a half."
The talks in Vienna were the 10th held by the U.N. nuclear agency since the beginning of last year with Iranian officials, as its investigators continue to seek access to Iran's nuclear facilities and documents.
The IAEA is concerned about Iran's potential development of nuclear weapons, and wants to visit facilities such as the Parchin military site to resolve questions about the program.
Iran insists Parchin is a standard military facility and that its nuclear program has only peaceful purposes.
Meanwhile, in Istanbul, Iran's top nuclear negotiator, Saeed Jalili, is also holding talks with European Union policy chief Catherine Ashton.
Their meeting follows a failed round of negotiations in early April with a group of world powers that includes the five permanent members of the U.N. Security Council, plus Germany.
Those nations are pushing for Iran to stop some of its uranium enrichment activity, while Iran has demanded they recognize its right to enrich uranium.
The U.N. Security Council has passed multiple rounds of sanctions against Iran related to its nuclear program. The United States and other Western nations have enacted their own sanctions, included targeting Iran's key oil exports.
Analysts and diplomats say any movement in the decade-old standoff will probably have to wait until after Iranians vote on June 14 for a successor to President Mahmoud Ahmadinejad.
""",
        "quotes": [
            ("indirect", "talks between the U.N. nuclear watchdog and Iran about Tehran's nuclear program failed to reach an agreement and no date has been set for more meetings",
             "says", "A senior United Nations official", "Herman Nackaerts", "UNO", "nominal"),
            ("indirect", "he and his team had intensive discussions but \"could not finalize the structured approach under negotiation for a year and a half.\"",
             "said", "Herman Nackaerts", "Herman Nackaerts", "UNO", "name"),
            ("partial", "could not finalize the structured approach under negotiation for a year and a half",
             "said", "Herman Nackaerts", "Herman Nackaerts", "UNO", "name"),
            ("indirect", "Parchin is a standard military facility and that its nuclear program has only peaceful purposes",
             "insists", "Iran", "Iran", "IRN", "organisation"),
            ("indirect", "they recognize its right to enrich uranium",
             "demanded", "Iran", "Iran", "IRN", "organisation"),
            ("indirect", "any movement in the decade-old standoff will probably have to wait until after Iranians vote on June 14 for a successor to President Mahmoud Ahmadinejad",
             "say", "Analysts and diplomats", "analysts and diplomats", None, "nominal"),
        ],
    },
    {
        "id": "t20-iraq-talabani-strategic-agreement-2008",
        "url": "https://www.insidevoa.com/a/a-13-34-2008-06-27-iraqi-president-111610264/178246.html",
        "title": "VOA Interviews Iraqi President",
        "published": "2008-06-27",
        "truncated": True,
        "note": "VOA press page (insidevoa.com). Removed: 'Accessibility links', 'Breaking News', title "
                "line, deck ('Talabani assures neighboring countries ...'), the service paragraph "
                "('VOA's Kurdish Service broadcasts ...', no reported speech) and the boilerplate "
                "paragraph on VOA cut by the store. 'He added: \"...\"' is a colon attribution with a "
                "verb. 'He also hoped that ...' (a verb of wishing) and 'called for a long-term "
                "strategic agreement' are not annotated.",
        "text": """
Washington, D.C., June 27, 2008 – Iraqi President Jalal Talabani, in an exclusive interview with the Voice of America (VOA), assured Iraq's neighbors that the forthcoming long-term strategic agreement between his country and the United States would not pose a threat for them.
"Iraq is in its springtime because our relations have never been as good as it is today with other countries," said President Talabani.
He also hoped that all Iraqi groups would understand the importance of the strategic agreement with the United States.
On Iraq's relations with neighboring Turkey, the President told VOA the Turkish Prime Minister will visit Baghdad and there will be an accord between the two countries regarding bilateral relations. He added: "Currently, Iraqi Kurds and Turkey have good relations following several meetings in Baghdad, Kurdistan and London."
President Talabani's remarks follow a meeting with President Bush Wednesday where both leaders called for a long-term strategic agreement between Iraq and the United States. The Senate also passed a $162 billion bill Thursday that will continue to finance operations in Iraq and Afghanistan through the end of the Bush administration.
""",
        "quotes": [
            ("indirect", "the forthcoming long-term strategic agreement between his country and the United States would not pose a threat for them",
             "assured", "Iraqi President Jalal Talabani", "Jalal Talabani", "IRQ", "name"),
            ("direct", "Iraq is in its springtime because our relations have never been as good as it is today with other countries",
             "said", "President Talabani", "Jalal Talabani", "IRQ", "name"),
            ("indirect", "the Turkish Prime Minister will visit Baghdad and there will be an accord between the two countries regarding bilateral relations",
             "told", "the President", "Jalal Talabani", "IRQ", "nominal"),
            ("direct", "Currently, Iraqi Kurds and Turkey have good relations following several meetings in Baghdad, Kurdistan and London.",
             "added", "He", "Jalal Talabani", "IRQ", "pronoun"),
        ],
    },
    {
        "id": "t20-pakistan-bhutto-interpol-2006",
        "url": "https://www.voanews.com/a/a-13-2006-01-26-voa95/399752.html",
        "title": "Bhutto Dismisses Interpol Notice as Politically Motivated",
        "published": "2006-01-26",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, deck ('Pakistan's former "
                "prime minister has rejected the issuance of an Interpol notice against her, calling it "
                "a political maneuver ...'). Cut by the store inside the last paragraph ('Zardari was "
                "jailed ... and was relea'); that paragraph dropped. 'dismissed X as Y', 'has pledged "
                "to arrest' and 'reiterated her statement of last year that X' (noun complement) are "
                "no quotes. 'However, the spokesman said, X' (adverb stub): the span is the part after "
                "the attribution.",
        "text": """
Former Pakistani Prime Minister Benazir Bhutto dismissed Interpol's so-called red notices as part of a political campaign against her by President Pervez Musharraf.
"My husband and I have faced these scurrilous, baseless, malicious, and politically motivated charges for the past nine years," she said. "And by the grace of God, there's not a single conviction against either my husband or myself for fraud or for corruption."
The government has pledged to arrest Bhutto if she returned to Pakistan. Bhutto Thursday reiterated her statement of last year that she was ready to immediately go back to Pakistan to face any charges.
"As far as I'm concerned, if any court wants me in Pakistan, I'm prepared to catch the next plane and go to Pakistan," she said. "So it is not an issue of my evading presence in a court. But no court in Pakistan to my knowledge has asked me to present. And I believe that Interpol has not been given the correct facts by the military regime in Pakistan."
Bhutto served two separate terms as prime minister in the 1990s. She was ousted in 1996, and left Pakistan in 1999 amid a string of corruption charges. She has not been back since.
Interpol, the international police agency, issued the notices against Bhutto and husband Asif Ali Zardari. An Interpol spokesman said the red notices are not arrest warrants, as is commonly thought. However, the spokesman said, many of Interpol's member countries consider a Red Notice a valid request for provisional arrest, especially if they are linked to the requesting country via a bilateral extradition treaty.
""",
        "quotes": [
            ("direct", "My husband and I have faced these scurrilous, baseless, malicious, and politically motivated charges for the past nine years",
             "said", "she", "Benazir Bhutto", "PAK", "pronoun"),
            ("direct", "And by the grace of God, there's not a single conviction against either my husband or myself for fraud or for corruption.",
             None, "she", "Benazir Bhutto", "PAK", "pronoun"),
            ("direct", "As far as I'm concerned, if any court wants me in Pakistan, I'm prepared to catch the next plane and go to Pakistan",
             "said", "she", "Benazir Bhutto", "PAK", "pronoun"),
            ("direct", "So it is not an issue of my evading presence in a court.<<>>by the military regime in Pakistan.",
             None, "she", "Benazir Bhutto", "PAK", "pronoun"),
            ("indirect", "the red notices are not arrest warrants, as is commonly thought",
             "said", "An Interpol spokesman", "Interpol spokesman", "IGO", "nominal"),
            ("indirect", "many of Interpol's member countries consider a Red Notice a valid request for provisional arrest, especially if they are linked to the requesting country via a bilateral extradition treaty",
             "said", "the spokesman", "Interpol spokesman", "IGO", "nominal"),
        ],
    },
    {
        "id": "t20-pakistan-bhutto-terrorism-nuclear-2005",
        "url": "https://www.insidevoa.com/a/a-13-34-2005-03-03-voa74/177862.html",
        "title": "Bhutto Says Coordinated International Efforts Needed to Counter Terrorism",
        "published": "2005-03-03",
        "truncated": True,
        "note": "VOA press page (insidevoa.com). Removed: 'Accessibility links', 'Breaking News', title "
                "line, deck ('Democracies, she said, must be established as an alternative to counter "
                "terrorism.'). Cut by the store inside the next paragraph ('VOA's Urdu-language "
                "service, Radio Aap ki Dunyaa, ... It'), a paragraph about VOA's programme with no "
                "reported speech; dropped. A different event from the 2006 Bhutto story of this set. "
                "Reports inside direct quotations ('as President Bush himself said that ...', 'I was "
                "told ...') are not annotated separately.",
        "text": """
Washington, D.C., March 3, 2005 - Benazir Bhutto, the former Prime Minister of Pakistan, told the Voice of America (VOA) that coordinated international efforts are needed to eliminate terrorism.
"It is a fact that the elements of Al Qaida can regroup as the Taleban did after 2001 and start attacking inside Afghanistan," she said. "Freedom and democracy are their [Al Qaida's] enemies," she added, noting that democracies must be established as an alternative to counter terrorism.
The former Prime Minister made her comments during exclusive interviews in Urdu and English at the Voice of America Wednesday afternoon. Talking about Iran's nuclear ambitions in today's world, she said, "Pakistan is close to both the United States and Iran; it can informally play a role in clearing the misunderstandings and avert the war, as President Bush himself said that no decision has been made for war."
Ms. Bhutto told VOA that Pakistan had a nuclear capability when she came into office in 1988, but she stressed that the Pakistani government did not assemble the nuclear components until India set off several tests in 1998.
"When I became Prime Minister, I was told we had not put together the bomb. We had the components of the bomb," she said. "And although we had the components of a nuclear weapon, we took the conscious decision not to put together a nuclear weapon, which is why when India detonated it took us some time to put together the weapon and actually have our own tests." She said that Pakistan's nuclear program was developed in response to India's own nuclear ambition.
""",
        "quotes": [
            ("indirect", "coordinated international efforts are needed to eliminate terrorism",
             "told", "Benazir Bhutto", "Benazir Bhutto", "PAK", "name"),
            ("direct", "It is a fact that the elements of Al Qaida can regroup as the Taleban did after 2001 and start attacking inside Afghanistan",
             "said", "she", "Benazir Bhutto", "PAK", "pronoun"),
            ("direct", "Freedom and democracy are their [Al Qaida's] enemies",
             "added", "she", "Benazir Bhutto", "PAK", "pronoun"),
            ("indirect", "democracies must be established as an alternative to counter terrorism",
             "noting", "she", "Benazir Bhutto", "PAK", "pronoun"),
            ("direct", "Pakistan is close to both the United States and Iran<<>>no decision has been made for war.",
             "said", "she", "Benazir Bhutto", "PAK", "pronoun"),
            ("indirect", "Pakistan had a nuclear capability when she came into office in 1988",
             "told", "Ms. Bhutto", "Benazir Bhutto", "PAK", "name"),
            ("indirect", "the Pakistani government did not assemble the nuclear components until India set off several tests in 1998",
             "stressed", "she", "Benazir Bhutto", "PAK", "pronoun"),
            ("direct", "When I became Prime Minister, I was told we had not put together the bomb. We had the components of the bomb",
             "said", "she", "Benazir Bhutto", "PAK", "pronoun"),
            ("direct", "And although we had the components of a nuclear weapon<<>>actually have our own tests.",
             None, "she", "Benazir Bhutto", "PAK", "pronoun"),
            ("indirect", "Pakistan's nuclear program was developed in response to India's own nuclear ambition",
             "said", "She", "Benazir Bhutto", "PAK", "pronoun"),
        ],
    },
    {
        "id": "t20-nepal-king-takeover-maoists-2005",
        "url": "https://www.voanews.com/a/a-13-2005-02-03-voa25-67380002/274711.html",
        "title": "Nepal's King Demands Maoist Rebels Return to Peace Talks",
        "published": "2005-02-03",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', 'News', title line. Cut by the store "
                "inside the last paragraph ('There are protests here and there like at the u'); that "
                "sentence dropped. The page calls Dan Bahadur Shahi 'Nepal's Prime Minister' (he was "
                "the king's home minister); kept as written. Relative reported speech ('which he says "
                "will restore democracy within three years') is annotated from the verb of the relative "
                "clause. 'blamed that government for failing', 'fear the current situation will ...' "
                "(verb of fearing) and 'calling for democratic reform' are no quotes.",
        "text": """
His first day on the job, Nepal's Prime Minister Dan Bahadur Shahi says the Maoist rebels need to join peace talks or the newly appointed government may take "other steps" against them. He did not elaborate.
King Gyanendra took full control of the government Tuesday, declaring a state of emergency, arresting political opponents, shutting down free media, and deploying troops to the streets of the capital. Communications to Kathmandu have also been cut off.
The king blamed that government for failing to end the Maoist insurgency. He appointed a new cabinet under his leadership, which he says will restore democracy within three years.
Human-rights workers fear the current situation will result in a further crackdown on civil rights.
"I think he [the king] will launch military attack on everybody - and of course the pretext will be that he is fighting with the Maoists," said Basil Fernando, the executive director of the Asian Human Rights Commission.
Nepal's government has been virtually paralyzed for months, as a three-way power struggle between the king, political party leaders, and Maoist insurgents dragged on.
The Maoists have been fighting to overthrow the monarchy since 1996. Peace talks between them and the government collapsed in 2001. The group loosely models its movement on the teachings of the late Chinese communist leader Mao Zedong.
The rebels declared a three-day nationwide strike on Thursday. But with no communications in the capital and no free media, few people were aware of the call.
Last year, Nepal's political turmoil spilled into the streets of the capital with months of at times violent protests by students and activists calling for democratic reform. Mr. Fernando says there will likely be another explosion of anger at the king's takeover.
"At the moment the people are very confused," he said.
""",
        "quotes": [
            ("indirect", "the Maoist rebels need to join peace talks or the newly appointed government may take \"other steps\" against them",
             "says", "Nepal's Prime Minister Dan Bahadur Shahi", "Dan Bahadur Shahi", "NPL", "name"),
            ("partial", "other steps",
             "says", "Nepal's Prime Minister Dan Bahadur Shahi", "Dan Bahadur Shahi", "NPL", "name"),
            ("indirect", "will restore democracy within three years",
             "says", "he", "King Gyanendra", "NPL", "pronoun"),
            ("direct", "I think he [the king] will launch military attack on everybody - and of course the pretext will be that he is fighting with the Maoists",
             "said", "Basil Fernando", "Basil Fernando", "NGO", "name"),
            ("indirect", "there will likely be another explosion of anger at the king's takeover",
             "says", "Mr. Fernando", "Basil Fernando", "NGO", "name"),
            ("direct", "At the moment the people are very confused",
             "said", "he", "Basil Fernando", "NGO", "pronoun"),
        ],
    },
    {
        "id": "t20-india-pakistan-bus-link-conditions-2003",
        "url": "https://www.voanews.com/a/a-13-a-2003-10-30-27-india/303635.html",
        "title": "India 'Disappointed' at Pakistani Conditions for Normalized Relations - 2003-10-30",
        "published": "2003-10-30",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line (kept in 'title' with the "
                "page's date suffix). Cut by the store inside the last paragraph ('... infiltration of "
                "guerrillas into Indian K'); that sentence dropped. 'criticized Pakistan for attaching "
                "conditions', 'rejected the condition as unacceptable', 'rejected Pakistan's suggestion "
                "that X' and 'repeated India's position that X' (noun complements) are no quotes. A "
                "quotation split by its cue ('\"If Pakistan perceives, ...,\" he said, \"it must ...\"') "
                "is two quotes; a report inside it ('as it has claimed') is not annotated separately.",
        "text": """
India has criticized Pakistan for attaching conditions to some of the proposals India has made to improve relations between the two countries. But India has welcomed Islamabad's acceptance of most of the measures.
Indian Foreign Ministry Spokesman Navtej Sarna said India is disappointed Islamabad has attached, what he called, impractical, extraneous or delaying conditions to several proposals India made last week to normalize relations between the two countries.
India had suggested a series of measures that included restoring sporting ties and expanding transport links. Islamabad agreed to most, but said a proposed bus service between the capitals of Pakistan and Indian portions of Kashmir must be monitored by the United Nations at checkpoints along the disputed border.
Foreign Ministry Spokesman Sarna rejected the condition as unacceptable. "Our offer of a bus link between Srinagar and Muzzaffarabad was motivated by humanitarian considerations," said Mr. Sarna. "It is unfortunate that Pakistan has instead opted to politicize and disrupt this by attaching conditions that they knew would not be acceptable."
Mr. Sarna said the steps agreed to by both countries will be implemented, but he rejected Pakistan's suggestion that the confidence-building measures should be part of a dialogue between India and Pakistan to solve their dispute over Kashmir.
Mr. Sarna repeated India's position that bilateral negotiations cannot start until Islamabad ends its alleged support for Muslim militants waging an armed insurgency in Kashmir. "If Pakistan perceives, as it has claimed, that composite dialogue is in mutual interest," he said, "it must immediately put an end to sponsorship of cross-border terrorism."
""",
        "quotes": [
            ("indirect", "India is disappointed Islamabad has attached, what he called, impractical, extraneous or delaying conditions to several proposals India made last week to normalize relations between the two countries",
             "said", "Indian Foreign Ministry Spokesman Navtej Sarna", "Navtej Sarna", "IND", "name"),
            ("indirect", "a proposed bus service between the capitals of Pakistan and Indian portions of Kashmir must be monitored by the United Nations at checkpoints along the disputed border",
             "said", "Islamabad", "Pakistan", "PAK", "organisation"),
            ("direct", "Our offer of a bus link between Srinagar and Muzzaffarabad was motivated by humanitarian considerations",
             "said", "Mr. Sarna", "Navtej Sarna", "IND", "name"),
            ("direct", "It is unfortunate that Pakistan has instead opted to politicize and disrupt this by attaching conditions that they knew would not be acceptable.",
             None, "Mr. Sarna", "Navtej Sarna", "IND", "name"),
            ("indirect", "the steps agreed to by both countries will be implemented",
             "said", "Mr. Sarna", "Navtej Sarna", "IND", "name"),
            ("direct", "If Pakistan perceives, as it has claimed, that composite dialogue is in mutual interest",
             "said", "he", "Navtej Sarna", "IND", "pronoun"),
            ("direct", "it must immediately put an end to sponsorship of cross-border terrorism.",
             "said", "he", "Navtej Sarna", "IND", "pronoun"),
        ],
    },
    {
        "id": "t20-india-powell-sinha-talks-2002",
        "url": "https://www.voanews.com/a/a-13-a-2002-07-27-18-indian-67433797/384315.html",
        "title": "Indian FM to Powell:  Conditions not Met for Talks with Pakistan - 2002-07-27",
        "published": "2002-07-27",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line (kept in 'title' as "
                "written, double space included). Cut by the store inside the last paragraph ('But he "
                "pla'); that sentence dropped. The quotation standing alone after 'Nirupama Rao, "
                "briefed reporters ...' takes that sentence's speech verb phrase as cue. 'is on a "
                "diplomatic mission to urge', 'has ruled out an early resumption' and 'denies any link "
                "to attacks' (noun phrase) are no quotes; in 'Indian officials say Mr. Powell expressed "
                "hopes that X' the inner report is a noun complement, so the officials' clause is "
                "annotated whole.",
        "text": """
U.S. Secretary of State Colin Powell, who held talks with India's Foreign Minister Yashwant Sinha Saturday, is on a diplomatic mission to urge India and Pakistan to open talks and ease tensions. But India has ruled out an early resumption of dialogue with Pakistan.
Indian officials say New Delhi has conveyed its strong concerns to Mr. Powell that Pakistan has failed to meet pledges to end infiltration by Muslim militants across the line of control in Kashmir.
Indian foreign ministry spokesperson, Nirupama Rao, briefed reporters after the meeting between Mr. Powell and Mr. Sinha. "Our minister referred to the fact that Pakistan's private commitment were entirely contradicted by its public pronouncements in this regard."
Mr. Sinha told Mr. Powell that Pakistan must do more to end violence by Muslim militants in Indian Kashmir before tensions between the two countries can ease.
Before meeting Mr. Powell, Mr. Sinha said he did not see the possibility of a dialogue in the present circumstances. "If the necessary conditions for talks are created we will have talks," he stressed. "But we do not think that the necessary conditions exist at present."
Pakistan says it has stepped up efforts to prevent incursions by Muslim militants into Indian Kashmir and denies any link to attacks by Muslim militants in Indian Kashmir. The issue is at the heart of their current standoff.
Indian officials say Mr. Powell expressed hopes that forthcoming state elections in Jammu and Kashmir state will be free and fair and take place without violence.
Mr. Powell meets more Indian leaders, including Prime Minister Atal Behari Vajpayee, on Sunday. He plans to talk with reporters about his visit to the region in New Delhi later in the day.
Enroute to New Delhi, Mr. Powell said the two countries need to enter a dialogue, or risk being stuck in their present standoff.
""",
        "quotes": [
            ("indirect", "New Delhi has conveyed its strong concerns to Mr. Powell that Pakistan has failed to meet pledges to end infiltration by Muslim militants across the line of control in Kashmir",
             "say", "Indian officials", "Indian officials", "IND", "nominal"),
            ("direct", "Our minister referred to the fact that Pakistan's private commitment were entirely contradicted by its public pronouncements in this regard.",
             "briefed reporters", "Nirupama Rao", "Nirupama Rao", "IND", "name"),
            ("indirect", "Pakistan must do more to end violence by Muslim militants in Indian Kashmir before tensions between the two countries can ease",
             "told", "Mr. Sinha", "Yashwant Sinha", "IND", "name"),
            ("indirect", "he did not see the possibility of a dialogue in the present circumstances",
             "said", "Mr. Sinha", "Yashwant Sinha", "IND", "name"),
            ("direct", "If the necessary conditions for talks are created we will have talks",
             "stressed", "he", "Yashwant Sinha", "IND", "pronoun"),
            ("direct", "But we do not think that the necessary conditions exist at present.",
             None, "he", "Yashwant Sinha", "IND", "pronoun"),
            ("indirect", "it has stepped up efforts to prevent incursions by Muslim militants into Indian Kashmir",
             "says", "Pakistan", "Pakistan", "PAK", "organisation"),
            ("indirect", "Mr. Powell expressed hopes that forthcoming state elections in Jammu and Kashmir state will be free and fair and take place without violence",
             "say", "Indian officials", "Indian officials", "IND", "nominal"),
            ("indirect", "the two countries need to enter a dialogue, or risk being stuck in their present standoff",
             "said", "Mr. Powell", "Colin Powell", "USA", "name"),
        ],
    },
    {
        "id": "t20-venezuela-pompeo-maduro-2019",
        "url": "https://www.voanews.com/a/pompeo-visits-south-america-with-focus-on-venezuela/4873526.html",
        "title": "Pompeo Talks to VOA About Venezuela, Iran, Nicaragua",
        "published": "2019-04-13",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (Pompeo "
                "and Paraguay's foreign minister, Asuncion, April 13, 2019), the video block ('WATCH: "
                "Secretary of State Mike Pompeo Talks to VOA', 'please wait', 'No media source "
                "currently available', '0:00 0:10:44 0:00'). Cut by the store inside the next "
                "paragraph ('Questioned about whether Iran has some presence in Latin America, P'); "
                "dropped. published: the Saturday of the story, April 13, 2019 (caption date). 'the "
                "election that Maduro claims to have won' (infinitive) is no quote; 'praised \"...\"' "
                "and 'called ... a \"sham\"' are partials.",
        "text": """
U.S. Secretary of State Mike Pompeo is scheduled to travel to the Colombian border town of Cucuta on Sunday where he will meet with Venezuelan refugees. Cucuta has taken in many Venezuelans fleeing hunger and violence in their home country.
Pompeo has made several stops in South America in recent days to gain support for U.S. President Donald Trump’s stance against Venezuelan President Nicolas Maduro and his regime.
In Peru Saturday, Pompeo met with the country’s president, Martin Vizcarra, as well as Foreign Minister Nestor Popolizio. Pompeo praised “the people of Peru” who “generously host almost three-quarters of a million refugees from Venezuela.”
Earlier in Asuncion, Pompeo met with the president of Paraguay, Mario Abdo Benitez, for a discussion focusing on Venezuela, human rights, transnational crime, and strengthening democracy in the region.
While visiting Paraguay Saturday, the top U.S. diplomat spoke with the Voice of America about the United States’ approach to the Venezuela, which is in a leadership crisis. Pompeo called the election that Maduro claims to have won a “sham,” and he noted that 54 nations have recognized opposition leader Juan Guaido as the country’s true president.
“Maduro and his henchmen have destroyed this nation,” Pompeo said, speaking of Venezuela. Criticizing Maduro’s use of Russian and Cuban resources, the secretary added, “He’s handed over all his power to the Cubans and to the Russians.”
""",
        "quotes": [
            ("partial", "the people of Peru",
             "praised", "Pompeo", "Mike Pompeo", "USA", "name"),
            ("partial", "generously host almost three-quarters of a million refugees from Venezuela",
             "praised", "Pompeo", "Mike Pompeo", "USA", "name"),
            ("partial", "sham",
             "called", "Pompeo", "Mike Pompeo", "USA", "name"),
            ("indirect", "54 nations have recognized opposition leader Juan Guaido as the country’s true president",
             "noted", "he", "Mike Pompeo", "USA", "pronoun"),
            ("direct", "Maduro and his henchmen have destroyed this nation",
             "said", "Pompeo", "Mike Pompeo", "USA", "name"),
            ("direct", "He’s handed over all his power to the Cubans and to the Russians.",
             "added", "the secretary", "Mike Pompeo", "USA", "nominal"),
        ],
    },
    {
        "id": "t20-guatemala-colom-merida-2010",
        "url": "http://www.insidevoa.com/a/a-13-34-2010-02-19-guatemala-president-111615199/178444.html",
        "title": "Guatemala President, in VOA Interview, Foresees Strong US-Guatemala Relations",
        "published": "2010-02-19",
        "truncated": True,
        "note": "VOA press page (insidevoa.com). Removed: 'Accessibility links', 'Breaking News', title "
                "line, deck ('Calls US 'our great partner''), the programme paragraph ('Foro "
                "Interamericano (Inter-American Forum) is a 60-minute ...', no reported speech) that "
                "the store cut. The span of 'He said Guatemala is not interested in advancing relations "
                "with Iran, though.' ends before the reporter's discourse marker ', though'. 'praised "
                "U.S. cooperation' and 'spoke about Guatemala's growing international relationships' "
                "are no quotes.",
        "text": """
Washington, D.C., February 19, 2010 – Guatemala President Alvaro Colom praised U.S. cooperation with Latin American countries on fighting drug trafficking, and said he welcomed further progress on related issues.
"We see the will and the conditions to move forward with the Merida Initiative beyond the topic of security because drug trafficking has many facets, including social issues," Colom said.
Colom discussed his outlook on U.S.-Guatemala relations during an exclusive interview on Foro Interamericano, VOA's weekly Spanish news magazine.
The Merida Initiative, signed in 2007, provides equipment and training in support of law enforcement operations and technical assistance to promote the professionalization of Latin American partners' security agencies. In 2008, Congress approved an initial $400 million for Mexico and $65 million for Central America, the Dominican Republic and Haiti.
"The United States is our great partner, not only in commerce but also in the fight against drug trafficking and with our immigrants," Colom said. "This relationship we want to improve and improve permanently because it is good for the region."
Guatemala is not only concerned about inter-hemisphere relations. Colom spoke about Guatemala’s growing international relationships, including those with non-traditional trading partners China and Russia.
He said Guatemala is not interested in advancing relations with Iran, though. "In the case of Iran, we have been very cautious not to foster a relationship," he said.
""",
        "quotes": [
            ("indirect", "he welcomed further progress on related issues",
             "said", "Guatemala President Alvaro Colom", "Alvaro Colom", "GTM", "name"),
            ("direct", "We see the will and the conditions<<>>including social issues",
             "said", "Colom", "Alvaro Colom", "GTM", "name"),
            ("direct", "The United States is our great partner<<>>with our immigrants",
             "said", "Colom", "Alvaro Colom", "GTM", "name"),
            ("direct", "This relationship we want to improve and improve permanently because it is good for the region.",
             None, "Colom", "Alvaro Colom", "GTM", "name"),
            ("indirect", "Guatemala is not interested in advancing relations with Iran",
             "said", "He", "Alvaro Colom", "GTM", "pronoun"),
            ("direct", "In the case of Iran, we have been very cautious not to foster a relationship",
             "said", "he", "Alvaro Colom", "GTM", "pronoun"),
        ],
    },
    {
        "id": "t20-venezuela-strike-freeway-protest-2002",
        "url": "https://www.voanews.com/a/a-13-a-2002-12-04-3-anti-chavez-66273007/540018.html",
        "title": "Anti-Chavez Strike Continues in Venezuela",
        "published": "2002-12-04",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Whole as stored (it ends "
                "at a complete sentence with no page furniture after it, so the store may have cut "
                "later paragraphs). 'they told him, according to Mr. Fernandez, that \"they had been "
                "sent to kill me.\"': the that-clause is wholly in quotation marks and its words are "
                "Fernandez's ('me'), so it is one partial of Fernandez (cue 'according to'), not of the "
                "armed men. 'calling for calm' and 'leading to speculation that' are no quotes.",
        "text": """
Hundreds of demonstrators near Caracas blocked a freeway running past the main military air base of La Carlota Tuesday. The protests occurred after the national guard broke up an opposition rally with tear gas and plastic bullets.
According to spokesmen for the ruling Fifth Republic Movement (MVR) of President Hugo Chavez, the opposition's activities Tuesday, the second day of a national strike, formed part of "a terrorist plan" - a last-ditch effort to overthrow the government after the strike had failed.
The strike, called by the opposition in an attempt to persuade Mr. Chavez to call early elections, had indeed appeared to be running out of steam, despite efforts to enlist the workers in PDVSA, the state-owned oil corporation, which accounts for 70 per cent of Venezuela's foreign earnings.
However, in the early hours of Tuesday morning a group of armed men broke into the house of Juan Fernandez, the most prominent of the PDVSA dissidents. Holding Mr. Fernandez and his daughters at gunpoint, they told him, according to Mr. Fernandez, that "they had been sent to kill me."
Former interior minister Ramon Rodriguez Chacin claimed Mr. Fernandez himself had orchestrated the incident to provide an excuse for street rallies. But the small, peaceful demonstration called to protest the attack was broken up without warning by the national guard, which used plastic bullets and tear gas against journalists on the scene.
It was this that sparked the later demonstrations and obliged opposition leaders to bring supporters onto the streets, while at the same time calling for calm.
Some, however, decided to block the freeway, and although the national guard initially responded with more gas, the troops were eventually withdrawn, leading to speculation that splits might once again be appearing among military commanders.
""",
        "quotes": [
            ("indirect", "the opposition's activities Tuesday, the second day of a national strike, formed part of \"a terrorist plan\" - a last-ditch effort to overthrow the government after the strike had failed",
             "According to", "spokesmen for the ruling Fifth Republic Movement (MVR)", "spokesmen for the Fifth Republic Movement", "VEN", "nominal"),
            ("partial", "a terrorist plan",
             "According to", "spokesmen for the ruling Fifth Republic Movement (MVR)", "spokesmen for the Fifth Republic Movement", "VEN", "nominal"),
            ("partial", "they had been sent to kill me",
             "according to", "Mr. Fernandez", "Juan Fernandez", "VEN", "name"),
            ("indirect", "Mr. Fernandez himself had orchestrated the incident to provide an excuse for street rallies",
             "claimed", "Former interior minister Ramon Rodriguez Chacin", "Ramon Rodriguez Chacin", "VEN", "name"),
        ],
    },
    {
        "id": "t20-venezuela-general-strike-fourth-day-2002",
        "url": "https://www.voanews.com/a/a-13-a-2002-12-05-16-venezuela-66469237/551758.html",
        "title": "Venezuela Braces for More Strikes - 2002-12-05",
        "published": "2002-12-05",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line (kept in 'title' with the "
                "page's date suffix). Cut by the store at the start of the next paragraph ('The Org'); "
                "dropped. The day after the other 2002 Venezuela story of this set (same strike). "
                "'Street actions, he said, will continue ...': the subject before the attribution is a "
                "stub, the span is the part after it (as test16/test18). 'is demanding that Mr. Chavez "
                "agree ...' (mandative clause) is an indirect quote; 'is refusing to bow to their "
                "demands' is not.",
        "text": """
Venezuela is bracing itself for a fourth day Thursday of a general strike called by the opposition to force populist President Hugo Chavez to call early elections, or resign. Anti-Chavez protestors beat pots and pans in different parts of Caracas after nightfall Wednesday in the now familiar form of protest against the populist President.
Earlier, opposition leaders announced the general strike that began Monday will continue for a fourth day Thursday. The head of Venezuela's largest labor confederation, Carlos Ortega, said protest actions in the streets also will continue.
Street actions, he said, will continue in an orderly manner until the Venezuelan people accomplish their objectives. Over the past two days, national guard troops have dispersed some anti-government demonstrations with tear gas, and clashes have broken out between pro and anti-Chavez demonstrators.
The opposition made up of business, labor, and political parties is demanding that Mr. Chavez agree to an early vote on his rule. Mr. Chavez, overwhelmingly elected President in 1998 and again in 2000, is refusing to bow to their demands. He has said he will agree to holding a recall referendum only in August which would be halfway through his six-year term as stipulated under the Venezuelan constitution.
The opposition has rejected this saying Mr. Chavez must step down now because his leftist policies are driving Venezuela into economic and social turmoil.
General support for the strike has weakened since Monday. Labor Minister Maria Cristina Iglesias said Wednesday that the strike has failed because Venezuela has not been paralyzed.
But the continuing shutdown could threaten Venezuela's vital oil industry. As the world's fifth largest supplier of petroleum, crude prices have gone up this week over market fears that oil shipments may be disrupted. Venezuela is a main supplier of oil to the United States.
""",
        "quotes": [
            ("indirect", "the general strike that began Monday will continue for a fourth day Thursday",
             "announced", "opposition leaders", "opposition leaders", "VEN", "nominal"),
            ("indirect", "protest actions in the streets also will continue",
             "said", "Carlos Ortega", "Carlos Ortega", "VEN", "name"),
            ("indirect", "will continue in an orderly manner until the Venezuelan people accomplish their objectives",
             "said", "he", "Carlos Ortega", "VEN", "pronoun"),
            ("indirect", "Mr. Chavez agree to an early vote on his rule",
             "is demanding", "The opposition", "Venezuelan opposition", "VEN", "organisation"),
            ("indirect", "he will agree to holding a recall referendum only in August",
             "said", "He", "Hugo Chavez", "VEN", "pronoun"),
            ("indirect", "Mr. Chavez must step down now because his leftist policies are driving Venezuela into economic and social turmoil",
             "saying", "The opposition", "Venezuelan opposition", "VEN", "organisation"),
            ("indirect", "the strike has failed because Venezuela has not been paralyzed",
             "said", "Labor Minister Maria Cristina Iglesias", "Maria Cristina Iglesias", "VEN", "name"),
        ],
    },
    {
        "id": "t20-japan-koizumi-yasukuni-2002",
        "url": "https://www.voanews.com/a/a-13-a-2002-04-22-1-koizumi-66280262/540541.html",
        "title": "Koizumi Shrine Visit Sparks Protests",
        "published": "2002-04-22",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the last paragraph ('... military aggression and the move'); its incomplete second "
                "sentence dropped. The page's slips ('the shine on the Auguts 13') are kept. 'expressed "
                "regrets over', 'lodged a formal diplomatic protest' and 'called the visit an act of "
                "indiscretion' (no quotation marks, no clause) are no quotes; the relative clause "
                "'which took place during a spring peace festival' is left outside Koizumi's span "
                "(reporter's description).",
        "text": """
South Korea and China are expressing strong displeasure with Japanese Prime Minister Junichiro Koizumi's visit Sunday to a controversial shrine dedicated to Japan's war dead. The visit comes in an important year for Japan's relations with its Northeast Asian neighbors.
South Korea's Foreign Minister Choi Sung-Hong summoned Japan's ambassador to South Korea Monday and expressed regrets over Mr. Koizumi's surprise visit to the Yasukuni Shrine on Sunday.
China lodged a formal diplomatic protest with Japanese ambassador as well. An editorial in the official China Daily newspaper called the visit an act of indiscretion that is detrimental to Sino-Japanese relations. In Hong Kong, about 1,000 people protested in front of the Japanese consulate.
During the early-morning visit Mr. Koizumi briefly prayed at the shrine, which honors more than two million Japanese war dead, including 14 convicted and executed World War II war criminals. In South Korea and China, memories of Japan's wartime brutality remain strong and for many people in those nations Mr. Koizumi's visit is seen as a thoughtless gesture and a reminder of Japan's militarist past.
The visit comes in the same year in which Japan and China are honoring the 30th anniversary of the establishment of their diplomatic ties. It also coincides with Japan's co-hosting of the World Cup with South Korea. The much-awaited soccer tournament opens next month.
Mr. Koizumi told reporters he went to the shrine to pay respects and offer gratitude to the people who lost their lives on the battlefield. He says Sunday was the best time to make a quiet visit, which took place during a spring peace festival.
Last year the prime minister visited the shine on the Auguts 13, two days before the date of Japan's official surrender from World War II.
""",
        "quotes": [
            ("indirect", "he went to the shrine to pay respects and offer gratitude to the people who lost their lives on the battlefield",
             "told", "Mr. Koizumi", "Junichiro Koizumi", "JPN", "name"),
            ("indirect", "Sunday was the best time to make a quiet visit",
             "says", "He", "Junichiro Koizumi", "JPN", "pronoun"),
        ],
    },
    {
        "id": "t20-northkorea-nuclear-weapons-claim-2005",
        "url": "https://www.voanews.com/a/a-13-2005-02-10-voa51-66375862/547230.html",
        "title": "North Korea Says it Has Nuclear Weapons",
        "published": "2005-02-10",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store at the "
                "start of the next paragraph ('Pyongyang expelled th'); dropped. Mixed straight and "
                "curly marks in Rice's quotation are kept. 'It made a similar claim last year', 'urged "
                "North Korea to resume' and 'dismissed accusations that X' (noun complement) are no "
                "quotes. 'calling North Korea an \"outpost of tyranny\"' describes Rice's remark: a "
                "partial of Rice. 'what it called ... \"...\"' inside the government's clause is a "
                "partial of the same speaker (speaker_text 'it').",
        "text": """
North Korea has announced it does possess nuclear weapons. It made a similar claim last year, but later retracted it. In an official statement Thursday, Pyongyang also said it is suspending participation in six-party talks on its nuclear ambitions, accusing the United States of conducting a "hostile policy" toward the Communist state.
U.N. Secretary-General Kofi Annan urged North Korea to resume multinational talks, and asked the other five nations engaged in those talks to entice Pyongyang back to the table.
In a statement read by North Korea's official news agency, the government said its nuclear arms were for "self-defense" purposes against what it called the Bush administration's "undisguised policy to isolate and stifle" Pyongyang.
The statement cited a recent remark by U.S. Secretary of State Condoleezza Rice, calling North Korea an "outpost of tyranny," as its justification for refusing to rejoin any future talks.
Speaking in Luxembourg, where she wrapped up a nine-nation European trip, Secretary Rice said North Korea is only deepening its isolation from the rest of the international community. She also dismissed accusations that Washington is taking an aggressive stance toward Pyongyang.
"The North Koreans have been told by the President of the United States himself that the United States has no intention to attack or invade North Korea, the North Koreans have been told that they can have security assurances on a multilateral basis,” said Secretary Rice. “Those security assurances will of course, include the United States if they are prepared to take a definitive decision to dismantle their nuclear weapons programs, and to do so in a way that is verifiable."
A South Korean foreign ministry spokesman said Seoul is "deeply concerned" about the announcement, adding that Seoul believes the North has enough materials to produce one or two nuclear weapons.
""",
        "quotes": [
            ("indirect", "it does possess nuclear weapons",
             "announced", "North Korea", "North Korea", "PRK", "organisation"),
            ("indirect", "it is suspending participation in six-party talks on its nuclear ambitions",
             "said", "Pyongyang", "North Korea", "PRK", "organisation"),
            ("partial", "hostile policy",
             "accusing", "Pyongyang", "North Korea", "PRK", "organisation"),
            ("indirect", "its nuclear arms were for \"self-defense\" purposes<<>>\" Pyongyang",
             "said", "the government", "North Korea", "PRK", "organisation"),
            ("partial", "self-defense",
             "said", "the government", "North Korea", "PRK", "organisation"),
            ("partial", "undisguised policy to isolate and stifle",
             "called", "it", "North Korea", "PRK", "pronoun"),
            ("partial", "outpost of tyranny",
             "calling", "U.S. Secretary of State Condoleezza Rice", "Condoleezza Rice", "USA", "name"),
            ("indirect", "North Korea is only deepening its isolation from the rest of the international community",
             "said", "Secretary Rice", "Condoleezza Rice", "USA", "name"),
            ("direct", "The North Koreans have been told by the President<<>>security assurances on a multilateral basis",
             "said", "Secretary Rice", "Condoleezza Rice", "USA", "name"),
            ("direct", "Those security assurances will of course<<>>in a way that is verifiable.",
             None, "Secretary Rice", "Condoleezza Rice", "USA", "name"),
            ("indirect", "Seoul is \"deeply concerned\" about the announcement",
             "said", "A South Korean foreign ministry spokesman", "South Korean foreign ministry spokesman", "KOR", "nominal"),
            ("partial", "deeply concerned",
             "said", "A South Korean foreign ministry spokesman", "South Korean foreign ministry spokesman", "KOR", "nominal"),
            ("indirect", "Seoul believes the North has enough materials to produce one or two nuclear weapons",
             "adding", "A South Korean foreign ministry spokesman", "South Korean foreign ministry spokesman", "KOR", "nominal"),
        ],
    },
    {
        "id": "t20-northkorea-kcna-security-council-2003",
        "url": "https://www.voanews.com/a/a-13-a-2003-04-05-21-north/395622.html",
        "title": "North Korea Warns It Will Ignore UN on Suspected Nuclear Weapons Program - 2003-04-05",
        "published": "2003-04-05",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line (kept in 'title' with the "
                "page's date suffix). Whole as stored (ends at a complete sentence; the store may have "
                "cut later paragraphs). 'Washington said North Korea had admitted it had ...' is "
                "annotated once, on the inner report (speaker North Korea). 'Neither side has commented' "
                "(negated) is no quote. KCNA is expanded in 'speaker'.",
        "text": """
While the United Nations prepares to consider North Korea's suspected nuclear weapons program next week, North Korea has warned it will ignore anything the United Nations has to say on the subject.
North Korea's official KCNA news agency says it will consider "null and void" any resolution or statements the U.N. Security Council might decide on regarding the North's nuclear program.
In a broadcast monitored in South Korea, KCNA said the nuclear issue on the Korean Peninsula was "not something that should be discussed at the United Nations."
The Security Council is due to take up the matter on Wednesday, following North Korea's expulsion earlier this year of inspectors from the International Atomic Energy Agency. The IAEA is the United Nations' nuclear watchdog.
The dispute emerged last October, when Washington said North Korea had admitted it had a secret program to enrich uranium. Pyongyang responded to the disclosure by restarting a nuclear reactor that had been shut down, renouncing the Nuclear Non-Proliferation Treaty and expelling the IAEA inspectors.
Since then, North Korea has engaged in a variety of provocative actions, including the test firing of several missiles. This week, Washington placed trade sanctions on a North Korean company that has allegedly been exporting missile technology.
The sanctions were largely symbolic, since the United States does no business with the North, but the move did add to the rising level of acrimony.
However, an attempt by Washington and Pyongyang to begin a dialogue may be in the works. Japan's Kyodo News Agency reported Saturday that American and North Korean officials held a series of meetings in New York this week, looking for possible points of agreement.
Kyodo says the meetings ended without much progress. Neither side has commented on the reported talks.
""",
        "quotes": [
            ("indirect", "it will ignore anything the United Nations has to say on the subject",
             "warned", "North Korea", "North Korea", "PRK", "organisation"),
            ("indirect", "it will consider \"null and void\" any resolution or statements the U.N. Security Council might decide on regarding the North's nuclear program",
             "says", "North Korea's official KCNA news agency", "Korean Central News Agency", "PRK", "organisation"),
            ("partial", "null and void",
             "says", "North Korea's official KCNA news agency", "Korean Central News Agency", "PRK", "organisation"),
            ("indirect", "the nuclear issue on the Korean Peninsula was \"not something that should be discussed at the United Nations.\"",
             "said", "KCNA", "Korean Central News Agency", "PRK", "organisation"),
            ("partial", "not something that should be discussed at the United Nations",
             "said", "KCNA", "Korean Central News Agency", "PRK", "organisation"),
            ("indirect", "it had a secret program to enrich uranium",
             "admitted", "North Korea", "North Korea", "PRK", "organisation"),
            ("indirect", "American and North Korean officials held a series of meetings in New York this week, looking for possible points of agreement",
             "reported", "Japan's Kyodo News Agency", "Kyodo News Agency", "JPN", "organisation"),
            ("indirect", "the meetings ended without much progress",
             "says", "Kyodo", "Kyodo News Agency", "JPN", "organisation"),
        ],
    },
    {
        "id": "t20-northkorea-armistice-contacts-2003",
        "url": "https://www.voanews.com/a/a-13-a-2003-03-26-31-north-66846452/258559.html",
        "title": "North Korea Accuses U.S. of Planning An Attack - 2003-03-26",
        "published": "2003-03-26",
        "truncated": False,
        "note": "VOA-TV script. Removed: 'Accessibility links', 'Breaking News', 'News', title line, "
                "the production cue line 'NAT SOUND MUSIC AND APPLAUSE', 'XS SM MD LG'. Whole as "
                "stored. The sound bite standing alone under its label line 'MAURICE STRONG, U.N. "
                "ENVOY' (a verbless name-and-title attribution) has cue null (README-test2). 'as "
                "VOA-TV's David Cohler reports, X' is an indirect quote of the correspondent. "
                "'dismissed North Korean allegations that' (noun complement) and 'Accusing the United "
                "States of planning' are no quotes; the relative report 'that experts say could "
                "yield ...' is annotated from its verb.",
        "text": """
North Korea is claiming it is next in line after Iraq for an attack by the United States. And, as VOA-TV's David Cohler reports, today Pyongyang dropped its last remaining international military contacts.
At a graduation ceremony for military cadets Wednesday, South Korean President Roh Moo-hyun dismissed North Korean allegations that U.S. forces might attack. President Roh told the gathering that Washington has repeatedly pledged to resolve its concerns over Pyongyang's nuclear weapons program peacefully.
Accusing the United States of planning an invasion, North Korea Wednesday cut off the only regular military contact with the U.S.-led command that monitors the Korean War armistice. Maurice Strong, a special United Nations Envoy who's been meeting with Pyongyang's leaders, was asked about the move.
MAURICE STRONG, U.N. ENVOY
"They reserve the right to continue to do those things that they believe are necessary in their own interests and their own defense, until such time as they get formal security guarantees."
Last week Pyongyang said it "reserves the right" to reprocess spent fuel rods that experts say could yield enough plutonium for several atomic bombs. North Korea's chief demand is the signing of a non-aggression pact in direct talks with the United States. Washington has refused, saying North Korea's nuclear program is a regional matter that must be handled by regional diplomacy.
""",
        "quotes": [
            ("indirect", "it is next in line after Iraq for an attack by the United States",
             "claiming", "North Korea", "North Korea", "PRK", "organisation"),
            ("indirect", "today Pyongyang dropped its last remaining international military contacts",
             "reports", "VOA-TV's David Cohler", "David Cohler", "USA", "name"),
            ("indirect", "Washington has repeatedly pledged to resolve its concerns over Pyongyang's nuclear weapons program peacefully",
             "told", "President Roh", "Roh Moo-hyun", "KOR", "name"),
            ("direct", "They reserve the right to continue<<>>formal security guarantees.",
             None, "MAURICE STRONG", "Maurice Strong", "UNO", "name"),
            ("indirect", "it \"reserves the right\" to reprocess spent fuel rods",
             "said", "Pyongyang", "North Korea", "PRK", "organisation"),
            ("partial", "reserves the right",
             "said", "Pyongyang", "North Korea", "PRK", "organisation"),
            ("indirect", "could yield enough plutonium for several atomic bombs",
             "say", "experts", "experts", None, "nominal"),
            ("indirect", "North Korea's nuclear program is a regional matter that must be handled by regional diplomacy",
             "saying", "Washington", "United States", "USA", "organisation"),
        ],
    },
    {
        "id": "t20-cambodia-khmer-rouge-tribunal-2006",
        "url": "https://www.voacambodia.com/a/a-40-2006-07-10-voa2-90153972/1356506.html",
        "title": "UN, Cambodian Authorities Launch Probe of Khmer Rouge Atrocities",
        "published": "2006-07-10",
        "truncated": False,
        "note": "English page of VOA's Khmer service (voacambodia.com). Removed: 'Accessibility links', "
                "'Breaking News', title line. Whole as stored (it ends at a complete sentence; the "
                "store may have cut later paragraphs). The page's 'others responsible the country's "
                "genocide' is kept. Country codes: the tribunal's Cambodian spokesman KHM, the "
                "UN-appointed international prosecutor UNO.",
        "text": """
Cambodian and United Nations prosecutors have begun gathering evidence to try former leaders of the Khmer Rouge regime that is blamed for the deaths of nearly two million people.
Tribunal spokesman Reach Sambath said two prosecutors officially began work today (Monday) in Phnom Penh.
International prosecutor Robert Petit of Canada says it could take months to issue any indictments. The tribunal aims to bring to justice the few surviving leaders of the Khmer Rouge regime, nearly three decades after the end (in 1979) of the ultra-Maoists' failed campaign to abolish modern society and re-make Cambodia as an agrarian utopia.
Cambodia's former King Norodom Sihanouk says he opposes the U.N.-backed tribunal because it will try only a handful of Khmer Rouge leaders, and ignore many others responsible the country's genocide.
The 83-year-old former monarch contends thousands of former Khmer Rouge killers are still at large. He says they were responsible for "indescribable" suffering the Cambodian people endured during the years (1975-79) the ultra-Maoists were in power.
In a message displayed on his website, Sihanouk says the millions of dollars reserved for the trial would be better spent on services for impoverished Cambodians.
""",
        "quotes": [
            ("indirect", "two prosecutors officially began work today (Monday) in Phnom Penh",
             "said", "Tribunal spokesman Reach Sambath", "Reach Sambath", "KHM", "name"),
            ("indirect", "it could take months to issue any indictments",
             "says", "International prosecutor Robert Petit of Canada", "Robert Petit", "UNO", "name"),
            ("indirect", "he opposes the U.N.-backed tribunal because it will try only a handful of Khmer Rouge leaders, and ignore many others responsible the country's genocide",
             "says", "Cambodia's former King Norodom Sihanouk", "Norodom Sihanouk", "KHM", "name"),
            ("indirect", "thousands of former Khmer Rouge killers are still at large",
             "contends", "The 83-year-old former monarch", "Norodom Sihanouk", "KHM", "nominal"),
            ("indirect", "they were responsible for \"indescribable\" suffering<<>>the ultra-Maoists were in power",
             "says", "He", "Norodom Sihanouk", "KHM", "pronoun"),
            ("partial", "indescribable",
             "says", "He", "Norodom Sihanouk", "KHM", "pronoun"),
            ("indirect", "the millions of dollars reserved for the trial would be better spent on services for impoverished Cambodians",
             "says", "Sihanouk", "Norodom Sihanouk", "KHM", "name"),
        ],
    },
    {
        "id": "t20-balkans-kosovo-recognition-2008",
        "url": "http://insidevoa.com/media-relations/press-releases/a-13-34-2008-09-27-balkan-presidents-111606909.html",
        "title": None,
        "published": "2008-09-26",
        "truncated": True,
        "note": "VOA press release (insidevoa.com). No title line stored. Removed: the boilerplate "
                "paragraph on VOA ('The Voice of America, which first went on the air in 1942, ...'), "
                "cut by the store. published: the dateline (the URL says 09-27). 'Sejdiu said he hoped "
                "X' (same-speaker layering) is annotated once, on the outer clause; its span ends "
                "before the reporter's relative clause ('which has the recognition of 47 countries, "
                "...'). 'viewed X as Y' is no quote. Kosovo's actor code is KOS (PLOVER manual); the "
                "joint statement of the Bosnian and Albanian presidents has country null.",
        "text": """
Washington, D.C., September 26, 2008 - Kosovan President Fatmir Sejdiu, in an interview today with the Voice of America (VOA), said he continues to lobby his Balkan neighbors to officially recognize his country's independence from Serbia.
In separate interviews with VOA, Bosnian President Haris Silajdžić and Albanian President Bamir Topi said they support Kosovo's independence and are opposed to Serbia's request that the International Court of Justice issue an opinion on the legitimacy of Kosovo's independence.
But Montenegrin President Filip Vujanović told VOA, "Since the debate on Serbia's initiative is scheduled for the first part of October, I do not see the need to express my country's position." He said his country sought good relations with both Serbia and Kosovo, and recognition of Kosovo would come "at the appropriate time."
Kosovo's Sejdiu said he hoped the Balkan states, Macedonia and Montenegro, in particular, would back Kosovo, which has the recognition of 47 countries, including the United States. Serbia viewed Kosovo's February 2008 declaration of independence as an act of secession.
"This would be very important for us, as it would complete the cycle of recognition from the neighboring countries, with the exception of Serbia, and would be a very positive signal for the countries that are far away from Kosovo," Sejdiu said.
Earlier this week VOA interviewed Serbian President Boris Tadić. All of the interviews were featured in newscasts reaching the Balkan nations and can be viewed by selecting the appropriate language on VOA's main website at www.VOANews.com.
""",
        "quotes": [
            ("indirect", "he continues to lobby his Balkan neighbors to officially recognize his country's independence from Serbia",
             "said", "Kosovan President Fatmir Sejdiu", "Fatmir Sejdiu", "KOS", "name"),
            ("indirect", "they support Kosovo's independence and are opposed to Serbia's request that the International Court of Justice issue an opinion on the legitimacy of Kosovo's independence",
             "said", "Bosnian President Haris Silajdžić and Albanian President Bamir Topi", "Haris Silajdžić and Bamir Topi", None, "name"),
            ("direct", "Since the debate on Serbia's initiative<<>>express my country's position.",
             "told", "Montenegrin President Filip Vujanović", "Filip Vujanović", "MNE", "name"),
            ("indirect", "his country sought good relations with both Serbia and Kosovo, and recognition of Kosovo would come \"at the appropriate time.\"",
             "said", "He", "Filip Vujanović", "MNE", "pronoun"),
            ("partial", "at the appropriate time",
             "said", "He", "Filip Vujanović", "MNE", "pronoun"),
            ("indirect", "he hoped the Balkan states, Macedonia and Montenegro, in particular, would back Kosovo",
             "said", "Kosovo's Sejdiu", "Fatmir Sejdiu", "KOS", "name"),
            ("direct", "This would be very important for us<<>>far away from Kosovo",
             "said", "Sejdiu", "Fatmir Sejdiu", "KOS", "name"),
        ],
    },
    {
        "id": "t20-georgia-shevardnadze-protests-2003",
        "url": "https://www.voanews.com/a/a-13-a-2003-11-18-34-georgia-s-66837762/375106.html",
        "title": "Georgia's Opposition Calls for Massive Protests as President Refuses to Step Down - 2003-11-18",
        "published": "2003-11-18",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', 'News', title line (kept in 'title' "
                "with the page's date suffix), 'XS SM MD LG'. Whole as stored. 'vow to take to the "
                "streets', 'has called on his supporters ... to march', 'promised to set up', 'pledged "
                "to punish' (infinitives) and the parenthetical 'as the opposition charges' are not "
                "annotated. 'Police' is the Georgian police (organisation).",
        "text": """
The former Soviet republic of Georgia is bracing for more protests Tuesday as both supporters and opponents of embattled President Eduard Shevardnadze vow to take to the streets. The political crisis in the Caucasian mountain nation is now in its third week.
Key opposition leader Mikhail Saakashvili has called on his supporters throughout Georgia to march on the capital, Tbilisi, to take part in a mass rally later this week. Some of his supporters have been protesting near the parliament building in Tbilisi for days.
At the same time, supporters of a rival opposition group are planning their own march in the capital. Known as Revival, this group supports President Shevardnadze's refusal to step down, as his more radical opponents have been demanding.
Police say they are ready to follow Mr. Shevardnadze's orders to take firm action against any moves by demonstrators that are illegal.
Mr. Shevardnadze refused to resign, but promised to set up a commission to investigate irregularities in the disputed November 2 parliamentary election, which triggered the protests. He also pledged to punish any election officials who may have rigged the vote, as the opposition charges.
The commission is unlikely to satisfy Mr. Saakashvili and his supporters who insist that the only solution to the crisis is for Mr. Shevardnadze to step down.
""",
        "quotes": [
            ("indirect", "they are ready to follow Mr. Shevardnadze's orders to take firm action against any moves by demonstrators that are illegal",
             "say", "Police", "Georgian police", "GEO", "organisation"),
            ("indirect", "the only solution to the crisis is for Mr. Shevardnadze to step down",
             "insist", "Mr. Saakashvili and his supporters", "Mikhail Saakashvili and his supporters", "GEO", "name"),
        ],
    },
    {
        "id": "t20-ethiopia-voa-credentials-revoked-2005",
        "url": "http://www.insidevoa.com/a/a-13-34-2005-06-09-voa72/177868.html",
        "title": "Statement by VOA Director David S. Jackson on Ethiopian Ministry of Information Revocation of Reporters' Credentials",
        "published": "2005-06-09",
        "truncated": False,
        "note": "VOA press statement (insidevoa.com). Removed: 'Accessibility links', 'Breaking News', "
                "title line, the deck (a pull quote repeating the statement's second paragraph), the "
                "boilerplate paragraph on VOA, the contact line ('For more information, call ...'), 'XS "
                "SM MD LG'. Whole as stored. The statement is introduced by a colon ('issued the "
                "following statement today:') and runs over three paragraphs in the multi-paragraph "
                "convention (an opening mark at each paragraph, a closing mark only at the end): one "
                "direct quote per paragraph, each running to the end of its paragraph, cue null after "
                "the first. The Ethiopian government's words in single marks inside the statement ('for "
                "what the government calls 'illegal journalistic activities' and 'unbalanced "
                "reporting'') are nested quotations: as in test18 (Mesic/Obama), overlapping spans "
                "being excluded, the outer direct span stops before them ('... for what the government "
                "calls'), each is a partial of the Ethiopian government (cue 'calls'), and the rest of "
                "the paragraph after them is a further direct span of Jackson (cue null); the "
                "connecting ' and ' between the two partials is not annotated.",
        "text": """
Washington, D.C., June 9, 2005 - Voice of America Director David S. Jackson issued the following statement today:
"We have learned that the Ethiopian government's Ministry of Information has revoked the credentials of three Voice of America reporters in Addis Ababa, along with those of two Deutsche Welle reporters, for what the government calls 'illegal journalistic activities' and 'unbalanced reporting' on the recent demonstrations in Ethiopia. All three VOA reporters are Ethiopian citizens.
"We deplore this unwarranted action by Ethiopian authorities against our reporters who were engaged in legitimate news coverage. VOA's reporting from Africa has been balanced, objective, and consistent with our internationally respected journalistic standards.
"We call upon the government of Ethiopia to immediately restore accreditation to our reporters so that they can continue their job of bringing uncensored news and information to Voice of America's audiences in Africa and around the world."
""",
        "quotes": [
            ("direct", "We have learned that the Ethiopian government's Ministry of Information<<>>for what the government calls",
             "issued the following statement", "Voice of America Director David S. Jackson", "David S. Jackson", "USA", "name"),
            ("partial", "illegal journalistic activities",
             "calls", "the government", "Ethiopian government", "ETH", "organisation"),
            ("partial", "unbalanced reporting",
             "calls", "the government", "Ethiopian government", "ETH", "organisation"),
            ("direct", "on the recent demonstrations in Ethiopia. All three VOA reporters are Ethiopian citizens.",
             None, "Voice of America Director David S. Jackson", "David S. Jackson", "USA", "name"),
            ("direct", "We deplore this unwarranted action<<>>internationally respected journalistic standards.",
             None, "Voice of America Director David S. Jackson", "David S. Jackson", "USA", "name"),
            ("direct", "We call upon the government of Ethiopia<<>>in Africa and around the world.",
             None, "Voice of America Director David S. Jackson", "David S. Jackson", "USA", "name"),
        ],
    },
    {
        "id": "t20-burkinafaso-voa-suspension-2024",
        "url": "https://insidevoa.com/a/statement-on-burkina-faso-s-actions-against-voa-programming-access-to-website-and-digital-platforms/7586130.html",
        "title": "Statement on Burkina Faso's Actions Against VOA Programming, Access to Website and Digital Platforms",
        "published": "2024-04-26",
        "truncated": False,
        "note": "VOA press statement (insidevoa.com). Removed: 'Accessibility links', 'Breaking News', "
                "title line, 'XS SM MD LG'. Whole as stored. published: the statement refers to 'The "
                "April 25, 2024 order' and to World Press Freedom Day (May 3) 'one week from today', "
                "i.e. April 26, 2024. The statement's own voice ('Voice of America is concerned about "
                "...') and 'The ... order seeks to suspend' (a document's purpose, infinitive) are not "
                "annotated.",
        "text": """
Voice of America is concerned about restrictions on its content demanded by the government of Burkina Faso. The April 25, 2024 order seeks to suspend VOA French and Bambara language broadcasts for two weeks, reduce access to VOA’s website and digital platforms, and censor VOA coverage related to allegations of human rights abuses by the Burkinabè army against civilians.
“VOA stands by its reporting about Burkina Faso and intends to continue to fully and fairly cover events in that country,” said Acting VOA Director John Lippman. He added, “The Voice of America strictly adheres to the principles of accurate, balanced and comprehensive journalism, therefore, we ask the government of Burkina Faso to reconsider this troubling decision.”
Lippman remarked, “As the world prepares to observe World Press Freedom Day one week from today, this latest action to restrict the free flow of news and information is yet another example of the truth behind VOA’s motto: A Free Press Matters.”
Based on 2020 data, VOA's weekly reach in Burkina Faso is 14.3 percent.
""",
        "quotes": [
            ("direct", "VOA stands by its reporting about Burkina Faso and intends to continue to fully and fairly cover events in that country",
             "said", "Acting VOA Director John Lippman", "John Lippman", "USA", "name"),
            ("direct", "The Voice of America strictly adheres<<>>reconsider this troubling decision.",
             "added", "He", "John Lippman", "USA", "pronoun"),
            ("direct", "As the world prepares to observe World Press Freedom Day<<>>VOA’s motto: A Free Press Matters.",
             "remarked", "Lippman", "John Lippman", "USA", "name"),
        ],
    },
]

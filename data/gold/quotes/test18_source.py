"""Source of the sealed quotes test set ``test18.jsonl`` (VOA news stories and VOA press pages, 2002-2017).

Annotated by helper sqq19 on 2026-12-07, before any system ran on these texts. Texts are
Voice of America pages (public domain) as the ``search`` tool's ``pages`` corpus stores them;
page furniture removed (named in each ``note``). Build and check with
``python data/gold/check_quotes_test18.py build``.

Each quote is a tuple ``(kind, span, cue, speaker_text, speaker, speaker_country,
speaker_class[, after])``; a span is searched from the start of the previous quote (or after
the first occurrence of ``after``); ``"A<<>>B"`` spans from A to the next B.
"""

DOCS = [
    {
        "id": "t18-kenya-election-tally-2013",
        "url": "http://www.voanews.com/articleprintview/1617045.html",
        "title": "Kenyan Election Chairman Rejects Tampering Claim",
        "published": "2013-03-07",
        "truncated": True,
        "note": "Print view of a voanews.com story. Removed: 'Accessibility links', 'Breaking News', "
                "title line, photo caption (stored twice), the 'Raila Odinga' fact box between the "
                "Musyoka quotation and 'Hassan said ...'. Cut by the store inside the next paragraph "
                "('Kenyatta is charged with helping to organize p'); kept to the last complete "
                "sentence. published: the caption dates the vote-counting March 6, 2013 and the "
                "story says Hassan 'spoke Thursday' (March 7, 2013). 'is rejecting an allegation "
                "that ...' is a noun complement, not a quote.",
        "text": """
Kenya's election chief is rejecting an allegation that results are being tampered with from Monday's national vote.
In a briefing at Kenya's national vote-counting center, Ahmed Issack Hassan said that because of a rigorous verification process in place, "there is no room to doctor the results whatsoever."
Hassan, the head of Kenya's election commission, spoke Thursday after the running mate of presidential candidate Raila Odinga said the vote-counting should be stopped. Kalonzo Musyoka suggested that rigging was under way.
"There has been a total failure of the electronic vote transmission system, and we have evidence that the results we are receiving have actually been doctored. In some cases, total votes cast exceed the number of registered voters," said Musyoka.
Hassan said the commission cannot stop the vote tally. He said if anyone objects to the results, they can use the legal course provided by Kenya's new constitution.
Meanwhile, judges at the International Criminal Court have postponed the trial of Uhuru Kenyatta, who is leading Odinga in the presidential vote count. The ICC announced Thursday that Kenyatta's trial, previously set to begin April 11, has been delayed until July 9.
""",
        "quotes": [
            ("indirect", "because of a rigorous verification process in place, \"there is no room to doctor the results whatsoever.\"",
             "said", "Ahmed Issack Hassan", "Ahmed Issack Hassan", "KEN", "name"),
            ("partial", "there is no room to doctor the results whatsoever",
             "said", "Ahmed Issack Hassan", "Ahmed Issack Hassan", "KEN", "name"),
            ("indirect", "the vote-counting should be stopped",
             "said", "the running mate of presidential candidate Raila Odinga", "Kalonzo Musyoka", "KEN", "nominal"),
            ("indirect", "rigging was under way",
             "suggested", "Kalonzo Musyoka", "Kalonzo Musyoka", "KEN", "name"),
            ("direct", "There has been a total failure<<>>number of registered voters",
             "said", "Musyoka", "Kalonzo Musyoka", "KEN", "name"),
            ("indirect", "the commission cannot stop the vote tally",
             "said", "Hassan", "Ahmed Issack Hassan", "KEN", "name"),
            ("indirect", "if anyone objects to the results, they can use the legal course provided by Kenya's new constitution",
             "said", "He", "Ahmed Issack Hassan", "KEN", "pronoun"),
            ("indirect", "Kenyatta's trial, previously set to begin April 11, has been delayed until July 9",
             "announced", "The ICC", "International Criminal Court", "IGO", "organisation"),
        ],
    },
    {
        "id": "t18-kenya-commissioner-resigns-2017",
        "url": "https://www.voanews.com/a/kenya-election-official-resigns-ahead-of-vote/4075441.html",
        "title": "Kenya Election Official Says She's Resigning Before New Vote",
        "published": "2017-10-18",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption. Cut by the "
                "store inside the last paragraph ('... had been re-'); that sentence dropped, the "
                "paragraph kept to its last complete sentence. published: the story says the vote of "
                "Oct. 26 is 'eight days away' and Akombe 'spoke Wednesday' (2017-10-18). The page's "
                "closing typewriter marks ('') are kept. 'accused police of being used ...' is no quote.",
        "text": """
A Kenyan electoral commissioner has announced her resignation and says the presidential vote just eight days away cannot credibly proceed as planned.
Roselyne Akombe spoke Wednesday from New York but it was not clear if she had fled there.
She said electoral commissioners need to be brave and speak up because the new presidential election scheduled for Oct. 26 cannot meet the basic expectations of credibility.
"We need the Commission to be courageous and speak out, that this election as planned cannot meet the basic expectations of a credible election. Not when the staff are getting last minute instructions on changes in technology and electronic transmission of results. Not when in parts of country, the training of presiding officers is being rushed for fear of attacks from protesters,'' she said.
Kenya's Supreme Court nullified President Uhuru Kenyatta's August re-election citing illegalities and irregularities.
Opposition leader Raila Odinga had petitioned the court to overturn the result, claiming hackers infiltrated the commission servers and altered the results in favor of Kenyatta.
Odinga has withdrawn his candidature in the fresh poll, saying the electoral commission had ignored his call for reforms before the vote.
Odinga on Tuesday suspended protests intended to press for reforms to Kenya's electoral commission and cited killings of his supporters by police for his decision to call off the daily protests he had urged for this week.
Human rights groups have accused police of being used by Kenya's president to crush dissent.
""",
        "quotes": [
            ("indirect", "the presidential vote just eight days away cannot credibly proceed as planned",
             "says", "A Kenyan electoral commissioner", "Roselyne Akombe", "KEN", "nominal"),
            ("indirect", "electoral commissioners need to be brave<<>>expectations of credibility",
             "said", "She", "Roselyne Akombe", "KEN", "pronoun"),
            ("direct", "We need the Commission to be courageous<<>>attacks from protesters",
             "said", "she", "Roselyne Akombe", "KEN", "pronoun"),
            ("indirect", "hackers infiltrated the commission servers and altered the results in favor of Kenyatta",
             "claiming", "Opposition leader Raila Odinga", "Raila Odinga", "KEN", "name"),
            ("indirect", "the electoral commission had ignored his call for reforms before the vote",
             "saying", "Odinga", "Raila Odinga", "KEN", "name"),
        ],
    },
    {
        "id": "t18-sudan-darfur-villages-2005",
        "url": "https://www.voanews.com/a/a-13-2005-01-23-voa31-66902067/262394.html",
        "title": "Sudan Accuses Darfur Rebels of Attack",
        "published": "2005-01-23",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', 'News', title line, 'XS SM MD LG'. "
                "Whole as stored. published: the date in the URL. 'Mr. Garang says he told U.N. envoy "
                "Jan Pronk that X' is annotated once, on the inner clause (cue 'told', speaker 'he'), as "
                "overlapping indirect spans are not allowed. 'expressed concern that' (noun complement) "
                "and 'accused ... of' are no quotes.",
        "text": """
Sudan's government has accused Darfur rebels of killing an unspecified number of civilians in attacks on eight villages. In a statement issued Sunday, Sudan's military says the rebels burned and looted the villages near the town of Malam.
The two main rebel groups in the region told the Reuters news agency their forces were not involved in any such attack.
An African Union official told the Associated Press that the group had received reports of the violence and was investigating.
Last year, Sudan's government and the two main rebel groups signed a cease-fire as part of ongoing peace negotiations. The government and rebels have repeatedly accused each other of violating the truce in recent months.
Meanwhile, the head of southern Sudanese rebels, John Garang, has met with a United Nations envoy to discuss sending international peacekeepers to the region.
Mr. Garang says he told U.N. envoy Jan Pronk that more consultations are needed to ensure the neutrality of a possible force of up to 10,000. He expressed concern that Malaysia and China are too close to Khartoum, because they are key investors in Sudan's oil business.
U.N. officials say the two Asian nations, along with Pakistan, have offered to send troops to southern Sudan to help monitor an end to 21 years of civil war. Mr. Pronk has said Sudanese officials and rebels must agree on which nations contribute to the force.
The U.N. Security Council is to debate authorizing the peacekeeping mission next month.
Some information provided by AP and Reuters.
""",
        "quotes": [
            ("indirect", "the rebels burned and looted the villages near the town of Malam",
             "says", "Sudan's military", "Sudan's military", "SDN", "organisation"),
            ("indirect", "their forces were not involved in any such attack",
             "told", "The two main rebel groups in the region", "two main rebel groups in Darfur", "SDN", "organisation"),
            ("indirect", "the group had received reports of the violence and was investigating",
             "told", "An African Union official", "African Union official", "IGO", "nominal"),
            ("indirect", "more consultations are needed to ensure the neutrality of a possible force of up to 10,000",
             "told", "he", "John Garang", "SDN", "pronoun"),
            ("indirect", "the two Asian nations, along with Pakistan, have offered to send troops<<>>21 years of civil war",
             "say", "U.N. officials", "United Nations officials", "UNO", "nominal"),
            ("indirect", "Sudanese officials and rebels must agree on which nations contribute to the force",
             "said", "Mr. Pronk", "Jan Pronk", "UNO", "name"),
        ],
    },
    {
        "id": "t18-srilanka-mannar-offensive-2007",
        "url": "https://www.voanews.com/a/a-13-2007-09-01-voa13-66787577/565580.html",
        "title": "Sri Lankan Military: Tamil Tigers Killed in New Offensive",
        "published": "2007-09-01",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Whole as stored. "
                "published: the date in the URL. The first indirect span ends before ', as it began "
                "a new offensive' (reporter's framing).",
        "text": """
The Sri Lankan military says it has killed 11 suspected Tamil Tiger rebels in the northeastern district of Mannar, as it began a new offensive against the separatists.
Military officials say they intercepted radio communications that indicated 11 Tamil rebels were killed in clashes with government forces on Friday.
However, the rebels say they lost only one fighter, and killed one government soldier.
The Tamil Tigers also say at least three civilians who were fleeing the area were killed in a military mine attack.
A military spokesman, Brigadier Prasad Samarasinghe, says the new operation was a "humanitarian offensive" to liberate about 6,000 people being held in the area.
Fighting between the Sri Lankan government and Tamil Tiger rebels has intensified recently despite a 2002 cease-fire.
Tamil Tigers have been fighting since 1983 for a separate homeland for Sri Lanka's minority Tamils. About 70,000 people have been killed in the conflict.
Some information for this report was provided by AFP and Reuters.
""",
        "quotes": [
            ("indirect", "it has killed 11 suspected Tamil Tiger rebels in the northeastern district of Mannar",
             "says", "The Sri Lankan military", "Sri Lankan military", "LKA", "organisation"),
            ("indirect", "they intercepted radio communications<<>>government forces on Friday",
             "say", "Military officials", "military officials", "LKA", "nominal"),
            ("indirect", "they lost only one fighter, and killed one government soldier",
             "say", "the rebels", "Tamil Tigers", "LKA", "organisation"),
            ("indirect", "at least three civilians who were fleeing the area were killed in a military mine attack",
             "say", "The Tamil Tigers", "Tamil Tigers", "LKA", "organisation"),
            ("indirect", "the new operation was a \"humanitarian offensive\" to liberate about 6,000 people being held in the area",
             "says", "Brigadier Prasad Samarasinghe", "Prasad Samarasinghe", "LKA", "name"),
            ("partial", "humanitarian offensive",
             "says", "Brigadier Prasad Samarasinghe", "Prasad Samarasinghe", "LKA", "name"),
        ],
    },
    {
        "id": "t18-indonesia-aceh-autonomy-2002",
        "url": "https://www.voanews.com/a/a-13-a-2002-04-20-11-aceh-66484797/552493.html",
        "title": None,
        "published": "2002-04-20",
        "truncated": False,
        "note": "The stored page begins with the story text (no page furniture and no title line "
                "stored, so title is null). Ends after the last sentence kept with nothing after it "
                "(the store may have cut later paragraphs). published: the date in the URL. The "
                "page's '[the]' and '…' are kept. 'special autonomy' in quotation marks names the "
                "offer and is not annotated as a quote.",
        "text": """
Rebel leaders in the Indonesian Province of Aceh say they are not satisfied with an Indonesian offer of "special autonomy" for the province. Indonesia's security minister has been in Sweden discussing the peace offer, but leaders of the main rebel movement in Aceh say it is not enough.
The Indonesian statement backs greater autonomy for the resource-rich province of Aceh, but not full independence, something the rebels have been demanding.
Teungku Agam, a spokesman for the main rebel force, says the Indonesian offer does not go far enough. He says his organization the Free Aceh Movement, known as GAM, has not changed its goals.
He spoke to VOA via telephone from a rural area in Aceh, and chickens can be heard in the background as he speaks. "The majority of the people of Aceh, the people in Aceh now, suggest that we should have independent nation, other than just together autonomy from [the] central government, Indonesian central government. … Our long-term goal is to have an independent nation," he said. The statement released in Stockholm Friday came at the end of a visit to Sweden by Indonesia's security minister, Susilo Bambang Yudhoyono. He sought Stockholm's help in persuading Acehnese exiles living in Sweden to accept an autonomy deal.
Teungku Agam said GAM will resume talks with the Jakarta government next month in Switzerland. He said, however, that GAM's representatives will not agree to an autonomy deal.
The Aceh independence movement has been fighting the Indonesian government since the mid-1970's. Jakarta maintains a large force of soldiers in the province to try to quell the rebellion. Rebel groups and human rights activists say the fighting has claimed the lives of more than 10,000 people on both sides.
""",
        "quotes": [
            ("indirect", "they are not satisfied with an Indonesian offer of \"special autonomy\" for the province",
             "say", "Rebel leaders in the Indonesian Province of Aceh", "rebel leaders in Aceh", "IDN", "nominal"),
            ("indirect", "it is not enough",
             "say", "leaders of the main rebel movement in Aceh", "leaders of the main rebel movement in Aceh", "IDN", "nominal"),
            ("indirect", "the Indonesian offer does not go far enough",
             "says", "Teungku Agam", "Teungku Agam", "IDN", "name"),
            ("indirect", "his organization the Free Aceh Movement, known as GAM, has not changed its goals",
             "says", "He", "Teungku Agam", "IDN", "pronoun"),
            ("direct", "The majority of the people of Aceh<<>>to have an independent nation",
             "said", "he", "Teungku Agam", "IDN", "pronoun"),
            ("indirect", "GAM will resume talks with the Jakarta government next month in Switzerland",
             "said", "Teungku Agam", "Teungku Agam", "IDN", "name"),
            ("indirect", "GAM's representatives will not agree to an autonomy deal",
             "said", "He", "Teungku Agam", "IDN", "pronoun"),
            ("indirect", "the fighting has claimed the lives of more than 10,000 people on both sides",
             "say", "Rebel groups and human rights activists", "rebel groups and human rights activists", None, "nominal"),
        ],
    },
    {
        "id": "t18-georgia-saakashvili-anniversary-2009",
        "url": "https://www.insidevoa.com/a/a-13-34-2009-08-07-voa44-111609984/178216.html",
        "title": "Georgian President Talks About Russian-Georgian War and Change on First Anniversary",
        "published": "2009-08-07",
        "truncated": True,
        "note": "VOA press page (insidevoa.com). Removed: 'Accessibility links', 'Breaking News', title "
                "line, deck ('Saakashvili said the war brought many changes to Georgia’s political "
                "landscape'). Cut by the store inside the last paragraph ('... or www.voane'); that "
                "paragraph dropped. published: the dateline. The page's 'Saaskashvili' and 'has lead' "
                "are kept; 'Saaskashvili' is normalised in speaker only. That-clauses wholly in "
                "quotation marks are annotated once, as partial. 'told his government “to use ...”' "
                "is an infinitival directive inside a report: the 'He said' clause is indirect, the "
                "quoted words partial.",
        "text": """
Washington, D.C., August 7, 2009 – On the first anniversary of the Russian-Georgian war, Georgian president Mikheil Saakashvili told the Voice of America that “the international community knows that Georgia did not start the war.”
Saakashvili said the war brought many changes to Georgia’s political landscape, most importantly, a commitment “to even more democratic openness because we believe it will be our best defense from another attack.” He added that this commitment “motivates our people and strengthens ties with our allies.”
The exclusive email-interview with VOA’s Russian Service highlighted the progress that Georgia has made since last August, U.S.-Georgian relations and the political environment in Georgia today.
The Georgian president told VOA that Vice President Biden’s recent visit signaled “support for our territorial integrity and our efforts to rebuild the country, strengthen our democracy and develop close ties with the U.S. and Europe.” Saakashvili said that the Georgian people “are grateful for the support we received from the Vice President Biden, President Obama and his entire administration as well as support we received from Europe and many others.”
Opposition to the Saaskashvili government has lead to recent protests in Georgia, but Saaskashvili told VOA that “opposition and protests are an integral part of democracy.” He said that he told his government “to use maximum restraint to ensure the freedom of expression for every Georgian.” He added that he believes that the opposition now understands the people want to bring about change and reform through parliamentary debates, not through protests.
""",
        "quotes": [
            ("partial", "the international community knows that Georgia did not start the war",
             "told", "Georgian president Mikheil Saakashvili", "Mikheil Saakashvili", "GEO", "name"),
            ("indirect", "the war brought many changes to Georgia’s political landscape<<>>from another attack.”",
             "said", "Saakashvili", "Mikheil Saakashvili", "GEO", "name"),
            ("partial", "to even more democratic openness because we believe it will be our best defense from another attack",
             "said", "Saakashvili", "Mikheil Saakashvili", "GEO", "name"),
            ("indirect", "this commitment “motivates our people and strengthens ties with our allies.”",
             "added", "He", "Mikheil Saakashvili", "GEO", "pronoun"),
            ("partial", "motivates our people and strengthens ties with our allies",
             "added", "He", "Mikheil Saakashvili", "GEO", "pronoun"),
            ("indirect", "Vice President Biden’s recent visit signaled<<>>with the U.S. and Europe.”",
             "told", "The Georgian president", "Mikheil Saakashvili", "GEO", "nominal"),
            ("partial", "support for our territorial integrity<<>>with the U.S. and Europe",
             "told", "The Georgian president", "Mikheil Saakashvili", "GEO", "nominal"),
            ("indirect", "the Georgian people “are grateful<<>>Europe and many others.”",
             "said", "Saakashvili", "Mikheil Saakashvili", "GEO", "name"),
            ("partial", "are grateful for the support<<>>Europe and many others",
             "said", "Saakashvili", "Mikheil Saakashvili", "GEO", "name"),
            ("partial", "opposition and protests are an integral part of democracy",
             "told", "Saaskashvili", "Mikheil Saakashvili", "GEO", "name"),
            ("indirect", "he told his government “to use maximum restraint to ensure the freedom of expression for every Georgian.”",
             "said", "He", "Mikheil Saakashvili", "GEO", "pronoun"),
            ("partial", "to use maximum restraint to ensure the freedom of expression for every Georgian",
             "said", "He", "Mikheil Saakashvili", "GEO", "pronoun"),
            ("indirect", "he believes that the opposition now understands<<>>not through protests",
             "added", "He", "Mikheil Saakashvili", "GEO", "pronoun"),
        ],
    },
    {
        "id": "t18-haiti-preval-security-council-2006",
        "url": "https://www.voanews.com/a/a-13-haitian-president-elect-pleads-for-long-term-aid/329092.html",
        "title": "Haiti's President-Elect Pleads for Long-Term Aid",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the second quotation of the last paragraph ('... because we have police that'); that "
                "quotation dropped, the paragraph kept to 'responded Rene Preval.'. published: null "
                "(no date on the stored page or in the URL; Preval as president-elect after "
                "'last month's elections' places it in March 2006). The second quotation after "
                "'said Rene Preval.' keeps that sentence's cue. 'appealed to ... for', 'commended' "
                "and 'called on ... to' are no quotes.",
        "text": """
Haiti's President-elect Rene Preval has appealed to the international community for a long-term commitment to help rebuild his impoverished country. Mr. Preval addressed the Security Council on the first stop of a three-day visit to the United States.
The Haitian president-elect told the Security Council ambassadors that his country, considered the poorest in the hemisphere, needs massive help over many years to allow democracy to take root. He spoke to an audience that included Secretary-General Kofi Annan as well as the foreign ministers of Argentina and Greece.
"Today, Haiti is a country waiting to be built," said Rene Preval. "The problems are enormous and there's widespread urgency; poverty, widespread underemployment. The state of dilapidation of basic infrastructures that are necessary for development, chronic insecurity, these are all the major challenges to be faced by the next government."
Mr. Preval said he came to the U.N. to ask for the support of the international community in providing long-term assistance.
"Increased financial assistance from the international community is proving to be indispensable to build upon the democratic process and lay the socio-economic basis for Haiti's sustainable development," he said.
Preval commended the work of the 7,500-strong U.N. peacekeeping force in Haiti, known as MINUSTAH, for its work in creating stability for last month's elections. He called on the Brazilian-led force to intensify its work to help reform Haiti's notoriously weak and corrupt police force.
Later, at a news conference, he rejected a reporter's characterization of the peacekeepers as an occupation force, and said he would ask them to stay as long as is necessary.
"All international community thought it useful to assist Haiti," responded Rene Preval.
""",
        "quotes": [
            ("indirect", "his country, considered the poorest in the hemisphere, needs massive help over many years to allow democracy to take root",
             "told", "The Haitian president-elect", "Rene Preval", "HTI", "nominal"),
            ("direct", "Today, Haiti is a country waiting to be built",
             "said", "Rene Preval", "Rene Preval", "HTI", "name"),
            ("direct", "The problems are enormous<<>>faced by the next government.",
             "said", "Rene Preval", "Rene Preval", "HTI", "name"),
            ("indirect", "he came to the U.N. to ask for the support of the international community in providing long-term assistance",
             "said", "Mr. Preval", "Rene Preval", "HTI", "name"),
            ("direct", "Increased financial assistance<<>>Haiti's sustainable development",
             "said", "he", "Rene Preval", "HTI", "pronoun"),
            ("indirect", "he would ask them to stay as long as is necessary",
             "said", "he", "Rene Preval", "HTI", "pronoun"),
            ("direct", "All international community thought it useful to assist Haiti",
             "responded", "Rene Preval", "Rene Preval", "HTI", "name"),
        ],
    },
    {
        "id": "t18-haiti-preval-hurricane-season-2010",
        "url": "https://www.insidevoa.com/a/a-13-34-2010-02-04-voa2-111612379/178396.html",
        "title": "Haitian President Urges Swift Clean-Up Before Next Hurricane Season",
        "published": "2010-02-04",
        "truncated": True,
        "note": "VOA press page (insidevoa.com). Removed: 'Accessibility links', 'Breaking News', title "
                "line, deck ('Removing dead bodies and sheltering more than a million people remain "
                "priorities'). Cut by the store inside the next paragraph ('Stories, audio reports, "
                "photos, video and surviva'); that paragraph dropped. published: the dateline. The "
                "quotation standing alone after 'The Haitian president traced ...' has cue null and "
                "that speaker. 'expressed concern that' (noun complement) is no quote. 'He added "
                "that, “if ...”' is a that-clause wholly in quotation marks: one partial.",
        "text": """
Washington, D.C., February 4, 2010 – Haitian President Rene Garcia Preval told VOA in an exclusive interview that removing dead bodies and sheltering more than a million people remain priorities in the earthquake devastated country.
“We still have dead bodies under the rubble,” said President Preval. He expressed concern that this would become a source of disease if not dealt with quickly. He added that “more than one million people are on the street” and that the Haitian government needs 200,000 tents to shelter them.
The Haitian president traced his country’s problems to four hurricanes that struck during the summer of 2008. “So many people moved from the rural areas to Port-au-Prince after the hurricanes and the infrastructure was never rebuilt.” He added that, “if we don’t prepare for the hurricane season, we face another catastrophe. I am trying to get relief for the people and prepare for the hurricane season.”
During the interview, President Preval told VOA’s audience that he was grateful for the aid his country has received from the international community.
When asked about the American missionaries who were detained for attempting to transport Haitian children across the border into the Dominican Republic, President Preval said, “We cannot accept that foreigners come and take young Haitian children without any documentation. We don’t know if the parents gave the children freely, and an investigation will proceed to determine what happened.”
VOA Creole has long been a trusted source of news and information in Haiti and is the most popular international broadcaster in the country with a weekly audience reach of just over 50% of the adult population, according to independent survey research.
""",
        "quotes": [
            ("indirect", "removing dead bodies and sheltering more than a million people remain priorities in the earthquake devastated country",
             "told", "Haitian President Rene Garcia Preval", "Rene Garcia Preval", "HTI", "name"),
            ("direct", "We still have dead bodies under the rubble",
             "said", "President Preval", "Rene Garcia Preval", "HTI", "name"),
            ("indirect", "“more than one million people are on the street” and that the Haitian government needs 200,000 tents to shelter them",
             "added", "He", "Rene Garcia Preval", "HTI", "pronoun"),
            ("partial", "more than one million people are on the street",
             "added", "He", "Rene Garcia Preval", "HTI", "pronoun"),
            ("direct", "So many people moved from the rural areas<<>>was never rebuilt.",
             None, "The Haitian president", "Rene Garcia Preval", "HTI", "nominal"),
            ("partial", "if we don’t prepare for the hurricane season<<>>prepare for the hurricane season",
             "added", "He", "Rene Garcia Preval", "HTI", "pronoun", "He added that,"),
            ("indirect", "he was grateful for the aid his country has received from the international community",
             "told", "President Preval", "Rene Garcia Preval", "HTI", "name"),
            ("direct", "We cannot accept that foreigners come<<>>to determine what happened.",
             "said", "President Preval", "Rene Garcia Preval", "HTI", "name"),
            ("indirect", "VOA Creole has long been a trusted source<<>>of the adult population",
             "according to", "independent survey research", "independent survey research", None, "nominal"),
        ],
    },
    {
        "id": "t18-central-america-cafta-2005",
        "url": "https://www.insidevoa.com/a/a-13-34-2005-05-13-voa60/177866.html",
        "title": "Central American Presidents Seek to Strengthen U.S. Regional Trade",
        "published": "2005-05-13",
        "truncated": True,
        "note": "VOA press page (insidevoa.com). Removed: 'Accessibility links', 'Breaking News', title "
                "line, deck ('In a series of exclusive live television interviews at VOA, three "
                "Central American presidents stressed ...'). Cut by the store inside the last "
                "paragraph ('... Foro Interamericano (Inte'); that sentence dropped. published: the "
                "dateline. 'asked the U.S. to aid ...' is an infinitival directive, no quote; "
                "'applauded' takes no clause.",
        "text": """
Washington, D.C., May 13, 2005 - Three Central American presidents visiting Washington to support passage of the Central America-Dominican Republic Free Trade pact (CAFTA-DR) stressed its benefits and thanked President Bush for his support during a series of exclusive live television interviews at the Voice of America (VOA).
In their interviews, the Latin American leaders discussed the importance of having better trade relations with the U.S., which Dr. Enrique Bolaños, the president of Nicaragua, called "the biggest market in the world." El Salvador President Elías Antonio Saca noted, "The worst thing that can happen to Central America is to be left alone by the United States."
After meeting at the White House, Bolaños said President Bush "is totally in favor of CAFTA." President Ricardo Maduro of Honduras pointed out the benefits to his and neighboring countries, saying, "The approval of (CAFTA-DR) will give our government the possibility to generate highly sustainable economic growth."
Supporters say this economic growth will decrease illegal immigration to the U.S. by reducing poverty and creating new jobs in these countries. The Salvadoran president also asked the U.S. to aid immigrants already here. "I discussed immigration reforms with President Bush, and I found him receptive," Saca told VOA.
During the interview, Saca for the first time also publicly applauded the new immigration reform bill introduced in Congress by Senators John McCain (R-AZ) and Edward Kennedy (D-MA).
The interviews aired live today on television and radio.
""",
        "quotes": [
            ("partial", "the biggest market in the world",
             "called", "Dr. Enrique Bolaños", "Enrique Bolaños", "NIC", "name"),
            ("direct", "The worst thing that can happen to Central America is to be left alone by the United States.",
             "noted", "El Salvador President Elías Antonio Saca", "Elías Antonio Saca", "SLV", "name"),
            ("indirect", "President Bush \"is totally in favor of CAFTA.\"",
             "said", "Bolaños", "Enrique Bolaños", "NIC", "name"),
            ("partial", "is totally in favor of CAFTA",
             "said", "Bolaños", "Enrique Bolaños", "NIC", "name"),
            ("direct", "The approval of (CAFTA-DR)<<>>sustainable economic growth.",
             "saying", "President Ricardo Maduro of Honduras", "Ricardo Maduro", "HND", "name"),
            ("indirect", "this economic growth will decrease illegal immigration<<>>new jobs in these countries",
             "say", "Supporters", "supporters of CAFTA-DR", None, "nominal"),
            ("direct", "I discussed immigration reforms with President Bush, and I found him receptive",
             "told", "Saca", "Elías Antonio Saca", "SLV", "name"),
        ],
    },
    {
        "id": "t18-japan-onodera-nuclear-test-2013",
        "url": "http://www.insidevoa.com/a/japan-defense-minister-tells-voa-north-korea-nuke-test-a-big-threat/1602160.html",
        "title": "Japan Defense Minister Tells VOA N. Korea Nuke Test a 'Big Threat'",
        "published": None,
        "truncated": True,
        "note": "VOA press page (insidevoa.com). Removed: 'Accessibility links', 'Breaking News', title "
                "line. Cut by the store inside the next paragraph ('... is the only re'); that "
                "paragraph dropped. published: null (no date on the stored page or in the URL; North "
                "Korea's nuclear test detected 'early Tuesday' places it in February 2013). "
                "'called for China to toughen ...' is an infinitival directive, no quote. A quotation "
                "opening a clause that continues in reporter's words ('“...” by China, Onodera said') "
                "is an indirect span from the opening mark with the quoted words as partial.",
        "text": """
North Korea’s latest nuclear test is “a big threat, not only to Japan, but also to the East Asia region as a whole,” according to Japanese Defense Minister Itsunori Onodera, in an interview with Voice of America’s Steve Herman.
Herman landed an exclusive on-camera interview with the Japanese defense minister minutes after North Korea announced it had conducted a nuclear test of “several kilotons.”
Defense Minister Onodera said Japan will need to bolster its defenses, but constitutional limits on the composition of its military forces mean it will be important to strengthen Japan’s alliance with the United States.
“Due to our constitution, our country is in a very restricted situation when it comes to having nuclear weapons as well as increasing our (conventional) forces. Therefore it is very important to strengthen the U.S.-Japan security alliance,” Onodera said.
He also called for China to toughen sanctions on North Korea. “Placing a heavy tax on North Korea would be the most effective sanction” by China, Onodera said.
Herman was one of the first English language journalists in the region to report the underground activity detected in North Korea early Tuesday. “We were tweeting virtually in real time as much information as anyone probably knew who didn’t have access to classified information,” Herman says.
VOA’s Seoul-based Northeast Asia bureau chief/correspondent happened to be in Japan when the first signs of seismic activity were detected from the area around the North Korean test site. “This is not an area with a lot of earthquakes, so we suspected immediately it was some kind of underground explosion,” says Herman, whose Twitter feed (@w7voa) is widely followed in Asia by government officials, diplomats and journalists.
""",
        "quotes": [
            ("indirect", "North Korea’s latest nuclear test is “a big threat<<>>as a whole,”",
             "according to", "Japanese Defense Minister Itsunori Onodera", "Itsunori Onodera", "JPN", "name"),
            ("partial", "a big threat, not only to Japan, but also to the East Asia region as a whole",
             "according to", "Japanese Defense Minister Itsunori Onodera", "Itsunori Onodera", "JPN", "name"),
            ("indirect", "it had conducted a nuclear test of “several kilotons.”",
             "announced", "North Korea", "North Korea", "PRK", "organisation"),
            ("partial", "several kilotons",
             "announced", "North Korea", "North Korea", "PRK", "organisation"),
            ("indirect", "Japan will need to bolster its defenses<<>>alliance with the United States",
             "said", "Defense Minister Onodera", "Itsunori Onodera", "JPN", "name"),
            ("direct", "Due to our constitution<<>>U.S.-Japan security alliance",
             "said", "Onodera", "Itsunori Onodera", "JPN", "name"),
            ("indirect", "“Placing a heavy tax on North Korea would be the most effective sanction” by China",
             "said", "Onodera", "Itsunori Onodera", "JPN", "name"),
            ("partial", "Placing a heavy tax on North Korea would be the most effective sanction",
             "said", "Onodera", "Itsunori Onodera", "JPN", "name"),
            ("direct", "We were tweeting virtually in real time<<>>access to classified information",
             "says", "Herman", "Steve Herman", "USA", "name"),
            ("direct", "This is not an area with a lot of earthquakes<<>>some kind of underground explosion",
             "says", "Herman", "Steve Herman", "USA", "name"),
        ],
    },
    {
        "id": "t18-syria-jamraya-banias-2013",
        "url": "http://www.voanews.com/articleprintview/1654769.html",
        "title": "Syria Accuses Israel of Rocket Attack Near Damascus",
        "published": None,
        "truncated": False,
        "note": "Print view of a voanews.com story. Removed: 'Accessibility links', 'Breaking News', "
                "title line, the 'VOA News' byline box ('16x9 Image ... wire service reports.') and "
                "'XS SM MD LG'. Whole as stored. published: null (no date on the stored page; the "
                "strike on Jamraya and the Bayda killings place it on a Sunday in May 2013). Quoted "
                "words after 'accused X of' and 'condemned' are partials of the accuser/condemner; "
                "'accused ... of committing war crimes' (no quoted words) is no quote.",
        "text": """
Syria's capital Damascus was rocked by explosions early Sunday.
Syrian state-run media said Israeli rockets had struck a military research center on the outskirts of the capital.
The blasts occurred a day after an Israeli official said his country had carried out an air strike targeting a consignment of missiles in Syria. The research center in Jamraya hit Sunday was also targeted by Israel in January.
Earlier, activists in Syria said thousands of Sunni Muslims have fled the coastal city of Banias, fearing attacks after the alleged mass killings at a nearby village.
The Britain-based Syria Observatory for Human Rights estimated that 4,000 Sunnis fled their homes early Saturday. An observatory official told VOA pro-government security forces are instigating the exodus.
The observatory has accused Syrian forces of killing at least 150 civilians, including women and children, in a "large-scale massacre" in the northwest village of Bayda on Thursday.
Bayda is mainly inhabited by Sunni Muslims who dominate the country's rebel movement.
On Saturday, the U.S. State Department condemned the "atrocities" committed in Bayda. A spokesperson said the U.S. is "appalled by horrific reports" of the many civilians killed in the attack.
Rights groups have accused government and rebel forces of committing war crimes during the Syrian conflict, which has killed at least 70,000 people.
""",
        "quotes": [
            ("indirect", "Israeli rockets had struck a military research center on the outskirts of the capital",
             "said", "Syrian state-run media", "Syrian state-run media", "SYR", "organisation"),
            ("indirect", "his country had carried out an air strike targeting a consignment of missiles in Syria",
             "said", "an Israeli official", "Israeli official", "ISR", "nominal"),
            ("indirect", "thousands of Sunni Muslims have fled the coastal city of Banias<<>>at a nearby village",
             "said", "activists in Syria", "activists in Syria", "SYR", "nominal"),
            ("indirect", "4,000 Sunnis fled their homes early Saturday",
             "estimated", "The Britain-based Syria Observatory for Human Rights", "Syria Observatory for Human Rights", "NGO", "organisation"),
            ("indirect", "pro-government security forces are instigating the exodus",
             "told", "An observatory official", "Syria Observatory for Human Rights official", "NGO", "nominal"),
            ("partial", "large-scale massacre",
             "accused", "The observatory", "Syria Observatory for Human Rights", "NGO", "organisation"),
            ("partial", "atrocities",
             "condemned", "the U.S. State Department", "U.S. State Department", "USA", "organisation"),
            ("indirect", "the U.S. is \"appalled by horrific reports\" of the many civilians killed in the attack",
             "said", "A spokesperson", "State Department spokesperson", "USA", "nominal"),
            ("partial", "appalled by horrific reports",
             "said", "A spokesperson", "State Department spokesperson", "USA", "nominal"),
        ],
    },
    {
        "id": "t18-afghanistan-karzai-audit-2014",
        "url": "https://www.insidevoa.com/a/voa-exclusive-interview-with-president-karzai/1958231.html",
        "title": None,
        "published": None,
        "truncated": True,
        "note": "VOA press page (insidevoa.com). The stored page begins with the story text (no "
                "furniture and no title line stored, so title is null). Cut by the store inside the "
                "last sentence kept in part ('... to help the people of Afg'); that sentence dropped. "
                "published: null (the audit deal after the June 14 runoff and 'spoke with VOA Monday' "
                "place it in July 2014). 'What made him accept it, he said, is that the “...”': the "
                "attribution interrupts the clause; the indirect span is the complement after it, "
                "as for 'But, he said, it is done ...' in test16. The quotation standing alone after "
                "'Karzai said they were not unusual.' has cue null.",
        "text": """
In an exclusive interview with Voice of America, Afghan President Hamid Karzai made clear his displeasure with the deal recently brokered by Secretary of State Kerry in which the Afghan government agreed to an audit of all votes cast in the June presidential runoff. What made him accept it, he said, is that the “Afghan people are waiting ... impatiently to have a new president.”
President Karzai spoke with VOA Monday at the Presidential Palace in Kabul. He said he was deeply worried about foreign interference in the audit process, but added that “not accepting it would have caused more complications for the people of Afghanistan. I believe I did the right thing.”
The agreement calls for a full audit of the more than eight million ballots over the next three weeks under the supervision of international monitors. President Karzai told VOA he would “stand firmly behind” whichever candidate won the runoff and was named president, be it Abdullah Abdullah or Ashraf Ghani. Both claim victory in the June 14 runoff.
VOA Director David Ensor, who served for 17 months as Director of Communications and Public Diplomacy at the U.S. Embassy in Kabul, said of the exclusive interview, “We are proud to be playing a major role during a pivotal point in the country’s history -- its first democratic transfer of power. VOA has been providing vital news and information to our Afghan audience throughout the election process.”
VOA Afghan Service reporters Ahmad Fawad Lami and Shaista Sadat conducted the on-camera, tri-lingual (Pashto, Dari and English) interview with President Karzai. When asked about the ethnic tensions caused by the election, Karzai said they were not unusual. “These are the hiccups of the election time; they occur in all countries around the world.”
""",
        "quotes": [
            ("indirect", "the “Afghan people are waiting ... impatiently to have a new president.”",
             "said", "he", "Hamid Karzai", "AFG", "pronoun"),
            ("partial", "Afghan people are waiting ... impatiently to have a new president",
             "said", "he", "Hamid Karzai", "AFG", "pronoun"),
            ("indirect", "he was deeply worried about foreign interference in the audit process",
             "said", "He", "Hamid Karzai", "AFG", "pronoun"),
            ("partial", "not accepting it would have caused<<>>I did the right thing",
             "added", "He", "Hamid Karzai", "AFG", "pronoun"),
            ("indirect", "he would “stand firmly behind” whichever candidate<<>>or Ashraf Ghani",
             "told", "President Karzai", "Hamid Karzai", "AFG", "name"),
            ("partial", "stand firmly behind",
             "told", "President Karzai", "Hamid Karzai", "AFG", "name"),
            ("direct", "We are proud to be playing a major role<<>>throughout the election process.",
             "said", "VOA Director David Ensor", "David Ensor", "USA", "name"),
            ("indirect", "they were not unusual",
             "said", "Karzai", "Hamid Karzai", "AFG", "name"),
            ("direct", "These are the hiccups of the election time; they occur in all countries around the world.",
             None, "Karzai", "Hamid Karzai", "AFG", "name"),
        ],
    },
    {
        "id": "t18-pakistan-musharraf-interview-2013",
        "url": "https://www.insidevoa.com/a/pervez-musharraf-on-voa/1595604.html",
        "title": "Pervez Musharraf on VOA",
        "published": None,
        "truncated": False,
        "note": "VOA press page (insidevoa.com). Removed: 'Accessibility links', 'Breaking News', title "
                "line, photo caption (stored twice), and the closing link line ('For more information "
                "about VOA’s Urdu language programs visit'). Whole as stored otherwise. published: "
                "null (Musharraf's planned return for 'the upcoming presidential election' places it "
                "in early 2013). The reported question 'she asked if ...' is indirect (round 8 "
                "decision); ‘off the cuff’ inside the quotation is a scare quote, not annotated.",
        "text": """
A VOA interview with former Pakistani President Pervez Musharraf sparked widespread interest among Pakistani news channels this week.
Several TV networks including Geo, Dunya, Express, Samaa and Aaj, rebroadcast parts of the interview, which focused on allegations that have surfaced against the former president as well as his plans to return home and take part in the upcoming presidential election.
Musharraf, who spoke with VOA’s Ayesha Tanzeem, host of the Urdu Service TV program Access Point, and the English language show, On the Line, commented for the first time on the recent allegations against him, which are contained in a new book written by a former general.
Musharraf called the allegations “malicious propaganda” and nonsense that was harming the interests of Pakistan.
Tanzeem says she was surprised the former president declined to take a strong position on the need for democratic principles in Pakistan, which has seen a number of military coups since independence in 1947.
When she asked if he would oppose a military coup if one was launched in Pakistan, Musharraf said, “one has to see when such things happen, these are not simple affairs which can be decided ‘off the cuff’ like this.” He said, “Whatever is in the interests of Pakistan, I will support that.”
The interview with Musharraf, which was conducted in both English and Urdu, was one of only two he granted during his visit to Washington.
""",
        "quotes": [
            ("partial", "malicious propaganda",
             "called", "Musharraf", "Pervez Musharraf", "PAK", "name"),
            ("indirect", "she was surprised the former president declined to take a strong position on the need for democratic principles in Pakistan",
             "says", "Tanzeem", "Ayesha Tanzeem", "USA", "name"),
            ("indirect", "if he would oppose a military coup if one was launched in Pakistan",
             "asked", "she", "Ayesha Tanzeem", "USA", "pronoun"),
            ("direct", "one has to see when such things happen<<>>‘off the cuff’ like this.",
             "said", "Musharraf", "Pervez Musharraf", "PAK", "name"),
            ("direct", "Whatever is in the interests of Pakistan, I will support that.",
             "said", "He", "Pervez Musharraf", "PAK", "pronoun"),
        ],
    },
    {
        "id": "t18-tibet-envoys-fourth-trip-2005",
        "url": "https://www.insidevoa.com/a/a-13-34-2005-05-04-voa79/177899.html",
        "title": "Dalai Lama Envoys Plan to Visit China",
        "published": "2005-05-04",
        "truncated": True,
        "note": "VOA press page (insidevoa.com). Removed: 'Accessibility links', 'Breaking News', title "
                "line, deck (the first quotation repeated as a pull quote). Cut by the store inside "
                "the next paragraph ('... funded by the U.S. governmen'); that paragraph dropped. "
                "published: the dateline. 'Asked if this amounted to appeasement' has no named asker "
                "and is not annotated. speaker_country of the Dalai Lama's envoy (Tibetan "
                "government-in-exile): null, no actor code fits.",
        "text": """
Washington, D.C., May 4, 2005 - Envoys of the Dalai Lama will soon make their fourth trip to China, according to his Special Envoy in Washington Lodi Gyari.
"Everything is decided except the timing of the visit, and we are in touch with concerned Chinese leadership," said Gyari, who was a guest on the Voice of America's (VOA) Tibetan-language program, Talk to VOA. VOA's program, which began broadcasting March 23, is the first regularly scheduled TV show seen inside Tibet that has not been pre-approved by the Chinese authorities.
Gyari told VOA the Sino-Tibetan problem is an "extremely complex" issue that cannot be resolved within a short period of time. Last September, he and Envoy Kelsang Gyaltsen and two assistants visited Tibet and several locations in China. It was their third visit to China.
Gyari said that Tibetan exiles did not protest during Chinese Premier Wen Jiabao's mid-April visit to India, as they normally would have, because the Tibetan government-in-exile had urged Tibetans to refrain from demonstrating against the visit in order to create an atmosphere conducive to Tibetan-Chinese dialogue. Asked if this amounted to appeasement, he said the government-in-exile felt restraint was in the interest of the Tibetan people. Gyari pointed out that despite his government's stance, the Tibetan Youth Congress, which advocates complete independence for Tibet, did manage to stage some protests despite stringent Indian security preparations.
Talk to VOA is a one-hour program and is broadcast weekly via satellite television, shortwave radio, and the Internet in real time. The Asiasat 2 network carries the television portion of the program.
""",
        "quotes": [
            ("indirect", "Envoys of the Dalai Lama will soon make their fourth trip to China",
             "according to", "his Special Envoy in Washington Lodi Gyari", "Lodi Gyari", None, "name"),
            ("direct", "Everything is decided except the timing of the visit, and we are in touch with concerned Chinese leadership",
             "said", "Gyari", "Lodi Gyari", None, "name"),
            ("indirect", "the Sino-Tibetan problem is an \"extremely complex\" issue that cannot be resolved within a short period of time",
             "told", "Gyari", "Lodi Gyari", None, "name"),
            ("partial", "extremely complex",
             "told", "Gyari", "Lodi Gyari", None, "name"),
            ("indirect", "Tibetan exiles did not protest during<<>>Tibetan-Chinese dialogue",
             "said", "Gyari", "Lodi Gyari", None, "name"),
            ("indirect", "the government-in-exile felt restraint was in the interest of the Tibetan people",
             "said", "he", "Lodi Gyari", None, "pronoun"),
            ("indirect", "despite his government's stance, the Tibetan Youth Congress<<>>security preparations",
             "pointed out", "Gyari", "Lodi Gyari", None, "name"),
        ],
    },
    {
        "id": "t18-tibet-gyari-olympics-talks-2008",
        "url": "https://www.voatibetan.com/a/a-28-2008-07-05-voa1-90307412/1273531.html",
        "title": "Dalai Lama Envoy Says Olympics Limit China Talks",
        "published": "2008-07-05",
        "truncated": False,
        "note": "VOA Tibetan's English page. Removed: the language link 'བོད་སྐད།' after the title line, "
                "and the title line. Whole as stored. published: the date in the URL. "
                "'repeated accusations ... that', 'rejected the accusations' and 'denies Chinese "
                "allegations that' are noun complements, no quotes. 'He said he rejected ... and told "
                "his Chinese counterparts that X' is annotated once, on the 'He said' clause (no "
                "overlapping indirect spans). speaker_country of the envoy: null (see test18 README).",
        "text": """
An envoy to the Tibetan spiritual leader, the Dalai Lama, says he will not know how sincere China is about negotiations until after the Beijing Olympics.
Lodi Gyari says there is a widespread belief the Chinese are only meeting the Dalai Lama's representatives because of China's need to project a positive international image ahead of the Olympics.
Lodi Gyari says his Chinese counterparts repeated accusations during the most recent talks that the Dalai Lama wants to sabotage next month's Olympic Games. He said he rejected the accusations and told his Chinese counterparts that if they are not serious about dialogue, the talks will amount to a waste of time.
He says the latest round of talks with China were among the most difficult sessions held so far. Another meeting is expected in October.
Lodi Gyari said in a statement after the meeting that Chinese negotiators failed to take what he called "any tangible steps." And he said the Chinese declined to issue a joint statement with the Dalai Lama's envoys following the meeting.
The Dalai Lama has voiced support for the Beijing Olympics, and denies Chinese allegations that he wants independence for Tibet.
The Chinese and Tibetan envoys met Tuesday and Wednesday in Beijing. It was their first meeting since May, and followed calls from world leaders, including U.S. President George Bush, to resume their talks.
""",
        "quotes": [
            ("indirect", "he will not know how sincere China is about negotiations until after the Beijing Olympics",
             "says", "An envoy to the Tibetan spiritual leader", "Lodi Gyari", None, "nominal"),
            ("indirect", "there is a widespread belief the Chinese are only meeting<<>>ahead of the Olympics",
             "says", "Lodi Gyari", "Lodi Gyari", None, "name"),
            ("indirect", "his Chinese counterparts repeated accusations<<>>next month's Olympic Games",
             "says", "Lodi Gyari", "Lodi Gyari", None, "name"),
            ("indirect", "he rejected the accusations and told his Chinese counterparts<<>>a waste of time",
             "said", "He", "Lodi Gyari", None, "pronoun"),
            ("indirect", "the latest round of talks with China were among the most difficult sessions held so far",
             "says", "He", "Lodi Gyari", None, "pronoun"),
            ("indirect", "Chinese negotiators failed to take what he called \"any tangible steps.\"",
             "said", "Lodi Gyari", "Lodi Gyari", None, "name"),
            ("partial", "any tangible steps",
             "called", "he", "Lodi Gyari", None, "pronoun"),
            ("indirect", "the Chinese declined to issue a joint statement with the Dalai Lama's envoys following the meeting",
             "said", "he", "Lodi Gyari", None, "pronoun"),
        ],
    },
    {
        "id": "t18-tibet-envoys-lhasa-2002",
        "url": "https://www.voanews.com/a/a-13-a-2002-09-14-12-dalai-67580797/388935.html",
        "title": "Dalai Lama Envoys Said to Be Visiting Tibet - 2002-09-14",
        "published": "2002-09-14",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Whole as stored (ends "
                "after the last sentence kept; the store may have cut later paragraphs). published: "
                "the date in the URL. 'are said to be visiting' (no speaker), 'will not say exactly "
                "where', 'would not tell journalists exactly when' (negated, no content) and 'China "
                "accuses ... of' are not annotated. The second indirect span ends before the "
                "reporter's apposition ', capital of the region ...'.",
        "text": """
Envoys from Tibet's exiled spiritual leader the Dalai Lama are said to be visiting Tibet following rare talks in Beijing. It is a small step toward resolving decades of conflict over who should rule the region. Sources in the Tibetan exile community say the envoys, including Lodi Gyari, have started their visit to Tibet but they will not say exactly where in the vast region they are. Other sources tell VOA's Tibetan service the envoys are in Lhasa, capital of the region that has been ruled by China for the past half century.
The administrator who runs the Potala Palace, home to Dalai Lamas for centuries, said he expects to see the envoys but would not tell journalists exactly when.
The visit follows secretive talks in Beijing that may have covered setting up more formal talks, perhaps leading to a visit to Tibet by the Dalai Lama. There has been no public comment about the talks.
China accuses the Dalai Lama of waging a campaign to split Tibet from China. Tibet's spiritual leader fled his home in 1959 after a failed uprising against Chinese rule. He won the Nobel Peace Prize in 1989 for his peaceful but persistent struggle against Chinese rule.
Chinese troops imposed communism on the deeply religious Buddhist region in 1950. Human rights groups say Chinese officials throw Tibetans in jail for the slightest expression of dissent and commits widespread human rights abuses.
China denies these allegations and says its rule improved the economic condition of a desperately poor region and freed Tibetans from a feudal theocracy that forced them to live lives of serfdom.
China also says it is spending millions of dollars to restore monasteries and temples that are the heart of Tibet's unique brand of Buddhism. Thousands of religious facilities were destroyed during China's Cultural Revolution in the 1960's.
""",
        "quotes": [
            ("indirect", "the envoys, including Lodi Gyari, have started their visit to Tibet",
             "say", "Sources in the Tibetan exile community", "sources in the Tibetan exile community", None, "nominal"),
            ("indirect", "the envoys are in Lhasa",
             "tell", "Other sources", "other sources", None, "nominal"),
            ("indirect", "he expects to see the envoys",
             "said", "The administrator who runs the Potala Palace", "administrator of the Potala Palace", "CHN", "nominal"),
            ("indirect", "Chinese officials throw Tibetans in jail<<>>widespread human rights abuses",
             "say", "Human rights groups", "human rights groups", "NGO", "nominal"),
            ("indirect", "its rule improved the economic condition<<>>lives of serfdom",
             "says", "China", "China", "CHN", "organisation"),
            ("indirect", "it is spending millions of dollars to restore monasteries<<>>brand of Buddhism",
             "says", "China", "China", "CHN", "organisation"),
        ],
    },
    {
        "id": "t18-ukraine-poroshenko-washington-2022",
        "url": "https://www.voanews.com/a/voa-interview-former-ukrainian-president-poroshenko/6877312.html",
        "title": "VOA Interview: Former Ukrainian President Poroshenko",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (stored "
                "twice). Kept to the end of the introduction: the stored page continues with "
                "'This interview has been edited for clarity and brevity.' and a question-and-answer "
                "transcript whose answers carry no quotation marks (outside the guideline's quote "
                "kinds), which was not kept; the store cuts it inside an answer. published: null "
                "(the White House request of 'almost $38 billion' and the return from Kherson 'one "
                "week ago' place it in November 2022). 'calling on them to neither trust nor be "
                "afraid of ...' is an infinitival directive, no quote.",
        "text": """
Former Ukraine President Petro Poroshenko told VOA during a recent visit to Washington that he has held meetings with international partners, calling on them to neither trust nor be afraid of Russian President Vladimir Putin.
Poroshenko said there are several things needed for Ukraine's victory over Russia: weapons and financial assistance to Ukraine, stricter sanctions on Russia, the creation of a global anti-Putin coalition, and Ukrainian membership in NATO.
During his visits, Poroshenko said he had meetings on Capitol Hill, at the Pentagon and State Department and participated in an International Democratic Union forum. The conference, which brought together leaders of democratic parties from many countries, awarded Poroshenko with the IDU Bush-Thatcher Award for Freedom.
""",
        "quotes": [
            ("indirect", "he has held meetings with international partners",
             "told", "Former Ukraine President Petro Poroshenko", "Petro Poroshenko", "UKR", "name"),
            ("indirect", "there are several things needed for Ukraine's victory over Russia<<>>membership in NATO",
             "said", "Poroshenko", "Petro Poroshenko", "UKR", "name"),
            ("indirect", "he had meetings on Capitol Hill<<>>International Democratic Union forum",
             "said", "Poroshenko", "Petro Poroshenko", "UKR", "name"),
        ],
    },
    {
        "id": "t18-balkans-leaders-un-2009",
        "url": "https://insidevoa.com/amp/a-13-34-2009-09-25-balkan-leaders-un-111607314/178036.html",
        "title": "Balkan Leaders Tell VOA U.S. Involvement Needed in the Region",
        "published": "2009-09-25",
        "truncated": True,
        "note": "VOA press page (insidevoa.com, AMP copy). Removed: title line and deck ('Say reforms "
                "need US engagement'). Cut by the store inside the last paragraph ('... every week "
                "to'); that paragraph dropped. published: the dateline. The colon attribution "
                "'added: \"...\"' has a verb (cue 'added'). Mesic's quotation contains Obama's nested "
                "quotation ('This is our best friend in NATO.'): as overlapping direct spans are not "
                "allowed, Mesic's span runs to 'he said' and Obama's inner quotation is its own "
                "direct quote (speaker 'he' -> Obama). The quotation standing alone after 'Mesic "
                "told VOA ...' has cue null.",
        "text": """
Washington, D.C., September 25, 2009 – Leaders from Bosnia, Croatia, Kosovo, Macedonia, Montenegro and Serbia said, in separate interviews with the Voice of America (VOA), that strong U.S. involvement in the Balkans is vital for their countries' futures.
"(The) world expects President Obama to conduct miracles, and we have high expectations too," said Bosnia President Zeljko Komsic. "Successful reforms and processes in Bosnia and the other Balkan countries could not happen without strong U.S. engagement."
Komsic, who was interviewed with the other leaders on the sidelines of the U.N. General Assembly meeting in New York this week, added: "There has never been less unity among Bosnian leaders and politicians regarding the future of the country, its borders, institutions…."
Croatian President Stjepan Mesic told VOA that President Obama greeted him warmly at a reception. "When he [Obama] introduced me to others, and especially his wife, he said, 'This is our best friend in NATO.'" The statement was circulated widely by media in Croatia.
Also interviewed were Prime Minister Milo Djukanovic of Montenegro, President Fatmir Sejdiu of Kosovo, President Boris Tadic of Serbia and President Gjorge Ivanov of Macedonia.
VOA television programs are broadcast to the Balkans in Albanian, Serbian, Bosnian, Croatian, Greek and Macedonian. In addition, broadcasts in Albanian, Croatian and Greek are carried by radio. All services are expanding their robust online products, which include websites, blogs and video-sharing on YouTube. VOA is a leading international broadcaster in the region.
""",
        "quotes": [
            ("indirect", "strong U.S. involvement in the Balkans is vital for their countries' futures",
             "said", "Leaders from Bosnia, Croatia, Kosovo, Macedonia, Montenegro and Serbia", "Balkan leaders", None, "nominal"),
            ("direct", "(The) world expects President Obama to conduct miracles, and we have high expectations too",
             "said", "Bosnia President Zeljko Komsic", "Zeljko Komsic", "BIH", "name"),
            ("direct", "Successful reforms and processes<<>>strong U.S. engagement.",
             "said", "Bosnia President Zeljko Komsic", "Zeljko Komsic", "BIH", "name"),
            ("direct", "There has never been less unity<<>>institutions….",
             "added", "Komsic", "Zeljko Komsic", "BIH", "name"),
            ("indirect", "President Obama greeted him warmly at a reception",
             "told", "Croatian President Stjepan Mesic", "Stjepan Mesic", "HRV", "name"),
            ("direct", "When he [Obama] introduced me to others, and especially his wife, he said",
             None, "Croatian President Stjepan Mesic", "Stjepan Mesic", "HRV", "name"),
            ("direct", "This is our best friend in NATO.",
             "said", "he", "Obama", "USA", "pronoun"),
        ],
    },
    {
        "id": "t18-sudan-jem-noor-2004",
        "url": "https://www.voanews.com/a/a-13-a-2004-02-10-16-sudan-67338632/382255.html",
        "title": "Sudan Rebels Deny Government Claim of Control over Darfur - 2004-02-10",
        "published": "2004-02-10",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the next paragraph ('... the smaller Sudan Federal Democratic Alli'); that paragraph "
                "dropped. published: the date in the URL. 'is denying ... claim that' is a noun "
                "complement and 'as Sudanese President Omar Al-Bashir claims' has no clause of its "
                "own: neither is annotated. The report 'He says he has crushed our rebels' inside "
                "Noor's direct quotation is not annotated separately (no overlapping spans). The "
                "second quotation after 'asserted Mr. Noor.' keeps that sentence's cue.",
        "text": """
One of the rebel groups in the western Darfur region of Sudan is denying Sudanese President Omar Al-Bashir's claim that government forces are in full control of the troubled province. Meanwhile, the government in Khartoum says it will not attend talks later this week with rebels in Geneva to discuss opening a humanitarian corridor through Darfur.
Speaking to VOA by satellite telephone, an official with the rebel Justice and Equality Movement, Abubaka Ahmed Noor, said the year-old rebellion in the Darfur region has not been defeated, as Sudanese President Omar Al-Bashir claims.
"It is not a true report," said Mr. Noor. "He says he has crushed our rebels in Darfur. Actually, [it is] not like that. Because they are bombing the civilians, we evacuated the towns. And now, we're surrounding their military and troops in rural areas under our control."
In a statement read on state-run television Monday, President Bashir declared that all major military operations in western Darfur, bordering Chad, had ended.
Describing the area as being entirely in government hands, Mr. Bashir said he would give amnesty to all rebels who surrender their weapons to police within a month. He warned that government forces would fight again, if the rebels did not disarm peacefully.
Mr. Noor, with the Justice and Equality Movement, says that while his group wants a peaceful resolution to the conflict, it will never accept a deal proposed by the Sudanese president or his government.
"Anything comes through Bashir, we reject them," asserted Mr. Noor. "We don't believe them. Anytime [there] is a call for peace, we will be there, but we want a witness to attend and see what the government is saying and what they're doing. We will never sit alone with them, unless there is a witness."
""",
        "quotes": [
            ("indirect", "it will not attend talks later this week with rebels in Geneva to discuss opening a humanitarian corridor through Darfur",
             "says", "the government in Khartoum", "government of Sudan", "SDN", "organisation"),
            ("indirect", "the year-old rebellion in the Darfur region has not been defeated",
             "said", "Abubaka Ahmed Noor", "Abubaka Ahmed Noor", "SDN", "name"),
            ("direct", "It is not a true report",
             "said", "Mr. Noor", "Abubaka Ahmed Noor", "SDN", "name"),
            ("direct", "He says he has crushed our rebels in Darfur.<<>>rural areas under our control.",
             "said", "Mr. Noor", "Abubaka Ahmed Noor", "SDN", "name"),
            ("indirect", "all major military operations in western Darfur, bordering Chad, had ended",
             "declared", "President Bashir", "Omar Al-Bashir", "SDN", "name"),
            ("indirect", "he would give amnesty to all rebels who surrender their weapons to police within a month",
             "said", "Mr. Bashir", "Omar Al-Bashir", "SDN", "name"),
            ("indirect", "government forces would fight again, if the rebels did not disarm peacefully",
             "warned", "He", "Omar Al-Bashir", "SDN", "pronoun"),
            ("indirect", "while his group wants a peaceful resolution<<>>or his government",
             "says", "Mr. Noor", "Abubaka Ahmed Noor", "SDN", "name"),
            ("direct", "Anything comes through Bashir, we reject them",
             "asserted", "Mr. Noor", "Abubaka Ahmed Noor", "SDN", "name"),
            ("direct", "We don't believe them.<<>>unless there is a witness.",
             "asserted", "Mr. Noor", "Abubaka Ahmed Noor", "SDN", "name"),
        ],
    },
    {
        "id": "t18-zimbabwe-tsvangirai-police-2011",
        "url": "https://www.voazimbabwe.com/a/zimbabwe-pm-tsvangirai-accuses-police-of-fomenting-violence-133102988/1469209.html",
        "title": "Zimbabwean Prime Minister Tsvangirai Accuses Police of Fanning Violence",
        "published": None,
        "truncated": True,
        "note": "VOA Zimbabwe page. Removed: 'Accessibility links', 'Breaking News', title line, deck "
                "(the 'In prepared remarks ...' sentence repeated above the story, cut there). Cut by "
                "the store inside the last sentence kept in part ('... Tsvangirai appearances later "
                "tha'); that sentence dropped. published: null (Tsvangirai as prime minister and "
                "elections expected 'by the middle of this year' place it in the unity government "
                "of 2009-2013, probably 2011). 'accused the national police of' is no quote; "
                "'suggested that Mugabe consider ...' is a mandative clause (indirect); 'what "
                "credible reports say is prostate cancer ...' is relative reported speech, span as "
                "in test16 ('was propaganda').",
        "text": """
Zimbabwean Prime Minister Morgan Tsvangirai Wednesday accused the national police of undermining the peace following a disturbance in Harare on Tuesday close by the offices of his formation of the Movement for Democratic Change.
During a news conference Mr. Tsvangirai also suggested that President Robert Mugabe consider stepping down from office given his age and health - Mr. Mugabe over the past few years has been shuttling between Harare and Singapore for medical treatment of what credible reports say is prostate cancer that has spread to other organs.
In prepared remarks, Mr. Tsvangirai cited "rising political tensions ... increasing cases of violence, sabotage and total disrespect by the police and other government agencies of the prime minister, even as he executes government programs."
On Tuesday, police in Harare pursued street vendors into the downtown building in which Mr. Tsvangirai's party has its headquarters and fired off teargas canisters, then "tried to force their way into the offices for no apparent reason," Mr. Tsvangirai said.
"They threatened bystanders, threw tear gas into crowds going about their business and brought the entire city into a standstill as citizens scurried for cover," he said.
The police have also barred the prime minister from holding political rallies around the country in a replay of the approach to the 2008 general elections.
"On Saturday, I was scheduled to tour St. Paul's clinic in Lupane (Matabeleland North province), but police in three truckloads chased away staff an hour before my arrival and locked the gate," Mr. Tsvangirai said.
""",
        "quotes": [
            ("indirect", "President Robert Mugabe consider stepping down from office given his age and health",
             "suggested", "Mr. Tsvangirai", "Morgan Tsvangirai", "ZWE", "name"),
            ("indirect", "is prostate cancer that has spread to other organs",
             "say", "credible reports", "credible reports", None, "nominal"),
            ("partial", "rising political tensions<<>>executes government programs",
             "cited", "Mr. Tsvangirai", "Morgan Tsvangirai", "ZWE", "name"),
            ("indirect", "On Tuesday, police in Harare pursued street vendors<<>>for no apparent reason,\"",
             "said", "Mr. Tsvangirai", "Morgan Tsvangirai", "ZWE", "name"),
            ("partial", "tried to force their way into the offices for no apparent reason",
             "said", "Mr. Tsvangirai", "Morgan Tsvangirai", "ZWE", "name"),
            ("direct", "They threatened bystanders<<>>scurried for cover",
             "said", "he", "Morgan Tsvangirai", "ZWE", "pronoun"),
            ("direct", "On Saturday, I was scheduled to tour<<>>locked the gate",
             "said", "Mr. Tsvangirai", "Morgan Tsvangirai", "ZWE", "name"),
        ],
    },
    {
        "id": "t18-iraq-baghdad-market-bombing-2007",
        "url": "https://www.voanews.com/a/a-13-2007-03-18-voa18/331930.html",
        "title": "Baghdad Car Bombing Kills 3 in Mainly Shi'ite Neighborhood",
        "published": "2007-03-18",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Whole as stored. "
                "published: the date in the URL. The page's 'at a busy market at a northern Baghdad "
                "market' and 'deaths of least seven' are kept. 'announced the deaths of ...' takes no "
                "clause. 'The Reuters news agency says it reached Ani by phone, and he said X': the "
                "agency's clause is annotated up to 'by phone' and Ani's inner clause separately (no "
                "overlapping indirect spans).",
        "text": """
Iraqi officials say a car bombing at a busy market at a northern Baghdad market has killed three people.
Authorities say the blast Sunday struck a mainly Shi'ite neighborhood.
Other violence today included a roadside bombing in eastern Baghdad that killed at least one police officer, and a mortar attack that killed one person in central Baghdad. At least one person was killed in an attack in Baghdad's Shorja market.
The US military announced the deaths of least seven American troops on Saturday, including four in a roadside bombing in western Baghdad.
The military says the other deaths were of a soldier in an explosion in Diyala province Saturday, and a Marine in combat in al-Anbar province. It says a soldier also died in a non-combat related incident.
Meanwhile, Iraqi security forces say they seized a cache of weapons and arrested seven suspects in a raid earlier this month at the home of Dhafir al-Ani, a leading Sunni Arab parliamentarian.
An Iraqi military spokesman says traces of explosives were found in vehicles at the home.
The Reuters news agency says it reached Ani by phone, and he said the charges were fabricated by Shi'ite death squads that had infiltrated the Iraqi security forces. He also charged that six of his guards who were detained were tortured.
Some information for this report was provided by AFP, AP and Reuters.
""",
        "quotes": [
            ("indirect", "a car bombing at a busy market at a northern Baghdad market has killed three people",
             "say", "Iraqi officials", "Iraqi officials", "IRQ", "nominal"),
            ("indirect", "the blast Sunday struck a mainly Shi'ite neighborhood",
             "say", "Authorities", "Iraqi authorities", "IRQ", "nominal"),
            ("indirect", "the other deaths were of a soldier<<>>in al-Anbar province",
             "says", "The military", "US military", "USA", "organisation"),
            ("indirect", "a soldier also died in a non-combat related incident",
             "says", "It", "US military", "USA", "pronoun"),
            ("indirect", "they seized a cache of weapons<<>>a leading Sunni Arab parliamentarian",
             "say", "Iraqi security forces", "Iraqi security forces", "IRQ", "organisation"),
            ("indirect", "traces of explosives were found in vehicles at the home",
             "says", "An Iraqi military spokesman", "Iraqi military spokesman", "IRQ", "nominal"),
            ("indirect", "it reached Ani by phone",
             "says", "The Reuters news agency", "Reuters", None, "organisation"),
            ("indirect", "the charges were fabricated by Shi'ite death squads that had infiltrated the Iraqi security forces",
             "said", "he", "Dhafir al-Ani", "IRQ", "pronoun"),
            ("indirect", "six of his guards who were detained were tortured",
             "charged", "He", "Dhafir al-Ani", "IRQ", "pronoun"),
        ],
    },
    {
        "id": "t18-turkey-incursion-northern-iraq-2007",
        "url": "https://voanews.com/a/a-13-2007-12-18-voa49/331469.html",
        "title": "Turkish Military Says 'Heavy Blow' Inflicted on Kurdish Rebels",
        "published": "2007-12-18",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', 'News', title line, 'XS SM MD LG'. "
                "Whole as stored. published: the date in the URL. 'did not say how many ...' "
                "(negated, no content), 'cautioned ... against', 'accused Washington of' and "
                "'accuses the group of' are no quotes.",
        "text": """
The Turkish military says its ground troops conducted a small-scale incursion into northern Iraq Tuesday and that the military has dealt a heavy blow to Kurdish rebels based there.
In a statement on its Web site Tuesday, the military said Turkish troops ventured several kilometers into Iraqi territory. It said soldiers acted after they determined that rebels of the Kurdistan Workers' Party were preparing to sneak into Turkey before dawn on Tuesday.
The military did not say how many soldiers were involved in the operation or if they have all returned to Turkey. But Iraqi Kurdish officials put the number in the hundreds and say the troops have withdrawn.
Earlier Tuesday, U.S. Secretary of State Condoleezza Rice said the United States, Turkey and Iraq share a common interest in stopping Kurdish rebel activities. Rice also cautioned the parties against actions that could destabilize northern Iraq.
She made the comments during a visit to Baghdad.
Iraq's Foreign Minister Hoshyar Zebari says the Iraqi government understands Turkey's security concerns, but he says unilateral action is unacceptable.
On Sunday, Turkish warplanes bombed several villages in northern Iraq in raids targeting the PKK. Iraqi Kurdish regional Prime Minister Nechirvan Barzani on Tuesday accused Washington of approving the Turkish air strikes because the U.S. military controls Iraq's airspace.
Rice says Turkey took the decision to act against the PKK. Ankara accuses the group of staging deadly attacks in southeastern Turkey from bases in northern Iraq.
Meanwhile, the United Nations refugee agency (UNHCR) says the Turkish bombardment in northern Iraq on Sunday has forced 1,800 people to leave their homes.
Some information for this report was provided by AFP, AP and Reuters.
""",
        "quotes": [
            ("indirect", "its ground troops conducted a small-scale incursion<<>>Kurdish rebels based there",
             "says", "The Turkish military", "Turkish military", "TUR", "organisation"),
            ("indirect", "Turkish troops ventured several kilometers into Iraqi territory",
             "said", "the military", "Turkish military", "TUR", "organisation"),
            ("indirect", "soldiers acted after they determined<<>>before dawn on Tuesday",
             "said", "It", "Turkish military", "TUR", "pronoun"),
            ("indirect", "the troops have withdrawn",
             "say", "Iraqi Kurdish officials", "Iraqi Kurdish officials", "IRQ", "nominal"),
            ("indirect", "the United States, Turkey and Iraq share a common interest in stopping Kurdish rebel activities",
             "said", "U.S. Secretary of State Condoleezza Rice", "Condoleezza Rice", "USA", "name"),
            ("indirect", "the Iraqi government understands Turkey's security concerns",
             "says", "Iraq's Foreign Minister Hoshyar Zebari", "Hoshyar Zebari", "IRQ", "name"),
            ("indirect", "unilateral action is unacceptable",
             "says", "he", "Hoshyar Zebari", "IRQ", "pronoun"),
            ("indirect", "Turkey took the decision to act against the PKK",
             "says", "Rice", "Condoleezza Rice", "USA", "name"),
            ("indirect", "the Turkish bombardment in northern Iraq on Sunday has forced 1,800 people to leave their homes",
             "says", "the United Nations refugee agency", "UNHCR", "UNO", "organisation"),
        ],
    },
    {
        "id": "t18-turkey-strikes-assessment-2007",
        "url": "https://www.voanews.com/a/a-13-2007-12-25-voa21/400770.html",
        "title": "Turkey Claims Success Against Kurdish Rebels",
        "published": "2007-12-25",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the next paragraph ('... in Iraq to combat Kurdi'); that paragraph dropped. "
                "published: the date in the URL. Same campaign as "
                "t18-turkey-incursion-northern-iraq-2007, a week later. 'Iraq has condemned ... as' "
                "takes no clause. 'A statement from Turkey's military says' is attributed to the "
                "military (organisation), speaker_text the statement.",
        "text": """
Turkey says recent military strikes against Kurdish fighters in northern Iraq have succeeded in killing hundreds of militants and destroying facilities and hideouts used by the rebels. VOA's Michael Bowman has details from Washington.
On December 16, Turkey carried out its largest military operation in years against rebels of the Kurdistan Workers' Party or PKK, launching a massive air assault followed by a ground incursion into Iraqi territory. Last Saturday, Turkey conducted further air strikes, targeting the Kurdish militants. Turkey, The European Union, and the United States regard the PKK as a terrorist organization.
On Tuesday, Turkish military authorities released their assessment of the campaign, saying between 150 and 175 Kurdish rebels were killed in the initial air assault. That figure does not include militants killed in caves and other hideouts. Turkey says scores of rebels were wounded and taken to hospitals in northern Iraq.
A statement from Turkey's military says warplanes and artillery struck more than 200 individual targets, including rebel command posts, training camps, weapons storage facilities, and hideouts. Turkey has released photographs and video footage of the military operation showing destroyed buildings and other structures.
Active for more than 20 years, the PKK has been fighting for Kurdish self-rule in southeastern Turkey. Operating from northern Iraq, the group has mounted attacks inside Turkey, which, along with Iraq, is home to a large Kurdish population. Tens of thousands of people are believed to have died in the decades-old conflict.
Iraq has condemned Turkey's military offensive as a violation of its sovereignty. The Bush administration neither criticized nor endorsed the Turkish strikes, but has said it is sharing intelligence with Turkey on the PKK.
""",
        "quotes": [
            ("indirect", "recent military strikes against Kurdish fighters<<>>used by the rebels",
             "says", "Turkey", "Turkey", "TUR", "organisation"),
            ("indirect", "between 150 and 175 Kurdish rebels were killed in the initial air assault",
             "saying", "Turkish military authorities", "Turkish military authorities", "TUR", "nominal"),
            ("indirect", "scores of rebels were wounded and taken to hospitals in northern Iraq",
             "says", "Turkey", "Turkey", "TUR", "organisation"),
            ("indirect", "warplanes and artillery struck more than 200 individual targets<<>>and hideouts",
             "says", "A statement from Turkey's military", "Turkish military", "TUR", "organisation"),
            ("indirect", "it is sharing intelligence with Turkey on the PKK",
             "said", "The Bush administration", "Bush administration", "USA", "organisation"),
        ],
    },
    {
        "id": "t18-indonesia-marriott-bombing-2003",
        "url": "https://www.voanews.com/a/a-13-a-2003-08-08-4-indonesian-66325117/543893.html",
        "title": "Indonesian Police Link Bombing Suspect to Jemaah Islamiyah Terror Group",
        "published": "2003-08-08",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the next paragraph ('Police say J.I. c'); that paragraph dropped. published: the "
                "date in the URL. 'Detectives said two J.I. suspects ... claimed that X' is layered: "
                "only the inner speaker (the suspects) is annotated, as in test7/test8/test16. The "
                "split quotation around 'the president said.' is two quotes; 'called for' takes no "
                "clause.",
        "text": """
Indonesian police have linked a suspect in Tuesday's deadly bomb at a luxury hotel in central Jakarta to the regional terror group Jemaah Islamiyah. But authorities say they cannot yet confirm that J.I. was behind the attack.
Police officials say their early investigation suggests that Jemaah Islamiyah is to blame for the bombing at the J.W. Marriot hotel.
Detectives on Friday said two J.I. suspects already in custody claimed that the man who may have driven a bomb-laden van to the hotel was someone they had recruited.
The man died in the blast, and his severed head was found in the rubble. The police have identified him as Asmar Latin Sani.
J.I. is a regional terror ring linked to the al-Qaida network. Police say they will not know for certain it carried out the hotel attack until they can arrest suspects.
The bomb tore through the lobby of the hotel Tuesday, blowing out windows, setting fires and destroying cars parked outside. At least 10 people were killed and more than 100 injured. All but one of those killed were Indonesian.
Indonesian President Megawati Sukarnoputri said Friday that international efforts to combat terrorism are not working.
"Regional plans of action to tackle such problems have long been established as part and parcel of Asian functional cooperation," the president said. "But suddenly these appear to be inadequate in the face of the like terrorist attacks, in the United States, in Bali and just a few days ago at the Marriott hotel in Jakarta."
Without mentioning J.I., the president called for an international effort to fight the threat of terror.
"It became clear that no single country could overcome this threat alone," she said. "The Indonesian view shared with the rest of the Asian members, it would take a global coalition involving all nations, all societies, religions and cultures to defeat this threat."
""",
        "quotes": [
            ("indirect", "they cannot yet confirm that J.I. was behind the attack",
             "say", "authorities", "Indonesian authorities", "IDN", "nominal"),
            ("indirect", "their early investigation suggests that Jemaah Islamiyah is to blame for the bombing at the J.W. Marriot hotel",
             "say", "Police officials", "Indonesian police officials", "IDN", "nominal"),
            ("indirect", "the man who may have driven a bomb-laden van to the hotel was someone they had recruited",
             "claimed", "two J.I. suspects already in custody", "two Jemaah Islamiyah suspects in custody", "IDN", "nominal"),
            ("indirect", "they will not know for certain it carried out the hotel attack until they can arrest suspects",
             "say", "Police", "Indonesian police", "IDN", "organisation"),
            ("indirect", "international efforts to combat terrorism are not working",
             "said", "Indonesian President Megawati Sukarnoputri", "Megawati Sukarnoputri", "IDN", "name"),
            ("direct", "Regional plans of action<<>>Asian functional cooperation",
             "said", "the president", "Megawati Sukarnoputri", "IDN", "nominal"),
            ("direct", "But suddenly these appear to be inadequate<<>>at the Marriott hotel in Jakarta.",
             "said", "the president", "Megawati Sukarnoputri", "IDN", "nominal"),
            ("direct", "It became clear that no single country could overcome this threat alone",
             "said", "she", "Megawati Sukarnoputri", "IDN", "pronoun"),
            ("direct", "The Indonesian view shared with the rest of the Asian members<<>>to defeat this threat.",
             "said", "she", "Megawati Sukarnoputri", "IDN", "pronoun"),
        ],
    },
    {
        "id": "t18-indonesia-palembang-bombs-2008",
        "url": "https://www.voanews.com/a/a-13-2008-07-03-voa9-66668937/557789.html",
        "title": None,
        "published": "2008-07-03",
        "truncated": False,
        "note": "The stored page begins with the story's lead (no title line stored, so title is "
                "null) and ends with the section label 'News', removed. The store wraps lines inside "
                "sentences; the wrapped lines were joined with a space (paragraphs kept). Whole as "
                "stored. published: the date in the URL. 'is alleged to be' and 'is considered to be' "
                "have no speaker and are not annotated.",
        "text": """
Indonesian police discovered a supply of homemade bombs during a raid in South Sumatra. Nine people were arrested in connection with the discovery and taken to the country's capital. Chad Bouchard reports from Jakarta.
About 20 homemade bombs were found in the attic of a rented house in the city of Palembang in southern Sumatra.
Police General Inspector Ito Sumardi says that police could not immediately identify the suspects.
He says the suspects' identities are not yet clear, but police have taken fingerprints from the crime scene and sent them to another location to be analyzed. He says they will have to wait one or two days for the results.
Members of the anti-terrorism squad called Detachment 88 were involved in the arrests. The squad is trained by experts from the United States and Australia.
News media have reported that one of the suspects is a fugitive from Singapore blamed for a plot to bomb an airport there.
That man, Mas Selamat Kastari, is alleged to be the Singapore leader of Jemaah Islamiah, a militant Islamic group based in Indonesia. The group has ties to the al-Qaida network.
JI is considered to be responsible for a chain of bombings in Southeast Asia, including the 2002 bombings in Bali that killed 202 people.
Dozens of men linked to JI, which allegedly wants to establish an Islamic state in much of Southeast Asia, have been convicted in Indonesia on terrorism charges.
""",
        "quotes": [
            ("indirect", "police could not immediately identify the suspects",
             "says", "Police General Inspector Ito Sumardi", "Ito Sumardi", "IDN", "name"),
            ("indirect", "the suspects' identities are not yet clear<<>>to be analyzed",
             "says", "He", "Ito Sumardi", "IDN", "pronoun"),
            ("indirect", "they will have to wait one or two days for the results",
             "says", "He", "Ito Sumardi", "IDN", "pronoun"),
            ("indirect", "one of the suspects is a fugitive from Singapore blamed for a plot to bomb an airport there",
             "reported", "News media", "news media", None, "nominal"),
        ],
    },
    {
        "id": "t18-somalia-mohamud-alshabab-2014",
        "url": "http://www.insidevoa.com/a/1971509.html",
        "title": "President of Somalia Tells VOA Somalis Support His Government, not al-Shabab",
        "published": None,
        "truncated": True,
        "note": "VOA press page (insidevoa.com). Removed: 'Accessibility links', 'Breaking News', title "
                "line, photo caption (stored twice). Cut by the store inside the next paragraph "
                "('... in Washington to attend the'); that paragraph dropped. published: null (the "
                "president's Washington visit 'to attend the' [summit] and 'since he became "
                "president in 2012' place it in 2014). Attributions interrupting a clause "
                "('Al-Shabab is losing geographical territory, President Mohamud said, so it is ...'; "
                "'One sign of which, he told VOA, was that ...'): the parts on each side are "
                "separate indirect spans, the part after the attribution as in test16. 'was "
                "confident (that)' and 'is confident that' are no speech. Quotations split by 'he "
                "said' are two quotes.",
        "text": """
The president of Somalia says his government is winning the battle against the Islamist militant group al-Shabab. In an interview at Voice of America headquarters in Washington, President Hassan Sheikh Mohamud acknowledged that al-Shabab had stepped up its attacks in Mogadishu in recent months, but he said the militant group was carrying out attacks in the country’s capital because it is being beaten on the battlefield by soldiers of the Somali army and the African Union Mission in Somalia.
Al-Shabab is losing geographical territory, President Mohamud said, so it is resorting to urban warfare and Mogadishu, with its two million people, is a good place for that war. But the president was confident his government would win the urban battle against al-Shabab. “This is a war,” he said, “where the party that gets the support of the people will succeed and the Somali government is getting more and more support from the public today.”
President Mohamud knows first-hand the danger al-Shabab poses, having survived several assassination attempts since he became president in 2012, but he is confident that his country has turned the corner. One sign of which, he told VOA, was that public education resumed last year, having been halted during the years the country was torn by civil war. Another positive sign is what he described as “a new dawn” in the relationship between the United States and Somalia; he said the United States is opening an embassy in Mogadishu and Somalia will do the same in Washington. “We know,” he said, “that the U.S. has interests in our country and we have our own interests in the U.S.”
""",
        "quotes": [
            ("indirect", "his government is winning the battle against the Islamist militant group al-Shabab",
             "says", "The president of Somalia", "Hassan Sheikh Mohamud", "SOM", "nominal"),
            ("indirect", "al-Shabab had stepped up its attacks in Mogadishu in recent months",
             "acknowledged", "President Hassan Sheikh Mohamud", "Hassan Sheikh Mohamud", "SOM", "name"),
            ("indirect", "the militant group was carrying out attacks<<>>African Union Mission in Somalia",
             "said", "he", "Hassan Sheikh Mohamud", "SOM", "pronoun"),
            ("indirect", "Al-Shabab is losing geographical territory",
             "said", "President Mohamud", "Hassan Sheikh Mohamud", "SOM", "name"),
            ("indirect", "so it is resorting to urban warfare<<>>a good place for that war",
             "said", "President Mohamud", "Hassan Sheikh Mohamud", "SOM", "name"),
            ("direct", "This is a war",
             "said", "he", "Hassan Sheikh Mohamud", "SOM", "pronoun"),
            ("direct", "where the party that gets the support<<>>support from the public today.",
             "said", "he", "Hassan Sheikh Mohamud", "SOM", "pronoun"),
            ("indirect", "was that public education resumed last year<<>>torn by civil war",
             "told", "he", "Hassan Sheikh Mohamud", "SOM", "pronoun"),
            ("partial", "a new dawn",
             "described", "he", "Hassan Sheikh Mohamud", "SOM", "pronoun"),
            ("indirect", "the United States is opening an embassy in Mogadishu and Somalia will do the same in Washington",
             "said", "he", "Hassan Sheikh Mohamud", "SOM", "pronoun"),
            ("direct", "We know",
             "said", "he", "Hassan Sheikh Mohamud", "SOM", "pronoun"),
            ("direct", "that the U.S. has interests in our country and we have our own interests in the U.S.",
             "said", "he", "Hassan Sheikh Mohamud", "SOM", "pronoun"),
        ],
    },
    {
        "id": "t18-venezuela-baduel-referendum-2007",
        "url": "https://www.voanews.com/a/a-13-2007-11-24-voa9/400726.html",
        "title": "Venezuelan General Predicts Defeat for Chavez in Referendum Vote",
        "published": "2007-11-24",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Whole as stored (ends "
                "after the last sentence kept; the store may have cut later paragraphs). published: "
                "the date in the URL. 'Baduel said he is a fervent believer in democracy because he "
                "said that is ...': the repeated attribution splits the report into two indirect "
                "spans ('that' here is a demonstrative subject, kept). 'urged voters to reject' is "
                "an infinitival directive, no quote; 'condemned by' takes no clause.",
        "text": """
Former Venezuelan Defense Minister Raul Isaias Baduel is predicting that the Venezuelan people will vote next month against proposed constitutional changes that would greatly expand President Hugo Chavez's power.
General Baduel made his comments in an exclusive interview Friday with VOA. Baduel said he is a fervent believer in democracy because he said that is the greatest will of the Venezuelan people and that it is decreed in his nation's constitution.
Venezuelans vote on the 69 proposed reforms in a December 2 referendum. Baduel has urged voters to reject the changes, saying they would amount to a coup d'etat by President Chavez.
The proposals include eliminating presidential term limits and establishing socialist reforms. Also among them are proposals to give authorities sweeping powers if a national emergency is declared, including detention without charges and controls on the news media.
The plan has been condemned by Venezuela's opposition parties, human rights groups and the Roman Catholic Church.
""",
        "quotes": [
            ("indirect", "the Venezuelan people will vote next month against proposed constitutional changes that would greatly expand President Hugo Chavez's power",
             "predicting", "Former Venezuelan Defense Minister Raul Isaias Baduel", "Raul Isaias Baduel", "VEN", "name"),
            ("indirect", "he is a fervent believer in democracy",
             "said", "Baduel", "Raul Isaias Baduel", "VEN", "name"),
            ("indirect", "that is the greatest will of the Venezuelan people and that it is decreed in his nation's constitution",
             "said", "he", "Raul Isaias Baduel", "VEN", "pronoun"),
            ("indirect", "they would amount to a coup d'etat by President Chavez",
             "saying", "Baduel", "Raul Isaias Baduel", "VEN", "name"),
        ],
    },
    {
        "id": "t18-venezuela-opposition-rally-2007",
        "url": "https://www.voanews.com/a/a-13-2007-11-30-voa10/402363.html",
        "title": "Opposition Rallies Against Venezuela Reform Plan",
        "published": "2007-11-30",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the last paragraph ('The prospect has '); that sentence dropped. published: the "
                "date in the URL. The page spells the marcher 'Pachecho' and then 'Pacheco'; "
                "normalised to 'Desiree Pacheco' in speaker only. \"no\" and \"yes\" in quotation "
                "marks name ballot choices and are not quotes; 'expressed confidence (that)' is no "
                "speech and 'opinion polls suggesting' has no speaker. Same referendum as "
                "t18-venezuela-baduel-referendum-2007, another story.",
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
             "say", "Opponents of the 69-point plan", "opponents of the reform plan", "VEN", "nominal"),
            ("indirect", "the reforms are needed to strengthen the people's voice in government",
             "argues", "the president", "Hugo Chavez", "VEN", "nominal"),
            ("indirect", "she fears the reforms will take away the people's rights",
             "said", "recent university graduate Desiree Pachecho", "Desiree Pacheco", "VEN", "name"),
            ("indirect", "the reforms will limit access to government institutions<<>>say what they feel",
             "says", "Pacheco", "Desiree Pacheco", "VEN", "name"),
            ("indirect", "many long-time Chavez supporters plan to vote against the reform",
             "say", "They", "opposition members", "VEN", "pronoun"),
            ("indirect", "the official campaign aimed to engage people directly about the reform proposals",
             "said", "Telecommunications Minister Jesse Chacon", "Jesse Chacon", "VEN", "name"),
            ("indirect", "officials are not concerned with newspaper predictions and opinion polls, only the actions of the Venezuelan people",
             "says", "Chacon", "Jesse Chacon", "VEN", "name"),
        ],
    },
]

"""Source of the sealed quotes test set ``test17.jsonl`` (VOA news pages, 2005-2018).

Annotated by helper sqq18 on 2026-12-07, before any system ran on these texts. Texts are
Voice of America pages (public domain) as the ``search`` tool's ``pages`` corpus stores them;
page furniture removed (named in each ``note``). Build and check with
``python data/gold/check_quotes_test17.py build``.

Each quote is a tuple ``(kind, span, cue, speaker_text, speaker, speaker_country,
speaker_class[, after])``; a span is searched from the start of the previous quote (or after
the first occurrence of ``after``); ``"A<<>>B"`` spans from A to the next B.
"""

DOCS = [
    {
        "id": "t17-liberia-monrovia-anniversary-2007",
        "url": "https://www.voanews.com/a/a-13-2007-01-15-voa18-66764237/563870.html",
        "title": "Monrovians Praise Johnson-Sirleaf on First Anniversary of Rise to Power",
        "published": "2007-01-15",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the next paragraph ('Another Monrovia resident also expressed amazement that "
                "electricity was'); kept to the last complete sentence. published: the date in the URL.",
        "text": """
As residents of Liberia's war-torn capital Monrovia prepare to mark the first year of power for President Ellen Johnson-Sirleaf, the mood remains one of general praise and hope for Africa's first elected female leader. VOA's Nico Colombant reports from Dakar with on the street interviewing in Monrovia by reporter Precious Sangbeh Seboe.
On January 16, 2006, traditional music ushered in the newly elected president's swearing-in ceremony.
"Let us begin anew, moving into a future that is filled with promise, filled with hope," she said. "In union strong, success is sure. We cannot, we will not, we shall not fail."
After decades of corrupt, brutal rule, conflict and ethnic divisions, President Johnson-Sirleaf promised renewed foreign investment, an end to corruption, and restoration of basic services.
Although progress has been slow and completely aid dependent, the mood on the street in Monrovia, one year later, seems generally upbeat.
A student at the United Methodist University summarizes the pride many Liberians feel.
"I feel so proud of the first African female president, of her many achievements thus far," the student said.
A young man, Prince, says the most important thing is that security has been restored throughout Liberia's chaotic land.
"Because (there is) no war, nothing going on, so I can sleep freely. I am moving freely and I thank her for that. I like everything that she has done," he said.
A 22-year-old woman says this is the first time she has noticed a government trying to do something for Liberians.
"I feel very fine. I feel impressed because she has proved to us she is really competent for this job," she said. "I was born in 1984, and since I was born, development (is only) starting now. She restored light and now the streets are all getting real development."
""",
        "quotes": [
            ("direct", "Let us begin anew, moving into a future that is filled with promise, filled with hope",
             "said", "she", "Ellen Johnson-Sirleaf", "LBR", "pronoun"),
            ("direct", "In union strong, success is sure. We cannot, we will not, we shall not fail.",
             "said", "she", "Ellen Johnson-Sirleaf", "LBR", "pronoun"),
            ("direct", "I feel so proud of the first African female president, of her many achievements thus far",
             "said", "the student", "student at the United Methodist University", "LBR", "nominal"),
            ("indirect", "the most important thing is that security has been restored throughout Liberia's chaotic land",
             "says", "Prince", "Prince", "LBR", "name"),
            ("direct", "Because (there is) no war, nothing going on, so I can sleep freely. I am moving freely and I thank her for that. I like everything that she has done",
             "said", "he", "Prince", "LBR", "pronoun"),
            ("indirect", "this is the first time she has noticed a government trying to do something for Liberians",
             "says", "A 22-year-old woman", "22-year-old woman", "LBR", "nominal"),
            ("direct", "I feel very fine. I feel impressed because she has proved to us she is really competent for this job",
             "said", "she", "22-year-old woman", "LBR", "pronoun"),
            ("direct", "I was born in 1984, and since I was born, development (is only) starting now. She restored light and now the streets are all getting real development.",
             "said", "she", "22-year-old woman", "LBR", "pronoun"),
        ],
    },
    {
        "id": "t17-liberia-sirleaf-usip-2011",
        "url": "http://www.voanews.com/content/butty-liberia-us-president-sirleaf-27june11-124579629/158369.html",
        "title": "Liberian President Sirleaf: Country Making Progress, Challenges Remain",
        "published": "2011-06-27",
        "truncated": True,
        "note": "Removed: 'News / Africa', title line, the summary line under the title ('President "
                "Sirleaf, currently visiting the US, asks for continued US support but says the "
                "country seeks partnership, not handouts'), photo caption (stored twice), the "
                "'Multimedia / Audio / Butty reports on President Sirleaf's speech in Washington' box, "
                "byline 'James Butty'. Cut by the store inside the next quotation ('In 2008, when we "
                "wrote our Poverty Reduction Strategy, ... stand before you to'); that paragraph was "
                "dropped whole. published: the date in the URL (27june11). Double space reduced.",
        "text": """
Liberian President Ellen Johnson Sirleaf, who is seeking re-election this year, said U.S. aid to Liberia has helped the country rise from the ashes of war to become an emerging democratic nation.
President Sirleaf spoke at the U.S. Institute of Peace in Washington Friday on the progress her government has made and the challenges it faces.
She thanked the American people for their past support and appealed for a continuation of that support. But, Sirleaf said her government is looking for a partnership, not handouts.
“As I stated earlier, and emphatically, we came to Washington to make the case for sustained foreign assistance to Liberia. We are not seeking an open-ended commitment, but rather support in the next few years of this transition. If it happens, I’m confident, and I’ve made the commitment that Liberia will sustain its own development. We shall not ask for foreign assistance,” she says.
Sirleaf said her government has made progress in revitalizing the economy, rebuilding infrastructure and restoring services by introducing a Poverty Reduction Strategy.
""",
        "quotes": [
            ("indirect", "U.S. aid to Liberia has helped the country rise from the ashes of war to become an emerging democratic nation",
             "said", "Liberian President Ellen Johnson Sirleaf", "Ellen Johnson Sirleaf", "LBR", "name"),
            ("indirect", "her government is looking for a partnership, not handouts",
             "said", "Sirleaf", "Ellen Johnson Sirleaf", "LBR", "name"),
            ("direct", "As I stated earlier, and emphatically, we came to Washington<<>>We shall not ask for foreign assistance",
             "says", "she", "Ellen Johnson Sirleaf", "LBR", "pronoun"),
            ("indirect", "her government has made progress in revitalizing the economy, rebuilding infrastructure and restoring services by introducing a Poverty Reduction Strategy",
             "said", "Sirleaf", "Ellen Johnson Sirleaf", "LBR", "name"),
        ],
    },
    {
        "id": "t17-liberia-sirleaf-georgetown-2006",
        "url": "http://www.voanews.com/a/a-13-2006-10-18-voa3/318884.html",
        "title": "Liberian President Sirleaf Seeks More Support In. U.S.",
        "published": "2006-10-18",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', 'News', title line, the 'update' label. "
                "Cut by the store inside the next quotation ('Liberia is still under economic "
                "sanctions ... our responsibility to'); that paragraph was dropped whole. published: "
                "the date in the URL. The title's 'In. U.S.' is the page's.",
        "text": """
Liberian President Ellen Johnson Sirleaf says in order to have a truly peaceful and just world, the international community must seek to enhance women’s access to decision making processes. Speaking Tuesday at Georgetown University in Washington, D.C., President Sirleaf said her government has made a good beginning by naming women to key cabinet posts. But she says a lot more needs to be done internationally.
“We must not forget that the poorest and least educated people everywhere are women and children. I have long supported the establishment of a new independent United Nations-funded program for the empowerment of women and for gender equality. The United Nations must demonstrate its commitment to the world’s women by establishing such an institution with adequate funding and the mandate to carry out this responsibility.”
President Sirleaf says the international community must also do more to stop the killings in Sudan’s Darfur region. She says there is no excuse to delay action because of a debate over whether the instrument should be an African Union or a U.N. force.
“The continued stalemate exposes weaknesses in international cooperation and collaboration and demonstrates a lack of international will to address the suffering. Civilized nations must not be indifferent to any conflict, internal or external, regardless of the factors that fuel it. We must properly equip and fund the current African Union mission now while we move urgently to mount an effective United Nations intervention,” she said.
The Liberian president also called on the international community to curb what she calls the tools of war. She called for UN sanctions against her government to be lifted.
""",
        "quotes": [
            ("indirect", "in order to have a truly peaceful and just world, the international community must seek to enhance women’s access to decision making processes",
             "says", "Liberian President Ellen Johnson Sirleaf", "Ellen Johnson Sirleaf", "LBR", "name"),
            ("indirect", "her government has made a good beginning by naming women to key cabinet posts",
             "said", "President Sirleaf", "Ellen Johnson Sirleaf", "LBR", "name"),
            ("indirect", "a lot more needs to be done internationally",
             "says", "she", "Ellen Johnson Sirleaf", "LBR", "pronoun"),
            ("direct", "We must not forget that the poorest<<>>to carry out this responsibility.",
             None, "she", "Ellen Johnson Sirleaf", "LBR", "pronoun"),
            ("indirect", "the international community must also do more to stop the killings in Sudan’s Darfur region",
             "says", "President Sirleaf", "Ellen Johnson Sirleaf", "LBR", "name"),
            ("indirect", "there is no excuse to delay action because of a debate over whether the instrument should be an African Union or a U.N. force",
             "says", "She", "Ellen Johnson Sirleaf", "LBR", "pronoun"),
            ("direct", "The continued stalemate exposes<<>>an effective United Nations intervention",
             "said", "she", "Ellen Johnson Sirleaf", "LBR", "pronoun"),
        ],
    },
    {
        "id": "t17-uganda-besigye-return-2005",
        "url": "https://www.voanews.com/a/a-13-2005-10-27-voa47-67369217/382513.html",
        "title": "Ugandan Opposition Leader to Form Coalition With Other Goverment Rivals",
        "published": "2005-10-27",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line (its 'Goverment' is the "
                "page's). The stored text ends inside the next sentence ('Colonel Besigye also denies "
                "... tying him to such a group', no full stop); kept to the last complete sentence. "
                "published: the date in the URL.",
        "text": """
Ugandan president Yoweri Museveni cut short a visit to London Wednesday night to face what some observers say could be his most serious political rival during his 19 years in power. Retired Colonel Kizza Besigye is back in the capital, Kampala, following his return from exile in South Africa yesterday. He is expected to be named the presidential candidate of the Forum for Democratic Change, a major Ugandan opposition political group.
Colonel Besigye told English to Africa reporter Shaka Ssali that he will be participating in a two-day conference of his party that will elect leadership for the party and approve policy. He says one of his main priorities is to develop a strategy with six other opposition parties on how to achieve a democratic transition in Uganda.
In response to rumors that the government may arrest him for alleged criminal activities, the opposition leader says he will defend himself both “politically and legally” against any actions taken against him by authorities.
""",
        "quotes": [
            ("indirect", "could be his most serious political rival during his 19 years in power",
             "say", "some observers", "observers", None, "nominal"),
            ("indirect", "he will be participating in a two-day conference of his party that will elect leadership for the party and approve policy",
             "told", "Colonel Besigye", "Kizza Besigye", "UGA", "name"),
            ("indirect", "one of his main priorities is to develop a strategy with six other opposition parties on how to achieve a democratic transition in Uganda",
             "says", "He", "Kizza Besigye", "UGA", "pronoun"),
            ("indirect", "he will defend himself both “politically and legally” against any actions taken against him by authorities",
             "says", "the opposition leader", "Kizza Besigye", "UGA", "nominal"),
            ("partial", "politically and legally",
             "says", "the opposition leader", "Kizza Besigye", "UGA", "nominal"),
        ],
    },
    {
        "id": "t17-srilanka-prabhakaran-2009",
        "url": "http://www.voanews.com/a/a-13-2009-05-24-voa6-68815442/363859.html",
        "title": "Tamil Tigers Confirm Leader's Death",
        "published": "2009-05-24",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', 'News', title line, closing "
                "'XS SM MD LG'. Whole as stored. published: the date in the URL. The page's 'more "
                "7,000 civilians' is kept.",
        "text": """
Sri Lanka's Tamil Tiger rebels have acknowledged for the first time that their supreme leader, Velupillai Prabhakaran, was killed in the group's final battle against government troops.
The rebels' chief of international relations, Selvarasa Pathmanathan, said Sunday that Prabhakaran "attained martyrdom fighting the Sri Lankan government." He said the rebel group had declared a week of mourning to mark Prabhakaran's death.
Sri Lanka's army identified Prabhakaran's body after the final offensive against the rebels last Tuesday.
The Tigers' admission came as the United Nations chief, Ban Ki-moon, visited the island nation and toured the largest camp housing about two-thirds of the 300,000 people displaced by the war.
Mr. Ban urged the Sri Lankan government to give aid agencies unrestricted access to camps holding the internally displaced.
But the Colombo government made it clear Sunday that aid workers will not be allowed complete access until rebels hiding among the refugees are weeded out.
President Mahinda Rajapaksa said that as conditions improve, especially security, "there would be no objections to such assistance."
The U.N. chief vowed to work hard to ensure that refugees are resettled by the end of the year, as promised by the government. But he also warned that unless Sri Lanka's government can reconcile with the country's Tamil minority, "history could repeat itself."
U.N. officials estimate that more 7,000 civilians were killed and many more wounded during the final months of the war.
Tamil rebels began their fight for a separate homeland for the ethnic Tamil minority in 1983. The U.N. estimates that the civil war resulted in up to 100,000 deaths.
""",
        "quotes": [
            ("indirect", "their supreme leader, Velupillai Prabhakaran, was killed in the group's final battle against government troops",
             "acknowledged", "Sri Lanka's Tamil Tiger rebels", "Tamil Tiger rebels", "LKA", "organisation"),
            ("indirect", "Prabhakaran \"attained martyrdom fighting the Sri Lankan government.\"",
             "said", "Selvarasa Pathmanathan", "Selvarasa Pathmanathan", "LKA", "name"),
            ("partial", "attained martyrdom fighting the Sri Lankan government",
             "said", "Selvarasa Pathmanathan", "Selvarasa Pathmanathan", "LKA", "name"),
            ("indirect", "the rebel group had declared a week of mourning to mark Prabhakaran's death",
             "said", "He", "Selvarasa Pathmanathan", "LKA", "pronoun"),
            ("indirect", "aid workers will not be allowed complete access until rebels hiding among the refugees are weeded out",
             "made it clear", "the Colombo government", "Colombo government", "LKA", "organisation"),
            ("indirect", "as conditions improve, especially security, \"there would be no objections to such assistance.\"",
             "said", "President Mahinda Rajapaksa", "Mahinda Rajapaksa", "LKA", "name"),
            ("partial", "there would be no objections to such assistance",
             "said", "President Mahinda Rajapaksa", "Mahinda Rajapaksa", "LKA", "name"),
            ("indirect", "unless Sri Lanka's government can reconcile with the country's Tamil minority, \"history could repeat itself.\"",
             "warned", "he", "Ban Ki-moon", "UNO", "pronoun"),
            ("partial", "history could repeat itself",
             "warned", "he", "Ban Ki-moon", "UNO", "pronoun"),
            ("indirect", "more 7,000 civilians were killed and many more wounded during the final months of the war",
             "estimate", "U.N. officials", "United Nations officials", "UNO", "nominal"),
            ("indirect", "the civil war resulted in up to 100,000 deaths",
             "estimates", "The U.N.", "United Nations", "UNO", "organisation"),
        ],
    },
    {
        "id": "t17-pakistan-visa-delays-2009",
        "url": "https://www.voanews.com/archive/us-complains-pakistani-visa-holdups-embassy-officials",
        "title": "US Complains of Pakistani Visa Holdups for Embassy Officials",
        "published": None,
        "truncated": True,
        "note": "Removed: the line 'Anti-Taliban Leader Killed in Pakistan' stored before the text "
                "(a link to another story; the page's own title line is not stored, so `title` is "
                "made from the URL). Cut by the store inside the next paragraph ('The newspaper said "
                "U.S. officials believe ... embassy vehicles,'); kept to the last complete sentence. "
                "published: null (no date on the stored page; Robert Wood as deputy spokesman places "
                "it in 2009). Double spaces reduced.",
        "text": """
The State Department on Thursday expressed serious concern about delays by the Pakistani government in the issuance of visas for officials and contractors assigned to U.S. diplomatic posts in Pakistan. U.S. officials say that if the pattern continues, it could impede expanded aid and military cooperation programs with Pakistan.
The State Department has taken the unusual step of going public with concerns about what is described here as large-scale Pakistani foot-dragging in the issuance of visas for U.S. officials and contractors seeking to enter Pakistan to implement U.S. aid programs.
At a news briefing, State Department Deputy Spokesman Robert Wood said the delays affect hundreds of U.S. diplomats and others newly assigned to Pakistan, and those already there seeking to extend their stays.
Wood said the United States has raised the issue at senior levels with the Pakistani government and is concerned about the impact the delays could have on U.S. military and civilian aid programs for Pakistan, which are being sharply increased to help that country cope with extremist threats and economic problems.
"We are working with our Pakistani counterparts to try to resolve these issues, and we are working very hard," he said. "In terms of the kind of impact it may have, I would suspect that if this continues, it will indeed have an impact on our ability to do the work that we want to do to help the Pakistan people in terms of fighting terrorism, in terms of economic development, a whole range of issues. So we're trying to work these issues with the government of Pakistan."
The issue surfaced in a New York Times story on Thursday from Islamabad that quoted U.S. officials there as blaming elements of the Pakistani military and intelligence services for a pattern of harassment against embassy personnel.
""",
        "quotes": [
            ("indirect", "if the pattern continues, it could impede expanded aid and military cooperation programs with Pakistan",
             "say", "U.S. officials", "U.S. officials", "USA", "nominal"),
            ("indirect", "the delays affect hundreds of U.S. diplomats and others newly assigned to Pakistan, and those already there seeking to extend their stays",
             "said", "State Department Deputy Spokesman Robert Wood", "Robert Wood", "USA", "name"),
            ("indirect", "the United States has raised the issue<<>>cope with extremist threats and economic problems",
             "said", "Wood", "Robert Wood", "USA", "name"),
            ("direct", "We are working with our Pakistani counterparts to try to resolve these issues, and we are working very hard",
             "said", "he", "Robert Wood", "USA", "pronoun"),
            ("direct", "In terms of the kind of impact it may have<<>>with the government of Pakistan.",
             "said", "he", "Robert Wood", "USA", "pronoun"),
        ],
    },
    {
        "id": "t17-pakistan-waziristan-strike-2008",
        "url": "https://www.voanews.com/a/a-13-2008-09-17-voa20/330622.html",
        "title": "Pakistani Officials Report 5 Dead in Suspected US Missile Strike",
        "published": "2008-09-17",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Whole as stored (ends with "
                "the standing credit line 'Some information for this report was provided by AFP and "
                "AP.', kept). published: the date in the URL.",
        "text": """
Pakistani intelligence officials say a suspected unmanned U.S. aircraft fired missiles in a northwestern tribal area Wednesday, killing at least five people.
The officials say several missiles struck a compound in the militant stronghold of South Waziristan, near the Afghan border. Three other people were wounded in the attack.
Earlier in the day, the U.S. military chief met with top Pakistani officials in Islamabad, in an effort to ease tensions over recent U.S. missile strikes on Pakistani territory. The chairman of the U.S. Joint Chiefs of Staff, Admiral Michael Mullen, told Pakistani Prime Minister Yousuf Raza Gilani and General Ashfaq Kayani that the United States respects Pakistan's sovereignty.
The United States says insurgents based in Pakistan are staging attacks in Afghanistan, where U.S. troops are based.
Speaking from Kabul, Afghanistan, U.S. Defense Secretary Robert Gates said the U.S. will cooperate with Pakistan to disrupt the militant safe havens.
A Pakistani military official today rejected recent media reports that Pakistan has ordered its troops to fire on aircraft if there are any future cross-border incursions. Instead, the official told VOA that Pakistan's army reserves the right to retaliate in self-defense against any foreign aggression.
In a separate development, Pakistani officials say government troops backed by fighter jets targeted militant hideouts in the Bajaur tribal region today, killing at least 10 insurgents.
Some information for this report was provided by AFP and AP.
""",
        "quotes": [
            ("indirect", "a suspected unmanned U.S. aircraft fired missiles in a northwestern tribal area Wednesday, killing at least five people",
             "say", "Pakistani intelligence officials", "Pakistani intelligence officials", "PAK", "nominal"),
            ("indirect", "several missiles struck a compound in the militant stronghold of South Waziristan, near the Afghan border",
             "say", "The officials", "Pakistani intelligence officials", "PAK", "nominal"),
            ("indirect", "the United States respects Pakistan's sovereignty",
             "told", "Admiral Michael Mullen", "Michael Mullen", "USA", "name"),
            ("indirect", "insurgents based in Pakistan are staging attacks in Afghanistan, where U.S. troops are based",
             "says", "The United States", "United States", "USA", "organisation"),
            ("indirect", "the U.S. will cooperate with Pakistan to disrupt the militant safe havens",
             "said", "U.S. Defense Secretary Robert Gates", "Robert Gates", "USA", "name"),
            ("indirect", "Pakistan's army reserves the right to retaliate in self-defense against any foreign aggression",
             "told", "the official", "Pakistani military official", "PAK", "nominal"),
            ("indirect", "government troops backed by fighter jets targeted militant hideouts in the Bajaur tribal region today, killing at least 10 insurgents",
             "say", "Pakistani officials", "Pakistani officials", "PAK", "nominal"),
        ],
    },
    {
        "id": "t17-korea-nuclear-envoys-2008",
        "url": "https://www.voanews.com/a/a-13-2008-06-18-voa10/401864.html",
        "title": "Shuttle Envoys Hop Capitals Prior to Renewed N. Korea Nuclear Talks",
        "published": "2008-06-18",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the last paragraph ('China's vice pres'); kept to the last complete sentence. "
                "published: the date in the URL. The page's 'has refused offer such assistance' is kept.",
        "text": """
International talks aimed at ending North Korea's nuclear weapons programs are expected to resume soon, possibly within a matter of weeks. As VOA's Kurt Achin reports from Seoul, key players in the talks are engaging in some preparatory shuttle diplomacy.
South Korea's chief envoy to the North Korean nuclear talks, Kim Sook, left Wednesday for Tokyo, where he is to consult with his American and Japanese counterparts.
Before leaving, Kim told reporters the six-nation talks are just about ready to resume.
"Simply put - I would hope soon," he said.
North Korea reached an agreement with South Korea, Japan, Russia, China and the United States to fully declare its nuclear weapons and stockpiles, as the first major step toward dismantling them. However, Pyongyang is more than six months late in producing the document, which it said it would prepare by the end of 2007.
Kim says the North's declaration is close to being ready and that all six nations feel it is important to reconvene the talks. He urges Japan, in particular, to take a more active role in rewarding North Korea for its gradual steps toward ending its nuclear capabilities.
He says now is the time that Japan should start participating in economic and energy assistance. He says this is very important.
Japan has refused offer such assistance until North Korea offers more cooperation on the issue of Japanese citizens abducted by North Korean agents in the 1970's and 80's. The two countries achieved some rare progress on the issue, last week, when North Korea promised to open an investigation into the alleged abductees. Japan responded by lifting some of the travel sanctions it imposed on the North after its 2006 nuclear weapon test.
Following this week's meeting in Tokyo, the chief U.S. delegate to the nuclear talks, Christopher Hill, heads to Beijing to talk to senior officials there.
""",
        "quotes": [
            ("indirect", "the six-nation talks are just about ready to resume",
             "told", "Kim", "Kim Sook", "KOR", "name"),
            ("direct", "Simply put - I would hope soon",
             "said", "he", "Kim Sook", "KOR", "pronoun"),
            ("indirect", "it would prepare by the end of 2007",
             "said", "it", "North Korea", "PRK", "pronoun"),
            ("indirect", "the North's declaration is close to being ready and that all six nations feel it is important to reconvene the talks",
             "says", "Kim", "Kim Sook", "KOR", "name"),
            ("indirect", "now is the time that Japan should start participating in economic and energy assistance",
             "says", "He", "Kim Sook", "KOR", "pronoun"),
            ("indirect", "this is very important",
             "says", "He", "Kim Sook", "KOR", "pronoun"),
        ],
    },
    {
        "id": "t17-turkey-sirnak-soldiers-2007",
        "url": "http://www.voanews.com/a/a-13-2007-10-07-voa19-66695482/558679.html",
        "title": "Turkey Says Kurdish Rebels Kill 13 Turkish Soldiers",
        "published": "2007-10-07",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', 'News', title line, closing "
                "'XS SM MD LG'. Whole as stored (the standing credit line 'Some information for this "
                "report was provided by AFP, AP and Reuters.' is kept). published: the date in the URL.",
        "text": """
Turkish security officials say Kurdish rebels have killed 13 Turkish soldiers in a southeastern province near the border with Iraq.
Reports from Turkey say the soldiers were killed Sunday in Sirnak province near an area where a Kurdish rebel was killed in earlier fighting.
A Turkish army statement said an operation is under way to hunt down the attackers. It also said Turkish troops shelled areas near the Iraqi border to try to prevent rebels from reaching their bases in northern Iraq.
Last week, rebels from the Kurdistan Workers' Party, or PKK, ambushed a minibus in Sirnak and killed 12 passengers, including village guards.
Ankara signed an agreement with Baghdad last month that commits Iraqi troops to crack down on PKK rebels who Turkey says use northern Iraq to attack Turkey. The deal does not allow Turkey to send its troops into Iraq.
Some information for this report was provided by AFP, AP and Reuters.
""",
        "quotes": [
            ("indirect", "Kurdish rebels have killed 13 Turkish soldiers in a southeastern province near the border with Iraq",
             "say", "Turkish security officials", "Turkish security officials", "TUR", "nominal"),
            ("indirect", "the soldiers were killed Sunday in Sirnak province near an area where a Kurdish rebel was killed in earlier fighting",
             "say", "Reports from Turkey", "reports from Turkey", None, "nominal"),
            ("indirect", "an operation is under way to hunt down the attackers",
             "said", "A Turkish army statement", "Turkish army", "TUR", "organisation"),
            ("indirect", "Turkish troops shelled areas near the Iraqi border to try to prevent rebels from reaching their bases in northern Iraq",
             "said", "It", "Turkish army", "TUR", "pronoun"),
            ("indirect", "use northern Iraq to attack Turkey",
             "says", "Turkey", "Turkey", "TUR", "organisation"),
        ],
    },
    {
        "id": "t17-turkey-atalay-iraq-2009",
        "url": "https://voanews.com/a/a-13-2009-04-11-voa8-68640772/353741.html",
        "title": "Turkish Interior Minister in Iraq for Talks on Kurdish Rebel Problem",
        "published": "2009-04-11",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Whole as stored (ends with "
                "the standing credit line, kept). published: the date in the URL.",
        "text": """
A Turkish media report says Interior Minister Besir Atalay traveled to Iraq Saturday to discuss the fight against Kurdish rebels who operate on both sides of the Turkey-Iraq border.
The Anatolia news agency says the talks are part of a cooperation deal Turkey, Iraq and the United States reached last year.
Atalay says he expects Iraq to take tangible steps to work with Turkey to eradicate rebels from the separatist Kurdistan Workers' Party, or PKK.
Meanwhile, Turkey's military says seven rebels and two soldiers were killed in a clash late Friday in southeast Turkey, near the border with Iraq.
Reports say the fighting in Sirnak Province began after rebels opened fire on the soldiers. A military statement says security operations in the region will continue.
Many PKK rebels cross into Turkey from bases in Iraq. Their assaults on Turkish soldiers have triggered retaliatory cross-border attacks by the Turkish military, raising concerns in Washington and Baghdad that the conflict could destabilize northern Iraq.
Turkey, the United States and the European Union consider the PKK a terrorist group. The rebels have been fighting for autonomy in southeastern Turkey since 1984. Tens of thousands of people have died in the conflict.
Some information for this report was provided by AFP, AP and Reuters.
""",
        "quotes": [
            ("indirect", "Interior Minister Besir Atalay traveled to Iraq Saturday to discuss the fight against Kurdish rebels who operate on both sides of the Turkey-Iraq border",
             "says", "A Turkish media report", "Turkish media report", "TUR", "nominal"),
            ("indirect", "the talks are part of a cooperation deal Turkey, Iraq and the United States reached last year",
             "says", "The Anatolia news agency", "Anatolia news agency", "TUR", "organisation"),
            ("indirect", "he expects Iraq to take tangible steps to work with Turkey to eradicate rebels from the separatist Kurdistan Workers' Party, or PKK",
             "says", "Atalay", "Besir Atalay", "TUR", "name"),
            ("indirect", "seven rebels and two soldiers were killed in a clash late Friday in southeast Turkey, near the border with Iraq",
             "says", "Turkey's military", "Turkey's military", "TUR", "organisation"),
            ("indirect", "the fighting in Sirnak Province began after rebels opened fire on the soldiers",
             "say", "Reports", "reports", None, "nominal"),
            ("indirect", "security operations in the region will continue",
             "says", "A military statement", "Turkey's military", "TUR", "organisation"),
        ],
    },
    {
        "id": "t17-colombia-uribe-hostages-2007",
        "url": "https://voanews.com/a/a-13-2007-02-24-voa20/331731.html",
        "title": "Colombian President Authorizes Direct Hostage Negotiations with Rebels",
        "published": "2007-02-24",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Whole as stored (ends with "
                "the standing credit line, kept). published: the date in the URL.",
        "text": """
Colombian President Alvaro Uribe says his government is ready for direct contact with the country's largest rebel group, without intermediaries.
Mr. Uribe also said in a statement Friday that family members of hostages long held by the rebels could seek direct contact with the group.
The president specifically mentioned Lucy de Gechen, the wife of a kidnapped senator, to reach out directly to the Revolutionary Armed Forces of Colombia in an effort to open negotiations for the release of hostages.
As recently as Thursday, Mr. Uribe ruled out negotiating a swap of some 60 hostages for about 500 imprisoned FARC rebels. The president said he preferred a military rescue operation.
But families of the hostages say they fear their loved ones would be killed in such an operation.
Among the hostages held by FARC is former presidential candidate and French-Colombian citizen Ingrid Betancourt. Friday marked the fifth anniversary of her abduction.
The rebels have been fighting to overthrow the government in the South American country for more than four decades.
Some information for this report was provided by AFP, AP and Reuters.
""",
        "quotes": [
            ("indirect", "his government is ready for direct contact with the country's largest rebel group, without intermediaries",
             "says", "Colombian President Alvaro Uribe", "Alvaro Uribe", "COL", "name"),
            ("indirect", "family members of hostages long held by the rebels could seek direct contact with the group",
             "said", "Mr. Uribe", "Alvaro Uribe", "COL", "name"),
            ("indirect", "he preferred a military rescue operation",
             "said", "The president", "Alvaro Uribe", "COL", "nominal"),
            ("indirect", "they fear their loved ones would be killed in such an operation",
             "say", "families of the hostages", "families of the hostages", "COL", "nominal"),
        ],
    },
    {
        "id": "t17-iran-nuclear-deadline-2007",
        "url": "https://www.voanews.com/a/a-13-2007-05-24-voa25/332516.html",
        "title": "Iran's President Vows to Push Ahead With Nuclear Program",
        "published": "2007-05-24",
        "truncated": False,
        "note": "The store holds this URL twice; the fuller copy is used. Removed: 'Accessibility "
                "links', 'Breaking News', 'News', title line, the 'update' label, closing "
                "'XS SM MD LG'. Whole as stored. published: the date in the URL.",
        "text": """
Iran's President Mahmoud Ahmadinejad has vowed to push ahead with his country's nuclear program, despite a United Nations Security Council deadline Thursday for Tehran to stop enriching uranium.
Iranian media quote Mr. Ahmadinejad as saying if Tehran halts its atomic program even for a moment, then countries opposed to it will have achieved their goals.
At the White House, President Bush said the U.S. will work with its allies to strengthen sanctions against Iran. He said Iran continues to defy the demands of the free world, which he said will only isolate Iran further.
Also Thursday, the head of the U.N. nuclear agency, Mohamed Elbaradei, voiced concern about Iran's growing nuclear capacity and said Tehran is three to eight years away from producing a nuclear weapon.
Wednesday, Elbaradei's International Atomic Energy Agency issued a report saying Iran has defied international demands by expanding uranium enrichment - a process that can make fuel for nuclear weapons.
The IAEA also said its ability to monitor Iran's nuclear program has been hurt by a lack of access. Iran says there are no obstacles for legal IAEA inspections of Tehran's nuclear facilities.
Iran is already under limited sanctions for ignoring earlier Security Council resolutions.
The United States and its allies accuse Iran of trying to develop nuclear weapons. Iran says its atomic program is intended to produce electricity.
""",
        "quotes": [
            ("indirect", "if Tehran halts its atomic program even for a moment, then countries opposed to it will have achieved their goals",
             "saying", "Mr. Ahmadinejad", "Mahmoud Ahmadinejad", "IRN", "name"),
            ("indirect", "the U.S. will work with its allies to strengthen sanctions against Iran",
             "said", "President Bush", "Bush", "USA", "name"),
            ("indirect", "Iran continues to defy the demands of the free world",
             "said", "He", "Bush", "USA", "pronoun"),
            ("indirect", "will only isolate Iran further",
             "said", "he", "Bush", "USA", "pronoun"),
            ("indirect", "Tehran is three to eight years away from producing a nuclear weapon",
             "said", "Mohamed Elbaradei", "Mohamed Elbaradei", "UNO", "name"),
            ("indirect", "Iran has defied international demands by expanding uranium enrichment - a process that can make fuel for nuclear weapons",
             "saying", "a report", "International Atomic Energy Agency", "UNO", "organisation"),
            ("indirect", "its ability to monitor Iran's nuclear program has been hurt by a lack of access",
             "said", "The IAEA", "International Atomic Energy Agency", "UNO", "organisation"),
            ("indirect", "there are no obstacles for legal IAEA inspections of Tehran's nuclear facilities",
             "says", "Iran", "Iran", "IRN", "organisation"),
            ("indirect", "its atomic program is intended to produce electricity",
             "says", "Iran", "Iran", "IRN", "organisation"),
        ],
    },
    {
        "id": "t17-bangladesh-election-date-2008",
        "url": "https://www.voabangla.com/a/a-16-2008-11-15-voa8-94428384/1395808.html",
        "title": "Bangladesh Government Determined to Hold Election on December 18",
        "published": "2008-11-15",
        "truncated": False,
        "note": "English story on VOA's Bangla service site. Removed: the Bengali 'Accessibility links' "
                "line, title line, the Bengali 'Related' label, closing 'XS SM MD LG'. Whole as stored. "
                "The page's spaces before ',' and '.', 'complains' and 'prove congenial' are kept. "
                "published: the date in the URL.",
        "text": """
Advisor for Trade and Commerce Affairs in the military backed interim government in Bangladesh , Hussain Zillur Rahman said on Saturday that the government in Bangladesh is determined to hold general elections on December 18 as announced in the schedule of the elections .
The Advisor said that after overcoming several impediments, all is set for election.
He also hinted at completely withdrawing emergency if the situation prove congenial to holding elections. Referring to demands put forward by BNP , one of the major political parties in Bangladesh which has still not committed itself to participating in elections, Hussain Zillur said that specific complains should be made about the lack of level playing field only then the government can take actions to correct itself.
""",
        "quotes": [
            ("indirect", "the government in Bangladesh is determined to hold general elections on December 18 as announced in the schedule of the elections",
             "said", "Hussain Zillur Rahman", "Hussain Zillur Rahman", "BGD", "name"),
            ("indirect", "after overcoming several impediments, all is set for election",
             "said", "The Advisor", "Hussain Zillur Rahman", "BGD", "nominal"),
            ("indirect", "specific complains should be made about the lack of level playing field only then the government can take actions to correct itself",
             "said", "Hussain Zillur", "Hussain Zillur Rahman", "BGD", "name"),
        ],
    },
    {
        "id": "t17-mali-tuareg-coup-2012",
        "url": "http://www.voanews.com/content/taureg-rebels-vow-push-in-mali-after-coup-143967086/180169.html",
        "title": "Tuareg Rebels Vow Push in Mali After Coup",
        "published": None,
        "truncated": True,
        "note": "The store holds this URL three times; the copy without indentation is used. Removed: "
                "title line, photo caption (stored twice; dated March 22, 2012, the coup's day, the "
                "story being of the next day), the fact box 'TheTuareg uprising' with its five "
                "bullets and 'Source:Encyclopedia Brittanica, ICRC, France 24'. Cut by the store inside "
                "the last sentence ('... under the protection of his p'); that sentence was dropped. "
                "The page prints the rebel's words without quotation marks ('Our problem is not with a "
                "specific government, he says.  Our problem is with the occupation of our country.'); "
                "the part before 'he says' is annotated as indirect speech, the unattributed unmarked "
                "sentence after it is not annotated. Double spaces reduced. published: null "
                "(March 23, 2012 by the caption and 'a day after' the coup; not stated on the page).",
        "text": """
Tuareg rebels in northern Mali say they will push to seize more government territory, a day after mutinous soldiers in the south overthrew President Amadou Toumani Toure.
During an interview with VOA's French to Africa service, a leader of the rebel MNLA said rebels plan to advance toward areas held by the Malian army, including the towns of Kidal, Timbuktu, and Gao.
MNLA second-in-command Karim ag Matafa said the group wants to remove the government from what the rebels consider Tuareg land.
Our problem is not with a specific government, he says. Our problem is with the occupation of our country.
Ethnic Tuareg fighters began their uprising against Mali's government in January. The army's dissatisfaction with Mr. Toure's handling of the rebellion prompted soldiers to stage a coup early Thursday.
The coup has drawn strong criticism internationally. Friday, the European Union suspended development aid to Mali, a day after the EU, United States, and African Union all called for the return of constitutional rule.
""",
        "quotes": [
            ("indirect", "they will push to seize more government territory",
             "say", "Tuareg rebels in northern Mali", "Tuareg rebels in northern Mali", "MLI", "nominal"),
            ("indirect", "rebels plan to advance toward areas held by the Malian army, including the towns of Kidal, Timbuktu, and Gao",
             "said", "a leader of the rebel MNLA", "leader of the rebel MNLA", "MLI", "nominal"),
            ("indirect", "the group wants to remove the government from what the rebels consider Tuareg land",
             "said", "MNLA second-in-command Karim ag Matafa", "Karim ag Matafa", "MLI", "name"),
            ("indirect", "Our problem is not with a specific government",
             "says", "he", "Karim ag Matafa", "MLI", "pronoun"),
        ],
    },
    {
        "id": "t17-japan-fukushima-calm-2011",
        "url": "https://www.voanews.com/a/japanese-government-urges-calm-following-explosion-at-nuclear-plant-117848614/136343.html",
        "title": "Japanese Government Urges Calm Following Explosion at Nuclear Plant",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (stored "
                "twice; a 2008 file photo), the summary line 'Officials are monitoring radiation levels "
                "following massive earthquake'. Cut by the store inside the next paragraph ('Northeast "
                "of Sendai, fires raged'); kept to the last complete sentence. published: null (the day "
                "after 'Friday's massive earthquake', i.e. March 12, 2011; no date on the page).",
        "text": """
A Japanese government spokesman has urged for calm following an explosion at one of two nuclear plants damaged in Friday's massive earthquake.
Japanese Chief Cabinet Secretary Yukio Edano says authorities are monitoring radiation levels at Fukushima, where smoke could be seen billowing out of the nuclear plant complex. Japanese media say radiation levels are more than eight times normal outside the plant.
He urged people to follow earlier orders to evacuate the area 10 kilometers around the plant.
Before the explosion occurred, authorities said radioactive material had been found outside one of the plant's reactors, which had lost power and cooling abilities following the magnitude 8.9 quake and tsunami.
Prime Minister Naoto Kan said 50,000 troops would join rescue and recovery efforts across the country.
Japanese media report more than 1,200 people are dead or missing.
Entire villages were washed away Friday by waves as high as 10 meters that carried vehicles, buildings and debris several kilometers inland. The earthquake and tsunami damaged highways and other infrastructure, further hampering rescuers' efforts to reach people stranded on their roofs and trapped in affected areas.
Japan's Tepco electric company is warning of massive power outages in the coming days across large areas of the country.
Japanese authorities said 200 to 300 bodies have been found in Sendai, the city closest to the quake, which was the most powerful on record to hit Japan and the world's fifth largest in more than a century. They say 700 people are missing and 1,000 people have been injured.
""",
        "quotes": [
            ("indirect", "authorities are monitoring radiation levels at Fukushima, where smoke could be seen billowing out of the nuclear plant complex",
             "says", "Japanese Chief Cabinet Secretary Yukio Edano", "Yukio Edano", "JPN", "name"),
            ("indirect", "radiation levels are more than eight times normal outside the plant",
             "say", "Japanese media", "Japanese media", "JPN", "nominal"),
            ("indirect", "radioactive material had been found outside one of the plant's reactors, which had lost power and cooling abilities following the magnitude 8.9 quake and tsunami",
             "said", "authorities", "authorities", "JPN", "nominal"),
            ("indirect", "50,000 troops would join rescue and recovery efforts across the country",
             "said", "Prime Minister Naoto Kan", "Naoto Kan", "JPN", "name"),
            ("indirect", "more than 1,200 people are dead or missing",
             "report", "Japanese media", "Japanese media", "JPN", "nominal"),
            ("indirect", "200 to 300 bodies have been found in Sendai<<>>in more than a century",
             "said", "Japanese authorities", "Japanese authorities", "JPN", "nominal"),
            ("indirect", "700 people are missing and 1,000 people have been injured",
             "say", "They", "Japanese authorities", "JPN", "pronoun"),
        ],
    },
    {
        "id": "t17-japan-fukushima-crisis-2011",
        "url": "https://www.voanews.com/a/japan-nuclear-crisis-deepens-117991204/136503.html",
        "title": "Japan Nuclear Crisis Deepens",
        "published": "2011-03-15",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (dated "
                "March 15, 2011, the story's 'Tuesday'; used as the date). Cut by the store inside the "
                "next sentence ('If confirmed, t'); kept to the last complete sentence.",
        "text": """
The crisis at Japan's damaged nuclear power complex in the northeastern part of the country is worsening. Top government officials acknowledge further, significantly higher radiation leaks and explosions at a total of three reactors.
Tuesday morning, Japanese Prime Minister Naoto Kan delivered a nationally broadcast message to citizens, after a third reactor building explosion was confirmed in Fukushima.
Urging the public to heed his words calmly, Kan acknowledged one of the damaged reactors is facing a much higher risk of releasing radiation into the atmosphere.
The prime minister asked those living between 20 and 30 kilometers from the plant to stay indoors. Those living closer, about 200,000 people in all, had previously evacuated.
After Kan finished his statement, Chief Cabinet Secretary Yukio Edano met with reporters.
The top government spokesman said radiation detected at another damaged reactor, the Number Three unit, was at a level that could harm people.
The highest brief spike of radiation levels at the crippled Fukushima plant was equivalent to eight times the dose an average person would absorb in a year.
The Tokyo Electric Power Company announced that the cooling system had failed at the Number Two reactor of the Fukushima complex. The cooling equipment had been damaged by last Friday's magnitude nine earthquake and tsunami.
The utility says all workers from the Fukushima plant, except those involved in the emergency pumping of water to cool the reactors, have been ordered out of the facility.
The Kyodo news agency quotes an official at the company saying it is possible that some parts of the rods holding nuclear material have melted.
""",
        "quotes": [
            ("indirect", "one of the damaged reactors is facing a much higher risk of releasing radiation into the atmosphere",
             "acknowledged", "Kan", "Naoto Kan", "JPN", "name"),
            ("indirect", "radiation detected at another damaged reactor, the Number Three unit, was at a level that could harm people",
             "said", "The top government spokesman", "Yukio Edano", "JPN", "nominal"),
            ("indirect", "the cooling system had failed at the Number Two reactor of the Fukushima complex",
             "announced", "The Tokyo Electric Power Company", "Tokyo Electric Power Company", "JPN", "organisation"),
            ("indirect", "all workers from the Fukushima plant<<>>have been ordered out of the facility",
             "says", "The utility", "Tokyo Electric Power Company", "JPN", "organisation"),
            ("indirect", "it is possible that some parts of the rods holding nuclear material have melted",
             "saying", "an official at the company", "official at the Tokyo Electric Power Company", "JPN", "nominal"),
        ],
    },
    {
        "id": "t17-kyrgyzstan-bakiyev-cabinet-2005",
        "url": "https://www.voabangla.com/a/a-16-2005-03-25-voa8-94386969/1390280.html",
        "title": "Bishkek Tense, New Kyrgyz Leader Bakiyev Appoints Cabinet",
        "published": "2005-03-25",
        "truncated": False,
        "note": "English story on VOA's Bangla service site. Removed: the Bengali 'Accessibility links' "
                "line, title line, closing 'XS SM MD LG'. Whole as stored; the page's 'after after' is "
                "kept. published: the date in the URL.",
        "text": """
There are reports of sporadic gunbattles and looting in Kyrgyzstan's capital, Bishkek. The reports say the capital was tense as darkness fell Friday, and occasional volleys of gunfire could be heard. Hours earlier, the parliament appointed former prime minister and opposition leader Kurmanbek Bakiyev acting head of state, a day after after protesters took over the seat of the government.
The new leader has chosen mostly prominent opposition figures for the posts of foreign, defense and finance ministers and chief prosecutor. For the job of interior minister, he picked Myktybek Abdyldayev, a former chief prosecutor who had been fired Wednesday by ousted President Askar Akayev. Russia became the first country to express its support, but the ousted President Akayev, who fled Thursday, condemned his ouster as an "unconstitutional coup."
The US State Department says it is ready to work with Kyrgyzstan's interim leadership to help restore order following the collapse of President Askar Akayev's government. A spokesman said Friday that the United States has to deal with realities on the ground, and help the country work towards a peaceful and legitimate outcome. The spokesman said US diplomats will be in contact with acting Kyrgyz head of state Kurmanbek Bakiyev and other members of the interim administration. Secretary of State Condoleezza Rice Friday held talks on the issue by telephone with Russian Foreign Minister Sergei Lavrov, and both agreed on the importance of international support for Kyrgyzstan. A spokeswoman for President Bush urged the interim Kyrgyz authorities to restore order to the country as soon as possible.
""",
        "quotes": [
            ("indirect", "the capital was tense as darkness fell Friday, and occasional volleys of gunfire could be heard",
             "say", "The reports", "reports", None, "nominal"),
            ("partial", "unconstitutional coup",
             "condemned", "the ousted President Akayev", "Askar Akayev", "KGZ", "name"),
            ("indirect", "it is ready to work with Kyrgyzstan's interim leadership to help restore order following the collapse of President Askar Akayev's government",
             "says", "The US State Department", "US State Department", "USA", "organisation"),
            ("indirect", "the United States has to deal with realities on the ground, and help the country work towards a peaceful and legitimate outcome",
             "said", "A spokesman", "State Department spokesman", "USA", "nominal"),
            ("indirect", "US diplomats will be in contact with acting Kyrgyz head of state Kurmanbek Bakiyev and other members of the interim administration",
             "said", "The spokesman", "State Department spokesman", "USA", "nominal"),
        ],
    },
    {
        "id": "t17-sudan-bashir-nyala-2009",
        "url": "http://www.voanews.com/a/a-13-2009-03-18-voa19-68813037/363514.html",
        "title": "Defiant Bashir Addresses Supporters in Darfur",
        "published": "2009-03-18",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', 'News', title line, closing "
                "'XS SM MD LG'. Whole as stored; the standing credit line 'Some information for this "
                "report was provided by AFP and Reuters' (no full stop on the page) is kept. "
                "published: the date in the URL.",
        "text": """
Sudan's President Omar al-Bashir has returned to Darfur, in another show of defiance to the international court seeking his arrest for alleged war crimes in the region.
The Sudanese president addressed thousands of supporters Wednesday in the southern Darfur town of Nyala.
Waving his cane at times, Mr. Bashir denounced Western countries for allegedly trying to divide Sudan, and vowed the International Criminal Court would never touch him.
He also called for Darfur rebels to lay down their arms, saying the government is working on a series of development projects in the region.
This is Mr. Bashir's second visit to Darfur since the court issued a warrant for his arrest two weeks ago.
Prosecutors accuse him of masterminding a campaign of rape, murder and other crimes against civilians in Darfur, where his government has been fighting rebels since 2003.
Soon after the court's action, Sudan said it would expel 13 foreign aid groups active in Darfur. On Tuesday, U.S. Secretary of State Hillary Clinton said Mr. Bashir would be held responsible for every death caused by that decision.
Also Tuesday, the joint United Nations-African Union peacekeeping mission in Darfur said unknown gunmen had killed a soldier near Nyala.
U.N. Secretary-General Ban Ki-moon later said he deeply regrets the death and is concerned about security threats to the peacekeeping mission.
The attack near Nyala was the second time this month unknown gunmen have ambushed peacekeepers in Darfur.
The United Nations says the fighting and related violence in Darfur has killed more than 200,000 people, and displaced more than 2.5 million others. Sudan says the death toll is around 10,000.
Some information for this report was provided by AFP and Reuters
""",
        "quotes": [
            ("indirect", "the International Criminal Court would never touch him",
             "vowed", "Mr. Bashir", "Omar al-Bashir", "SDN", "name"),
            ("indirect", "the government is working on a series of development projects in the region",
             "saying", "He", "Omar al-Bashir", "SDN", "pronoun"),
            ("indirect", "it would expel 13 foreign aid groups active in Darfur",
             "said", "Sudan", "Sudan", "SDN", "organisation"),
            ("indirect", "Mr. Bashir would be held responsible for every death caused by that decision",
             "said", "U.S. Secretary of State Hillary Clinton", "Hillary Clinton", "USA", "name"),
            ("indirect", "unknown gunmen had killed a soldier near Nyala",
             "said", "the joint United Nations-African Union peacekeeping mission in Darfur", "United Nations-African Union peacekeeping mission in Darfur", "IGO", "organisation"),
            ("indirect", "he deeply regrets the death and is concerned about security threats to the peacekeeping mission",
             "said", "U.N. Secretary-General Ban Ki-moon", "Ban Ki-moon", "UNO", "name"),
            ("indirect", "the fighting and related violence in Darfur has killed more than 200,000 people, and displaced more than 2.5 million others",
             "says", "The United Nations", "United Nations", "UNO", "organisation"),
            ("indirect", "the death toll is around 10,000",
             "says", "Sudan", "Sudan", "SDN", "organisation"),
        ],
    },
    {
        "id": "t17-ghana-coup-allegations-2006",
        "url": "https://www.voanews.com/a/a-13-2006-10-27-voa1/313996.html",
        "title": "Controversy Over Coup Allegations in Ghana",
        "published": "2006-10-27",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside a "
                "quotation of the next paragraph ('I think that it is appropriate ... So, I think whether "
                "the security agencies will investigate or'); that paragraph was dropped whole. The "
                "page's 'New Patriotic PARTY' is kept. published: the date in the URL.",
        "text": """
Ghana's President John Kufuor has accused his predecessor, Jerry Rawlings, of soliciting funds from oil-rich countries he allegedly visited recently to overthrow his administration. This is generating lots of controversy with supporters of former president Rawlings calling the accusation irresponsible. Meanwhile at a press conference yesterday, former president Rawlings challenged president Kufuor to produce evidence that shows his complicity to destabilize the country.
Nana Ohene-Ntow is general secretary of the ruling New Patriotic PARTY (NPP). He spoke with VOA English to Africa reporter Peter Clottey about President Kufuor’s accusation.
“The president informed the public that the former head of state has been traveling to some country he did not name. And has been talking to the head of state of that country to the effect that President Kufuor’s government has become so unpopular it ought to be removed. And that he was soliciting financial and other help of this unnamed foreign government to remove this very unpopular government of President Kufuor. And that the president thought that this was totally unbecoming of a former head of state, and that this was the sort of thing that the former head of state has been engaging in. From what President Kufuor said, this is quite recent and he did indeed condemn that kind of behavior,” he said.
Ohene-Ntow says President Kufuor only wanted to let Ghanaians know what he calls the true nature of former president Rawlings.
""",
        "quotes": [
            ("direct", "The president informed the public<<>>he did indeed condemn that kind of behavior",
             "said", "he", "Nana Ohene-Ntow", "GHA", "pronoun"),
            ("indirect", "President Kufuor only wanted to let Ghanaians know what he calls the true nature of former president Rawlings",
             "says", "Ohene-Ntow", "Nana Ohene-Ntow", "GHA", "name"),
        ],
    },
    {
        "id": "t17-china-sichuan-quake-2008",
        "url": "http://www.voabangla.com/a/a-16-2008-05-20-voa6-94442534/1397391.html",
        "title": "Woman Rescued After Eight Days; China Quake Death Toll Tops 40,000",
        "published": "2008-05-20",
        "truncated": False,
        "note": "English story on VOA's Bangla service site. Removed: the Bengali 'Accessibility links' "
                "line, title line, closing 'XS SM MD L' (cut by the store inside the size buttons, "
                "after the end of the text). Whole as stored; the script's '(today/Tuesday)' and "
                "spelled-out numbers ('40-thousand') are kept. published: the date in the URL.",
        "text": """
A Chinese woman has been rescued from the rubble in quake-struck Sichuan province, eight days after the country's massive earthquake hit, toppling buildings and leaving five million homeless.
The official Xinhua news agency says the woman spent 195 hours under the rubble, but did not provide any other details. She is the second person to be rescued today, as hopes dim for those still trapped.
Chinese officials say the death toll has risen to more than 40-thousand, and warned that the final death total could be more than 50-thousand.
As China continues to work to rescue those buried, its focus is increasingly shifting toward caring for survivors of the seven-point-nine magnitude quake. Chinese officials are struggling to rush some three million tents to Sichuan to provide shelter for the five million homeless.
Sichuan officials say they have already received some 280-thousand tents and factories are working around the clock to deliver another 700-thousand.
Authorities are also attempting to identify bodies and cope with orphans, elderly and disabled people who have lost caregivers. China's finance ministry says it has allocated 357 million dollars in temporary allowances to support quake victims.
The National Seismology Bureau has warned of a heightened possibility of an aftershock with a magnitude of between six and seven. Such an aftershock could cause major damage in the already-devastated province of Sichuan.
Today, China marked its second of three days of national mourning for victims of the quake.
U.S. President George Bush and his wife Laura visited the Chinese embassy in Washington (today/Tuesday) to extend their sympathies.
Mr. Bush wrote in a book of condolences that Americans stand with China during this difficult moment, adding that the United States is ready to assist in any manner that China deems helpful.
""",
        "quotes": [
            ("indirect", "the woman spent 195 hours under the rubble",
             "says", "The official Xinhua news agency", "Xinhua news agency", "CHN", "organisation"),
            ("indirect", "the death toll has risen to more than 40-thousand",
             "say", "Chinese officials", "Chinese officials", "CHN", "nominal"),
            ("indirect", "the final death total could be more than 50-thousand",
             "warned", "Chinese officials", "Chinese officials", "CHN", "nominal"),
            ("indirect", "they have already received some 280-thousand tents and factories are working around the clock to deliver another 700-thousand",
             "say", "Sichuan officials", "Sichuan officials", "CHN", "nominal"),
            ("indirect", "it has allocated 357 million dollars in temporary allowances to support quake victims",
             "says", "China's finance ministry", "China's finance ministry", "CHN", "organisation"),
            ("indirect", "Americans stand with China during this difficult moment",
             "wrote", "Mr. Bush", "George Bush", "USA", "name"),
            ("indirect", "the United States is ready to assist in any manner that China deems helpful",
             "adding", "Mr. Bush", "George Bush", "USA", "name"),
        ],
    },
    {
        "id": "t17-afghanistan-kandahar-convoy-2018",
        "url": "https://www.voanews.com/a/afghanistan-kandahar-attack/4226641.html",
        "title": "Suicide Bomber Kills 4 in Afghanistan's Kandahar",
        "published": None,
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Whole as stored (about "
                "1,000 characters, no cut). published: null (the page gives only 'Friday night'; the "
                "story id places it in early 2018).",
        "text": """
A suicide car bomber hit an Afghan police convoy Friday night in the southern city of Kandahar, killing at least four members of the security forces and wounding several others.
Two Afghan police and two civilians are among the dead in the Ayno Mina section of Kandahar.
The blast also wounded 10 more, six of them Afghan police and four civilians.
A health official at the main civilian hospital confirmed to VOA that 10 wounded individuals were brought to the hospital for treatment.
Dr. Abdul Qayoom Pokhla, head of Kandahar Provincial Hospital, added that three of the wounded persons are in critical condition.
The Taliban issued a statement claiming responsibility for the Kandahar suicide car bomb attack.
An insurgent spokesman said the blast “killed and injured” 18 members of the security force, including three commanders, although the Taliban often issues inflated casualty tolls for such attacks.
""",
        "quotes": [
            ("indirect", "10 wounded individuals were brought to the hospital for treatment",
             "confirmed", "A health official at the main civilian hospital", "health official at the main civilian hospital", "AFG", "nominal"),
            ("indirect", "three of the wounded persons are in critical condition",
             "added", "Dr. Abdul Qayoom Pokhla", "Abdul Qayoom Pokhla", "AFG", "name"),
            ("indirect", "the blast “killed and injured” 18 members of the security force, including three commanders",
             "said", "An insurgent spokesman", "Taliban spokesman", "AFG", "nominal"),
            ("partial", "killed and injured",
             "said", "An insurgent spokesman", "Taliban spokesman", "AFG", "nominal"),
        ],
    },
    {
        "id": "t17-somalia-mogadishu-clashes-2010",
        "url": "https://www.voanews.com/a/clashes-in-somali-capital-kill-at-least-11-84020162/112214.html",
        "title": "Clashes in Somali Capital Kill At Least 11",
        "published": None,
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Whole as stored; the "
                "page's 'solider' is kept. published: null (no date on the page; the story id places it "
                "around 2010).",
        "text": """
New fighting in the Somali capital, Mogadishu, has killed at least 11 people.
In one incident, Islamist insurgents fired mortars at an African Union peacekeepers' base Wednesday, prompting soldiers to respond. Witnesses say at least seven civilians were killed and several others injured.
In another incident, a clash between police and government soldiers at the Mogadishu police academy killed at least four people, including three soldiers and one policeman. Reports say the clash began when police tried to take a gun from a solider.
Mogadishu has endured years of violence since the fall of Somalia's last stable government in 1991.
Thousands of residents have fled the city this week, ahead of an expected new round of fighting between the transitional government and the insurgents.
The government has promised an offensive against the Islamists, who control large portions of the capital.
""",
        "quotes": [
            ("indirect", "at least seven civilians were killed and several others injured",
             "say", "Witnesses", "witnesses", None, "nominal"),
            ("indirect", "the clash began when police tried to take a gun from a solider",
             "say", "Reports", "reports", None, "nominal"),
        ],
    },
    {
        "id": "t17-afghanistan-kandahar-bombings-2005",
        "url": "https://voanews.com/a/a-13-2005-10-10-voa22/308716.html",
        "title": "Two More Suicide Bombings in Kandahar",
        "published": "2005-10-10",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', 'News', title line, closing "
                "'XS SM MD LG'. Whole as stored (the credit line 'Some information for this report "
                "provided by Reuters, AP and AFP.' is kept). published: the date in the URL.",
        "text": """
Afghan authorities say two suicide bombers have killed three people and wounded eight in the southern city of Kandahar.
One of the attackers killed a former factional commander, Agha Shah, and two bystanders outside Agha Shah's house.
Later, a second bomber blew himself up, but caused no other casualties, when police ordered him to stop near the main U.S. military base in Kandahar.
There have been two other suicide bombings in the Afghan city in less than a week, one against British officials and the other targeting Canadian troops.
Meanwhile, the U.S. military says an American soldier was killed and another wounded Sunday during fighting with insurgents in Zabul province.
Separately, a U.S. military helicopter made a hard landing and caught fire during an anti-militant operation in eastern Afghanistan. The helicopter was destroyed, but all onboard escaped unhurt.
Some information for this report provided by Reuters, AP and AFP.
""",
        "quotes": [
            ("indirect", "two suicide bombers have killed three people and wounded eight in the southern city of Kandahar",
             "say", "Afghan authorities", "Afghan authorities", "AFG", "nominal"),
            ("indirect", "an American soldier was killed and another wounded Sunday during fighting with insurgents in Zabul province",
             "says", "the U.S. military", "U.S. military", "USA", "organisation"),
        ],
    },
    {
        "id": "t17-zimbabwe-tsvangirai-results-2013",
        "url": "https://www.voanews.com/amp/1722122.html",
        "title": "Tsvangirai Says He Will Not Accept Zimbabwe Election Results",
        "published": None,
        "truncated": False,
        "note": "Video page (AMP form of voanews.com); the text is the video's summary. Removed: title "
                "line, the player message 'Your browser doesn’t support HTML5'. Whole as stored. "
                "published: null (the day after 'Wednesday's presidential election', i.e. August 1, "
                "2013; not stated on the page).",
        "text": """
Zimbabwe's Prime Minister Morgan Tsvangirai says he will not accept the results of Wednesday's presidential election, alleging irregularities made the vote a "farce." Speaking to reporters Thursday, the presidential candidate repeated accusations of vote-rigging against his rival, President Robert Mugabe, who denies the charges and whose allies claim he won the vote.
""",
        "quotes": [
            ("indirect", "he will not accept the results of Wednesday's presidential election",
             "says", "Zimbabwe's Prime Minister Morgan Tsvangirai", "Morgan Tsvangirai", "ZWE", "name"),
            ("indirect", "irregularities made the vote a \"farce.\"",
             "alleging", "Zimbabwe's Prime Minister Morgan Tsvangirai", "Morgan Tsvangirai", "ZWE", "name"),
            ("partial", "farce",
             "alleging", "Zimbabwe's Prime Minister Morgan Tsvangirai", "Morgan Tsvangirai", "ZWE", "name"),
            ("indirect", "he won the vote",
             "claim", "allies", "allies of Robert Mugabe", "ZWE", "nominal"),
        ],
    },
    {
        "id": "t17-venezuela-chavez-nationalize-2007",
        "url": "https://www.voanews.com/a/a-13-2007-01-08-voa56/351143.html",
        "title": "Venezuela's Chavez Seeks to Nationalize Critical Industries",
        "published": "2007-01-08",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Whole as stored; the page's "
                "'electricial' is kept. published: the date in the URL.",
        "text": """
Venezuela's President Hugo Chavez is asking the National Assembly to grant him special powers over the country's electrical and telecommunications industries.
In a televised speech, Mr. Chavez said he would nationalize some electricial companies and the country's largest telecommunications company, CANTV.
The leftist leader promised to take a more radical turn toward socialism after he was re-elected by a wide margin last month.
He will begin a second six-year term as president on Wednesday.
Mr. Chavez has said he hopes to merge all the political parties supporting him into one party. He also wants to re-write the constitution.
""",
        "quotes": [
            ("indirect", "he would nationalize some electricial companies and the country's largest telecommunications company, CANTV",
             "said", "Mr. Chavez", "Hugo Chavez", "VEN", "name"),
            ("indirect", "he hopes to merge all the political parties supporting him into one party",
             "said", "Mr. Chavez", "Hugo Chavez", "VEN", "name"),
        ],
    },
    {
        "id": "t17-togo-election-violence-2005",
        "url": "https://www.voanews.com/a/a-13-2005-04-25-voa38/302233.html",
        "title": "Election-Related Violence in Togo Continues, Results Awaited",
        "published": "2005-04-25",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption ('A man piles "
                "dried palm leaves onto a burning roadblock in the Be Kpota area of Lome'). Cut by the "
                "store inside the next paragraph ('At the main opposition headquarters in Lome, activist "
                "Samuel is looking over ... son of the late leader'); that paragraph was dropped. "
                "published: the date in the URL.",
        "text": """
Togo's opposition is awaiting results from Sunday's presidential election, amid street violence that has killed several people and injured dozens. Voters were asked to choose a successor to the late long-time president, Gnassingbe Eyadema, but the opposition alleges there was fraud in favor of his son, the ruling party candidate.
Dozens of angry youths erected burning barricades several kilometers outside Lome on the road to Benin, including Alex, who also wielded an axe.
"We are blocking the road, because we want our result," he said. "All the time in Togo here, if they do election, they want to wait two days, three days, one week before they give the results. Now, we want the results today, not tomorrow or Wednesday, today, today, we want the results."
Nearby, protesters waving clubs and chunks of cement gathered near the heavily guarded home of the local ruling party official. They accused him of trying to rig results.
The official, Richard Attiope, whose face was marked by bloody cuts, escaped for his life Sunday, when opposition supporters burned his car, alleging he was carrying fake ballots. He denied the charge, but said he was very scared.
"I think that today I can say that I am afraid about my life, because yesterday what happened is very, very serious," he said. "I am afraid, but I am asking myself, what is really happening in this country? And, I am saying that, if the opposition want to rule this country, it is not with the violence, and for me using violence is the proof that they will not win."
""",
        "quotes": [
            ("indirect", "there was fraud in favor of his son, the ruling party candidate",
             "alleges", "the opposition", "Togo's opposition", "TGO", "nominal"),
            ("direct", "We are blocking the road, because we want our result",
             "said", "he", "Alex", "TGO", "pronoun"),
            ("direct", "All the time in Togo here<<>>we want the results.",
             "said", "he", "Alex", "TGO", "pronoun"),
            ("indirect", "he was carrying fake ballots",
             "alleging", "opposition supporters", "opposition supporters", "TGO", "nominal"),
            ("indirect", "he was very scared",
             "said", "He", "Richard Attiope", "TGO", "pronoun"),
            ("direct", "I think that today I can say that I am afraid about my life, because yesterday what happened is very, very serious",
             "said", "he", "Richard Attiope", "TGO", "pronoun"),
            ("direct", "I am afraid, but I am asking myself<<>>they will not win.",
             "said", "he", "Richard Attiope", "TGO", "pronoun"),
        ],
    },
    {
        "id": "t17-nigeria-cpc-challenge-2011",
        "url": "https://www.voanews.com/a/nigerian-presidential-vote-rigged-says-opposition-official--121518384/158068.html",
        "title": "Nigerian Presidential Vote ‘Rigged,’ Says Opposition Official",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (dated April "
                "28, 2011, itself cut by the page: '... delayed by violence that killed at'). The stored "
                "text ends at a complete sentence at about the store's length limit; the page may "
                "continue. The page's 'standard-dearer' and the bracketed insertions are kept. "
                "published: null (early May 2011 by 'last month's election' of April 16; not stated).",
        "text": """
The general secretary of Nigeria’s main opposition Congress for Progressive Change [CPC] says his party is legally challenging the outcome of the April 16 presidential elections, saying they were marred by “irregularities.”
Buba Galadima says his party can sufficiently document the alleged irregularities, which according to him, took place in both the north and the south.
“We have more than enough evidence to prove that [there was rigging]. It is left for the Nigeria judiciary to accept our view,” he says.
The party, says Galadima, will dispel the popular view that the election was “peaceful, credible and transparent.”
The Congress for Progressive Change party is asking a court to throw out certain election results and order new polls in some areas.
Galadima says his party will proceed with its legal challenge, despite the refusal of standard-dearer General Muhammadu Buhari to back the move.
“We as a political party have the inherent jurisdiction to go to court on behalf of the membership of [this] political party in Nigeria,” says Galadima.
President Goodluck Jonathan, a Christian from southern Nigeria, defeated his northern Muslim rival, Buhari, who is a former military ruler.
International and local observers have said last month’s election was Nigeria's most credible vote in decades.
But riots broke out after the vote, and a Nigerian rights group says at least 500 people were killed in Muslim-Christian fighting.
""",
        "quotes": [
            ("indirect", "his party is legally challenging the outcome of the April 16 presidential elections",
             "says", "The general secretary of Nigeria’s main opposition Congress for Progressive Change", "Buba Galadima", "NGA", "nominal"),
            ("indirect", "they were marred by “irregularities.”",
             "saying", "The general secretary of Nigeria’s main opposition Congress for Progressive Change", "Buba Galadima", "NGA", "nominal"),
            ("partial", "irregularities",
             "saying", "The general secretary of Nigeria’s main opposition Congress for Progressive Change", "Buba Galadima", "NGA", "nominal"),
            ("indirect", "his party can sufficiently document the alleged irregularities, which according to him, took place in both the north and the south",
             "says", "Buba Galadima", "Buba Galadima", "NGA", "name"),
            ("direct", "We have more than enough evidence to prove that [there was rigging]. It is left for the Nigeria judiciary to accept our view",
             "says", "he", "Buba Galadima", "NGA", "pronoun"),
            ("indirect", "will dispel the popular view that the election was “peaceful, credible and transparent.”",
             "says", "Galadima", "Buba Galadima", "NGA", "name"),
            ("partial", "peaceful, credible and transparent",
             "says", "Galadima", "Buba Galadima", "NGA", "name"),
            ("indirect", "his party will proceed with its legal challenge, despite the refusal of standard-dearer General Muhammadu Buhari to back the move",
             "says", "Galadima", "Buba Galadima", "NGA", "name"),
            ("direct", "We as a political party have the inherent jurisdiction to go to court on behalf of the membership of [this] political party in Nigeria",
             "says", "Galadima", "Buba Galadima", "NGA", "name"),
            ("indirect", "last month’s election was Nigeria's most credible vote in decades",
             "said", "International and local observers", "international and local observers", None, "nominal"),
            ("indirect", "at least 500 people were killed in Muslim-Christian fighting",
             "says", "a Nigerian rights group", "Nigerian rights group", "NGO", "nominal"),
        ],
    },
    {
        "id": "t17-guinea-general-strike-2006",
        "url": "http://www.voanews.com/a/a-13-2006-06-08-voa46/322817.html",
        "title": "General Strike Paralyzes Guinea's Capital",
        "published": "2006-06-08",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', 'News', title line, closing "
                "'XS SM MD LG'. Whole as stored; the credit line 'Some information for this report was "
                "provided by AFP' (no full stop on the page) is kept. published: the date in the URL.",
        "text": """
Activity in Guinea's capital, Conakry, ground to a halt Thursday as most people appeared to heed an appeal by the country's two main unions to strike.
Local media reports say police armed with tear gas lined the city's streets, but that the situation remained calm. Witnesses say the capital's streets were deserted, with most banks, businesses, schools and taxi and bus service shut down.
Reuters news agency reports that Guinea's bauxite production continued as normal, although bauxite workers planned to meet to decide whether to strike. The west African country is the world's largest supplier of bauxite for aluminum production.
The trade unions, the National Confederation of Guinea Workers and the Public Service Union of Guinea, said the strike is designed to protest declining living conditions and high gas and commodity prices. They called for Guineans to strike indefinitely until the government meets its demands, including cutting prices for gas and rice.
Guinea was once seen as an island of stability among its troubled neighbors of Liberia, Sierra Leone and Ivory Coast. But it appears increasingly unstable. Guinea's President Lansana Conte has been ill and has no apparent successor.
Earlier this year, the unions staged a five-day strike, which was observed by a large part of the population.
Some information for this report was provided by AFP
""",
        "quotes": [
            ("indirect", "police armed with tear gas lined the city's streets, but that the situation remained calm",
             "say", "Local media reports", "local media reports", "GIN", "nominal"),
            ("indirect", "the capital's streets were deserted, with most banks, businesses, schools and taxi and bus service shut down",
             "say", "Witnesses", "witnesses", None, "nominal"),
            ("indirect", "Guinea's bauxite production continued as normal, although bauxite workers planned to meet to decide whether to strike",
             "reports", "Reuters news agency", "Reuters", "GBR", "organisation"),
            ("indirect", "the strike is designed to protest declining living conditions and high gas and commodity prices",
             "said", "The trade unions, the National Confederation of Guinea Workers and the Public Service Union of Guinea", "National Confederation of Guinea Workers and Public Service Union of Guinea", "GIN", "organisation"),
        ],
    },
]

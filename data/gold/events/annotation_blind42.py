"""Texts and annotation of the blind events set ``blind42.jsonl`` (evgold30, 2026-12-07).

Ten Voice of America news stories (voanews.com, the VOA preview host voa.pangea-cms.com, and
three VOA language-service sites that publish English copy: voazimbabwe.com, voatibetan.com,
burmese.voanews.com), taken from the search tool's stored pages; all public domain. Page
furniture is removed (named in each document's ``note``); the wording is otherwise exactly as
stored. Each event is written as: document id, a sentence anchor (a substring of exactly one
sentence), the trigger (a substring found once in that sentence), type, mode, contexts, actor
codes, actor texts, recipient codes, recipient texts and the flags. ``build_blind42.py`` turns
this into ``blind42.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

DOCS: list[dict] = [
    {
        "id": "blind42-01",
        "url": "https://www.voanews.com/a/a-13-2009-04-28-voa2-68683672/408850.html",
        "agency": "Voice of America",
        "title": "Madagascar Court Ruling Spurs Ousted President\u2019s Backers to Keep Protesting",
        "published": "2009-04-28",
        "date_approximate": False,
        "date_note": "date in the story's URL (2009-04-28); the text's 'a court Monday ruled' "
                     "fits a Tuesday story",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); the "
            "store cuts the page inside the seventh paragraph ('Even the way they are doi'), "
            "which is dropped; the six complete paragraphs are kept"
        ),
        "text": (
            "Some Madagascar citizens are expressing fear the country could be plunged into "
            "serious political turmoil after a court Monday ruled as illegal the activities of a "
            "transitional government led by former opposition leader Andry Rajoelina. The ruling "
            "energized supporters of former President Marc Ravalomanana who despite a ban on "
            "demonstrations vowed to begin fresh protests today until the government steps down. "
            "They are also demanding the return of the former president who is in exile, saying "
            "he had two more years to serve before being forced to hand over power to the "
            "military. The handover paved the way for Rajoelina to take over power when the "
            "military threw its support behind him.\n"
            "Malagasy journalist Mialy Randriamampianina told VOA that most people are confused "
            "about the political situation.\n"
            "\"As they (supporters of former president) have already said, they are going to "
            "follow the movement (protesting) until Marc Ravalomanana, the former president, will "
            "be back in Madagascar because for them, Marc Ravalomanana is still the president of "
            "Madagascar. So what they want to do and what they tried to do starting from last "
            "week is to enter into the place of democracy in order to make their rally. The "
            "problem is that the military and the police under the orders of Andry Rajoelina "
            "don't allow them to go there,\" Randriamampianina said.\n"
            "She said the clashes between the protesters and the security forces were a direct "
            "result of the transitional government's refusal to allow them to express dissenting "
            "views.\n"
            "\"That is why most of every day there are some kinds of violence all around the town "
            "because there are violence between the Marc Ravalomanana supporters and the "
            "military,\" she said.\n"
            "Randriamampianina said supporters of the former president seem to have taken a cue "
            "from previous opposition protests that forced Ravalomanana to resign."
        ),
    },
    {
        "id": "blind42-02",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/colombia-resumes-peace-talks-with-farc/1736490.html",
        "agency": "Voice of America",
        "title": "Colombia Resumes Peace Talks with FARC",
        "published": "2013-08-25",
        "date_approximate": True,
        "date_note": "the page carries no date; its photo caption is dated Aug. 23, 2013 (a "
                     "Friday), the talks 'were suspended Friday' and will reopen 'Monday' and "
                     "'tomorrow', so the story is dated Sunday 2013-08-25",
        "truncated": True,
        "note": (
            "VOA's own preview host (voa.pangea-cms.com) of voanews.com story 1736490. removed: "
            "'Accessibility links', 'Breaking News', the headline (kept in title), the photo "
            "caption (given twice); the store cuts the page inside the closing 'VOA News' byline "
            "box ('16x9 Image VO'), which is dropped; all story paragraphs are complete. Source "
            "typos kept ('sais')"
        ),
        "text": (
            "Colombia says it will resume peace talks with the Revolutionary Armed Forces of "
            "Colombia, or FARC.\n"
            "Colombian government lead negotiator Humberto De la Calle said the talks with the "
            "rebels will re-open Monday in Havana.\n"
            "\"After a meeting, it was carefully noted that the FARC had made the decision to "
            "return on Monday at half past eight in the morning to the talks table to continue "
            "deliberations as normal,\" De La Calle sais. \"Because of that, after noting it, the "
            "president has instructed us on the decision to return tomorrow to Havana to continue "
            "talks on a search for an end to the conflict.\"\n"
            "The negotiations were suspended Friday when FARC said it would need time to study "
            "the government's draft bill that would require any peace deal with the guerrillas to "
            "be put to a popular vote.\n"
            "De la Calle defended the referendum, saying that it should be the Colombian people "
            "who make the final decision on the agreements reached from the talks.\n"
            "He said however, that FARC has acknowledged the pain suffered by their victims and "
            "the need for reparations.\n"
            "\"(The FARC have) acknowledged how they have caused pain in Colombia and there is an "
            "attitude (meaning an openness) for reparations to victims. That is an issue that is "
            "very important for us,\" De La Calle sais. \"And therefore, after all these "
            "considerations, we will return to Havana\".\n"
            "The FARC, the oldest active guerrilla army in the Western Hemisphere, is considered "
            "a terrorist organization by the United States and European Union."
        ),
    },
    {
        "id": "blind42-03",
        "url": "https://www.voazimbabwe.com/a/a-13-56-74-2008-04-28-voa49-68999902/1471382.html",
        "agency": "Voice of America (Studio 7 for Zimbabwe)",
        "title": "Villagers Disarm Assailants In Eastern Zimbabwe's Manicaland Province",
        "published": "2008-04-28",
        "date_approximate": False,
        "date_note": "date in the story's URL (2008-04-28), a Monday, matching 'continued Monday'",
        "truncated": False,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), the "
            "closing line 'More reports from VOA's Studio 7 for Zimbabwe...'. Source wording kept "
            "('the assailants were overpowered by seized a loaded AK-47 assault rifle')"
        ),
        "text": (
            "Incidents of violence continued Monday in Zimbabwe's rural areas where ruling party "
            "militants and other elements are accused of mounting a campaign of intimidation and "
            "physical attacks - some fatal - against those suspected of voting for the opposition "
            "in March 29 national elections in which it claimed a parliamentary majority.\n"
            "Sources in the Headlands Constituency of Manicaland Province said about 15 armed "
            "ruling party militia members and soldiers Monday morning attacked a family suspected "
            "of backing the opposition Movement for Democratic Change, but the assailants were "
            "overpowered by seized a loaded AK-47 assault rifle from a soldier in the group.\n"
            "Two villagers aged 64 and 84 were injured in the fight and were rushed to a hospital "
            "in Mutare, local sources said. War veterans and militia members are said to have set "
            "up torture camps at Nyamukamani in Village 4-C where homes were burned down this "
            "weekend. Another camp has reportedly been set up at Fairfield in Ward 37.\n"
            "In Makoni North, 35 MDC members were arrested this weekend on charges of inciting "
            "violence. Mutare police raided a house in the Chikanga district which they believed "
            "to be harboring MDC victims of violence, but failed to make any arrests.\n"
            "In Shamva South, Mashonaland Central Province, more than 169 houses have been burned "
            "down since Thursday, with Bushu and Jiti worst affected, a source said.\n"
            "Headlands Ward Councilor Mununudzi Chitsa, who reported the clash there to local "
            "police, told VOA reporter Jonga Kandemiiri that he does not see an end to violence "
            "because the police in Manicaland are not pursuing or arresting the perpetrators."
        ),
    },
    {
        "id": "blind42-04",
        "url": "http://www.voazimbabwe.com/a/a-13-56-74-2008-05-20-voa44-68994052/1464191.html",
        "agency": "Voice of America (Studio 7 for Zimbabwe)",
        "title": "Politically Motivated Attacks on Zimbabwe Opposition Supporters Continue",
        "published": "2008-05-20",
        "date_approximate": False,
        "date_note": "date in the story's URL (2008-05-20), a Tuesday, matching 'on Tuesday'",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); the "
            "store cuts the page inside the last paragraph ('Last week Shamva resembled'), whose "
            "incomplete sentence is dropped. Source spellings kept ('Movement for Democratic "
            "Changed', the curly apostrophe in 'Mupango\u2019s')"
        ),
        "text": (
            "Armed youth militia affiliated with Zimbabwe's ruling ZANU-PF party attacked a "
            "village in Manicaland Province on Tuesday in one of the latest major incidents in a "
            "campaign of political violence that has claimed more than 40 lives in the past seven "
            "weeks.\n"
            "Sources said three truckloads of militia members accompanied by police and soldiers "
            "descended on Mavhezva village in Nyazura district, Makoni South constituency. They "
            "accused villagers of receiving food from the opposition Movement for Democratic "
            "Changed, and many residents of the village fled into nearby mountains.\n"
            "Sources said gunshots were heard but could not say if anyone was hit.\n"
            "Nyazura ward councilor Happymore Mavhezha, a member of the MDC, told reporter Jonga "
            "Kandemiiri of VOA's Studio 7 for Zimbabwe that the militia was looking for him in "
            "connection with the alleged distribution of food by the opposition party.\n"
            "Sources in Buhera South, Manicaland, said war veterans and militia led by veterans "
            "leader Joseph Chinotimba, who lost a bid for the Buhera South house seat in March "
            "elections, murdered opposition supporter Chekuhle Mupango Saturday.\n"
            "They said Chinotimba took Mupango\u2019s body and drove it around the Mutiusinazita "
            "business center showing it to residents before dumping the corpse at Birchenough "
            "Bridge Hospital mortuary. A VOA reporter was unable to reach Chinotimba for his "
            "comment on the allegations as calls to his mobile phone did not go through.\n"
            "Meanwhile, sources said spokesman Oliver Mandipaka of the Zimbabwe Republic Police "
            "was seen in Buhera South on Monday warning people against supporting the opposition. "
            "Mandipaka denied being in the constituency, telling a reporter that he works in the "
            "police headquarters in Harare, not in Buhera.\n"
            "A source in Shamva, Mashonaland Central, said calm has returned to the mining town "
            "following the deployment of riot police."
        ),
    },
    {
        "id": "blind42-05",
        "url": "https://www.voanews.com/a/a-13-2008-06-17-voa28-66663972/557722.html",
        "agency": "Voice of America",
        "title": "Chad Rebels Move; Government Accuses Sudan and Peacekeepers",
        "published": "2008-06-17",
        "date_approximate": False,
        "date_note": "date in the story's URL (2008-06-17)",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); the "
            "store cuts the page inside the last paragraph ('Chad's army is accused for its part "
            "in helping and getting h'), which is dropped; the intro paragraph with the "
            "correspondent line is kept as stored"
        ),
        "text": (
            "Rebels in Chad say they are taking more towns in the east of the country, while the "
            "government is accusing Sudan's army of attacking a border town. VOA's Nico Colombant "
            "reports from our regional bureau in Dakar.\n"
            "Rebels said they seized the town of Am Zoer recently, while capturing the chief of "
            "the town garrison and taking a small cannon.\n"
            "Am Zoer is on the road to the main eastern city of Abeche. Rebels say they are "
            "marching to the capital N'Djamena.\n"
            "But unlike earlier this year, when they almost toppled President Idriss Deby, "
            "security analyst Paul-Simon Handy does not believe the threat from this new "
            "offensive is as grave.\n"
            "\"We should not overestimate these new seizures of provincial towns in eastern "
            "Chad,\" he said. \"It is more to my point of view a publicity success, than real "
            "military success.\"\n"
            "Handy, from the South African-based Institute for Security Studies, says divisions "
            "within the rebel movements make it unlikely the rebels will again reach the doorstep "
            "of the presidential palace.\n"
            "\"I think the biggest difference is that today the rebels seem less united than they "
            "were in February because the new rebel groups, there are new groups emerging, even "
            "though it is the same actors,\" he said. \"There are new movements that have been "
            "emerging and that are not united. They are extremely divided so that is the first "
            "difference. And the French intelligence is giving support to the Chadian army. I "
            "think this time the rebels cannot make it to N'Djamena. They will certainly be "
            "stopped by airstrikes of the Chadian army.\"\n"
            "Chad's government has accused Sudan of attacking the border town of Ade with ground "
            "troops and helicopter fire. A statement said its reaction will be on the level of, "
            "what it called, the impudence of the Sudanese regime.\n"
            "Sudan has denied backing the Chadian rebels or attacking Chadian territory."
        ),
    },
    {
        "id": "blind42-06",
        "url": "http://www.voanews.com/content/morsi-supporters-clash-egyptian-security-forces/1702449.html",
        "agency": "Voice of America",
        "title": "Morsi Supporters Clash With Egyptian Security Forces",
        "published": "2013-07-16",
        "date_approximate": False,
        "date_note": "date of the page's video summary ('July 16, 2013 3:10 PM')",
        "truncated": True,
        "note": (
            "removed: 'News / Middle East', the headline (kept in title), the related-video box "
            "with its date line and one-sentence summary, the byline 'Edward Yeranian', the "
            "second video box ('Watch related video of VOA's Sharon Behn in Cairo' with its "
            "summary); the store cuts the page inside the last paragraph ('new gover'), which is "
            "dropped. The double space after 'injured.' and after 'bridge.' is kept; source "
            "wording kept ('left at seven dead')"
        ),
        "text": (
            "After several days of relative calm, violence overnight in Cairo between Egyptian "
            "police, backed by local residents, and supporters of ousted President Mohamed Morsi "
            "left at seven dead and about 260 people injured.  Security forces have arrested 400 "
            "people for questioning over the violence.\n"
            "The bloodshed came after supporters of Egypt's ousted president tried to block "
            "traffic at several key intersections and along a main Cairo bridge.  Police and "
            "residents of nearby Giza stopped the protesters before they were able to cross that "
            "bridge.\n"
            "Al-Ahram Online reported that some Morsi supporters were holed up at a mosque near "
            "Ramsis Square where violence first broke out. Witnesses say police fired tear gas to "
            "prevent the protesters from reaching nearby Tahrir Square where Morsi opponents were "
            "camped out.\n"
            "On the political front, Egyptian media indicated that interim Prime Minister Hazem "
            "el-Beblawi might announce the formation of his new government late Tuesday. The "
            "names of some of his ministers, including Defense Minister Abdel Fattah el Sissi and "
            "Foreign Minister Hisham Fahmy, are already known."
        ),
    },
    {
        "id": "blind42-07",
        "url": "https://www.voanews.com/a/a-13-2007-11-07-voa59/402377.html",
        "agency": "Voice of America",
        "title": "Georgia Declares State of Emergency After Protests",
        "published": "2007-11-07",
        "date_approximate": False,
        "date_note": "date in the story's URL (2007-11-07)",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); the "
            "store cuts the page after 'Russian Foreign Minister', an incomplete sentence that is "
            "dropped. The intro paragraph with the correspondent line is kept as stored; source "
            "spellings kept ('Mr. Shaakashvili', 'Great October Socialistic Revolution')"
        ),
        "text": (
            "Georgia's President Mikhail Saakashvili has declared a 48-hour state of emergency in "
            "the capital, Tbilisi. The announcement by the country's prime minister came after "
            "police used tear gas and water cannon to disperse demonstrators protesting for the "
            "sixth day against the Georgian president. VOA's Peter Fedynsky reports from "
            "Moscow.\n"
            "Riot police used water cannon, tear gas and batons to disperse demonstrators from "
            "the area around the parliament building in Tbilisi, the scene of six days of mass "
            "protests against Georgian President Mikhail Saakashvili. People fled the area with "
            "not only inflamed eyes, but inflamed passions, denouncing the Georgian leader as a "
            "dictator.\n"
            "Opposition activist Ivlian Khaindrava compared him to Bolsheviks, who seized power "
            "in Russia exactly 90 years ago.\n"
            "\"This action of the government will cause the new wave of the mass protest in this "
            "country, which may lead to the end of this government which probably today "
            "celebrates the 90th anniversary of Great October Socialistic Revolution, being real "
            "neo-Bolsheviks,\" said Khaindrava.\n"
            "Interior Minister Spokesman Shota Utiashvili told VOA that force was needed, because "
            "the crowd was getting out of control.\n"
            "Utiashvili says a group of demonstrators attacked the police and broke through the "
            "police cordon. So we had to call in Special Forces, who used tear gas and dispersed "
            "the demonstration.\n"
            "Protests against Mr. Saakashvili began on Friday, with at least 50,000 people "
            "demanding electoral reforms and early parliamentary elections. Since then, crowds "
            "have been smaller, but opposition demands have escalated to include the president's "
            "resignation.\n"
            "The Georgian leader has refused the demands, saying parliamentary and presidential "
            "elections will be held as scheduled at the end of 2008. Mr. Shaakashvili blames what "
            "he calls dark forces manipulated by Russia of being behind the demonstrations."
        ),
    },
    {
        "id": "blind42-08",
        "url": "https://www.voanews.com/a/deadly-attack-by-maoist-rebels-kills-indian-troops-89981857/165546.html",
        "agency": "Voice of America",
        "title": "Deadly Attack by Maoist Rebels Kills Indian Troops",
        "published": "2010-04-06",
        "date_approximate": True,
        "date_note": "the stored copy carries no date; the ambush of a paramilitary patrol near "
                     "Dantewada 'early Tuesday' that killed at least 75 policemen, after a "
                     "Sunday land mine blast in Orissa, dates it to Tuesday 2010-04-06",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); the "
            "store cuts the page inside the last paragraph (Ajay Sahni's comment, no closing "
            "period), which is dropped; the seven complete paragraphs are kept. Source spellings "
            "kept ('Chattisgarh', 'guerillas')"
        ),
        "text": (
            "In India, Maoist rebels have mounted one of their deadliest attacks on security "
            "forces, killing at least 75 policemen. It is the second strike by the rebels this "
            "week and comes as the guerrillas step up attacks in response to an anti-Maoist "
            "offensive launched by the government.\n"
            "Police say a patrol party of more than 100 paramilitary forces was on its way to "
            "Dantewada, in Chattisgarh state, early Tuesday, when it was surrounded and ambushed "
            "by hundreds of Maoist rebels. The patrol party had been sent to rescue soldiers who "
            "had come under attack when they were engaged in an anti-Maoist offensive in the "
            "remote and forested area.\n"
            "Officials say the rebels triggered land mine explosions and fired indiscriminately "
            "on the soldiers from hilltops. Fighting carried on hours after the ambush began.\n"
            "Home Minister P. Chidambaram called it a huge attack by the rebels, who are also "
            "known as Naxalites. Their group is called the Communist Party of India (Maoist) or "
            "CPM Maoist.\n"
            "\"They seem to have walked into a camp or a trap set by the Naxalites,\" he said. "
            "\"Casualties are quite high and I am deeply shocked. But this shows the savage nature "
            "of the CPM Maoist, their brutality and savagery which they are capable of.\"\n"
            "The latest Maoist strike is the deadliest since the government launched an "
            "anti-Maoist operation last year, vowing to root out the guerillas from their "
            "strongholds in several central and eastern states.\n"
            "Maoist leaders have threatened to step up attacks, in response to the offensive, and "
            "have conducted several raids targeting security forces. Sunday, they triggered a "
            "land mine blast which killed 10 soldiers in the eastern Orissa state. In February, "
            "they carried out a daylight attack in West Bengal state, killing at least two dozen "
            "police."
        ),
    },
    {
        "id": "blind42-09",
        "url": "https://www.voatibetan.com/a/a-28-2007-03-15-voa1-90298097/1272329.html",
        "agency": "Voice of America (VOA Tibetan, English copy)",
        "title": "Attack By Maoist Rebels Kills 49 Security Personnel in Central India",
        "published": "2007-03-15",
        "date_approximate": False,
        "date_note": "date in the story's URL (2007-03-15)",
        "truncated": True,
        "note": (
            "a VOA News story by Anjana Pasricha posted in English on VOA's Tibetan service "
            "site. removed: the site's Tibetan-script date line, the headline (kept in title); "
            "the store cuts the page inside Ajay Sahni's quotation ('nothing in terms of succ'), "
            "a paragraph that is dropped; the nine complete paragraphs are kept. Source spelling "
            "kept ('Chattisgarh')"
        ),
        "text": (
            "In India's central state of Chattisgarh, suspected Maoist rebels have stormed a "
            "police post, killing at least 49 security personnel and injuring 12 others. From New "
            "Delhi, Anjana Pasricha reports, it is one of the deadliest attacks by the guerrillas, "
            "who are entrenched along a large eastern belt of the country.\n"
            "Officials say Maoist guerrillas opened fire, and hurled gasoline bombs and hand "
            "grenades before dawn at a remote police post in Chattisgarh.\n"
            "Scores of security personnel were killed or wounded. The victims include local "
            "tribes people recruited to help anti-rebel operations in the dense jungle area.\n"
            "The guerrillas fled after stealing weapons from the post and planting landmines "
            "around it.\n"
            "Hours after the attack, the chief minister of Chattisgarh state, Raman Singh, said "
            "police have been dispatched in large numbers to comb the forest for the rebels.\n"
            "Singh says initial reports indicate that more than 200 guerrillas were involved in "
            "the attack, which he says took a heavy toll of lives.\n"
            "The attack is one of the worst blamed on Maoist guerrillas in recent years. The "
            "rebels have a strong presence in Chattisgarh, which is one of India's poorest states "
            "and has witnessed some of the deadliest insurgent violence. The guerrillas also are "
            "active in several other states in the east.\n"
            "Last year, Prime Minister Manmohan Singh said the Maoist rebels are the single "
            "biggest threat to the country's internal security, and called for state governments "
            "to combat the guerrillas.\n"
            "But the head of New Delhi's Institute for Conflict Management, Ajai Sahni, says "
            "under-equipped and poorly armed security forces have not been able to tackle the "
            "threat."
        ),
    },
    {
        "id": "blind42-10",
        "url": "https://burmese.voanews.com/a/a-27-2006-02-24-voa6-93509724/1232118.html",
        "agency": "Voice of America (VOA Burmese, English copy)",
        "title": "Philippine President Declares State of Emergency (VOA News, Manila)",
        "published": "2006-02-24",
        "date_approximate": False,
        "date_note": "date in the story's URL (2006-02-24), a Friday, matching 'Friday'",
        "truncated": True,
        "note": (
            "a VOA News story posted in English on VOA's Burmese service site; the stored copy "
            "has no headline, so the title is descriptive. The store cuts the page inside the "
            "last paragraph ('police canceled permits under the stat'), which is dropped. One "
            "line break inside a sentence of the stored copy ('demonstrations against' / "
            "'President Arroyo') is joined with a space; wording otherwise as stored"
        ),
        "text": (
            "Philippine President Gloria Arroyo has declared a state of emergency after some "
            "senior members of the military were detained in an alleged coup plot. Mrs. Arroyo "
            "says she is responding to the opposition, as well as extremists in the political "
            "left and right, who are trying to bring down her elected government. This comes as "
            "the nation marks the 20th anniversary of the \"people power\" revolution that "
            "ousted dictator Ferdinand Marcos in 1986.\n"
            "President Gloria Arroyo told the Philippines Friday that the military had blocked an "
            "attempted coup by some officers.\n"
            "In a broadcast message, Mrs. Arroyo said the threat to the nation is clear and she "
            "will bring the full weight of the law against those that want to thwart the "
            "constitution.\n"
            "In an official proclamation declaring a state of emergency, the president said it "
            "was necessary to block extremists in the political opposition who want to bring "
            "down the duly elected government.\n"
            "The Army, meanwhile, announced it has detained a general Brigadier General Danilo "
            "Lim who was at the center of the alleged plot scheduled for Friday. Military "
            "officials say breakaway soldiers had allegedly planned to join Friday's "
            "demonstrations against President Arroyo, and declare they were withdrawing their "
            "support from her, in hopes of sparking an uprising.\n"
            "The armed forces chief of staff, General Generoso Senga, held a news conference to "
            "underscore these are rogue elements and assured the nation the military is loyal to "
            "the civilian government: \"I would like to report to you that the armed forces of "
            "the Philippines leadership, and chain of command down the line, is in full control. "
            "We are committed to adhere strictly to the chain of command and to remain loyal to "
            "the flag, the constitution and to the republic.\"\n"
            "Emotions are running high in Manila. The country is marking the 20th anniversary of "
            "the ousting of dictator Ferdinand Marcos in 1986 by a \"people power\" revolt."
        ),
    },
]

# doc, sentence anchor, trigger, type, mode, context, actor, actor_text, recipient,
# recipient_text, flags (negated / future / hypothetical)
E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


# --- blind42-01: Madagascar, court ruling and protests (2009) ---
D = "blind42-01"
ev(D, "after a court Monday ruled as illegal", "ruled as illegal", "SANCTION", "convict",
   ["legal", "political_institutions"], ["MDG"], ["a court"], ["MDG"],
   ["a transitional government led by former opposition leader Andry Rajoelina"])
ev(D, "The ruling energized supporters", "vowed to begin fresh protests", "PROTEST", "demo",
   ["political_institutions"], ["MDG"], ["supporters of former President Marc Ravalomanana"],
   ["MDG"], ["the government"], future=True)
ev(D, "They are also demanding the return", "demanding", "REQUEST", "change",
   ["political_institutions"], ["MDG"], ["They"])
ev(D, "They are also demanding the return", "being forced to hand over power", "COERCE", "",
   ["political_institutions"], [], [], ["MDG"], ["the former president"])
ev(D, "The handover paved the way", "take over power", "COERCE", "",
   ["political_institutions"], ["MDG"], ["Rajoelina"])
ev(D, "The handover paved the way", "threw its support behind", "SUPPORT", "",
   ["military", "political_institutions"], ["MDG"], ["the military"], ["MDG"], ["him"])
ev(D, "So what they want to do", "make their rally", "PROTEST", "demo",
   ["political_institutions"], ["MDG"], ["they"])
ev(D, "The problem is that the military", "don't allow them to go there", "COERCE", "restrict",
   ["repression", "rights_freedoms"], ["MDG"], ["the military and the police"], ["MDG"],
   ["them"])
ev(D, "She said the clashes between the protesters", "clashes", "ASSAULT", "",
   ["repression"], ["MDG"], ["the protesters"], ["MDG"], ["the security forces"])
ev(D, "She said the clashes between the protesters", "refusal to allow them", "REJECT", "",
   ["rights_freedoms"], ["MDG"], ["the transitional government's"], ["MDG"], ["them"])
ev(D, "That is why most of every day", "there are violence between", "ASSAULT", "",
   ["political_institutions"], ["MDG"], ["the Marc Ravalomanana supporters"], ["MDG"],
   ["the military"])
ev(D, "seem to have taken a cue", "protests", "PROTEST", "demo", ["political_institutions"],
   ["MDG"], ["opposition"], ["MDG"], ["Ravalomanana"])
ev(D, "seem to have taken a cue", "forced Ravalomanana to resign", "COERCE", "",
   ["political_institutions"], ["MDG"], ["opposition"], ["MDG"], ["Ravalomanana"])

# --- blind42-02: Colombia and FARC resume talks (2013) ---
D = "blind42-02"
ev(D, "Colombia says it will resume peace talks", "will resume peace talks", "AGREE", "",
   ["diplomatic"], ["COL"], ["Colombia"], ["COL"],
   ["the Revolutionary Armed Forces of Colombia"], future=True)
ev(D, "said the talks with the rebels will re-open", "will re-open", "AGREE", "",
   ["diplomatic"], ["COL"], ["Colombian government"], ["COL"], ["the rebels"], future=True)
ev(D, "the FARC had made the decision to return", "made the decision to return", "AGREE", "",
   ["diplomatic"], ["COL"], ["the FARC"], future=True)
ev(D, "the president has instructed us", "the decision to return tomorrow to Havana", "AGREE",
   "", ["diplomatic"], ["COL"], ["the president"], future=True)
ev(D, "The negotiations were suspended Friday", "were suspended", "REJECT", "meet",
   ["diplomatic"], ["COL"], ["FARC"], ["COL"], ["the government's"])
ev(D, "FARC has acknowledged the pain", "has acknowledged", "CONCEDE", "",
   ["human_rights", "reparations"], ["COL"], ["FARC"], ["COL"], ["their victims"])
ev(D, "(The FARC have) acknowledged how", "acknowledged how they have caused pain", "CONCEDE",
   "", ["human_rights", "reparations"], ["COL"], ["The FARC"])
ev(D, "we will return to Havana", "we will return to Havana", "AGREE", "", ["diplomatic"],
   ["COL"], ["we"], future=True)

# --- blind42-03: Zimbabwe, post-election violence in Manicaland (2008) ---
D = "blind42-03"
ev(D, "Incidents of violence continued Monday", "are accused of", "ACCUSE", "allege",
   ["election", "repression"], [], [], ["ZWE"], ["ruling party militants"])
ev(D, "Incidents of violence continued Monday", "physical attacks", "ASSAULT", "",
   ["election", "repression"], ["ZWE"], ["ruling party militants"], ["ZWE"],
   ["those suspected of voting for the opposition"])
ev(D, "about 15 armed ruling party militia", "attacked a family", "ASSAULT", "",
   ["election", "repression"], ["ZWE"],
   ["about 15 armed ruling party militia members and soldiers"], ["ZWE"],
   ["a family suspected of backing the opposition Movement for Democratic Change"])
ev(D, "about 15 armed ruling party militia", "were overpowered", "ASSAULT", "", ["repression"],
   [], [], ["ZWE"], ["the assailants"])
ev(D, "about 15 armed ruling party militia", "seized a loaded AK-47 assault rifle", "COERCE",
   "seize", ["repression"], [], [], ["ZWE"], ["a soldier in the group"])
ev(D, "set up torture camps", "torture camps", "ASSAULT", "torture",
   ["repression", "human_rights"], ["ZWE"], ["War veterans and militia members"])
ev(D, "35 MDC members were arrested", "were arrested", "COERCE", "arrest",
   ["election", "repression"], [], [], ["ZWE"], ["35 MDC members"])
ev(D, "35 MDC members were arrested", "charges of inciting violence", "ACCUSE", "allege",
   ["legal"], [], [], ["ZWE"], ["35 MDC members"])
ev(D, "Mutare police raided a house", "raided a house", "COERCE", "", ["repression"],
   ["ZWE"], ["Mutare police"], ["ZWE"], ["MDC victims of violence"])
ev(D, "Mutare police raided a house", "failed to make any arrests", "COERCE", "arrest",
   ["repression"], ["ZWE"], ["Mutare police"], negated=True)
ev(D, "who reported the clash there to local", "reported the clash there to local police",
   "ACCUSE", "allege", ["crime"], ["ZWE"], ["Headlands Ward Councilor Mununudzi Chitsa"])
ev(D, "who reported the clash there to local", "not pursuing or arresting", "COERCE",
   "arrest", ["crime"], ["ZWE"], ["the police in Manicaland"], ["ZWE"], ["the perpetrators"],
   negated=True)

# --- blind42-04: Zimbabwe, militia attacks and killings (2008) ---
D = "blind42-04"
ev(D, "Armed youth militia affiliated", "attacked a village", "ASSAULT", "",
   ["election", "repression"], ["ZWE"],
   ["Armed youth militia affiliated with Zimbabwe's ruling ZANU-PF party"], ["ZWE"],
   ["a village in Manicaland Province"])
ev(D, "three truckloads of militia members", "descended on", "ASSAULT", "", ["repression"],
   ["ZWE"], ["three truckloads of militia members accompanied by police and soldiers"],
   ["ZWE"], ["Mavhezva village"])
ev(D, "accused villagers of receiving food", "accused", "ACCUSE", "allege", ["election"],
   ["ZWE"], ["They"], ["ZWE"], ["villagers"])
ev(D, "accused villagers of receiving food", "fled into nearby mountains", "SANCTION",
   "expel", ["repression", "migration"], ["ZWE"], ["They"], ["ZWE"],
   ["many residents of the village"])
ev(D, "the militia was looking for him", "was looking for him", "COERCE", "",
   ["repression"], ["ZWE"], ["the militia"], ["ZWE"], ["him"])
ev(D, "murdered opposition supporter", "murdered", "ASSAULT", "", ["election", "repression"],
   ["ZWE"], ["war veterans and militia led by veterans leader Joseph Chinotimba"], ["ZWE"],
   ["opposition supporter Chekuhle Mupango"])
ev(D, "took Mupango", "showing it to residents", "THREATEN", "violence", ["repression"],
   ["ZWE"], ["Chinotimba"], ["ZWE"], ["residents"])
ev(D, "warning people against supporting", "warning people against supporting the opposition",
   "THREATEN", "", ["election", "repression"], ["ZWE"],
   ["spokesman Oliver Mandipaka of the Zimbabwe Republic Police"], ["ZWE"], ["people"])
ev(D, "Mandipaka denied being in the constituency", "denied", "REJECT", "", ["repression"],
   ["ZWE"], ["Mandipaka"])
ev(D, "calm has returned to the mining town", "deployment of riot police", "MOBILIZE",
   "police", ["repression"], ["ZWE"], ["riot police"])

# --- blind42-05: Chad rebels, Chad-Sudan accusations (2008) ---
D = "blind42-05"
ev(D, "Rebels in Chad say they are taking", "taking more towns", "COERCE", "seize",
   ["military", "territory"], ["TCD"], ["Rebels in Chad"])
ev(D, "Rebels in Chad say they are taking", "is accusing", "ACCUSE", "allege",
   ["military", "territory"], ["TCD"], ["the government"], ["SDN"], ["Sudan's army"])
ev(D, "seized the town of Am Zoer", "seized the town of Am Zoer", "COERCE", "seize",
   ["military", "territory"], ["TCD"], ["Rebels"])
ev(D, "seized the town of Am Zoer", "capturing the chief of the town garrison", "ASSAULT",
   "abduct", ["military"], ["TCD"], ["Rebels"], ["TCD"], ["the chief of the town garrison"])
ev(D, "seized the town of Am Zoer", "taking a small cannon", "COERCE", "seize", ["military"],
   ["TCD"], ["Rebels"])
ev(D, "Rebels say they are marching", "marching to the capital", "MOBILIZE", "troops",
   ["military"], ["TCD"], ["Rebels"])
ev(D, "when they almost toppled President", "almost toppled", "COERCE", "",
   ["political_institutions", "military"], ["TCD"], ["they"], ["TCD"],
   ["President Idriss Deby"], negated=True)
ev(D, "the French intelligence is giving support", "is giving support", "AID", "",
   ["military", "intelligence"], ["FRA"], ["the French intelligence"], ["TCD"],
   ["the Chadian army"])
ev(D, "They will certainly be stopped by airstrikes", "airstrikes", "ASSAULT", "aerial",
   ["military"], ["TCD"], ["the Chadian army"], ["TCD"], ["They"], hypothetical=True)
ev(D, "Chad's government has accused Sudan", "has accused", "ACCUSE", "allege",
   ["military", "territory"], ["TCD"], ["Chad's government"], ["SDN"], ["Sudan"])
ev(D, "A statement said its reaction", "reaction will be on the level of", "THREATEN", "",
   ["military"], ["TCD"], ["its"], ["SDN"], ["the Sudanese regime"])
ev(D, "Sudan has denied backing", "has denied", "REJECT", "", ["military"], ["SDN"],
   ["Sudan"])

# --- blind42-06: Egypt, clashes with Morsi supporters (2013) ---
D = "blind42-06"
ev(D, "violence overnight in Cairo", "violence overnight", "ASSAULT", "", ["repression"],
   ["EGY", "EGY"], ["Egyptian police", "supporters of ousted President Mohamed Morsi"])
ev(D, "Security forces have arrested 400", "have arrested", "COERCE", "arrest",
   ["repression"], ["EGY"], ["Security forces"], ["EGY"], ["400 people"])
ev(D, "tried to block traffic", "tried to block traffic", "PROTEST", "obstruct",
   ["political_institutions"], ["EGY"], ["supporters of Egypt's ousted president"])
ev(D, "Police and residents of nearby Giza stopped", "stopped the protesters", "COERCE",
   "restrict", ["repression"], ["EGY"], ["Police"], ["EGY"], ["the protesters"])
ev(D, "Witnesses say police fired tear gas", "fired tear gas", "ASSAULT", "", ["repression"],
   ["EGY"], ["police"], ["EGY"], ["the protesters"])
ev(D, "Witnesses say police fired tear gas", "were camped out", "PROTEST", "demo",
   ["political_institutions"], ["EGY"], ["Morsi opponents"])

# --- blind42-07: Georgia, state of emergency after protests (2007) ---
D = "blind42-07"
ev(D, "has declared a 48-hour state of emergency", "has declared a 48-hour state of emergency",
   "COERCE", "restrict", ["repression", "rights_freedoms"], ["GEO"],
   ["Georgia's President Mikhail Saakashvili"])
ev(D, "The announcement by the country's prime minister", "used tear gas and water cannon",
   "ASSAULT", "", ["repression"], ["GEO"], ["police"], ["GEO"], ["demonstrators"])
ev(D, "The announcement by the country's prime minister", "protesting for the sixth day",
   "PROTEST", "demo", ["political_institutions"], ["GEO"], ["demonstrators"], ["GEO"],
   ["the Georgian president"])
ev(D, "Riot police used water cannon", "used water cannon, tear gas and batons", "ASSAULT",
   "primitive", ["repression"], ["GEO"], ["Riot police"], ["GEO"], ["demonstrators"])
ev(D, "People fled the area", "denouncing", "ACCUSE", "disapprove",
   ["political_institutions"], ["GEO"], ["People"], ["GEO"], ["the Georgian leader"])
ev(D, "compared him to Bolsheviks", "compared him to Bolsheviks", "ACCUSE", "disapprove",
   ["political_institutions"], ["GEO"], ["Opposition activist Ivlian Khaindrava"], ["GEO"],
   ["him"])
ev(D, "compared him to Bolsheviks", "seized power", "COERCE", "", ["political_institutions"],
   ["RUS"], ["Bolsheviks"])
ev(D, "This action of the government will cause", "the new wave of the mass protest",
   "PROTEST", "demo", ["political_institutions"], [], [], ["GEO"], ["this government"],
   future=True)
ev(D, "This action of the government will cause", "being real neo-Bolsheviks", "ACCUSE",
   "disapprove", ["political_institutions"], ["GEO"], ["Khaindrava"], ["GEO"],
   ["the government"])
ev(D, "a group of demonstrators attacked the police", "attacked the police", "ASSAULT", "",
   ["repression"], ["GEO"], ["a group of demonstrators"], ["GEO"], ["the police"])
ev(D, "a group of demonstrators attacked the police", "broke through the police cordon",
   "PROTEST", "riot", ["political_institutions"], ["GEO"], ["a group of demonstrators"])
ev(D, "So we had to call in Special Forces", "used tear gas and dispersed", "ASSAULT", "",
   ["repression"], ["GEO"], ["Special Forces"])
ev(D, "Protests against Mr. Saakashvili began", "Protests", "PROTEST", "demo",
   ["election", "political_institutions"], ["GEO"], ["at least 50,000 people"], ["GEO"],
   ["Mr. Saakashvili"])
ev(D, "opposition demands have escalated", "demands have escalated", "REQUEST", "change",
   ["political_institutions"], ["GEO"], ["opposition"], ["GEO"], ["the president's"])
ev(D, "The Georgian leader has refused the demands", "has refused the demands", "REJECT",
   "change", ["election", "political_institutions"], ["GEO"], ["The Georgian leader"])
ev(D, "blames what he calls dark forces", "blames", "ACCUSE", "allege",
   ["political_institutions"], ["GEO"], ["Mr. Shaakashvili"], ["RUS"], ["Russia"])

# --- blind42-08: India, Maoist ambush in Dantewada (2010) ---
D = "blind42-08"
ev(D, "Maoist rebels have mounted one", "mounted one of their deadliest attacks", "ASSAULT",
   "", ["military"], ["IND"], ["Maoist rebels"], ["IND"], ["security forces"])
ev(D, "It is the second strike by the rebels", "step up attacks", "ASSAULT", "", ["military"],
   ["IND"], ["the guerrillas"])
ev(D, "It is the second strike by the rebels", "an anti-Maoist offensive launched by",
   "ASSAULT", "", ["military"], ["IND"], ["the government"])
ev(D, "when it was surrounded and ambushed", "surrounded and ambushed", "ASSAULT", "",
   ["military"], ["IND"], ["hundreds of Maoist rebels"], ["IND"],
   ["a patrol party of more than 100 paramilitary forces"])
ev(D, "The patrol party had been sent to rescue", "sent to rescue", "AID", "", ["military"],
   ["IND"], ["The patrol party"], ["IND"], ["soldiers"])
ev(D, "The patrol party had been sent to rescue", "had come under attack", "ASSAULT", "",
   ["military"], [], [], ["IND"], ["soldiers"])
ev(D, "The patrol party had been sent to rescue", "engaged in an anti-Maoist offensive",
   "ASSAULT", "", ["military"], ["IND"], ["they"])
ev(D, "Officials say the rebels triggered land mine", "triggered land mine explosions",
   "ASSAULT", "explosives", ["military"], ["IND"], ["the rebels"], ["IND"], ["the soldiers"])
ev(D, "Home Minister P. Chidambaram called it", "called it a huge attack", "ACCUSE",
   "disapprove", ["military"], ["IND"], ["Home Minister P. Chidambaram"], ["IND"],
   ["the rebels"])
ev(D, "Casualties are quite high", "deeply shocked", "ACCUSE", "disapprove", ["military"],
   ["IND"], ["I"])
ev(D, "But this shows the savage nature", "savage nature", "ACCUSE", "disapprove",
   ["military"], [], [], ["IND"], ["the CPM Maoist"])
ev(D, "The latest Maoist strike is the deadliest", "launched an anti-Maoist operation",
   "ASSAULT", "", ["military"], ["IND"], ["the government"])
ev(D, "The latest Maoist strike is the deadliest", "vowing to root out the guerillas",
   "THREATEN", "violence", ["military"], ["IND"], ["the government"], ["IND"],
   ["the guerillas"])
ev(D, "Maoist leaders have threatened", "have threatened to step up attacks", "THREATEN",
   "violence", ["military"], ["IND"], ["Maoist leaders"])
ev(D, "Maoist leaders have threatened", "conducted several raids", "ASSAULT", "",
   ["military"], ["IND"], ["Maoist leaders"], ["IND"], ["security forces"])
ev(D, "Sunday, they triggered a land mine blast", "triggered a land mine blast", "ASSAULT",
   "explosives", ["military"], ["IND"], ["they"], ["IND"], ["10 soldiers"])
ev(D, "In February, they carried out", "carried out a daylight attack", "ASSAULT", "",
   ["military"], ["IND"], ["they"], ["IND"], ["at least two dozen police"])

# --- blind42-09: India, Maoist attack in Chattisgarh (2007) ---
D = "blind42-09"
ev(D, "suspected Maoist rebels have stormed", "have stormed a police post", "ASSAULT", "",
   ["military"], ["IND"], ["suspected Maoist rebels"], ["IND"], ["at least 49 security personnel"])
ev(D, "Officials say Maoist guerrillas opened fire", "hurled gasoline bombs and hand grenades",
   "ASSAULT", "explosives", ["military"], ["IND"], ["Maoist guerrillas"], ["IND"],
   ["a remote police post in Chattisgarh"])
ev(D, "The guerrillas fled after stealing", "stealing weapons from the post", "COERCE",
   "seize", ["military"], ["IND"], ["The guerrillas"])
ev(D, "The guerrillas fled after stealing", "planting landmines", "ASSAULT", "explosives",
   ["military"], ["IND"], ["The guerrillas"])
ev(D, "police have been dispatched in large numbers", "have been dispatched", "MOBILIZE",
   "police", ["military"], ["IND"], ["police"], ["IND"], ["the rebels"])
ev(D, "The attack is one of the worst blamed", "blamed", "ACCUSE", "allege", ["military"],
   [], [], ["IND"], ["Maoist guerrillas"])
ev(D, "Last year, Prime Minister Manmohan Singh said", "single biggest threat", "ACCUSE",
   "disapprove", ["military"], ["IND"], ["Prime Minister Manmohan Singh"], ["IND"],
   ["the Maoist rebels"])
ev(D, "Last year, Prime Minister Manmohan Singh said", "called for", "REQUEST", "",
   ["military"], ["IND"], ["Prime Minister Manmohan Singh"], ["IND"], ["state governments"])

# --- blind42-10: Philippines, state of emergency and coup plot (2006) ---
D = "blind42-10"
ev(D, "Philippine President Gloria Arroyo has declared", "has declared a state of emergency",
   "COERCE", "restrict", ["repression", "rights_freedoms"], ["PHL"],
   ["Philippine President Gloria Arroyo"])
ev(D, "Philippine President Gloria Arroyo has declared", "were detained", "COERCE", "arrest",
   ["military", "political_institutions"], [], [], ["PHL"],
   ["some senior members of the military"])
ev(D, "says she is responding to the opposition", "trying to bring down", "ACCUSE", "allege",
   ["political_institutions"], ["PHL"], ["Mrs. Arroyo"], ["PHL"], ["the opposition"])
ev(D, "revolution that ousted dictator", "ousted", "COERCE", "", ["pro_democracy"], [], [],
   ["PHL"], ["dictator Ferdinand Marcos"])
ev(D, "the military had blocked an attempted coup", "had blocked an attempted coup", "COERCE",
   "", ["military", "political_institutions"], ["PHL"], ["the military"], ["PHL"],
   ["some officers"])
ev(D, "she will bring the full weight of the law", "will bring the full weight of the law",
   "THREATEN", "", ["legal", "political_institutions"], ["PHL"], ["Mrs. Arroyo"], ["PHL"],
   ["those that want to thwart the constitution"])
ev(D, "announced it has detained a general", "has detained", "COERCE", "arrest",
   ["military", "political_institutions"], ["PHL"], ["The Army"], ["PHL"],
   ["Brigadier General Danilo Lim"])
ev(D, "breakaway soldiers had allegedly planned", "allegedly planned", "ACCUSE", "allege",
   ["military", "political_institutions"], ["PHL"], ["Military officials"], ["PHL"],
   ["breakaway soldiers"])
ev(D, "breakaway soldiers had allegedly planned", "demonstrations", "PROTEST", "demo",
   ["political_institutions"], [], [], ["PHL"], ["President Arroyo"])
ev(D, "held a news conference to underscore", "these are rogue elements", "ACCUSE",
   "disapprove", ["military"], ["PHL"], ["General Generoso Senga"], ["PHL"],
   ["rogue elements"])
ev(D, "held a news conference to underscore", "is loyal to", "SUPPORT", "",
   ["military", "political_institutions"], ["PHL"], ["the military"], ["PHL"],
   ["the civilian government"])

"""Texts and annotation of the blind events set ``blind46.jsonl`` (evgold34, 2026-12-07).

Ten Voice of America news stories (voanews.com, VOA's preview host voa.pangea-cms.com, and the
English copy on VOA Tibetan, voatibetan.com), taken from the search tool's stored pages; all
public domain. Page furniture is removed (named in each document's ``note``); the wording is
otherwise exactly as stored. Each event is written as: document id, a sentence anchor (a
substring of exactly one sentence), the trigger (a substring found once in that sentence), type,
mode, contexts, actor codes, actor texts, recipient codes, recipient texts and the flags.
``build_blind46.py`` turns this into ``blind46.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

DOCS: list[dict] = [
    {
        "id": "blind46-01",
        "url": "https://www.voanews.com/middle-east/voa-news-iran/iran-repeats-demand-us-sanctions-be-lifted-nuclear-talks-resume",
        "agency": "Voice of America",
        "title": "Iran Repeats Demand US Sanctions Be Lifted Before Nuclear Talks Resume",
        "published": "2021-03-01",
        "date_approximate": True,
        "date_note": "the page carries no date; Iran's refusal of the informal meeting and the "
                     "White House's 'disappointment' were on Sunday 2021-02-28, and the story "
                     "reports Iran's repeat 'Monday', so it is dated Monday 2021-03-01",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), the "
            "photo caption (given twice); the store cuts the page inside the closing 'VOA News' "
            "byline box ('16x9 Image VOA News The Voice of America'), which is dropped; all story "
            "paragraphs are complete. Source wording kept ('for talks on resume on reviving')"
        ),
        "text": (
            "Iran Monday repeated its call for the United States to drop sanctions imposed by "
            "former U.S. President Donald Trump\u2019s administration for talks on resume on "
            "reviving the 2015 nuclear deal.\n"
            "At a news conference in Tehran Monday, Iranian Foreign Ministry spokesman Saeed "
            "Khatibzadeh said if the U.S. truly wants to begin renegotiating the nuclear deal, "
            "the path is clear: the U.S. must effectively remove the sanctions. He said there was "
            "no need for negotiations in this path.\n"
            "Iran\u2019s foreign ministry spokesman made similar comments Sunday regarding talks "
            "on a revival of the 2015 nuclear deal or Joint Comprehensive Plan of Action (JCPOA), "
            "that restrained Tehran\u2019s nuclear development program to keep it from developing "
            "nuclear weapons.\n"
            "A White House spokesperson responded Sunday by expressing \u201cdisappointment\u201d "
            "with Iran\u2019s response, but said the U.S. is ready to \u201creengage in meaningful "
            "diplomacy to achieve a mutual return to compliance with JCPOA commitments.\u201d\n"
            "Washington will consult the other four permanent members of the United Nations "
            "Security Council \u2013 Britain, China, France and Russia \u2013 plus Germany on the "
            "best way forward, the spokesperson said.\n"
            "Trump withdrew the U.S. from the deal, but U.S. President Joe Biden has indicated - "
            "both during his presidential campaign and since he took office - he wants to rejoin "
            "the pact that includes Russia and China. The U.S. has also initiated communications "
            "with Iran over the fate of at least five American hostages being held by Tehran."
        ),
    },
    {
        "id": "blind46-02",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/gaza-truce-takes-hold-after-fierce-attacks/1532940.html",
        "agency": "Voice of America",
        "title": "After Fierce Attacks, Gaza Truce Takes Hold",
        "published": "2012-10-25",
        "date_approximate": True,
        "date_note": "the page carries no date; its photo caption is dated October 24, 2012 (a "
                     "Wednesday) and the text reports what the Israeli military 'said Thursday' "
                     "about 'late Wednesday', so the story is dated Thursday 2012-10-25",
        "truncated": False,
        "note": (
            "VOA's own preview host (voa.pangea-cms.com) of voanews.com story 1532940. removed: "
            "'Accessibility links', 'Breaking News', the headline (kept in title), the photo "
            "caption (given twice), the closing 'VOA News' byline box and the size switcher "
            "'XS SM MD LG'. Source wording kept ('laborers working field')"
        ),
        "text": (
            "Israel and Palestinian militants in the Gaza Strip say an informal truce brokered "
            "by Egypt has taken hold after days of rocket fire and retaliatory airstrikes.\n"
            "The Israeli military said Thursday that no rocket fire had been detected since late "
            "Wednesday, and that it had not carried out any airstrikes against Gaza since "
            "Wednesday morning.\n"
            "Two days of Palestinian rocket and mortar fire into southern Israel damaged homes "
            "and wounded several laborers working field near the border. Israel says the barrage "
            "included about 80 rockets.\n"
            "Israeli airstrikes against Gaza killed four Palestinians, including three members "
            "of the ruling Hamas movement.\n"
            "Hamas and a smaller militant group called the Popular Resistance Committees claimed "
            "responsibility for the rocket attacks on Israel, saying they were a response to "
            "Israeli aggression.\n"
            "Hamas members accused Israel of seeking revenge on Gaza for hosting a brief visit "
            "by the emir of Qatar earlier Tuesday. It was the first by a head of state to Gaza "
            "since Hamas seized power there in 2007. The militant group said the Qatari emir's "
            "visit was a victory in its efforts to end its political and economic isolation.\n"
            "The Gaza-Israel border has seen occasional outbreaks of fighting between militants "
            "and Israeli forces since the two sides fought a brief war from December 2008 to "
            "January 2009."
        ),
    },
    {
        "id": "blind46-03",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/a-13-2008-06-18-voa18/405162.html",
        "agency": "Voice of America",
        "title": "Israel and Hamas agree to Egyptian-mediated Gaza truce (no headline in the stored copy)",
        "published": "2008-06-18",
        "date_approximate": False,
        "date_note": "date in the story's URL (2008-06-18), a Wednesday, matching a truce that "
                     "'begins early Thursday' and the speaker's 'from tomorrow'",
        "truncated": False,
        "note": (
            "VOA's own preview host (voa.pangea-cms.com) of voanews.com story 405162. The stored "
            "copy has no headline (the title here is descriptive) and hard line breaks inside "
            "sentences; every line break inside a sentence is replaced by one space, and a line "
            "break is kept only where the stored copy ends a paragraph after a full stop. "
            "removed: a trailing menu word 'News' after the last paragraph. The opening summary "
            "with the correspondent line is kept as stored. Source wording kept ('in the face "
            "further', 'Israeli Cabinet Benjamin Ben Eliezer put it.')"
        ),
        "text": (
            "Truce agreement calls for Gaza militants to stop attacks on southern Israel and for "
            "Israel to stop military raids and air strikes in Gaza. Robert Berger reports from "
            "the VOA bureau in Jerusalem.\n"
            "After months of fighting, Israel and the Islamic militant group Hamas have decided "
            "to give an Egyptian-mediated ceasefire in Gaza a chance.\n"
            "When the truce begins early Thursday, Hamas will halt rocket and mortar attacks and "
            "Israel will end military action in Gaza. Then Israel will begin gradually lifting "
            "its crippling blockade on Gaza. On Sunday, Israel will open border crossings and "
            "allow in trucks packed with food and supplies.\n"
            "\"Israel has decided to accept the Egyptian proposals and it is our sincere hope "
            "that from tomorrow, our civilian population in the south will no longer be the "
            "victim of these barrages of rockets and mortar shells from terrorists in the Gaza "
            "Strip, and we will have a new period of peace and quiet,\" Israeli spokesman Mark "
            "Regev said.\n"
            "In Gaza, Hamas Prime Minister Ismail Haniyeh said all Palestinian factions have "
            "agreed to abide by the truce.\n"
            "Haniyeh said the ceasefire would help the Palestinian people who have suffered from "
            "the Israeli blockade.\n"
            "In the second phase of the truce, Israel hopes to win the release of a soldier "
            "captured by Hamas militants in a cross-border raid two years ago. The sticking point "
            "is what Hamas wants in return: freedom for hundreds of Palestinian prisoners, "
            "including those responsible for deadly suicide bombings.\n"
            "Hamas refuses to renounce violence or recognize the Jewish state, so Israel fears "
            "the group will use the truce to re-arm for the next round of conflict. But as "
            "Israeli Cabinet Benjamin Ben Eliezer put it.\n"
            "\"I would talk to the devil to bring peace and quiet,\" he said, and to win the "
            "release of the captive soldier."
        ),
    },
    {
        "id": "blind46-04",
        "url": "https://www.voatibetan.com/a/a-28-2010-01-30-voa4-90317812/1274868.html",
        "agency": "Voice of America (VOA Tibetan, English copy)",
        "title": "China Takes Actions Over US-Taiwan Arms Deal",
        "published": "2010-01-30",
        "date_approximate": False,
        "date_note": "date in the story's URL (2010-01-30), a Saturday, matching 'China said "
                     "Saturday'",
        "truncated": False,
        "note": (
            "English VOA copy on VOA Tibetan. removed: the Tibetan-script 'Accessibility links' "
            "line and a Tibetan-script date line, the headline (kept in title) and the size "
            "switcher 'XS SM MD LG'"
        ),
        "text": (
            "China is taking action to show its objections to a U.S. plan to sell military "
            "equipment to Taiwan.\n"
            "China said Saturday it is suspending military exchanges and security talks with the "
            "United States and threatened sanctions on U.S. firms that sell military equipment "
            "to Taiwan.\n"
            "The official Xinhua news agency carried a strongly-worded statement from the "
            "foreign ministry following the U.S. announcement on Friday to sell $6.4 billion in "
            "arms to Taiwan.\n"
            "The statement says the arms deal would also affect cooperation between China and "
            "the U.S. on key international and regional issues.\n"
            "Chinese Vice Foreign Minister He Yafei summoned U.S. Ambassador Jon Huntsman in "
            "Beijing Saturday to lodge a protest. He urged Washington to cancel the deal which he "
            "described as a threat to China's national security. He also said the arms deal "
            "undermines China's effort at peaceful reunification with Taiwan.\n"
            "The U.S. Department of Defense said Friday it notified Congress of the possible sale "
            "to Taiwan of 60 Black Hawk helicopters, Patriot missiles, radar sets and "
            "communications equipment.\n"
            "The package does not include F-16 fighter jets that the self-ruled island had "
            "wanted.\n"
            "The United States has a treaty commitment to help the island maintain its defenses, "
            "and wants Taiwan and China to settle their differences peacefully.\n"
            "China considers self-ruled Taiwan its sovereign territory, and has threatened to use "
            "military force if Taiwan attempts to claim formal independence.\n"
            "U.S. Secretary of State Hillary Clinton told VOA Friday that \"providing defensive "
            "equipment has actually enabled Taiwan to feel more comfortable in drawing closer to "
            "China in commercial interactions.\"\n"
            "Some information for this report provided by AFP, AP and Reuters."
        ),
    },
    {
        "id": "blind46-05",
        "url": "https://www.voanews.com/a/a-13-2007-10-27-voa11-66799767/254943.html",
        "agency": "Voice of America",
        "title": "Darfur Peace Talks Begin in Libya",
        "published": "2007-10-27",
        "date_approximate": False,
        "date_note": "date in the story's URL (2007-10-27), a Saturday, matching 'Saturday's "
                     "... talks in Sirte' that 'have opened'",
        "truncated": False,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title)"
        ),
        "text": (
            "Peace talks aimed at ending nearly five years of conflict in Sudan's Darfur region "
            "have opened in Libya without key rebel groups in attendance.\n"
            "Leaders of the rebel Justice and Equality Movement and the Sudan Liberation "
            "Army-Unity announced Friday they would not attend Saturday's joint U.N.-African "
            "Union sponsored talks in Sirte, Libya.\n"
            "U.N. envoy to Sudan's Darfur region, Jan Eliasson, had urged the rebel groups to "
            "attend the peace talks. He says time is running out to peacefully settle the "
            "conflict between rebel groups and the Sudanese government.\n"
            "JEM's chief negotiator, Ahmed Tugod Lissan, says his group and SLA-Unity are "
            "boycotting the talks because of the presence of minor rebel factions, which he says "
            "were invited because Khartoum wanted them involved in the talks.\n"
            "U.N. humanitarian chief for Darfur, John Holmes, says the lack of security in the "
            "region is making it increasingly difficult for aid agencies to work.\n"
            "Abdel Wahid Nur, the leader of another SLA faction previously announced that he "
            "would not participate in the talks.\n"
            "The U.N. is hoping to achieve a political settlement before the planned deployment "
            "to Darfur of a joint 26,000 U.N.-AU peacekeeping force by early 2008.\n"
            "Khartoum signed a peace agreement with one Darfur rebel group last year, but the "
            "deal has not stopped deadly violence in the western Sudanese region.\n"
            "Darfur rebel groups comprised mainly of ethnic Africans rose up against the "
            "Arab-dominated government in Khartoum nearly five years ago. The fighting between "
            "rebels, militias and the government has killed an estimated 200,000 people and "
            "displaced more than two-million others from their homes.\n"
            "Some information for this report was provided by AFP and Reuters."
        ),
    },
    {
        "id": "blind46-06",
        "url": "https://www.voanews.com/a/a-13-2009-08-26-voa19-68805947/362587.html",
        "agency": "Voice of America",
        "title": "OAS Mission to Honduras Fails to Break Deadlock",
        "published": "2009-08-26",
        "date_approximate": False,
        "date_note": "date in the story's URL (2009-08-26), a Wednesday; the OAS statement "
                     "'Tuesday' and the visa stop 'starting Wednesday' fit",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); the "
            "store cuts the page inside the last paragraph ('It says these'), whose incomplete "
            "second sentence is dropped; its complete first sentence is kept"
        ),
        "text": (
            "A delegation from the Organization of American States has ended a two-day mission "
            "to Honduras without negotiating an end to the political impasse over President "
            "Manuel Zelaya's ouster in June.\n"
            "The OAS issued a statement Tuesday saying the delegation failed to persuade the "
            "caretaker government to accept a Costa Rica-brokered plan that would bring back the "
            "deposed president. Foreign ministers from seven OAS member states traveled to "
            "Honduras, accompanied by Secretary-General Jose Miguel Insulza.\n"
            "Interim Honduran President Roberto Micheletti said he does not fear international "
            "sanctions aimed at restoring Mr. Zelaya to the presidency. Mr. Micheletti said his "
            "government is not afraid of an embargo by anyone and that Honduras can get by "
            "without international support.\n"
            "Earlier, the U.S. State Department said it is temporarily suspending some visa "
            "services in Honduras as part of its review of policy toward the caretaker "
            "government.\n"
            "Spokesman Ian Kelly says starting Wednesday, officials will stop granting visas at "
            "the U.S. embassy in Honduras except for potential immigrants and emergency cases, "
            "because of the interim government's refusal to bring back Mr. Zelaya.\n"
            "The State Department says the United States considers the deal, sponsored by Costa "
            "Rican President Oscar Arias, the best solution to Honduras's political crisis.\n"
            "The caretaker government refuses any proposal allowing the return of Mr. Zelaya, "
            "who was deposed in a June 28 military-backed coup. Interim leaders say Mr. Zelaya "
            "was ousted because he was trying to change the constitution illegally to extend his "
            "term in office.\n"
            "Mr. Micheletti says Honduras will hold elections in November, even if other "
            "countries do not recognize the result.\n"
            "Meanwhile, Human Rights Watch says a recent report regarding widespread abuses in "
            "Honduras should compel the international community to take steps to resolve the "
            "political crisis."
        ),
    },
    {
        "id": "blind46-07",
        "url": "http://www.voanews.com/content/kenya-somalia-request-international-help-to-fight-al-shabab-132941308/159096.html",
        "agency": "Voice of America",
        "title": "Kenya, Somalia Request International Help to Fight Al-Shabab",
        "published": "2011-10-31",
        "date_approximate": True,
        "date_note": "the page carries no date line; its photo caption dates the prime "
                     "ministers' joint communique in Nairobi to October 31, 2011, and the text "
                     "reports it as just signed",
        "truncated": True,
        "note": (
            "removed: 'News / Africa', the headline (kept in title), the photo caption (given "
            "twice), the byline 'Gabe Joselow'; blank lines between paragraphs are reduced to "
            "one line break and two trailing spaces after 'AMISOM.' are dropped; the store cuts "
            "the page inside the last paragraph ('to getting assistance to the pe'), which is "
            "dropped"
        ),
        "text": (
            "More than two weeks after Kenyan troops first crossed the border into Somalia in "
            "pursuit of al-Shabab militants, the leaders of the two nations are calling for "
            "backup. The prime ministers of Kenya and Somalia have signed a joint statement in "
            "Nairobi requesting international assistance to fight what they called a common "
            "enemy.\n"
            "Kenyan Prime Minister Raila Odinga and his Somali counterpart, Abdiwelli Mohammed "
            "Ali, have vowed their countries will work together to defeat al-Shabab. They say, "
            "however, they need more help from the international community to get the job "
            "done.\n"
            "Odinga said, \u201cAl-Shabab is a common enemy to all of us, and we would like to "
            "see that this menace is completely put behind us. We need international support in "
            "doing this because we would like to see that normal life return back to the "
            "Republic of Somalia.\u201d\n"
            "In terms of support, a joint statement from the two leaders called for additional "
            "troops from the African Union peacekeeping mission AMISOM.\n"
            "Currently, the force has about 9,500 troops based in and around Mogadishu, "
            "providing security in the capital for Somalia\u2019s Transitional Federal "
            "Government, or TFG. Djibouti recently pledged to contribute another 3,000 or so "
            "troops to the mission.\n"
            "The statement also called for \u201clogistical and financial support\u201d for a "
            "planned blockade of the Somali port city of Kismayo, a major al-Shabab stronghold "
            "and supply center."
        ),
    },
    {
        "id": "blind46-08",
        "url": "https://www.voanews.com/a/a-13-2005-02-16-voa45-66376207/547296.html",
        "agency": "Voice of America",
        "title": "India and Pakistan to Launch Bus Service Across Kashmir",
        "published": "2005-02-16",
        "date_approximate": False,
        "date_note": "date in the story's URL (2005-02-16)",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); the "
            "store cuts the page inside the last paragraph ('including one'), which is dropped"
        ),
        "text": (
            "Pakistan and India have agreed to start a bus service linking the two capitals of "
            "the disputed Kashmir region. The landmark pact is seen as the latest fruit of the "
            "peace dialogue that the rival nations launched last year.\n"
            "Agreement on the historic bus service was reached during a meeting in Islamabad "
            "between Indian Foreign Minister Natwar Singh and his Pakistani counterpart Khursheed "
            "Kasuri.\n"
            "Mr. Kasuri later told a press conference that bus passengers will be given special "
            "entry passes to travel across the military line of control, the LOC, which divides "
            "the Indian-ruled and Pakistani-ruled parts of Kashmir.\n"
            "\"Both governments have agreed to allow travel across the LOC, between Srinagar and "
            "Muzaffarabad by bus \u2026 The bus service is expected to commence from 7th of "
            "April, 2005,\" Mr. Kasuri said.\n"
            "The accord had been held up over the issue of visas and passes. India had insisted "
            "that passengers traveling from Srinagar to Pakistan-ruled Muzaffarabad must use "
            "Indian passports. Pakistan said this was unacceptable because it implied that the "
            "LOC was a permanent border.\n"
            "The agreement will allow thousands of Kashmiri families to be reunited for the "
            "first time since the territory was divided in 1947, when India and Pakistan gained "
            "independence from Britain.\n"
            "The move is seen as another major step toward building bilateral confidence. "
            "Kashmir has been the trigger for two of the three wars between the neighbors since "
            "1947.\n"
            "Mr. Singh told the same press conference that such productive steps will help "
            "further the peace process between the two countries.\n"
            "\"We have come a long way over the past year or so. I am convinced that cooperation "
            "between our two countries is not just a desirable objective, it is in today's "
            "context an imperative,\" Mr. Singh said."
        ),
    },
    {
        "id": "blind46-09",
        "url": "https://www.voanews.com/a/a-13-2008-03-04-voa17/405007.html",
        "agency": "Voice of America",
        "title": "Russia's Gazprom to Further Cut Gas Supplies to Ukraine",
        "published": "2008-03-04",
        "date_approximate": False,
        "date_note": "date in the story's URL (2008-03-04), a Tuesday, matching the cut 'Tuesday "
                     "evening' that follows 'a similar cut on Monday'",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); the "
            "store cuts the page inside the last paragraph ('UkrGazEnergo is join'), whose "
            "incomplete third sentence is dropped; its two complete sentences are kept. Source "
            "wording kept ('in the face further reductions')"
        ),
        "text": (
            "The government of Ukraine will meet Wednesday to consider options in the face "
            "further reductions in natural gas deliveries from Russia. VOA Moscow Correspondent "
            "Peter Fedynsky reports that Russia's state-run energy giant, Gazprom, is assuring "
            "customers in Europe that their supplies will not be affected.\n"
            "Speaking at a morning news conference in the Russian capital, Gazprom spokesman "
            "Sergei Kupriyanov said the company would reduce Ukraine's gas supplies by another "
            "25 percent Tuesday evening. It follows a similar cut on Monday.\n"
            "Kupriyanov says the Gazprom decision is based on lack of progress in "
            "Russian-Ukrainian talks and the absence of signed contracts with Ukraine's Naftogaz "
            "energy company.\n"
            "Kupriyanov said gas supplies which transit through Ukraine to Europe will remain at "
            "full capacity, nearly 357 million cubic meters, per day.\n"
            "On Monday, Ukraine's First Deputy Prime Minister Oleksandr Turchynov accused Russia "
            "of failing to pay his country as much as $700 million in pipeline transit fees for "
            "gas deliveries to Europe.\n"
            "The energy advisor for Ukrainian Prime Minister Yulia Tymoshenko, parliamentarian "
            "Oleksiy Hudyma, says his country is fully prepared to pay for the gas it consumes. "
            "But he says there is no one to pay, because Gazprom is refusing to sign a contract "
            "that would eliminate intermediaries.\n"
            "In remarks to VOA, Hudyma noted the presidents of Ukraine and Russia agreed last "
            "month to direct deliveries of gas.\n"
            "The energy advisor says there are two intermediaries, which the government and "
            "people of Ukraine do not want - RosUkrEnergo and UkrGazEnergo. He says these "
            "companies have taken billions of dollars out of the Ukrainian economy in recent "
            "years. Hudyma accuses Russia of being less prepared for talks than Ukraine.\n"
            "Gazprom owns 50 percent of RosUkrEnergo, a company registered in Switzerland. The "
            "other half is owned by two Ukrainian businessmen."
        ),
    },
    {
        "id": "blind46-10",
        "url": "https://www.voanews.com/a/a-13-2007-10-01-voa37-66518782/553455.html",
        "agency": "Voice of America",
        "title": "UN Special Envoy to Meet Burma's Military Leader Tuesday",
        "published": "2007-10-01",
        "date_approximate": False,
        "date_note": "date in the story's URL (2007-10-01), a Monday, matching 'telephoned "
                     "Gambari Monday' and the meeting 'Tuesday'",
        "truncated": False,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title)"
        ),
        "text": (
            "The office of the United Nations Secretary-General has announced that special envoy "
            "Ibrahim Gambari will meet Burma's top leader, General Than Shwe, Tuesday.\n"
            "Officials say Secretary-General Ban Ki-moon telephoned Gambari Monday to express "
            "support for his mission and that Mr. Ban asked Gambari to call on Burmese "
            "authorities to cease repression, release detainees and move toward real democratic "
            "reforms.\n"
            "Hours later, Burma's foreign minister told the U.N. General Assembly meeting in New "
            "York that elements inside and outside the country are trying to derail government's "
            "move toward democracy.\n"
            "Minister U Nyan Win also defended the crackdown on what he called \"an unruly mob\" "
            "as essential to restore order and said normalcy has returned to the country.\n"
            "Earlier in the day, human rights groups throughout Asia issued a call to support a "
            "U.N. fact-finding mission and human rights monitoring system in Burma.\n"
            "In Washington, the State Department said action by Burma's neighbors is critical to "
            "force military leaders to end their crackdown on dissent and allow political "
            "reform.\n"
            "U.S. officials did not rule out additional punitive measures against Burmese "
            "military rulers but said their options are limited.\n"
            "London-based human rights group Amnesty International called on the U.N. Security "
            "Council to impose an immediate arms embargo on Burma. The group named China and "
            "India as Burma's main arms suppliers.\n"
            "Other human rights groups said they fear the numbers of those detained or killed in "
            "last week's crackdown are much higher than figures reported by Burma's military "
            "rulers, who said 10 people died.\n"
            "Buddhist monks led last week's mass demonstrations in Rangoon calling for freedom "
            "and democracy in military-ruled Burma.\n"
            "The streets of Rangoon were reported to be quiet Monday, with security forces "
            "maintaining a heavy presence.\n"
            "Some information for this report was provided by AP."
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


# --- blind46-01: Iran demands the lifting of US sanctions before nuclear talks (2021) ---
D = "blind46-01"
ev(D, "Iran Monday repeated its call", "repeated its call", "REQUEST", "yield",
   ["economic", "cbrn"], ["IRN"], ["Iran"], ["USA"], ["the United States"])
ev(D, "Iran Monday repeated its call", "sanctions imposed", "SANCTION", "discontinue",
   ["economic", "cbrn"], ["USA"], ["former U.S. President Donald Trump\u2019s administration"],
   ["IRN"], ["Iran"])
ev(D, "the path is clear", "must effectively remove the sanctions", "REQUEST", "yield",
   ["economic", "cbrn"], ["IRN"], ["Iranian Foreign Ministry spokesman Saeed Khatibzadeh"],
   ["USA"], ["the U.S."])
ev(D, "He said there was no need for negotiations", "no need for negotiations", "REJECT",
   "meet", ["diplomatic", "cbrn"], ["IRN"], ["He"])
ev(D, "A White House spokesperson responded", "expressing \u201cdisappointment\u201d",
   "ACCUSE", "disapprove", ["diplomatic", "cbrn"], ["USA"], ["A White House spokesperson"],
   ["IRN"], ["Iran\u2019s"])
ev(D, "A White House spokesperson responded", "is ready to \u201creengage", "AGREE", "",
   ["diplomatic", "cbrn"], ["USA"], ["the U.S."], ["IRN"], ["Iran\u2019s"])
ev(D, "Washington will consult the other four", "will consult", "AGREE", "",
   ["diplomatic", "cbrn"], ["USA", "GBR", "CHN", "FRA", "RUS", "DEU"],
   ["Washington", "Britain", "China", "France", "Russia", "Germany"], future=True)
ev(D, "Trump withdrew the U.S. from the deal", "withdrew", "SANCTION", "withdraw",
   ["diplomatic", "cbrn"], ["USA"], ["Trump"])
ev(D, "Trump withdrew the U.S. from the deal", "wants to rejoin", "AGREE", "",
   ["diplomatic", "cbrn"], ["USA"], ["U.S. President Joe Biden"])
ev(D, "has also initiated communications with Iran", "initiated communications", "CONSULT", "",
   ["diplomatic"], ["USA", "IRN"], ["The U.S.", "Iran"])

# --- blind46-02: Egypt-brokered truce between Israel and Gaza militants (2012) ---
D = "blind46-02"
ev(D, "an informal truce brokered by Egypt", "brokered", "CONSULT", "third-party",
   ["military", "diplomatic"], ["EGY"], ["Egypt"], ["ISR", "PSE"],
   ["Israel", "Palestinian militants"])
ev(D, "an informal truce brokered by Egypt", "has taken hold", "RETREAT", "ceasefire",
   ["military"], ["ISR", "PSE"], ["Israel", "Palestinian militants"])
ev(D, "no rocket fire had been detected", "had not carried out any airstrikes", "ASSAULT",
   "aerial", ["military"], ["ISR"], ["The Israeli military"], ["PSE"], ["Gaza"], negated=True)
ev(D, "Two days of Palestinian rocket and mortar fire", "rocket and mortar fire", "ASSAULT", "",
   ["military"], ["PSE"], ["Palestinian"], ["ISR"], ["southern Israel"])
ev(D, "Israeli airstrikes against Gaza killed", "airstrikes", "ASSAULT", "aerial",
   ["military"], ["ISR"], ["Israeli"], ["PSE"], ["Gaza"])
ev(D, "claimed responsibility for the rocket attacks", "Israeli aggression", "ACCUSE",
   "disapprove", ["military"], ["PSE", "PSE"],
   ["Hamas", "the Popular Resistance Committees"], ["ISR"], ["Israeli"])
ev(D, "Hamas members accused Israel", "accused", "ACCUSE", "allege", ["military"], ["PSE"],
   ["Hamas members"], ["ISR"], ["Israel"])
ev(D, "Hamas members accused Israel", "visit", "CONSULT", "visit", ["diplomatic"], ["QAT"],
   ["the emir of Qatar"], ["PSE"], ["Gaza"])
ev(D, "since Hamas seized power there in 2007", "seized power", "COERCE", "",
   ["political_institutions"], ["PSE"], ["Hamas"])
ev(D, "occasional outbreaks of fighting", "fighting", "ASSAULT", "", ["military", "territory"],
   ["PSE", "ISR"], ["militants", "Israeli forces"])
ev(D, "occasional outbreaks of fighting", "fought a brief war", "ASSAULT", "",
   ["military"], ["PSE", "ISR"], ["the two sides", "the two sides"])

# --- blind46-03: Israel and Hamas accept an Egyptian-mediated truce (2008) ---
D = "blind46-03"
ev(D, "Truce agreement calls for Gaza militants", "Truce agreement", "AGREE", "",
   ["military"], ["PSE", "ISR"], ["Gaza militants", "Israel"])
ev(D, "have decided to give an Egyptian-mediated", "have decided to give", "AGREE", "",
   ["military"], ["ISR", "PSE"], ["Israel", "the Islamic militant group Hamas"])
ev(D, "have decided to give an Egyptian-mediated", "Egyptian-mediated", "CONSULT",
   "third-party", ["military", "diplomatic"], ["EGY"], ["Egyptian"], ["ISR", "PSE"],
   ["Israel", "the Islamic militant group Hamas"])
ev(D, "When the truce begins early", "will halt rocket and mortar attacks", "CONCEDE", "",
   ["military"], ["PSE"], ["Hamas"])
ev(D, "When the truce begins early", "will end military action", "CONCEDE", "",
   ["military"], ["ISR"], ["Israel"], ["PSE"], ["Gaza"])
ev(D, "Then Israel will begin gradually lifting", "will begin gradually lifting", "CONCEDE", "",
   ["military", "economic"], ["ISR"], ["Israel"], ["PSE"], ["Gaza"])
ev(D, "Then Israel will begin gradually lifting", "crippling blockade", "COERCE", "restrict",
   ["military", "economic"], ["ISR"], ["Israel"], ["PSE"], ["Gaza"])
ev(D, "On Sunday, Israel will open border crossings", "will open border crossings", "CONCEDE",
   "", ["human_security", "economic"], ["ISR"], ["Israel"])
ev(D, "Israel has decided to accept the Egyptian proposals", "has decided to accept", "AGREE",
   "", ["military", "diplomatic"], ["ISR"], ["Israel"], ["EGY"], ["the Egyptian proposals"])
ev(D, "Israel has decided to accept the Egyptian proposals", "barrages of rockets and mortar shells",
   "ASSAULT", "", ["military", "terrorism"], ["PSE"], ["terrorists in the Gaza Strip"], ["ISR"],
   ["our civilian population in the south"])
ev(D, "all Palestinian factions have agreed", "have agreed to abide by", "AGREE", "",
   ["military"], ["PSE"], ["all Palestinian factions"])
ev(D, "a soldier captured by Hamas militants", "captured", "ASSAULT", "abduct", ["military"],
   ["PSE"], ["Hamas militants"], ["ISR"], ["a soldier"])
ev(D, "The sticking point is what Hamas wants", "wants in return", "REQUEST", "yield",
   ["military", "legal"], ["PSE"], ["Hamas"])
ev(D, "Hamas refuses to renounce violence", "refuses", "REJECT", "change", ["military"],
   ["PSE"], ["Hamas"], ["ISR"], ["the Jewish state"])
ev(D, "Hamas refuses to renounce violence", "re-arm", "MOBILIZE", "weapons", ["military"],
   ["PSE"], ["the group"], hypothetical=True)

# --- blind46-04: China answers the US arms sale to Taiwan (2010) ---
D = "blind46-04"
ev(D, "China is taking action to show its objections", "objections", "ACCUSE", "disapprove",
   ["military", "territory"], ["CHN"], ["China"], ["USA"], ["U.S."])
ev(D, "China is taking action to show its objections", "plan to sell military equipment",
   "AGREE", "", ["military"], ["USA"], ["U.S."], ["TWN"], ["Taiwan"])
ev(D, "China said Saturday it is suspending", "is suspending", "SANCTION", "discontinue",
   ["military", "diplomatic"], ["CHN"], ["China"], ["USA"], ["the United States"])
ev(D, "China said Saturday it is suspending", "threatened sanctions", "THREATEN", "restrict",
   ["economic", "military"], ["CHN"], ["China"], ["USA"], ["U.S. firms"])
ev(D, "The official Xinhua news agency carried", "announcement", "AGREE", "", ["military"],
   ["USA"], ["U.S."], ["TWN"], ["Taiwan"])
ev(D, "The statement says the arms deal would also affect", "would also affect cooperation",
   "THREATEN", "relations", ["diplomatic"], ["CHN"], ["The statement"], ["USA"], ["the U.S."])
ev(D, "summoned U.S. Ambassador Jon Huntsman", "summoned", "ACCUSE", "disapprove",
   ["diplomatic", "military"], ["CHN"], ["Chinese Vice Foreign Minister He Yafei"], ["USA"],
   ["U.S. Ambassador Jon Huntsman"])
ev(D, "He urged Washington to cancel the deal", "urged", "REQUEST", "change", ["military"],
   ["CHN"], ["He"], ["USA"], ["Washington"])
ev(D, "He urged Washington to cancel the deal", "described as a threat", "ACCUSE",
   "disapprove", ["military"], ["CHN"], ["he"], ["USA"], ["Washington"])
ev(D, "He also said the arms deal undermines", "undermines", "ACCUSE", "disapprove",
   ["military", "territory"], ["CHN"], ["He"])
ev(D, "The package does not include F-16", "had wanted", "REQUEST", "assist", ["military"],
   ["TWN"], ["the self-ruled island"])
ev(D, "has a treaty commitment to help the island", "wants Taiwan and China to settle",
   "REQUEST", "change", ["territory"], ["USA"], ["The United States"], ["TWN", "CHN"],
   ["Taiwan", "China"])
ev(D, "has threatened to use military force", "has threatened to use military force",
   "THREATEN", "violence", ["military", "territory"], ["CHN"], ["China"], ["TWN"], ["Taiwan"])

# --- blind46-05: Darfur talks open in Libya without the main rebel groups (2007) ---
D = "blind46-05"
ev(D, "announced Friday they would not attend", "would not attend", "REJECT", "meet",
   ["military", "diplomatic"], ["SDN", "SDN"],
   ["the rebel Justice and Equality Movement", "the Sudan Liberation Army-Unity"])
ev(D, "announced Friday they would not attend", "sponsored", "CONSULT", "third-party",
   ["diplomatic"], ["UNO", "IGO"], ["U.N.", "African Union"])
ev(D, "had urged the rebel groups to attend", "had urged", "REQUEST", "meet", ["diplomatic"],
   ["UNO"], ["U.N. envoy to Sudan's Darfur region, Jan Eliasson"], ["SDN"],
   ["the rebel groups"])
ev(D, "are boycotting the talks", "are boycotting", "REJECT", "meet", ["diplomatic"],
   ["SDN", "SDN"], ["his group", "SLA-Unity"])
ev(D, "would not participate in the talks", "would not participate", "REJECT", "meet",
   ["diplomatic"], ["SDN"], ["Abdel Wahid Nur"])
ev(D, "the planned deployment to Darfur", "planned deployment", "AGREE", "", ["peacekeeping"],
   ["UNO", "IGO"], ["U.N.-AU", "U.N.-AU"], ["SDN"], ["Darfur"])
ev(D, "Khartoum signed a peace agreement", "signed a peace agreement", "SUPPORT", "",
   ["military", "diplomatic"], ["SDN", "SDN"], ["Khartoum", "one Darfur rebel group"])
ev(D, "rose up against the Arab-dominated government", "rose up against", "ASSAULT", "",
   ["military", "religion_ethnicity"], ["SDN"], ["Darfur rebel groups"], ["SDN"],
   ["the Arab-dominated government in Khartoum"])
ev(D, "The fighting between rebels, militias", "fighting", "ASSAULT", "", ["military"],
   ["SDN", "SDN", "SDN"], ["rebels", "militias", "the government"])
ev(D, "The fighting between rebels, militias", "displaced", "SANCTION", "expel",
   ["military", "human_security"], ["SDN", "SDN", "SDN"],
   ["rebels", "militias", "the government"])

# --- blind46-06: OAS mission fails in Honduras; US suspends visa services (2009) ---
D = "blind46-06"
ev(D, "has ended a two-day mission to Honduras", "mission", "CONSULT", "visit",
   ["diplomatic", "political_institutions"], ["IGO"],
   ["A delegation from the Organization of American States"], ["HND"], ["Honduras"])
ev(D, "has ended a two-day mission to Honduras", "ouster", "COERCE", "",
   ["political_institutions"], [], [], ["HND"], ["President Manuel Zelaya's"])
ev(D, "The OAS issued a statement Tuesday", "failed to persuade", "REQUEST", "change",
   ["political_institutions"], ["IGO"], ["the delegation"], ["HND"],
   ["the caretaker government"])
ev(D, "The OAS issued a statement Tuesday", "Costa Rica-brokered", "CONSULT", "third-party",
   ["political_institutions", "diplomatic"], ["CRI"], ["Costa Rica"], ["HND", "HND"],
   ["the caretaker government", "the deposed president"])
ev(D, "he does not fear international sanctions", "does not fear", "REJECT", "yield",
   ["political_institutions"], ["HND"], ["Interim Honduran President Roberto Micheletti"])
ev(D, "is temporarily suspending some visa services", "is temporarily suspending", "REJECT",
   "assist", ["diplomatic", "political_institutions"], ["USA"], ["the U.S. State Department"],
   ["HND"], ["the caretaker government"])
ev(D, "officials will stop granting visas", "refusal", "REJECT", "change",
   ["political_institutions"], ["HND"], ["the interim government's"], ["HND"],
   ["Mr. Zelaya"])
ev(D, "the United States considers the deal", "considers the deal", "SUPPORT", "",
   ["political_institutions", "diplomatic"], ["USA"], ["the United States"], ["CRI"],
   ["Costa Rican President Oscar Arias"])
ev(D, "The caretaker government refuses any proposal", "refuses any proposal", "REJECT", "meet",
   ["political_institutions"], ["HND"], ["The caretaker government"])
ev(D, "The caretaker government refuses any proposal", "deposed", "COERCE", "",
   ["political_institutions", "military"], [], [], ["HND"], ["Mr. Zelaya"])
ev(D, "Interim leaders say Mr. Zelaya was ousted", "say", "ACCUSE", "allege",
   ["political_institutions", "legal"], ["HND"], ["Interim leaders"], ["HND"], ["Mr. Zelaya"])
ev(D, "Human Rights Watch says a recent report", "report", "ACCUSE", "investigate",
   ["human_rights"], ["NGO"], ["Human Rights Watch"], ["HND"], ["Honduras"])
ev(D, "Human Rights Watch says a recent report", "should compel", "REQUEST", "change",
   ["human_rights", "political_institutions"], ["NGO"], ["Human Rights Watch"])

# --- blind46-07: Kenya and Somalia ask for help against al-Shabab (2011) ---
D = "blind46-07"
ev(D, "More than two weeks after Kenyan troops", "crossed the border", "MOBILIZE", "troops",
   ["military", "terrorism"], ["KEN"], ["Kenyan troops"], ["IMG"], ["al-Shabab militants"])
ev(D, "More than two weeks after Kenyan troops", "are calling for backup", "REQUEST", "assist",
   ["military", "terrorism"], ["KEN", "SOM"],
   ["the leaders of the two nations", "the leaders of the two nations"])
ev(D, "have signed a joint statement in Nairobi", "signed a joint statement", "SUPPORT", "",
   ["diplomatic", "terrorism"], ["KEN", "SOM"], ["Kenya", "Somalia"])
ev(D, "have signed a joint statement in Nairobi", "requesting international assistance",
   "REQUEST", "assist", ["military", "terrorism"], ["KEN", "SOM"], ["Kenya", "Somalia"])
ev(D, "have vowed their countries will work together", "have vowed", "AGREE", "",
   ["military", "terrorism"], ["KEN", "SOM"],
   ["Kenyan Prime Minister Raila Odinga", "his Somali counterpart, Abdiwelli Mohammed Ali"])
ev(D, "Al-Shabab is a common enemy", "common enemy", "ACCUSE", "disapprove",
   ["terrorism"], ["KEN"], ["Odinga"], ["IMG"], ["Al-Shabab"])
ev(D, "called for additional troops", "called for additional troops", "REQUEST", "assist",
   ["peacekeeping", "military"], ["KEN", "SOM"], ["the two leaders", "the two leaders"],
   ["IGO"], ["the African Union peacekeeping mission AMISOM"])
ev(D, "Currently, the force has about 9,500 troops", "providing security", "AID", "",
   ["peacekeeping"], ["IGO"], ["the force"], ["SOM"],
   ["Somalia\u2019s Transitional Federal Government"])
ev(D, "Djibouti recently pledged", "pledged", "AGREE", "", ["peacekeeping"], ["DJI"],
   ["Djibouti"], ["IGO"], ["the mission"])
ev(D, "The statement also called for", "called for", "REQUEST", "assist",
   ["military", "economic"], ["KEN", "SOM"], ["The statement", "The statement"])
ev(D, "The statement also called for", "planned blockade", "COERCE", "restrict",
   ["military", "terrorism"], [], [], ["IMG"], ["al-Shabab"], future=True)

# --- blind46-08: India and Pakistan agree a bus service across Kashmir (2005) ---
D = "blind46-08"
ev(D, "Pakistan and India have agreed to start a bus", "have agreed", "AGREE", "",
   ["diplomatic", "territory"], ["PAK", "IND"], ["Pakistan", "India"])
ev(D, "The landmark pact is seen as the latest fruit", "launched", "CONSULT", "",
   ["diplomatic"], ["IND", "PAK"], ["the rival nations", "the rival nations"])
ev(D, "was reached during a meeting in Islamabad", "a meeting", "CONSULT", "",
   ["diplomatic", "territory"], ["IND", "PAK"],
   ["Indian Foreign Minister Natwar Singh", "his Pakistani counterpart Khursheed Kasuri"])
ev(D, "India had insisted that passengers", "had insisted", "REQUEST", "change",
   ["territory", "migration"], ["IND"], ["India"])
ev(D, "Pakistan said this was unacceptable", "was unacceptable", "REJECT", "change",
   ["territory"], ["PAK"], ["Pakistan"])
ev(D, "Kashmir has been the trigger for two", "wars", "ASSAULT", "", ["military", "territory"],
   ["IND", "PAK"], ["the neighbors", "the neighbors"])

# --- blind46-09: Gazprom cuts gas deliveries to Ukraine again (2008) ---
D = "blind46-09"
ev(D, "The government of Ukraine will meet Wednesday", "further reductions", "SANCTION",
   "discontinue", ["economic", "natural_resource"], ["RUS"], ["Russia"], ["UKR"],
   ["The government of Ukraine"])
ev(D, "is assuring customers in Europe", "is assuring", "AGREE", "",
   ["economic", "natural_resource"], ["RUS"], ["Russia's state-run energy giant, Gazprom"])
ev(D, "the company would reduce Ukraine's gas supplies", "would reduce", "SANCTION",
   "discontinue", ["economic", "natural_resource"], ["RUS"], ["the company"], ["UKR"],
   ["Ukraine's"], future=True)
ev(D, "Kupriyanov says the Gazprom decision is based", "talks", "CONSULT", "",
   ["economic", "natural_resource"], ["RUS", "UKR"],
   ["Russian-Ukrainian", "Russian-Ukrainian"])
ev(D, "Turchynov accused Russia", "accused", "ACCUSE", "allege", ["economic"], ["UKR"],
   ["Ukraine's First Deputy Prime Minister Oleksandr Turchynov"], ["RUS"], ["Russia"])
ev(D, "says his country is fully prepared to pay", "is fully prepared to pay", "AGREE", "",
   ["economic", "natural_resource"], ["UKR"], ["his country"])
ev(D, "Gazprom is refusing to sign a contract", "is refusing to sign", "REJECT", "assist",
   ["economic", "natural_resource"], ["RUS"], ["Gazprom"])
ev(D, "Hudyma noted the presidents of Ukraine and Russia agreed", "agreed", "AGREE", "",
   ["economic", "natural_resource"], ["UKR", "RUS"], ["Ukraine", "Russia"])
ev(D, "He says these companies have taken billions", "have taken billions of dollars out",
   "ACCUSE", "allege", ["economic", "corruption"], ["UKR"], ["He"], ["MNC"],
   ["these companies"])
ev(D, "Hudyma accuses Russia", "accuses", "ACCUSE", "disapprove", ["economic", "diplomatic"],
   ["UKR"], ["Hudyma"], ["RUS"], ["Russia"])

# --- blind46-10: UN envoy to meet Burma's junta leader after the crackdown (2007) ---
D = "blind46-10"
ev(D, "special envoy Ibrahim Gambari will meet", "will meet", "AGREE", "",
   ["diplomatic", "repression"], ["UNO", "MMR"],
   ["special envoy Ibrahim Gambari", "Burma's top leader, General Than Shwe"], future=True)
ev(D, "Mr. Ban asked Gambari to call on Burmese", "call on", "REQUEST", "change",
   ["repression", "pro_democracy"], ["UNO"], ["Mr. Ban"], ["MMR"], ["Burmese authorities"])
ev(D, "are trying to derail government's move", "are trying to derail", "ACCUSE", "allege",
   ["pro_democracy"], ["MMR"], ["Burma's foreign minister"])
ev(D, "Minister U Nyan Win also defended", "crackdown", "COERCE", "", ["repression"], [], [],
   ["MMR"], ["an unruly mob"])
ev(D, "Minister U Nyan Win also defended", "\"an unruly mob\"", "ACCUSE", "disapprove",
   ["repression"], ["MMR"], ["Minister U Nyan Win"], ["MMR"], ["an unruly mob"])
ev(D, "human rights groups throughout Asia issued a call", "issued a call", "REQUEST", "assist",
   ["human_rights"], ["NGO"], ["human rights groups throughout Asia"])
ev(D, "action by Burma's neighbors is critical", "is critical", "REQUEST", "change",
   ["repression", "diplomatic"], ["USA"], ["the State Department"])
ev(D, "did not rule out additional punitive measures", "did not rule out additional punitive measures",
   "THREATEN", "restrict", ["repression", "economic"], ["USA"], ["U.S. officials"], ["MMR"],
   ["Burmese military rulers"])
ev(D, "Amnesty International called on", "called on", "REQUEST", "change",
   ["military", "human_rights"], ["NGO"],
   ["London-based human rights group Amnesty International"], ["UNO"],
   ["the U.N. Security Council"])
ev(D, "The group named China and India", "named", "ACCUSE", "allege", ["military"], ["NGO"],
   ["The group"], ["CHN", "IND"], ["China", "India"])
ev(D, "Other human rights groups said they fear", "fear", "ACCUSE", "allege",
   ["repression", "human_rights"], ["NGO"], ["Other human rights groups"], ["MMR"],
   ["Burma's military rulers"])
ev(D, "Buddhist monks led last week's mass demonstrations", "mass demonstrations", "PROTEST",
   "demo", ["pro_democracy", "religion_ethnicity"], ["MMR"], ["Buddhist monks"], ["MMR"],
   ["military-ruled Burma"])
ev(D, "The streets of Rangoon were reported to be quiet", "maintaining a heavy presence",
   "MOBILIZE", "police", ["repression"], ["MMR"], ["security forces"])

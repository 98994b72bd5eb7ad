"""Build ``blind16.jsonl``: whole Voice of America stories annotated blind (evgold4, 2026-12-06).

The texts (Voice of America, public domain) and the annotation are written below as data: for
each event a sentence anchor (a substring of exactly one sentence), the trigger (a substring of
that sentence) and the codes. The builder of ``build_dev4.py`` finds the offsets with the
sentence rule of ``data/gold/check_documents.py``, checks that every anchor and trigger is found
exactly once and that every actor/recipient text lies in its sentence, and this script then
re-checks every offset of the written file. Run from the repository root:

    python data/gold/events/build_blind16.py

See ``README-blind16.md``: annotated before any system ran on these texts; sealed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from build_dev4 import build  # noqa: E402
from check_documents import check_event, sentences  # noqa: E402

OUT = HERE / "blind16.jsonl"

DOCS = [
    {
        "id": "blind16-01",
        "url": "https://blogs.voanews.com/breaking-news/?p=79049",
        "agency": "Voice of America",
        "title": "World Leaders Condemn N. Korea Launch",
        "published": "2012-04-13",
        "date_approximate": True,
        "truncated": True,
        "date_note": "VOA Breaking News blog; the copy carries no date, the failed Unha-3 launch "
                     "dates it to 13 April 2012; title not in the stored copy, written by the "
                     "annotator; the stored copy ends mid-sentence and is kept up to the last "
                     "complete sentence (the cut sentence on the Japanese defense minister "
                     "dropped)",
        "text": (
            "U.N. Secretary-General Ban Ki-moon and many other international leaders have "
            "condemned North Korea's launch of a long-range missile, even though the test was a "
            "failure. The rocket fell into the sea about one minute after liftoff.\n"
            "North Korea's official news agency acknowledged the missile broke apart, preventing "
            "its cargo \u2013 described as a weather satellite \u2013 from reaching Earth orbit.\n"
            "Pyongyang defied international protests by going ahead with the launch despite the "
            "widespread belief that the operation actually was a test of a long-range ballistic "
            "missile that could carry warheads just as easily as satellites. The three-stage "
            "rocket malfunctioned after the first stage exhausted its fuel and fell away, and the "
            "assembly plunged into the Yellow Sea without hitting land or striking any of the many "
            "vessels observing the test from international waters.\n"
            "VOA's reporter in Pyongyang said despite being given tours of the satellite control "
            "center and launch pad earlier in the week, foreign reporters were not notified about "
            "the launch, even after it took place. And North Korean officials failed to meet with "
            "reporters afterward despite an expected news conference.\n"
            "Mr. Ban said North Korea's actions were \u201cdeplorable,\u201d going against the "
            "\u201cfirm and unanimous stance of the international community.\u201d He also said "
            "such a test of a missile with possible military applications was a violation of U.N. "
            "resolutions.\n"
            "In Washington, White House press secretary Jay Carney said North Korea's action was a "
            "threat to regional security, and a sign that Pyongyang prefers \u201cwasting its "
            "money "
            "on weapons and propaganda displays while the North Korean people go hungry.\u201d\n"
            "The U.S. has canceled plans to send additional food aid to North Korea, and considers "
            "that sanctions could be tightened even more if Pyongyang conducts \u201cfurther "
            "provocative actions.\u201d"
        ),
    },
    {
        "id": "blind16-02",
        "url": "https://www.voanews.com/a/a-13-2008-08-04-voa39/330524.html",
        "agency": "Voice of America",
        "title": "Russia, Georgia Trade Accusations Over Breakaway Georgian Territories",
        "published": "2008-08-04",
        "date_approximate": False,
        "truncated": False,
        "date_note": "date from the URL; whole story; removed: 'Accessibility links', 'Breaking "
                     "News', 'News', the headline, the credit line 'Some information for this "
                     "report was provided by AFP and Reuters.' and the 'XS SM MD LG' widget",
        "text": (
            "Russia is accusing Georgian troops of using disproportionate force in the breakaway "
            "Georgian region of South Ossetia, and is warning its neighbor not to further "
            "aggravate tensions.\n"
            "Georgian authorities Monday countered the Russian accusation with charges that "
            "Russian-backed separatists are creating an \"illusion of war\" in South Ossetia and a "
            "second breakaway region, Abkhazia. Georgia also accuses the Russians of attempting "
            "to annex the areas.\n"
            "The latest charges and counter-charges follow a weekend of deadly fighting between "
            "separatists and Georgian government forces in South Ossetia. At least six people "
            "were killed and 15 wounded.\n"
            "Hundreds of women and children were reported fleeing South Ossetia to the safety of "
            "Russian territory.\n"
            "Russia's Deputy Foreign Minister Grigory Karasin and U.S. Assistant Secretary of "
            "State Daniel Fried discussed the situation by telephone Sunday. The Foreign Ministry "
            "described South Ossetia Sunday as close to war.\n"
            "A Russian Ministry statement accused Georgia of fanning tensions with military "
            "maneuvers in the area.\n"
            "The statement called on both separatists and the government to show \"maximum "
            "restraint.\"\n"
            "Abkhazia and South Ossetia declared independence from Georgia in the early 1990s, "
            "sparking fighting and the dispatch of Russian peacekeepers to the regions.\n"
            "Georgia accuses the peacekeepers of backing the separatists and has vowed to bring "
            "the territories back under central government control."
        ),
    },
    {
        "id": "blind16-03",
        "url": "https://www.voanews.com/a/tensions-boiling-along-sudan-south-sudan-border-"
               "150174305/370049.html",
        "agency": "Voice of America",
        "title": "Tensions Boiling Along Sudan-South Sudan Border",
        "published": "2012-05-04",
        "date_approximate": True,
        "truncated": True,
        "date_note": "dated by the photo caption (2 May 2012) and the Security Council deadline "
                     "'by Friday' reported as that day; removed: 'Accessibility links', 'Breaking "
                     "News', the headline, the photo caption; the stored copy ends mid-sentence "
                     "and is kept up to the last complete sentence",
        "text": (
            "Renewed accusations and continued distrust are threatening to sabotage a promised "
            "cease-fire involving the world's newest country.\n"
            "South Sudan, which gained independence last July, and Sudan traded allegations "
            "Friday of continued violations and attacks along their volatile border.\n"
            "Southern army spokesman Philip Aguer repeated allegations made Thursday that Sudan "
            "resumed its aerial bombardments, attacking the village of Lalop, where southern "
            "forces are stationed. At the same time, Sudanese spokesman Sawarmi Khaled Saad told "
            "the French news agency, \"the other side still has a presence inside our land.\"\n"
            "Hopes that a full-out war between the two countries could be avoided rose earlier "
            "this week after the African Union said Sudan had joined South Sudan, by accepting "
            "\"in principle\" an AU roadmap to resolve hostilities. Still, simmering tensions led "
            "the United Nations Security Council to deliver an ultimatum, stop the fighting by "
            "Friday or face sanctions.\n"
            "International powers have also been trying to pressure both sides to end "
            "hostilities. During her visit to China Friday, U.S. Secretary of State Hillary "
            "Clinton praised Beijing for its efforts.\n"
            "Clinton said, \"together we need to keep sending a strong message to the government "
            "of Sudan that it must immediately and unconditionally halt all cross-border attacks, "
            "particularly its provocative aerial bombardments.''\n"
            "The U.N. High Commissioner for Human Rights announced Friday she will travel to South "
            "Sudan later this month (May 8 - May 12) and will meet with President Salva Kiir.\n"
            "The African Union roadmap gives the two countries 90 days to settle their issues or "
            "face binding international arbitration."
        ),
    },
    {
        "id": "blind16-04",
        "url": "http://www.voanews.com/content/ukraine-issues-friday-deadline-to-end-occupation-"
               "of-government-facilities/1890058.html",
        "agency": "Voice of America",
        "title": "Ukraine Issues Friday Deadline to End Occupation of Government Facilities",
        "published": "2014-04-09",
        "date_approximate": True,
        "truncated": True,
        "date_note": "the copy carries no date; 'Wednesday', Avakov's ultimatum and the annexation "
                     "of Crimea 'last month' date it to 9 April 2014; removed: 'World News' and "
                     "the "
                     "headline; the stored copy ends mid-sentence and is kept up to the last "
                     "complete sentence",
        "text": (
            "Ukraine says it will end by Friday the pro-Russian separatist occupation of "
            "government buildings near the Russian border, either through negotiations or by "
            "force.\n"
            "Addressing the stalemate in the eastern cities of Luhansk and Donetsk, Ukraine "
            "Interior Minister Arsen Avakov said Wednesday: \"For those who want dialogue, we "
            "propose talks and a political solution. For the minority who want conflict, they "
            "will get a forceful answer.\"\n"
            "The warning from Kyiv came Wednesday, as U.S. diplomat Victoria Nuland told a U.S. "
            "Congressional committee that the building takeovers were \"very carefully "
            "orchestrated, well-planned, well-targeted\" moves. She also cited \"overwhelming "
            "evidence\" of Russian involvement, and warned of consequences if the \"aggressive "
            "actions\" are allowed to go unchecked.\n"
            "Additionally, Nuland told lawmakers that U.S. diplomats do not hold out high "
            "expectations for talks next week involving top diplomats from Ukraine, Russia, the "
            "United States and the European Union.\n"
            "No venue has been announced for the emergency talks unveiled Wednesday, but EU "
            "officials say they will take place in a European capital.\n"
            "Pro-Moscow protesters earlier this week seized government buildings in several "
            "eastern Ukraine cities and demanded a vote on joining the Russian federation.\n"
            "On Tuesday U.S. Secretary of State John Kerry called those developments, as well as "
            "a massive Russian troop deployment near the Ukraine border, \"a contrived pretext for "
            "military intervention just as we saw in Crimea.\"\n"
            "Moscow annexed Ukraine's Crimean peninsula last month, after a staged referendum "
            "held with Russian troops already occupying and controlling the territory.\n"
            "The Russian Foreign Ministry on Wednesday again sought to downplay the significance "
            "of the troop buildup, saying Russian forces are not carrying out any \"unusual\" "
            "activity in the border regions."
        ),
    },
    {
        "id": "blind16-05",
        "url": "https://voazimbabwe.com/a/mdc-t-alleges-crackdown-on-its-members-by-zanu-pf-and-"
               "zimbabwe-police-116244884/1459806.html",
        "agency": "Voice of America (Studio 7 for Zimbabwe)",
        "title": "MDC-T Alleges Crackdown on Its Members by ZANU-PF and Zimbabwe Police",
        "published": "2011-02-15",
        "date_approximate": True,
        "truncated": True,
        "date_note": "the copy carries no date or headline (title written from the URL); the "
                     "arrest of legislator Douglas Mwonzora 'on Tuesday' as he left Parliament "
                     "dates it to about 15 February 2011; the stored copy ends mid-sentence and is "
                     "kept up to the last complete sentence (the cut paragraph on the Women of "
                     "Zimbabwe Arise demonstration dropped)",
        "text": (
            "The Movement for Democratic Change formation of Zimbabwean Prime Minister Morgan "
            "Tsvangirai says a crackdown by forces loyal to President Robert Mugabe has "
            "intensified with numerous activists jailed for spurious and politically motivated "
            "charges.\n"
            "Harare police on Tuesday arrested MDC legislator Douglas Mwonzora of Nyanga North, "
            "Manicaland, on charges yet to be determined as he left Parliament.\n"
            "In Beitbridge, on the southern border with South Africa, two of Mr. Tsvangirai's "
            "official drivers who were arrested on Friday for putting a blue police-type light on "
            "their vehicle were released on US$100 bail each by a magistrate.\n"
            "Attorneys from the Zimbabwe Lawyers for Human Rights said the drivers were accused of "
            "driving a car with lights exclusive to police. Their vehicle was impounded. Lawyer "
            "Lizwe Jamela told reporter Jonga Kandemiiri that the two denied the charges.\n"
            "In March 2009, soon after Mr. Tsvangirai became prime minister, his vehicle was run "
            "off the Harare-Masvingo road in a collision which claimed the life of his wife, "
            "Susan.\n"
            "Mr. Tsvangirai's MDC formation said 13 party activists arrested Monday in eastern "
            "Mutare on charges of holding an illegal rally remained in custody on Tuesday and were "
            "being denied visitors and food. Nine party supporters arrested in Nyanga on Sunday "
            "also remained in custody, according to Tsvangirai MDC sources.\n"
            "Six MDC legislators in the southeastern province of Masvingo received summonses on "
            "Monday to face charges they had broken up a ZANU-PF rally addressed by Jabulani "
            "Sibanda, leader of the Zimbabwe National War Veterans Association.\n"
            "Other party activists have been detained in the capital, accused of fomenting "
            "violence.\n"
            "Police could not be reached for comment on the many arrests of MDC supporters.\n"
            "Deputy MDC spokesperson Thabitha Khumalo told VOA Studio 7 reporter Ntungamili Nkomo "
            "that the latest police actions are deplorable."
        ),
    },
    {
        "id": "blind16-06",
        "url": "https://www.voanews.com/a/turkey-pkk-violence-continues-with-airstrikes-bus-"
               "bombing/2951966.html",
        "agency": "Voice of America",
        "title": "Turkish Forces Enter Northern Iraq to Hunt Kurdish Rebels",
        "published": "2015-09-08",
        "date_approximate": True,
        "truncated": True,
        "date_note": "the copy carries no date; 'Tuesday', the Hakkari bombing 'Sunday' and the "
                     "July offensive date it to 8 September 2015; removed: 'Accessibility links', "
                     "'Breaking News', the headline, the photo caption and the subheadings "
                     "'Relentless campaign' and 'Offensive launched in July'; the stored copy "
                     "stops at the store's cut-off, so it is marked truncated although its last "
                     "sentence is complete",
        "text": (
            "Turkish ground forces entered northern Iraq Tuesday for the first time since 2011, "
            "conducting what an official termed a \"short-term\" operation to hunt Kurdish rebels "
            "behind attacks on Turkish soldiers and police.\n"
            "Without giving specifics, a Turkish government official said the troops crossed "
            "during a \"hot pursuit\" action against the banned Kurdistan Workers' Party (PKK).\n"
            "The Turkish air force carried out strikes early Tuesday on suspected PKK bases in "
            "Iraq. The state-run Anadolu news agency said more than 50 Turkish aircraft were "
            "involved in the six hours of raids, killing up to 40 rebels.\n"
            "The Turkish operations follow a roadside bomb attack that killed 16 Turkish soldiers "
            "Sunday in the Hakkari region \u2013 the deadliest PKK attack since July, when "
            "violence by both sides wrecked a two-year cease-fire.\n"
            "Another roadside bombing Tuesday killed at least 14 Turkish policemen in the eastern "
            "province of Igdir.\n"
            "On Monday, Turkish Prime Minister Ahmet Davutoglu promised not to let up in the "
            "battle against the Kurdish rebels, who've been fighting for autonomy in southeastern "
            "Turkey.\n"
            "Richard Moore, the UK\u2019s ambassador to Turkey, has called for an end to what he "
            "called \"meaningless violence.\" He extended his sympathy to the families of "
            "soldiers and police officers killed in recent clashes with the PKK.\n"
            "European Council President Donald Tusk will pay an official visit to Turkey as part "
            "of a regional tour which also covers Israel, Palestine and Cyprus, with a focus on "
            "the Syrian refugee crisis.\n"
            "Turkey launched what it called a new anti-terror offensive in late July with "
            "airstrikes targeting PKK targets in both southeastern Turkey and in northern Iraq."
        ),
    },
    {
        "id": "blind16-07",
        "url": "https://www.voanews.com/a/yemen-airstrike-/4095157.html",
        "agency": "Voice of America",
        "title": "26 Killed in Yemen Airstrike",
        "published": "2017-11-01",
        "date_approximate": False,
        "truncated": False,
        "date_note": "date from the photo caption (Saada, Nov. 1, 2017) and 'Wednesday'; whole "
                     "story; removed: 'Accessibility links', 'Breaking News', the headline and the "
                     "photo caption",
        "text": (
            "Medics and a Yemeni health official say at least 26 people have died in an airstrike "
            "in northwestern Yemen.\n"
            "The airstrike Wednesday hit a hotel and neighboring market in Saada province, which "
            "is located near the border with Saudi Arabia.\n"
            "Houthi rebels, who took control of Yemen's capital three years ago, blamed a "
            "Saudi-led coalition for conducting the airstrike.\n"
            "Rights groups have accused the coalition of bombing civilian areas since launching "
            "its operation in support of Yemen's internationally recognized government in March "
            "2015."
        ),
    },
    {
        "id": "blind16-08",
        "url": "https://www.voatibetanenglish.com/a/japan-protests-presence-of-chinese-boats-"
               "near-disputed-islands--105701948/1263397.html",
        "agency": "Voice of America (VOA Tibetan, English page)",
        "title": "Japan Protests Presence of Chinese Boats Near Disputed Islands",
        "published": "2010-09-27",
        "date_approximate": True,
        "truncated": False,
        "date_note": "the copy carries no date; 'Monday' after the 8 September arrest and the "
                     "dispute 'in years' date it to about 27 September 2010; whole story; "
                     "removed: 'Accessibility links', 'Breaking News' and the headline",
        "text": (
            "Japan filed a formal protest with Beijing Monday, after two Chinese patrol boats were "
            "spotted near a disputed island chain in the East China Sea.\n"
            "Japanese Chief Cabinet Secretary Yoshito Sengoku said Monday that the coast guard "
            "spotted the two Chinese boats leaving the disputed waters Sunday night and sailing "
            "north toward China.\n"
            "Beijing and Tokyo have been locked in their worst dispute in years, which started "
            "after Japan arrested a Chinese fishing trawler captain on September 8, near the "
            "uninhabited island chain.\n"
            "Japan administers the islands and calls them Senkaku, while China refers to them as "
            "Diaoyu. The islands are surrounded by rich fishing grounds and waters thought to hold "
            "undersea natural gas and oil reserves."
        ),
    },
    {
        "id": "blind16-09",
        "url": "https://www.voanews.com/a/north-korea-fires-artillery-near-south-korean-ship/"
               "1920035.html",
        "agency": "Voice of America",
        "title": "North Korea Fires Artillery Near South Korean Ship",
        "published": "2014-05-22",
        "date_approximate": True,
        "truncated": False,
        "date_note": "the copy carries no date; 'Thursday' and the file photo (April 2014) date "
                     "it to 22 May 2014; whole story; removed: 'Accessibility links', 'Breaking "
                     "News', the headline, the file-photo caption and the twice-printed map "
                     "caption 'Yeonpyeong and Baengnyeong, South Korea'",
        "text": (
            "South Korea says one of its naval patrol ships exchanged artillery fire with a North "
            "Korean vessel that fired first into waters near the South's vessel.\n"
            "Military officials in Seoul said Thursday the shells fell south of the Yellow Sea "
            "border near the front-line island of Yeonpyeong.\n"
            "The officials said the South Korean ship, which was not damaged in the incident, "
            "returned fire into the water near the North Korean ship, which also was undamaged.\n"
            "Pyongyang has not commented on the incident, but did threaten Wednesday to attack "
            "South Korean ships near the sea border between the two countries.\n"
            "The threat and the artillery exchange follow an incident earlier this week in which "
            "South Korea fired warning shots at three North Korean vessels that crossed the "
            "maritime boundary between the two rivals.\n"
            "North Korea disputes the maritime boundary, saying it was unilaterally imposed and "
            "should be drawn farther south.\n"
            "The Korean War ended in 1953 with an armistice. Hostilities in the conflict ended, "
            "but the two sides remain technically at war."
        ),
    },
    {
        "id": "blind16-10",
        "url": "https://voanews.com/a/china-protests-us-ship-in-south-china-sea/3981454.html",
        "agency": "Voice of America",
        "title": "China Protests U.S. Ship Sailing Past an Artificial Island in South China Sea",
        "published": "2017-08-11",
        "date_approximate": True,
        "truncated": False,
        "date_note": "the copy carries no date; 'Friday', the sail-by 'Thursday' and the third "
                     "operation since Trump took office date it to 11 August 2017; whole story; "
                     "removed: 'Accessibility links', 'Breaking News', the headline, the "
                     "satellite-image caption (printed twice) and the 'VOA News' byline box",
        "text": (
            "China expressed \u201cstrong dissatisfaction\u201d Friday, after a U.S. warship "
            "sailed near an artificial island in the strategic South China Sea.\n"
            "A Chinese Foreign Ministry spokesman said in a statement that the USS John S. McCain "
            "had violated Chinese and international law, undermined Chinese sovereignty and "
            "security, and endangered the safety of frontline personnel.\n"
            "The Chinese navy \u201cidentified the U.S. warship, warned and expelled "
            "it,\u2019\u2019 "
            "the spokesman said.\n"
            "The U.S. destroyer sailed 6 nautical miles past Mischief Reef Thursday as part of a "
            "freedom of navigation operation in international waters, a U.S. navy official said "
            "on condition of anonymity.\n"
            "The freedom of navigation operation was the third that the United States has "
            "carried out since President Donald Trump took office in January. U.S. officials say "
            "the military will continue to sail, fly and operate wherever permitted by "
            "international law.\n"
            "China, which claims virtually the entire South China Sea, routinely protests such "
            "operations."
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


D = "blind16-01"
ev(D, "have condemned North Korea's launch", "have condemned", "ACCUSE", "disapprove",
   ["military", "cbrn"], ["UNO"], ["U.N. Secretary-General Ban Ki-moon"], ["PRK"],
   ["North Korea's"])
ev(D, "have condemned North Korea's launch", "launch", "MOBILIZE", "weapons",
   ["military", "cbrn"], ["PRK"], ["North Korea's"])
ev(D, "Pyongyang defied international protests", "defied", "REJECT", "",
   ["military", "cbrn"], ["PRK"], ["Pyongyang"])
ev(D, "Mr. Ban said North Korea's actions", "\u201cdeplorable,\u201d", "ACCUSE", "disapprove",
   ["military"], ["UNO"], ["Mr. Ban"], ["PRK"], ["North Korea's"])
ev(D, "was a violation of U.N.", "was a violation", "ACCUSE", "allege", ["military", "legal"],
   ["UNO"], ["He"])
ev(D, "White House press secretary Jay Carney", "was a threat to regional security", "ACCUSE",
   "disapprove", ["military"], ["USA"], ["White House press secretary Jay Carney"], ["PRK"],
   ["North Korea's"])
ev(D, "has canceled plans to send additional food aid", "has canceled plans", "SANCTION",
   "discontinue", ["human_security"], ["USA"], ["The U.S."], ["PRK"], ["North Korea"])
ev(D, "has canceled plans to send additional food aid", "sanctions could be tightened",
   "THREATEN", "restrict", ["economic", "military"], ["USA"], ["The U.S."], ["PRK"],
   ["Pyongyang"])

D = "blind16-02"
ev(D, "Russia is accusing Georgian troops", "is accusing", "ACCUSE", "allege",
   ["military", "territory"], ["RUS"], ["Russia"], ["GEO"], ["Georgian troops"])
ev(D, "Russia is accusing Georgian troops", "is warning", "THREATEN", "", ["military"],
   ["RUS"], ["Russia"], ["GEO"], ["its neighbor"])
ev(D, "countered the Russian accusation", "countered", "REJECT", "", ["military"],
   ["GEO"], ["Georgian authorities"], ["RUS"], ["Russian"])
ev(D, "countered the Russian accusation", "charges", "ACCUSE", "allege",
   ["military", "territory"], ["GEO"], ["Georgian authorities"], ["GEO"],
   ["Russian-backed separatists"])
ev(D, "Georgia also accuses the Russians", "accuses", "ACCUSE", "allege", ["territory"],
   ["GEO"], ["Georgia"], ["RUS"], ["the Russians"])
ev(D, "deadly fighting between separatists", "deadly fighting", "ASSAULT", "", ["military"],
   ["GEO", "GEO"], ["separatists", "Georgian government forces"])
ev(D, "discussed the situation by telephone", "discussed the situation by telephone",
   "CONSULT", "phone", ["diplomatic"], ["RUS", "USA"],
   ["Russia's Deputy Foreign Minister Grigory Karasin",
    "U.S. Assistant Secretary of State Daniel Fried"])
ev(D, "A Russian Ministry statement accused", "accused", "ACCUSE", "allege", ["military"],
   ["RUS"], ["A Russian Ministry statement"], ["GEO"], ["Georgia"])
ev(D, "The statement called on both separatists", "called on", "REQUEST", "change",
   ["military"], ["RUS"], ["The statement"], ["GEO", "GEO"], ["separatists", "the government"])
ev(D, "the dispatch of Russian peacekeepers", "dispatch", "AID", "", ["peacekeeping"],
   ["RUS"], ["Russian peacekeepers"], ["GEO"], ["the regions"])
ev(D, "Georgia accuses the peacekeepers", "accuses", "ACCUSE", "allege",
   ["peacekeeping", "military"], ["GEO"], ["Georgia"], ["RUS"], ["the peacekeepers"])
ev(D, "Georgia accuses the peacekeepers", "has vowed", "THREATEN", "territory",
   ["territory"], ["GEO"], ["Georgia"], ["GEO"], ["the territories"])

D = "blind16-03"
ev(D, "traded allegations Friday", "traded allegations", "ACCUSE", "allege",
   ["military", "territory"], ["SSD", "SDN"], ["South Sudan", "Sudan"])
ev(D, "Philip Aguer repeated allegations", "repeated allegations", "ACCUSE", "allege",
   ["military"], ["SSD"], ["Southern army spokesman Philip Aguer"], ["SDN"], ["Sudan"])
ev(D, "Philip Aguer repeated allegations", "resumed its aerial bombardments", "ASSAULT",
   "aerial", ["military"], ["SDN"], ["Sudan"], ["SSD"], ["the village of Lalop"])
ev(D, "Sawarmi Khaled Saad told", "told", "ACCUSE", "allege", ["military", "territory"],
   ["SDN"], ["Sudanese spokesman Sawarmi Khaled Saad"], ["SSD"], ["the other side"])
ev(D, "by accepting \"in principle\"", "accepting", "AGREE", "", ["military", "diplomatic"],
   ["SDN"], ["Sudan"], ["IGO"], ["AU"])
ev(D, "deliver an ultimatum", "deliver an ultimatum", "THREATEN", "restrict", ["military"],
   ["UNO"], ["the United Nations Security Council"])
ev(D, "During her visit to China", "visit", "CONSULT", "visit", ["diplomatic"], ["USA"],
   ["U.S. Secretary of State Hillary Clinton"], ["CHN"], ["China"])
ev(D, "During her visit to China", "praised", "SUPPORT", "", ["diplomatic"], ["USA"],
   ["U.S. Secretary of State Hillary Clinton"], ["CHN"], ["Beijing"])
ev(D, "keep sending a strong message", "must immediately and unconditionally halt", "REQUEST",
   "change", ["military"], ["USA"], ["Clinton"], ["SDN"], ["the government of Sudan"])
ev(D, "will meet with President Salva Kiir", "will meet", "AGREE", "", ["human_rights"],
   ["UNO"], ["The U.N. High Commissioner for Human Rights"], ["SSD"],
   ["President Salva Kiir"], future=True)
ev(D, "gives the two countries 90 days", "gives the two countries 90 days", "THREATEN", "",
   ["territory", "legal"], ["IGO"], ["The African Union roadmap"], ["SDN", "SSD"],
   ["the two countries", "the two countries"])

D = "blind16-04"
ev(D, "Ukraine says it will end by Friday", "either through negotiations or by force",
   "THREATEN", "violence", ["territory", "military"], ["UKR"], ["Ukraine"], ["UKR"],
   ["pro-Russian separatist"])
ev(D, "we propose talks", "propose talks", "AGREE", "", ["diplomatic", "territory"], ["UKR"],
   ["Ukraine Interior Minister Arsen Avakov"], ["UKR"], ["those who want dialogue"],
   future=True)
ev(D, "For the minority who want conflict", "will get a forceful answer", "THREATEN",
   "violence", ["territory"], [], [], ["UKR"], ["the minority who want conflict"])
ev(D, "Victoria Nuland told a U.S.", "told", "ACCUSE", "allege", ["territory"], ["USA"],
   ["U.S. diplomat Victoria Nuland"])
ev(D, "She also cited", "cited \"overwhelming evidence\"", "ACCUSE", "allege", ["territory"],
   ["USA"], ["She"], ["RUS"], ["Russian"])
ev(D, "She also cited", "warned of consequences", "THREATEN", "", ["territory"], ["USA"],
   ["She"])
ev(D, "Nuland told lawmakers", "talks", "AGREE", "", ["diplomatic"],
   ["UKR", "RUS", "USA", "EUR"], ["Ukraine", "Russia", "the United States", "the European Union"],
   future=True)
ev(D, "Pro-Moscow protesters earlier this week", "seized government buildings", "COERCE",
   "seize", ["territory"], ["UKR"], ["Pro-Moscow protesters"], ["UKR"], ["government buildings"])
ev(D, "Pro-Moscow protesters earlier this week", "demanded a vote", "REQUEST", "change",
   ["territory", "election"], ["UKR"], ["Pro-Moscow protesters"])
ev(D, "John Kerry called those developments", "called", "ACCUSE", "allege",
   ["military", "territory"], ["USA"], ["U.S. Secretary of State John Kerry"], ["RUS"],
   ["Russian"])
ev(D, "John Kerry called those developments", "troop deployment", "MOBILIZE", "troops",
   ["military"], ["RUS"], ["Russian"])
ev(D, "Moscow annexed Ukraine's Crimean peninsula", "annexed", "COERCE", "seize",
   ["territory"], ["RUS"], ["Moscow"], ["UKR"], ["Ukraine's"])
ev(D, "sought to downplay the significance", "sought to downplay", "REJECT", "",
   ["military"], ["RUS"], ["The Russian Foreign Ministry"])

D = "blind16-05"
ev(D, "says a crackdown by forces loyal", "says", "ACCUSE", "allege",
   ["repression", "rights_freedoms"], ["ZWE"],
   ["The Movement for Democratic Change formation of Zimbabwean Prime Minister Morgan "
    "Tsvangirai"], ["ZWE"], ["forces loyal to President Robert Mugabe"])
ev(D, "says a crackdown by forces loyal", "jailed", "COERCE", "arrest", ["repression"], ["ZWE"],
   ["forces loyal to President Robert Mugabe"], ["ZWE"], ["numerous activists"])
ev(D, "Harare police on Tuesday arrested", "arrested", "COERCE", "arrest",
   ["repression", "legislative"], ["ZWE"], ["Harare police"], ["ZWE"],
   ["MDC legislator Douglas Mwonzora"])
ev(D, "two of Mr. Tsvangirai's official drivers", "were arrested", "COERCE", "arrest",
   ["repression"], [], [], ["ZWE"], ["two of Mr. Tsvangirai's official drivers"])
ev(D, "two of Mr. Tsvangirai's official drivers", "were released on US$100 bail", "RETREAT",
   "release", ["legal"], ["ZWE"], ["a magistrate"], ["ZWE"],
   ["two of Mr. Tsvangirai's official drivers"])
ev(D, "the drivers were accused of", "were accused", "ACCUSE", "allege", ["legal"], [], [],
   ["ZWE"], ["the drivers"])
ev(D, "Their vehicle was impounded.", "impounded", "COERCE", "seize", ["repression"], [], [],
   ["ZWE"], ["Their"])
ev(D, "the two denied the charges", "denied", "REJECT", "", ["legal"], ["ZWE"], ["the two"])
ev(D, "13 party activists arrested Monday", "arrested", "COERCE", "arrest",
   ["repression", "rights_freedoms"], [], [], ["ZWE"], ["13 party activists"])
ev(D, "13 party activists arrested Monday", "were being denied visitors and food", "COERCE",
   "restrict", ["repression", "human_rights"], [], [], ["ZWE"], ["13 party activists"])
ev(D, "Nine party supporters arrested", "arrested", "COERCE", "arrest", ["repression"], [], [],
   ["ZWE"], ["Nine party supporters"])
ev(D, "Six MDC legislators", "to face charges", "ACCUSE", "allege", ["legal", "legislative"],
   [], [], ["ZWE"], ["Six MDC legislators"])
ev(D, "Other party activists have been detained", "have been detained", "COERCE", "arrest",
   ["repression"], [], [], ["ZWE"], ["Other party activists"])
ev(D, "Other party activists have been detained", "accused", "ACCUSE", "allege", ["repression"],
   [], [], ["ZWE"], ["Other party activists"])
ev(D, "the latest police actions are deplorable", "are deplorable", "ACCUSE", "disapprove",
   ["repression"], ["ZWE"], ["Deputy MDC spokesperson Thabitha Khumalo"], ["ZWE"], ["police"])

D = "blind16-06"
ev(D, "Turkish ground forces entered northern Iraq", "entered northern Iraq", "MOBILIZE",
   "troops", ["military", "territory"], ["TUR"], ["Turkish ground forces"], ["IRQ"],
   ["northern Iraq"])
ev(D, "Turkish ground forces entered northern Iraq", "operation", "ASSAULT", "", ["military"],
   ["TUR"], ["Turkish ground forces"], ["TUR"], ["Kurdish rebels"])
ev(D, "Turkish ground forces entered northern Iraq", "attacks", "ASSAULT", "",
   ["military", "terrorism"], ["TUR"], ["Kurdish rebels"], ["TUR"],
   ["Turkish soldiers and police"])
ev(D, "The Turkish air force carried out strikes", "carried out strikes", "ASSAULT", "aerial",
   ["military"], ["TUR"], ["The Turkish air force"], ["TUR"], ["suspected PKK bases"])
ev(D, "a roadside bomb attack that killed 16", "roadside bomb attack", "ASSAULT", "explosives",
   ["military", "terrorism"], ["TUR"], ["PKK"], ["TUR"], ["16 Turkish soldiers"])
ev(D, "Another roadside bombing Tuesday", "roadside bombing", "ASSAULT", "explosives",
   ["terrorism"], [], [], ["TUR"], ["at least 14 Turkish policemen"])
ev(D, "promised not to let up", "promised not to let up", "THREATEN", "violence",
   ["military", "terrorism"], ["TUR"], ["Turkish Prime Minister Ahmet Davutoglu"], ["TUR"],
   ["the Kurdish rebels"])
ev(D, "promised not to let up", "fighting", "ASSAULT", "", ["military"], ["TUR"],
   ["the Kurdish rebels"])
ev(D, "has called for an end to", "has called for an end", "REQUEST", "yield", ["military"],
   ["GBR"], ["Richard Moore, the UK\u2019s ambassador to Turkey"])
ev(D, "He extended his sympathy", "extended his sympathy", "SUPPORT", "", ["military"],
   ["GBR"], ["He"], ["TUR"], ["the families of soldiers and police officers"])
ev(D, "He extended his sympathy", "clashes", "ASSAULT", "", ["military"], ["TUR", "TUR"],
   ["soldiers and police officers", "PKK"])
ev(D, "will pay an official visit to Turkey", "will pay an official visit", "AGREE", "",
   ["diplomatic", "migration"], ["EUR"], ["European Council President Donald Tusk"], ["TUR"],
   ["Turkey"], future=True)
ev(D, "Turkey launched what it called", "launched", "ASSAULT", "aerial",
   ["military", "terrorism"], ["TUR"], ["Turkey"], ["TUR"], ["PKK targets"])

D = "blind16-07"
ev(D, "at least 26 people have died", "airstrike", "ASSAULT", "aerial", ["military"], [], [],
   ["YEM"], ["at least 26 people"])
ev(D, "who took control of Yemen's capital", "took control", "COERCE", "seize",
   ["military", "territory"], ["YEM"], ["Houthi rebels"], ["YEM"], ["Yemen's capital"])
ev(D, "who took control of Yemen's capital", "blamed", "ACCUSE", "allege", ["military"],
   ["YEM"], ["Houthi rebels"], ["SAU"], ["a Saudi-led coalition"])
ev(D, "Rights groups have accused the coalition", "have accused", "ACCUSE", "allege",
   ["human_rights", "military"], ["NGO"], ["Rights groups"], ["SAU"], ["the coalition"])
ev(D, "Rights groups have accused the coalition", "operation in support of", "AID", "",
   ["military"], ["SAU"], ["the coalition"], ["YEM"],
   ["Yemen's internationally recognized government"])

D = "blind16-08"
ev(D, "Japan filed a formal protest", "filed a formal protest", "ACCUSE", "disapprove",
   ["territory", "diplomatic"], ["JPN"], ["Japan"], ["CHN"], ["Beijing"])
ev(D, "Japan filed a formal protest", "were spotted", "MOBILIZE", "", ["territory"], ["CHN"],
   ["two Chinese patrol boats"])
ev(D, "the two Chinese boats leaving", "leaving the disputed waters", "RETREAT", "withdraw",
   ["territory"], ["CHN"], ["the two Chinese boats"])
ev(D, "after Japan arrested a Chinese fishing", "arrested", "COERCE", "arrest",
   ["territory", "legal"], ["JPN"], ["Japan"], ["CHN"], ["a Chinese fishing trawler captain"])

D = "blind16-09"
ev(D, "South Korea says one of its naval", "says", "ACCUSE", "allege", ["military"], ["KOR"],
   ["South Korea"], ["PRK"], ["a North Korean vessel"])
ev(D, "South Korea says one of its naval", "exchanged artillery fire", "ASSAULT", "",
   ["military", "territory"], ["KOR", "PRK"],
   ["one of its naval patrol ships", "a North Korean vessel"])
ev(D, "returned fire into the water", "returned fire", "ASSAULT", "", ["military"], ["KOR"],
   ["the South Korean ship"], ["PRK"], ["the North Korean ship"])
ev(D, "did threaten Wednesday to attack", "did threaten", "THREATEN", "violence",
   ["military", "territory"], ["PRK"], ["Pyongyang"], ["KOR"], ["South Korean ships"])
ev(D, "fired warning shots", "fired warning shots", "THREATEN", "violence",
   ["military", "territory"], ["KOR"], ["South Korea"], ["PRK"], ["three North Korean vessels"])
ev(D, "fired warning shots", "crossed the maritime boundary", "MOBILIZE", "",
   ["military", "territory"], ["PRK"], ["three North Korean vessels"])
ev(D, "North Korea disputes the maritime boundary", "disputes", "REJECT", "", ["territory"],
   ["PRK"], ["North Korea"])

D = "blind16-10"
ev(D, "China expressed", "expressed \u201cstrong dissatisfaction\u201d", "ACCUSE",
   "disapprove", ["territory", "military"], ["CHN"], ["China"], ["USA"], ["a U.S. warship"])
ev(D, "China expressed", "sailed", "MOBILIZE", "", ["military", "territory"], ["USA"],
   ["a U.S. warship"])
ev(D, "A Chinese Foreign Ministry spokesman said", "said", "ACCUSE", "allege",
   ["territory", "legal"], ["CHN"], ["A Chinese Foreign Ministry spokesman"], ["USA"],
   ["the USS John S. McCain"])
ev(D, "identified the U.S. warship", "warned", "THREATEN", "", ["military", "territory"],
   ["CHN"], ["The Chinese navy"], ["USA"], ["the U.S. warship"])
ev(D, "identified the U.S. warship", "expelled", "COERCE", "", ["military", "territory"],
   ["CHN"], ["The Chinese navy"], ["USA"], ["the U.S. warship"])
ev(D, "The U.S. destroyer sailed 6 nautical miles", "sailed", "MOBILIZE", "",
   ["military", "territory"], ["USA"], ["The U.S. destroyer"])
ev(D, "the military will continue to sail", "will continue to sail, fly and operate",
   "MOBILIZE", "", ["military"], ["USA"], ["the military"], future=True)
ev(D, "routinely protests such operations", "routinely protests", "ACCUSE", "disapprove",
   ["territory"], ["CHN"], ["China"])


def recheck(path: Path) -> int:
    """Re-read the written file and check every offset and text field; return the error count."""
    errors: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        text = doc["text"]
        spans = set(sentences(text))
        for event in doc["events"]:
            check_event(doc, event, spans, errors)
            s0, s1 = event["sentence_start"], event["sentence_end"]
            if text[event["trigger_start"]:event["trigger_end"]] != event["trigger"]:
                errors.append(f"{doc['id']}: trigger {event['trigger']!r} off its offsets")
            for side in ("actor_text", "recipient_text"):
                for phrase in event[side]:
                    if phrase not in text[s0:s1]:
                        errors.append(f"{doc['id']}: {side} {phrase!r} not in its sentence")
        if "\n\n" in text or text != text.strip():
            errors.append(f"{doc['id']}: stray blank line or edge space")
    for err in errors:
        print("ERROR", err)
    return len(errors)


def main() -> None:
    """Write ``blind16.jsonl``, re-check it and print counts."""
    docs = build(DOCS, E)
    with OUT.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    if recheck(OUT):
        raise SystemExit(1)
    n_sent = sum(len(sentences(d["text"])) for d in docs)
    print(f"{len(docs)} documents, {n_sent} sentences, "
          f"{sum(len(d['events']) for d in docs)} events -> {OUT}")


if __name__ == "__main__":
    main()

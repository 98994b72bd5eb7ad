"""Source of the quotes dev set ``dev8.jsonl`` (Voice of America; built by ``dev4_build.py dev8``).

Seven VOA news stories (public domain) as stored by the ``search`` tool's ``pages`` corpus:
voanews.com / blogs.voanews.com / insidevoa.com pages and two VOA stories republished verbatim
on a news aggregator (immigrationresearch.org; the URL is that page). Each text is the start of
the story, cut at the last complete sentence the store returned; page furniture (accessibility
links, headline, feed line, "Click above links" line, the agency-credit line at the end) is left
out; paragraph breaks are ``\\n``.
Quotes: tuples ``(span, kind, cue, speaker_text, speaker, speaker_class, speaker_country)`` in text
order, following ``GUIDELINE.md`` and the decisions in ``README-dev8.md``. Annotated by hand by
helper qqfix3 on 2026-12-05 **before the system ran on these texts**.
"""

VOA = "Voice of America (voanews.com)"
AGG = "Voice of America (via immigrationresearch.org feed aggregator)"

DOCS = [
    {
        "id": "voa-somali-minister-kidnapped-2011", "source": VOA, "published": "2011-07-21",
        "url": "https://blogs.voanews.com/breaking-news/2011/07/21/new-somali-minister-for-women-kidnapped-2/",
        "note": "whole story as stored",
        "paragraphs": [
            "Somalia's new minister for women has been kidnapped by the militant group al-Shabab, less than a day after her appointment.",
            "A sister of the kidnapped minister told VOA Thursday Asha Osman Aqil was seized by al-Shabab fighters in Somalia's Middle Shabelle region, which is in the heart of the rebel group's territory.",
            "The sister says Aqil only learned of her appointment as women's minister when it was announced on the radio. She says Aqil went to local representatives of al-Shabab to explain that she had not sought the position and did not recognize the central government, and said she planned to plead with them to leave her in peace because she is the widowed mother of nine children.",
            "The sister says Aqil never came home from that meeting.",
            "The sister's account conflicts with a report by Bloomberg News, which quotes Somalia's work, youth and sports minister as saying Aqil was assisting drought-affected people in the town of Jowhar when she was captured.",
            "The United Nations declared a famine in Somalia's Bakool and Lower Shabelle regions on Wednesday.",
            "The sister says Aqil lives in Jawhar, but was captured more than 50 kilometers away while visiting a sick relative.",
            "There has been no comment about the kidnapping from al-Shabab.",
            "The group is attempting to overthrow Somalia's United Nations-backed government and establish an Islamic state.",
        ],
        "quotes": [
            ("Asha Osman Aqil was seized by al-Shabab fighters in Somalia's Middle Shabelle region, which is in the heart of the rebel group's territory", "indirect", "told", "A sister of the kidnapped minister", "sister of the kidnapped minister", "nominal", "SOM"),
            ("Aqil only learned of her appointment as women's minister when it was announced on the radio", "indirect", "says", "The sister", "sister of the kidnapped minister", "nominal", "SOM"),
            ("Aqil went to local representatives of al-Shabab to explain that she had not sought the position and did not recognize the central government, and said she planned to plead with them to leave her in peace because she is the widowed mother of nine children", "indirect", "says", "She", "sister of the kidnapped minister", "pronoun", "SOM"),
            ("Aqil never came home from that meeting", "indirect", "says", "The sister", "sister of the kidnapped minister", "nominal", "SOM"),
            ("Aqil was assisting drought-affected people in the town of Jowhar when she was captured", "indirect", "saying", "Somalia's work, youth and sports minister", "Somalia's work, youth and sports minister", "nominal", "SOM"),
            ("Aqil lives in Jawhar, but was captured more than 50 kilometers away while visiting a sick relative", "indirect", "says", "The sister", "sister of the kidnapped minister", "nominal", "SOM"),
        ],
    },
    {
        "id": "voa-mugabe-accuses-opposition-2008", "source": VOA, "published": "2008-06-21",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/a-13-2008-06-21-voa12/340494.html",
        "note": "whole story; the closing credit line left out",
        "paragraphs": [
            "Zimbabwe President Robert Mugabe is denouncing claims by the main opposition party that his supporters are conducting a campaign of violence and terror ahead of next week's presidential run-off.",
            "Mr. Mugabe told supporters Friday during a rally in the city of Bulawayo the claims are a lie. The president says the Movement for Democratic Change is making the accusations so they can later discredit the June 27 vote.",
            "The MDC says at least 70 of its members have been killed since the first round of elections on March 29, when leader Morgan Tsvangirai tallied more votes than Mr. Mugabe, but not enough to avoid a run-off.",
            "A MDC spokesman told VOA Friday that party leaders will meet Sunday to discuss withdrawing from the run-off.",
            "Mr. Tsvangirai has been detained five times during his campaign, while MDC Secretary-General Tendai Biti remains in custody facing a treason charge and other offenses. He faces the death penalty if convicted.",
            "International leaders stepped up their criticism of the Mugabe government on Friday.",
            "Angolan President Jose Eduardo dos Santos joined a growing number of African leaders expressing doubts about the election. Angolan state radio said Mr. dos Santos called on Mr. Mugabe to stop \"all acts of intimidation and violence.\"",
            "Zimbabwe's police chief, Augustine Chihuri, said police have arrested 390 MDC supporters and 156 members of the ruling ZANU-PF party since the initial vote in March.",
            "In the U.S., the chair of a congressional committee on Africa, Representative Donald Payne, told VOA there should be continued international pressure on Zimbabwe to minimize political violence before next week's poll.",
        ],
        "quotes": [
            ("the claims are a lie", "indirect", "told", "Mr. Mugabe", "Robert Mugabe", "name", "ZWE"),
            ("the Movement for Democratic Change is making the accusations so they can later discredit the June 27 vote", "indirect", "says", "The president", "Robert Mugabe", "nominal", "ZWE"),
            ("at least 70 of its members have been killed since the first round of elections on March 29, when leader Morgan Tsvangirai tallied more votes than Mr. Mugabe, but not enough to avoid a run-off", "indirect", "says", "The MDC", "Movement for Democratic Change", "organisation", "ZWE"),
            ("party leaders will meet Sunday to discuss withdrawing from the run-off", "indirect", "told", "A MDC spokesman", "MDC spokesman", "nominal", "ZWE"),
            ("Mr. dos Santos called on Mr. Mugabe to stop \"all acts of intimidation and violence.\"", "indirect", "said", "Angolan state radio", "Angolan state radio", "organisation", "AGO"),
            ("all acts of intimidation and violence", "partial", "called on", "Mr. dos Santos", "Jose Eduardo dos Santos", "name", "AGO"),
            ("police have arrested 390 MDC supporters and 156 members of the ruling ZANU-PF party since the initial vote in March", "indirect", "said", "Augustine Chihuri", "Augustine Chihuri", "name", "ZWE"),
            ("there should be continued international pressure on Zimbabwe to minimize political violence before next week's poll", "indirect", "told", "Representative Donald Payne", "Donald Payne", "name", "USA"),
        ],
    },
    {
        "id": "voa-sudan-fm-darfur-2004", "source": VOA, "published": "2004-04-26",
        "url": "https://www.voanews.com/a/a-13-a-2004-04-26-2-sudanese-67345192/272596.html",
        "note": "story text without headline and the download line",
        "paragraphs": [
            "Sudanese Minister for Foreign Affairs - Dr. Mustafa Osman Ismail - says his government has not denied humanitarian organizations access to the Darfur region. He also denies that genocide has occurred in darfur. VOA reporter Josiah Obat contracted Dr. Ismail by telephone in Bahrain where he was on official duty. He asked him why some perceive the Sudanese government as denying humanitarian organizations access to western Sudan.",
        ],
        "quotes": [
            ("his government has not denied humanitarian organizations access to the Darfur region", "indirect", "says", "Dr. Mustafa Osman Ismail", "Mustafa Osman Ismail", "name", "SDN"),
            ("genocide has occurred in darfur", "indirect", "denies", "He", "Mustafa Osman Ismail", "pronoun", "SDN"),
        ],
    },
    {
        "id": "insidevoa-jeffrey-iran-2007", "source": VOA, "published": "2007-06-04",
        "url": "https://www.insidevoa.com/a/a-13-34-2007-06-04-iran-jeffrey-111606859/178007.html",
        "note": "VOA press release; headline, subhead and the closing boilerplate left out",
        "paragraphs": [
            "Washington, D.C., June 4, 2007 - In a live interview during the Voice of America's June 3 Persian-language Roundtable With You television program, U.S. State Department official James Jeffrey told Iranian viewers that Iran is providing munitions to militant groups inside of Iraq.",
            "\"We are sure that Iran is providing explosive charges, very sophisticated ones, modern weapons including rockets and mortars, and other munitions to various groups inside of Iraq and potentially inside Afghanistan as well…the facts are that these shipments are continuing,\" Jeffrey said.",
            "Jeffrey, who is Principal Deputy Assistant Secretary of State, Bureau of Near Eastern Affairs, appeared on the nightly, hour-long VOA program to discuss current U.S-Iranian relations.",
            "On the four Iranian-Americans currently being detained in Iran, Jeffrey stated \"These people are not spies…this charge is absurd. It is deeply troubling.\"",
            "\"We're not out for a regime change. We're out for a change in regime behavior,\" Jeffrey said, adding that the U.S. is not supporting any particular organization. \"How Iranians inside and outside of Iran organize to promote freedom, to promote their democratic and political views is an affair for the Iranian people.\"",
            "Reacting to a clip of Iranian President Ahmadinejad aired on Roundtable With You, Jeffrey commented that he (Ahmadinejad) does not take seriously the international community's will to stop Iran's nuclear program, and \"its willingness to take whatever steps are necessary to stop this program. I underline 'to stop this program' and I underline 'whatever steps are necessary'.\"",
        ],
        "quotes": [
            ("Iran is providing munitions to militant groups inside of Iraq", "indirect", "told", "U.S. State Department official James Jeffrey", "James Jeffrey", "name", "USA"),
            ("We are sure that Iran is providing explosive charges, very sophisticated ones, modern weapons including rockets and mortars, and other munitions to various groups inside of Iraq and potentially inside Afghanistan as well…the facts are that these shipments are continuing", "direct", "said", "Jeffrey", "James Jeffrey", "name", "USA"),
            ("These people are not spies…this charge is absurd. It is deeply troubling.", "direct", "stated", "Jeffrey", "James Jeffrey", "name", "USA"),
            ("We're not out for a regime change. We're out for a change in regime behavior", "direct", "said", "Jeffrey", "James Jeffrey", "name", "USA"),
            ("the U.S. is not supporting any particular organization", "indirect", "adding", "Jeffrey", "James Jeffrey", "name", "USA"),
            ("How Iranians inside and outside of Iran organize to promote freedom, to promote their democratic and political views is an affair for the Iranian people.", "direct", "said", "Jeffrey", "James Jeffrey", "name", "USA"),
            ("he (Ahmadinejad) does not take seriously the international community's will to stop Iran's nuclear program, and \"its willingness to take whatever steps are necessary to stop this program. I underline 'to stop this program' and I underline 'whatever steps are necessary'.\"", "indirect", "commented", "Jeffrey", "James Jeffrey", "name", "USA"),
            ("its willingness to take whatever steps are necessary to stop this program. I underline 'to stop this program' and I underline 'whatever steps are necessary'", "partial", "commented", "Jeffrey", "James Jeffrey", "name", "USA"),
        ],
    },
    {
        "id": "voa-us-tracking-small-balloon-2024", "source": AGG, "published": "2024-02-23",
        "url": "https://www.immigrationresearch.org/aggregator?page=11",
        "note": "one VOA story of the feed page; cut before an unfinished sentence",
        "paragraphs": [
            "washington — U.S. fighter jets are tracking a balloon traveling at high altitudes over the western United States, but officials said there is no danger to anyone either on the ground or in the air.",
            "The North American Aerospace Defense Command, also known as NORAD, described the object as a \"small balloon\" being pushed by the wind at an altitude of between 43,000 and 45,000 feet (about 13.72 kilometers).",
            "Fighter jets were sent to intercept the balloon over the state of Utah and \"determined it was not maneuverable and did not present a threat to national security,\" according to a NORAD statement.",
            "NORAD said it will continue to track the balloon and that it is in contact with the Federal Aviation Administration \"to ensure flight safety.\"",
            "As of late Friday, the FAA \"also determined the balloon posed no hazard\" to passenger jets or other planes in the area, NORAD said.",
            "The U.S. military has been watching the skies in and around the United States more closely following the discovery of a Chinese spy balloon that transited the country in February 2023.",
            "Chinese officials said that balloon was designed to research weather and had \"deviated from its planned course.\" But the Pentagon rejected those assertions, saying the balloon had been designed for surveillance.",
            "The incident heightened tensions between the U.S. and China, and even caused U.S. Secretary of State Antony Blinken to cancel a trip to Beijing to meet with Chinese leader Xi Jinping and other high-ranking officials.",
        ],
        "quotes": [
            ("there is no danger to anyone either on the ground or in the air", "indirect", "said", "officials", "officials", "nominal", "USA"),
            ("small balloon", "partial", "described", "The North American Aerospace Defense Command", "North American Aerospace Defense Command", "organisation", "USA"),
            ("Fighter jets were sent to intercept the balloon over the state of Utah and \"determined it was not maneuverable and did not present a threat to national security,\"", "indirect", "according to", "a NORAD statement", "NORAD", "organisation", "USA"),
            ("determined it was not maneuverable and did not present a threat to national security", "partial", "according to", "a NORAD statement", "NORAD", "organisation", "USA"),
            ("it will continue to track the balloon and that it is in contact with the Federal Aviation Administration \"to ensure flight safety.\"", "indirect", "said", "NORAD", "NORAD", "organisation", "USA"),
            ("to ensure flight safety", "partial", "said", "NORAD", "NORAD", "organisation", "USA"),
            ("As of late Friday, the FAA \"also determined the balloon posed no hazard\" to passenger jets or other planes in the area", "indirect", "said", "NORAD", "NORAD", "organisation", "USA"),
            ("also determined the balloon posed no hazard", "partial", "said", "NORAD", "NORAD", "organisation", "USA"),
            ("that balloon was designed to research weather and had \"deviated from its planned course.\"", "indirect", "said", "Chinese officials", "Chinese officials", "nominal", "CHN"),
            ("deviated from its planned course", "partial", "said", "Chinese officials", "Chinese officials", "nominal", "CHN"),
            ("the balloon had been designed for surveillance", "indirect", "saying", "the Pentagon", "Pentagon", "organisation", "USA"),
        ],
    },
    {
        "id": "voa-rnc-protesters-2008", "source": VOA, "published": "2008-09-03",
        "url": "https://www.voanews.com/a/a-13-2008-09-03-voa5/351034.html",
        "note": "whole story; the closing credit line left out",
        "paragraphs": [
            "Shortly before Laura Bush spoke Tuesday at the Republican National Convention in Minnesota, several explosions were heard near the Excel Energy Center.",
            "St. Paul police Commander Doug Holtz told VOA tear gas was fired to clear crowds of people blocking streets after they had been given several warnings to disperse. He said some attempted to climb over the security fence surrounding the convention site and that large groups were moving through the downtown area.",
            "Security officials in full riot gear blocked reporters inside the secured area around the convention center from leaving.",
            "On Monday, several U.S. journalists were arrested while covering an anti-war march on the opening day of the convention.",
            "Amy Goodman, the host of a national radio and television program known as \"Democracy Now,\" was among them. Goodman says she was arrested while trying to question police about two producers, Sharif Abdel Kouddous and Nicole Salazar, who had also been taken into custody while covering the demonstrations. Goodman and the producers were eventually released.",
            "Democracy Now says Goodman was charged with a minor crime. Democracy Now says felony riot charges are pending against the two producers. The Associated Press reports one of its photographers was arrested by police moving in on a group of protesters in downtown St. Paul.",
            "Police have said more than 280 people were arrested during Monday's event. Officials say that although most of the estimated 8,000 to 10,000 people who took part in the march were peaceful, some demonstrators smashed windows and tried to block roads. Police say about 130 people may face felony charges.",
        ],
        "quotes": [
            ("tear gas was fired to clear crowds of people blocking streets after they had been given several warnings to disperse", "indirect", "told", "St. Paul police Commander Doug Holtz", "Doug Holtz", "name", "USA"),
            ("some attempted to climb over the security fence surrounding the convention site and that large groups were moving through the downtown area", "indirect", "said", "He", "Doug Holtz", "pronoun", "USA"),
            ("she was arrested while trying to question police about two producers, Sharif Abdel Kouddous and Nicole Salazar, who had also been taken into custody while covering the demonstrations", "indirect", "says", "Goodman", "Amy Goodman", "name", "USA"),
            ("Goodman was charged with a minor crime", "indirect", "says", "Democracy Now", "Democracy Now", "organisation", "USA"),
            ("felony riot charges are pending against the two producers", "indirect", "says", "Democracy Now", "Democracy Now", "organisation", "USA"),
            ("one of its photographers was arrested by police moving in on a group of protesters in downtown St. Paul", "indirect", "reports", "The Associated Press", "Associated Press", "organisation", "USA"),
            ("more than 280 people were arrested during Monday's event", "indirect", "said", "Police", "police", "nominal", "USA"),
            ("although most of the estimated 8,000 to 10,000 people who took part in the march were peaceful, some demonstrators smashed windows and tried to block roads", "indirect", "say", "Officials", "officials", "nominal", "USA"),
            ("about 130 people may face felony charges", "indirect", "say", "Police", "police", "nominal", "USA"),
        ],
    },
    {
        "id": "voa-westjet-strike-2024", "source": AGG, "published": "2024-06-30",
        "url": "https://immigrationresearch.org/aggregator?page=67",
        "note": "one VOA story of the feed page; cut after the sixth paragraph",
        "paragraphs": [
            "Toronto — Canada’s second largest airline, WestJet, said Sunday that it canceled more than 800 flights affecting tens of thousands of passengers as an unexpected strike by plane mechanics entered its third day.",
            "Around 680 workers, whose daily inspections and repairs are essential to airline operations, walked off the job Friday evening, despite a directive for binding arbitration from the federal labor minister.",
            "The strike is happening during the Canada Day long weekend, the busiest travel week of the year in the country.",
            "Both the airline and the Airplane Mechanics Fraternal Association have accused the other side of refusing to negotiate in good faith.",
            "WestJet Airlines President Diederik Pen has stressed what he calls the “continued reckless actions” of a union making “blatant efforts” to disrupt Canadians’ travel plans, while the association claimed the Calgary-Alberta, based company has refused to respond to its latest counterproposal.",
            "In an update to members Sunday, it said that mechanics were “the victim of WestJet’s virulent PR campaign that you are scofflaws,” citing “calumnies” against workers around their right to strike.",
        ],
        "quotes": [
            ("it canceled more than 800 flights affecting tens of thousands of passengers as an unexpected strike by plane mechanics entered its third day", "indirect", "said", "WestJet", "WestJet", "organisation", "CAN"),
            ("continued reckless actions", "partial", "stressed", "WestJet Airlines President Diederik Pen", "Diederik Pen", "name", "CAN"),
            ("blatant efforts", "partial", "stressed", "WestJet Airlines President Diederik Pen", "Diederik Pen", "name", "CAN"),
            ("the Calgary-Alberta, based company has refused to respond to its latest counterproposal", "indirect", "claimed", "the association", "Airplane Mechanics Fraternal Association", "organisation", "CAN"),
            ("mechanics were “the victim of WestJet’s virulent PR campaign that you are scofflaws,”", "indirect", "said", "it", "Airplane Mechanics Fraternal Association", "pronoun", "CAN"),
            ("the victim of WestJet’s virulent PR campaign that you are scofflaws", "partial", "said", "it", "Airplane Mechanics Fraternal Association", "pronoun", "CAN"),
            ("calumnies", "partial", "citing", "it", "Airplane Mechanics Fraternal Association", "pronoun", "CAN"),
        ],
    },
]

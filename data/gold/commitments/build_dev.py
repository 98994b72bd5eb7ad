# ruff: noqa: E501  (verbatim source texts and URLs are long data lines)
"""Build dev.jsonl of the commitments gold set (run from the repo root or this folder).

Texts: Voice of America stories (read from ../shared/corpora/voa) and US government releases
(verbatim excerpts of stored public pages). Annotations were written by hand from the texts;
this script only locates the quantities (str.find inside a unique anchor) and assigns pledge
labels by key. Usage: ``python data/gold/commitments/build_dev.py``.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from annotate import build_text, cut, label_pledges, record, summary, write  # noqa: E402

VOA = Path("/work/wt/shared/corpora/voa/voa_stories.jsonl")


def voa(story_id: str) -> dict:
    """One VOA story by id."""
    with VOA.open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] == story_id:
                return d
    raise KeyError(story_id)


def voa_doc(story_id: str, gid: str, ann: list) -> dict:
    """A whole VOA story as a gold document."""
    d = voa(story_id)
    return {"id": gid, "source": f"VOA {story_id}", "url": d["url"], "agency": "Voice of America",
            "published": d["published"][:10], "text": d["text"], "excerpt": False, "ann": ann}


F, T = False, True
P, FU = "pledge", "fulfilment"

DOCS: list[dict] = []

# ---------------------------------------------------------------- VOA stories (whole texts)
DOCS.append(voa_doc("8008619", "cdev-01", [
    ("expected to comprise 5,000 troops", "5,000 troops", P, "planned", "IGO", None, "deploy",
     "ECOWAS standby force", "troops", None, F, None),
    ("acquire the 5,000-man troops", "5,000-man troops", P, "planned", "IGO", None, "deploy",
     "ECOWAS standby force", "troops", None, F, "Kabiru Adamu"),
]))
DOCS.append(voa_doc("8008079", "cdev-02", [
    ("invest about $11 million", "$11 million", P, "made", "IND", "MUS", "invest",
     "community development projects", "development projects", "about", F, "Narendra Modi"),
]))
DOCS.append(voa_doc("7678740", "cdev-03", [
    ("valued at $6 - $8 billion", "$6 - $8 billion", P, "planned", "IGO", "PAK", "lend",
     "three-year loan program", "loan", None, F, "Muhammad Aurangzeb"),
]))
DOCS.append(voa_doc("8005869", "cdev-04", [
    ("around $116 million a year", "$116 million a year", P, "planned", "GBR", "MUS", "provide",
     "payment to lease back Diego Garcia", "lease payment", "about", F, "British media"),
]))
DOCS.append(voa_doc("8007271", "cdev-05", [
    ("proposed an $873 billion plan", "$873 billion", P, "planned", "EUR", None, "spend",
     "plan for rearming Europe and supporting Ukraine", "defense", None, F, None),
    ("some $164 billion in loans", "$164 billion", P, "planned", "EUR", None, "lend",
     "loans for defense investments", "loan", "about", F, None),
    ("additional 1.5 percent of member states", "1.5 percent", P, "planned", "EUR", None, "raise",
     "defense spending", "defense spending", None, F, None),
]))
DOCS.append(voa_doc("8004380", "cdev-06", [
    ("Sheinbaum sent 10,000 troops", "10,000 troops", FU, "fulfilled", "MEX", "USA", "deploy",
     "troops to Mexico's northern border", "troops", None, F, None),
]))

# ---------------------------------------------------------------- US security assistance to Ukraine
RAW = "$450 Million Drawdown of New U.S. Military Assistance for Ukraine\n\nJUNE 23, 2022\n\nPursuant to a delegation of authority from the President, I am authorizing our thirteenth drawdown of arms and equipment from U.S. Department of Defense inventories for Ukraine’s defense since August 2021, of up to $450 million. This authorization will bring total U.S. security assistance to Ukraine to more than $6.1 billion since Russia launched its brutal, unprovoked, full-scale invasion of Ukraine on February 24.\n\nThe steady flow of U.S. security assistance, and that from our coalition of more than 40 Allies and partners, continues to bolster Ukraine’s defenses, improve its ability to defend its sovereign territory, and secure hard-fought victories on the battlefield. We have imposed swift and severe sanctions on Russia’s economy and the elite of President Putin’s regime. We have enhanced NATO’s ability to deter and defend against any aggression by Russia on its Eastern Flank. And we will continue to deliver crucial military capabilities to Ukraine’s brave defenders.\n\nUkraine is standing strong. We continue to stand united with Ukraine."
DOCS.append({"id": "cdev-07", "source": "US Department of State (statement as posted by US Embassy Kyiv)",
    "url": "https://ua.usembassy.gov/450-million-drawdown-of-new-u-s-military-assistance-for-ukraine/",
    "agency": "US Department of State", "published": "2022-06-23",
    "text": cut(RAW, "Pursuant to", None), "excerpt": False, "ann": [
    ("of up to $450 million", "$450 million", P, "made", "USA", "UKR", "provide",
     "arms and equipment", "arms", "up to", F, None),
    ("to more than $6.1 billion since", "$6.1 billion", FU, "fulfilled", "USA", "UKR", "provide",
     "security assistance", "arms", "more than", F, None),
]})

RAW = "An official website of the United States Government \nHere's how you know\n\nOfficial websites use .gov\n\n.gov website belongs to an official government organization in the United States.\n\nSecure .gov websites use HTTPS\n\nA lock ( lock ) or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.\n\nPresident Authorizes Another $450 Million Drawdown to Support Ukraine\n\nYou have accessed part of a historical collection on defense.gov. Some of the information contained within may be outdated and links may not function. Please contact the DOD Webmaster with any questions.\n\nPresident Joe Biden has given DOD authorization for a drawdown of up to $450 million to meet Ukraine's critical arms needs in the face of the Russian invasion. \n\nTwo service members pull straps around the tail boom of a helicopter as it is loaded tail-first into the cargo hold of an aircraft.\nLoading Choppers\nIn preparation for transport to Ukraine, an Mi-17 transport helicopter is loaded on to a C-17 Globemaster III aircraft at Davis-Monthan Air Force Base, Ariz., June 9, 2022. The Defense Department is delivering the aircraft to enhance Ukraine’s ability to transport troops around the battlefield and augment the five transport helicopters sent earlier this year.\nPhoto By: Air Force Airman 1st Class Paige Weldon\nVIRIN: 220609-F-AL288-1207\n\nThis is the 13th presidential drawdown of DOD stocks since August 2021. Russia attacked Ukraine Feb. 24. \"The United States has now committed approximately $6.8 billion in security assistance to Ukraine since the beginning of the Biden Administration, including approximately $6.1 billion since the beginning of Russia's unprovoked invasion on February 24,\" Acting Pentagon Press Secretary Todd Breasseale said. \n\nThe package includes four high-mobility artillery rocket systems, 36,000 rounds of 105 mm ammunition, 18 tactical vehicles to tow 155 mm artillery, 1,200 grenade launchers, 2,000 machine guns,"
DOCS.append({"id": "cdev-08", "source": "DoD News", "agency": "US Department of Defense",
    "url": "https://www.defense.gov/News/News-Stories/Article/Article/3072692/president-authorizes-another-450-million-drawdown-to-support-ukraine/",
    "published": "2022-06-23", "date_note": "page gives no date; 13th drawdown authorized 2022-06-23 (same as cdev-07)",
    "text": build_text(RAW, [("President Joe Biden has given", "Russian invasion."),
                           ("This is the 13th", "Todd Breasseale said.")]),
    "excerpt": True, "ann": [
    ("drawdown of up to $450 million", "$450 million", P, "made", "USA", "UKR", "provide",
     "drawdown of arms", "arms", "up to", F, None),
    ("committed approximately $6.8 billion", "$6.8 billion", P, "reaffirmed", "USA", "UKR", "provide",
     "security assistance", "arms", "about", F, "Todd Breasseale"),
    ("including approximately $6.1 billion", "$6.1 billion", P, "reaffirmed", "USA", "UKR", "provide",
     "security assistance", "arms", "about", F, "Todd Breasseale"),
]})

RAW = " date 2023-06-09 An official website of the United States Government \nDOD Announces $2.1 Billion Assistance Package for Ukraine\n\nJune 9, 2023 | By Joseph Clark , DOD News\n\nThe Defense Department today announced an additional security assistance package for Ukraine containing more air defense and ammunition capabilities to arm against Russia's unprovoked war of aggression.\n\nA cargo-loading vehicle sits by the ramp of a cargo plane.\nA cargo-loading vehicle sits by the ramp of a cargo plane.\nUkraine Cargo\nAirmen load weapons cargo bound for Ukraine onto a C-17 Globemaster III during a security assistance mission at Dover Air Force Base, Del., Sept. 14, 2022.\nDownload: Full Size (1.35 MB)\nPhoto By: Air Force Staff Sgt. Marco A. Gomez\nVIRIN: 220914-F-QD077-2065Y\n\nThe latest package, valued at up to $2.1 billion, underscores the unwavering U.S. commitment to bolster Ukraine's near- and-long-term capabilities to defend its territory and deter Russia. \n\nThe capabilities contained in the package include additional munitions for Patriot air defense systems, HAWK air defense systems and missiles, additional artillery rounds and other items.  \n\nSpotlight: Support for Ukraine\n\nThe new equipment is authorized under the Ukraine Security Assistance Initiative, the authority under which the U.S. procures capabilities from industry and partners.  \n\nThe U.S. has also continued to leverage the authority to drawdown from current DOD stocks to arm Ukraine under the presidential drawdown authority.  \n\nIn total, the U.S. has provided more than $39.7 billion in security assistance to Ukraine since the beginning of Russia's invasion in February 2022. \n\nA line of tanks are on a railcar."
DOCS.append({"id": "cdev-09", "source": "DoD News (Joseph Clark)", "agency": "US Department of Defense",
    "url": "https://www.defense.gov/News/News-Stories/Article/Article/3423456/dod-announces-21-billion-assistance-package-for-ukraine/",
    "published": "2023-06-09",
    "text": build_text(RAW, [("The Defense Department today", "war of aggression."),
                           ("The latest package", "deter Russia."),
                           ("The capabilities contained", "other items."),
                           ("The new equipment", "industry and partners."),
                           ("The U.S. has also continued", "drawdown authority."),
                           ("In total, the U.S.", "February 2022.")]),
    "excerpt": True, "ann": [
    ("valued at up to $2.1 billion", "$2.1 billion", P, "made", "USA", "UKR", "provide",
     "security assistance package", "arms", "up to", F, None),
    ("more than $39.7 billion", "$39.7 billion", FU, "fulfilled", "USA", "UKR", "provide",
     "security assistance", "arms", "more than", F, None),
]})

RAW = "U.S. Department of Defense\n\n11/14/2024 | News release | Distributed by Public on 11/14/2024 18:01\n\nDOD Will Work Quickly to Meet President's 'Surge' Commitment to Ukraine Support\n\nIn September, President Joe Biden announced he plans to \"surge\" security assistance to Ukraine. That surge includes plans to ensure all remaining congressionally authorized funding to support Ukraine, including $5.5 billion in presidential drawdown authority, should be transferred to Ukraine before the administration closes out activities in January.\n\nOn the Move\nAir Force Staff Sgt. Sam Tavallodi, an air transportation specialist, moves military hardware at March Air Reserve Base, Calif., April 20, 2022. The hardware is part of a presidential drawdown authority security assistance package bound for Ukraine.\nShare:\n×\nShare\nCopy Link\nEmail Facebook X LinkedIn WhatsApp\nCredit: Marine Corps Cpl. Mackenzie Binion\nVIRIN: 220420-M-UV498-2309\n\nExecuting that presidential drawdown authority, which means moving some $5.5 billion in gear from U.S. military inventory to Ukraine before Jan. 20, is a tall order. But Deputy Pentagon Press Secretary Sabrina Singh said the Defense Department has demonstrated a remarkable ability to quickly get things done over the past three years.\n\n\"It is a short time … just under 70 days,\" Singh said during a briefing today. \"This department can do incredible work in that amount of time. The president made clear that … he wants to spend down the authority that Congress has allocated and authorized before he leaves office. We're going to work very hard to make sure that happens.\"\n\nSince Russia illegally invaded Ukraine in February 2022, the U.S. has provided about $60.4 billion in security assistance. On Nov. 1, for instance, the department initiated the 69th presidential drawdown authority package to Ukraine, worth some $425 million.\n\n\"I expect that for the next coming months of this administration, you're going to continue to see those packages draw down from ... "
DOCS.append({"id": "cdev-10", "source": "DoD News release, as distributed by Public (publicnow.com)",
    "agency": "US Department of Defense",
    "url": "https://publicnow.com/view/45F73453DCA83309EB300FFD3C559620AF600FF7",
    "published": "2024-11-14",
    "text": build_text(RAW, [("In September, President Joe Biden", "activities in January."),
                           ("Executing that presidential", "worth some $425 million.")]),
    "excerpt": True, "ann": [
    ("including $5.5 billion in presidential", "$5.5 billion", P, "reaffirmed", "USA", "UKR", "provide",
     "presidential drawdown authority", "arms", None, F, "Joe Biden"),
    ("moving some $5.5 billion in gear", "$5.5 billion", P, "reaffirmed", "USA", "UKR", "provide",
     "gear from U.S. military inventory", "arms", "about", F, None),
    ("provided about $60.4 billion", "$60.4 billion", FU, "fulfilled", "USA", "UKR", "provide",
     "security assistance", "arms", "about", F, None),
    ("worth some $425 million", "$425 million", P, "made", "USA", "UKR", "provide",
     "presidential drawdown authority package", "arms", "about", F, None),
]})

RAW = "Pentagon Announces New Round Of Aid For Ukraine\nBy DoD News\nBy Joseph Clark\nThe Defense Department announced an additional security assistance package aimed at providing key capabilities to aid Ukraine’s effort to regain territory and defend against Russia’s unprovoked war of aggression.\nThe package, valued at up to $325 million, includes additional munitions for U.S.-provided National Advanced Surface-to-Air Missile Systems and High Mobility Artillery Rocket Systems and dozens more Bradley Infantry Fighting Vehicles and Stryker Armored Personnel Carriers among other items.\nDeputy Pentagon Press Secretary Sabrina Singh said the latest round of assistance “includes key capabilities to aid Ukraine’s efforts to retake its sovereign territory as they bravely protect Ukraine soldiers, civilians and critical infrastructure.”\nShe added during a briefing at the Pentagon that the package, which marks the 40th drawdown of DOD inventories in support of Ukraine since August 2021, underscores the U.S.’ commitment to supporting Ukraine as it defends itself against Russia.\nSecretary of State Antony J. Blinken echoed that pledge of continued support in a separate statement outlining the latest show of U.S. support.\n“Russia started this unprovoked war against Ukraine. Russia could end it at any time by withdrawing its forces from Ukraine and stopping its brutal attacks against Ukraine’s cities and people,” Blinken said. “Until Russia does so, the United States and our allies and partners will stand united with Ukraine, for as long as it takes.”\nThe Pentagon announced the package as Secretary of Defense Lloyd J. Austin III and Chairman of the Joint Chiefs of Staff Army Gen. Mark A. Milley prepare to host a meeting of the Ukraine Defense Contact Group, a U.S.-led alliance of more than 50 countries who have rallied in support of Ukraine.\nSingh said the forum will provide further opportunities for allies and partners to “hear from the Ukrainians themselves of wha"
DOCS.append({"id": "cdev-11", "source": "DoD News (Joseph Clark), as republished by Eurasia Review",
    "agency": "US Department of Defense",
    "url": "https://www.eurasiareview.com/14062023-pentagon-announces-new-round-of-aid-for-ukraine/",
    "published": "2023-06-13", "date_note": "republished 2023-06-14 (address); the 40th drawdown was announced 2023-06-13",
    "text": cut(RAW, "The Defense Department announced", "rallied in support of Ukraine."),
    "excerpt": True, "ann": [
    ("valued at up to $325 million", "$325 million", P, "made", "USA", "UKR", "provide",
     "security assistance package", "arms", "up to", F, None),
]})

RAW = "Latest Security Assistance for Ukraine Announced, White House Directs DOD to Allocate Remaining Appropriations\n\nhttps://media.defense.gov/2024/Sep/26/2003554542/825/780/0/240918-A-BD504-1089.JPG\n\nThe Department of Defense announced yesterday the 66th round of security assistance for Ukraine, which includes some $375 million in presidential drawdown authority of equipment from the existing U.S. military inventory.\n\nAmong other things, the PDA package includes air-to-ground munitions; ammunition for the High Mobility Artillery Rocket System; 155 mm and 105 mm artillery ammunition; Javelin and AT4 anti-armor systems; and M1117 armored security vehicles. \n\nSince the Russian invasion of Ukraine in February 2022, the United States has committed approximately $56.3 billion in security assistance to Ukraine though both presidential drawdown authority and the Ukraine Security Assistance Initiative. \n\nAlso, the White House announced it had directed the DOD to allocate all remaining security assistance funding appropriated for Ukraine by the end of the year. \n\n“As part of this effort, the Department of Defense will allocate the remaining Ukraine Security Assistance Initiative funds by the end of this year,” President Biden said in a statement yesterday. “I also have authorized $5.5 billion in presidential drawdown authority to ensure this authority does not expire so that my administration can fully utilize the funding appropriated by Congress to support the drawdown of U.S. equipment for Ukraine and then replenish U.S. stockpiles.” \n\nThe White House also said the DOD will provide $2.4 billion in security assistance through USAI. That additional support through USAI will provide Ukraine with additional air defense, unmanned aerial systems and air-to-ground munitions. \n\nTo enhance air defense, Biden said, he has directed the DOD to refurbish and provide Ukraine with an additional Patriot air defense battery and additional Patriot missiles. The president also said h"
DOCS.append({"id": "cdev-12", "source": "DoD News, as republished by spokomptontimes.com",
    "agency": "US Department of Defense",
    "url": "https://spokomptontimes.com/spokane-news/military/latest-security-assistance-for-ukraine-announced-white-house-directs-dod-to-allocate-remaining-appropriations",
    "published": "2024-09-27", "date_note": "approximate: 'announced yesterday' the 66th package and the President's statement of 2024-09-26",
    "text": cut(RAW, "The Department of Defense announced yesterday", "additional Patriot missiles."),
    "excerpt": True, "ann": [
    ("includes some $375 million", "$375 million", P, "made", "USA", "UKR", "provide",
     "presidential drawdown authority of equipment", "arms", "about", F, None),
    ("committed approximately $56.3 billion", "$56.3 billion", P, "reaffirmed", "USA", "UKR", "provide",
     "security assistance", "arms", "about", F, None),
    ("authorized $5.5 billion in presidential", "$5.5 billion", P, "made", "USA", "UKR", "provide",
     "presidential drawdown authority", "arms", None, F, "Biden"),
    ("will provide $2.4 billion", "$2.4 billion", P, "made", "USA", "UKR", "provide",
     "security assistance through USAI", "arms", None, F, "The White House"),
]})

RAW = "Secretary of Defense Lloyd J. Austin III announced today nearly $1 billion in additional security assistance to help Ukraine bolster its combat power amid Russia’s continued aggression.\nThe $988 million package of new equipment, provisioned under the Ukraine Security Assistance Initiative, includes unmanned aerial systems, rocket munitions and support for maintenance and repair programs.\nIt marks the 22nd USAI package issued under the Biden administration, bringing the total of U.S. security assistance for Ukraine since Russia’s full-scale invasion in February 2022 to more than $62 billion.\nAustin announced the new package during his address at the Reagan National Defense Forum hosted by the Ronald Reagan Presidential Foundation and Institute in Simi Valley, California, where he underscored the imperative for the United States and its global network of allies to continue to stand resolute in helping Ukraine defend itself.\nThe secretary added that the U.S. has consistently made its choice to stand with Ukraine clear.\nSince April 2022, Austin has continued to rally the Ukraine Defense Contact Group, a global network of some 50 partners committed to Ukraine’s near-term battlefield needs and its long-term ability to deter future aggression.\n“I’ve convened the contact group 24 times now,” Austin said. “Its other members have committed more than $57 billion in direct security assistance to Ukraine.\nHe added that, as a percentage of gross domestic product, more than a dozen UDCG members now provide more security assistance to Ukraine than the U.S. does.\n“And together, we have helped Ukraine survive an all-out assault by the largest military in Europe,” he said.\nRussia, the secretary said, has paid a “staggering price” for Russian President Vladimir Putin’s war of aggression.\nAustin noted that Russia has suffered at least 700,000 casualties and squandered more than $200 billion since its invasion of Ukraine.\nAnd Putin’s aggression has only served t"
DOCS.append({"id": "cdev-13", "source": "DoD News, as republished by soswar.com", "agency": "US Department of Defense",
    "url": "https://soswar.com/dod-announces-988-million-ukraine-security-assistance-package-u-s-department-of-defense-defense-department-news",
    "published": "2024-12-07", "date_note": "approximate: Austin's address at the Reagan National Defense Forum, 2024-12-07",
    "text": cut(RAW, None, "since its invasion of Ukraine."), "excerpt": True, "ann": [
    ("nearly $1 billion in additional", "$1 billion", P, "made", "USA", "UKR", "provide",
     "security assistance", "arms", "nearly", F, "Lloyd J. Austin III"),
    ("The $988 million package", "$988 million", P, "made", "USA", "UKR", "provide",
     "package of new equipment", "arms", None, F, None),
    ("to more than $62 billion", "$62 billion", FU, "fulfilled", "USA", "UKR", "provide",
     "security assistance", "arms", "more than", F, None),
    ("committed more than $57 billion", "$57 billion", P, "reaffirmed", None, "UKR", "provide",
     "direct security assistance", "arms", "more than", F, "Austin"),
]})

RAW = " date 2022-07-01 Department of Defense\n\nAttributed to Pentagon Press Secretary Todd Breasseale:\n\nThis afternoon, the Department of Defense (DoD) announced $820 million in additional security assistance for Ukraine. This includes an authorization of a Presidential Drawdown of security assistance valued at up to $50 million, as well as $770 million in Ukraine Security Assistance Initiative (USAI) funds. The PDA authorization is the fourteenth drawdown of equipment from DoD inventories for Ukraine that the Biden Administration has authorized since August 2021. Capabilities in this package include: Additional ammunition for High Mobility Artillery Rocket Systems (HIMARS).\n\nUnder USAI, the DoD will provide Ukraine with critical capabilities to defend against Russian aggression. Included in this package are:\n\nTwo National Advanced Surface-to-Air Missile Systems (NASAMS);\n\nUp to 150,000 rounds of 155mm artillery ammunition; and\n\nFour additional counter-artillery radars.\n\nUnlike Presidential Drawdown, USAI is an authority under which the United States procures capabilities from industry rather than delivering equipment that is drawn down from DoD stocks. This announcement represents the beginning of a contracting process to provide additional capabilities to Ukraine’s Armed Forces.\n\nThe United States has now committed approximately $7.6 billion in security assistance to Ukraine since the beginning of the Biden Administration, including approximately $6.9 billion since the beginning of Russia’s unprovoked invasion on February 24. Since 2014, the United States has committed more than $8.8 billion in security assistance to Ukraine.\n\n"
DOCS.append({"id": "cdev-14", "source": "DoD statement, as republished by michaelsavage.com",
    "agency": "US Department of Defense",
    "url": "https://michaelsavage.com/820-million-in-additional-security-assistance-for-ukraine/",
    "published": "2022-07-01",
    "text": cut(RAW, "Attributed to", "security assistance to Ukraine."), "excerpt": False, "ann": [
    ("announced $820 million", "$820 million", P, "made", "USA", "UKR", "provide",
     "security assistance", "arms", None, F, "Todd Breasseale"),
    ("valued at up to $50 million", "$50 million", P, "made", "USA", "UKR", "provide",
     "Presidential Drawdown of security assistance", "arms", "up to", F, "Todd Breasseale"),
    ("as well as $770 million", "$770 million", P, "made", "USA", "UKR", "provide",
     "Ukraine Security Assistance Initiative funds", "arms", None, F, "Todd Breasseale"),
    ("committed approximately $7.6 billion", "$7.6 billion", P, "reaffirmed", "USA", "UKR", "provide",
     "security assistance", "arms", "about", F, "Todd Breasseale"),
    ("including approximately $6.9 billion", "$6.9 billion", P, "reaffirmed", "USA", "UKR", "provide",
     "security assistance", "arms", "about", F, "Todd Breasseale"),
    ("committed more than $8.8 billion", "$8.8 billion", P, "reaffirmed", "USA", "UKR", "provide",
     "security assistance", "arms", "more than", F, "Todd Breasseale"),
]})

RAW = " date 2022-10-15 In the wake of Russia’s brutal missile attacks on civilians across Ukraine, the mounting evidence of atrocities by Russia’s forces, and the firm and unequivocal rejection by 143 nations at the United Nations of Russia’s illegal attempted annexation of parts of Ukraine, the United States is offering additional military assistance to help Ukraine’s proud defenders protect their country.\n\nPursuant to a delegation of authority from the President, I am authorizing our twenty-third drawdown of U.S. arms and equipment for Ukraine since August 2021. This $725 million drawdown includes additional arms, munitions, and equipment from U.S. Department of Defense inventories. This drawdown will bring the total U.S. military assistance for Ukraine to an unprecedented more than $18.3 billion since the beginning of the Administration.\n\nWe will continue to stand with the people of Ukraine as they defend their freedom and independence with extraordinary courage and boundless determination. The capabilities we are delivering are carefully calibrated to make the most difference on the battlefield for Ukraine.\n\nWe stand United with Ukraine."
DOCS.append({"id": "cdev-15", "source": "US Department of State press statement, as distributed by EIN Presswire",
    "agency": "US Department of State",
    "url": "https://www.einpresswire.com/article/596021630/725-million-in-additional-u-s-military-assistance-for-ukraine",
    "published": "2022-10-14", "date_note": "distributed 2022-10-15; statement of 2022-10-14",
    "text": cut(RAW, "In the wake", None), "excerpt": False, "ann": [
    ("This $725 million drawdown", "$725 million", P, "made", "USA", "UKR", "provide",
     "arms, munitions, and equipment", "arms", None, F, None),
    ("more than $18.3 billion", "$18.3 billion", FU, "fulfilled", "USA", "UKR", "provide",
     "military assistance", "arms", "more than", F, None),
]})

# ---------------------------------------------------------------- US COVID-19 vaccine donations
RAW = "The White House has announced it will deliver the bulk of its first 25 million donated doses of COVID-19 vaccine through COVAX, the United Nations-backed program delivering vaccines to low- and middle-income countries. That's according to a White House announcement on Thursday. It's part of a down payment on a pledge to donate 80 million doses by the end of June. The Biden administration has been under pressure to share its vaccine supply. VOA's Steve Baragona has more."
DOCS.append({"id": "cdev-16", "source": "VOA video report summary (Steve Baragona)", "agency": "Voice of America",
    "url": "https://www.voanews.com/episode/us-announces-covid-vaccine-donation-covax-4707801",
    "published": "2021-06-03", "text": RAW, "excerpt": False, "ann": [
    ("first 25 million donated doses", "25 million", P, "made", "USA", None, "provide",
     "donated doses of COVID-19 vaccine", "covid vaccine", None, F, "White House"),
    ("donate 80 million doses", "80 million doses", P, "reaffirmed", "USA", None, "provide",
     "COVID-19 vaccine doses", "covid vaccine", None, F, None),
]})

RAW = "An official website of the United States government\n\nJune 11, 2021\n\nThursday, June 10, 2021\n\nThe Arsenal of Vaccines: U.S. to Donate Half a Billion Pfizer Vaccines to the World’s Lowest Income Nations\n\n\n“The United States is providing these half billion doses with no strings attached.”\nPresident Joe Biden\n\nToday, President Joe Biden announced the United States will purchase and donate half a billion Pfizer vaccines to 92 low- and lower middle-income countries and the African Union, an historic action that will help supercharge the global fight against the pandemic.\n\nThis is the largest-ever purchase and donation of vaccines by a single country and a commitment by the American people to help protect people around the world from COVID-19. The donation will serve as the basis for a coordinated effort by democratic countries to vaccinate people around the world. President Biden will also call on the world’s democracies to do their parts in contributing to the global supply of safe and effective vaccines.\n\n“This is a monumental commitment by the American people. As I said, we’re a nation full of people who step up at times of need to help our fellow human beings, both at home and abroad. We’re not perfect, but we step up.”\nPresident Joe Biden\n\nToday’s historic announcement comes on the heels of President Biden’s donation of at least 80 million vaccines from the United States’ supply by the end of June. This represents 13% of all vaccines manufactured in the United States. Additionally, the United States has contributed two billion dollars to COVAX, more than any other nation—and is supporting local production capacity abroad for safe and effective COVID-19 vaccines.\n\nThe vaccines will start shipping in August 2021. 200 million doses will be delivered by the end of this year and the remaining 300 million will be delivered in the first half of 2022.\n\nThe U.S. will allocate these doses to low and lower-middle income nations around the world, working "
DOCS.append({"id": "cdev-17", "source": "The White House fact sheet, as posted by US Embassy La Paz", "agency": "The White House",
    "url": "https://bo.usembassy.gov/el-arsenal-de-vacunas-estados-unidos-donara-500-millones-de-vacunas-pfizer-para-las-naciones-de-ingresos-mas-bajos-del-mundo/",
    "published": "2021-06-10", "text": cut(RAW, "Today, President Joe Biden announced", "first half of 2022."),
    "excerpt": True, "ann": [
    ("donate half a billion Pfizer", "half a billion", P, "made", "USA", None, "provide",
     "Pfizer vaccines", "covid vaccine", None, F, "Joe Biden"),
    ("at least 80 million vaccines", "80 million vaccines", P, "reaffirmed", "USA", None, "provide",
     "vaccines from the United States’ supply", "covid vaccine", "at least", F, None),
    ("contributed two billion dollars", "two billion dollars", FU, "fulfilled", "USA", "IGO", "provide",
     "contribution to COVAX", "covax funding", None, F, None),
    ("200 million doses will be delivered", "200 million doses", P, "made", "USA", None, "provide",
     "vaccine doses", "covid vaccine", None, F, None),
    ("the remaining 300 million", "300 million", P, "made", "USA", None, "provide",
     "vaccine doses", "covid vaccine", None, F, None),
]})

RAW = "Building off of last week’s announcement of additional actions that we are taking to stop the spread of the Delta variant and get more people vaccinated in the United States, President Biden will give an update on another critical piece of his strategy to end the COVID-19 pandemic: stopping the spread of the virus abroad. As one part of our strategy to do that, the President has promised that the United States will be an arsenal of vaccines for the world and is acting with the same urgency to combat the virus abroad as here at home. Today, the President will announce that the U.S. has now donated and shipped more than 110 million doses of its COVID-19 vaccines to more than 60 countries – a major milestone that cements the United States as the global leader in COVID-19 vaccine donations.  According to the United Nations, this is more than the donations of all other countries combined and reflects the generosity of the American spirit.\n\nIn June, the President committed to donate at least 80 million vaccines from the U.S. supply to countries throughout the world, and he promised to continue to share as we are able. Today’s announcement is a fulfillment of his promise and a significant down payment on hundreds of millions of more doses that the U.S. will deliver in the coming weeks. The United States has been able to share these doses because of the aggressive action the President took when he came into office to secure enough vaccines for all Americans.  The majority of these vaccines – made in the United States – were shipped through COVAX. The United States has also worked in close partnership with key regional partners, including the African Union and the Caribbean Community (CARICOM).\n\nThese more than 110 million doses – that are already saving lives around the world – are just the beginning of the Administration’s efforts to provide vaccines to the world. Starting at the end of this month, the Administration will begin shipping a half a billion P"
DOCS.append({"id": "cdev-18", "source": "The White House fact sheet", "agency": "The White House",
    "url": "https://www.whitehouse.gov/briefing-room/statements-releases/2021/08/03/fact-sheet-president-biden-announces-major-milestone-in-administrations-global-vaccination-efforts-more-than-100-million-u-s-covid-19-vaccine-doses-donated-and-shipped-abroad/",
    "published": "2021-08-03", "text": cut(RAW, None, "provide vaccines to the world."),
    "excerpt": True, "ann": [
    ("shipped more than 110 million doses", "110 million doses", FU, "fulfilled", "USA", None, "provide",
     "doses of its COVID-19 vaccines", "covid vaccine", "more than", F, None),
    ("at least 80 million vaccines", "80 million vaccines", P, "fulfilled", "USA", None, "provide",
     "vaccines from the U.S. supply", "covid vaccine", "at least", F, None),
    ("These more than 110 million doses", "110 million doses", FU, "fulfilled", "USA", None, "provide",
     "doses", "covid vaccine", "more than", F, None),
]})

RAW = "Commemorating 200 Million U.S.-Donated COVID-19 Vaccines Successfully Delivered\n\nPress Release Shim\n\nSpeeches Shim\n\nStatement By Administrator Samantha Power\n\nFor Immediate Release\n\nThursday, October 21, 2021\nOffice of Press Relations\n\nAs of today, the United States has successfully donated and delivered 200 million COVID-19 vaccines to more than 100 countries around the world. President Biden has pledged that the U.S. will be the world’s arsenal of vaccines, and USAID continues to play a pivotal role in fulfilling the ambitious goal of vaccinating 70 percent of the total global population by next year. USAID, in coordination with the White House, other U.S. Government departments and agencies, and COVAX, the global vaccine access initiative, is helping get safe and effective shots in arms around the world.\n\nThese 200 million COVID-19 vaccine doses have helped bring health and hope to millions of people, but our work is far from over. To end the pandemic, and prevent the emergence of new variants, as well as future outbreaks within our nation’s borders, we must continue to do our part to help vaccinate the world. Over the next year, USAID and COVAX will do even more by building on our progress to date, donating more than one billion U.S.-made doses to low- and lower-middle-income countries. These vaccines will help save lives, protect livelihoods, and heal economies currently battered by this pandemic. But they are not the only tool at our disposal. Even as we support accelerated vaccination efforts, USAID is also helping countries to save lives now through the provision of oxygen services, testing, medical treatment, PPE for health workers, and by supporting efforts to reduce COVID-19 transmission. By strengthening the health systems of the countries that receive these vaccines, we can help prevent future pandemics.\n\nToday, Americans have 200 million reasons to be proud."
DOCS.append({"id": "cdev-19", "source": "USAID press release (statement by Administrator Samantha Power)", "agency": "USAID",
    "url": "https://www.usaid.gov/news-information/press-releases/oct-21-2021-commemorating-200-million-us-donated-covid-19-vaccines-successfully",
    "published": "2021-10-21", "text": cut(RAW, "As of today", "help prevent future pandemics."),
    "excerpt": True, "ann": [
    ("delivered 200 million COVID-19", "200 million", FU, "partly_fulfilled", "USA", None, "provide",
     "COVID-19 vaccines", "covid vaccine", None, F, None),
    ("These 200 million COVID-19", "200 million", FU, "partly_fulfilled", "USA", None, "provide",
     "COVID-19 vaccine doses", "covid vaccine", None, F, None),
    ("more than one billion U.S.-made", "one billion", P, "reaffirmed", "USA", None, "provide",
     "U.S.-made doses", "covid vaccine", "more than", F, None),
]})

RAW = "U.S. COVID-19 vaccine donations surpass 200 million doses\n\nGirl flinching as hand injects vaccine into her arm (© K.M. Chaudary/AP Images)\nA student receives a dose of the Pfizer-BioNTech COVID-19 vaccine in Lahore, Pakistan, on October 2. The United States has donated more than 200 million doses of COVID-19 vaccines to more than 100 countries, including Pakistan. (© K.M. Chaudary/AP Images)\n\nThe United States has donated more than 200 million doses of COVID-19 vaccines to other countries, a milestone in America’s commitment to end the pandemic.\n\nThe vaccine doses, delivered to more than 100 countries, are part of President Biden’s pledge to provide 1.1 billion doses to countries worldwide. Most doses are delivered in partnership with COVAX, the international facility dedicated to equitably distributing safe and effective vaccines.\n\nAll are being delivered “free of cost, with no political strings attached,” U.S. Secretary of State Antony Blinken said, announcing the milestone October 21.\n\nIn a statement, U.S. Agency for International Development Administrator Samantha Power said, “These 200 million COVID-19 vaccine doses have helped bring health and hope to millions of people, but our work is far from over. To end the pandemic, and prevent the emergence of new variants, as well as future outbreaks within our nation’s borders, we must continue to do our part to help vaccinate the world.”\n\nBiden announced in May that the United States would serve as the world’s “arsenal of vaccines.” In September, he upped the U.S. commitment of COVID-19 vaccine doses to more than 1.1 billion.\n\nThe United States has donated vaccine doses from its own supply and purchased hundreds of millions of doses of the Pfizer-BioNTech messenger RNA (mRNA) vaccine to donate to other countries. These mRNA vaccines, which teach human cells how to make a protein that triggers an immune response, are based on a 2005 discovery at the University of Pennsylvania.\n\nThe vaccine donati"
DOCS.append({"id": "cdev-20", "source": "ShareAmerica (US Department of State)", "agency": "US Department of State",
    "url": "https://share.america.gov/us-covid-19-vaccine-donations-top-200-million-doses/",
    "published": "2021-10-21", "date_note": "approximate: the page reports the milestone 'announcing the milestone October 21'",
    "text": cut(RAW, "The United States has donated more than 200 million doses of COVID-19 vaccines to other", "University of Pennsylvania."),
    "excerpt": True, "ann": [
    ("donated more than 200 million doses", "200 million doses", FU, "partly_fulfilled", "USA", None, "provide",
     "doses of COVID-19 vaccines", "covid vaccine", "more than", F, None),
    ("provide 1.1 billion doses", "1.1 billion doses", P, "reaffirmed", "USA", None, "provide",
     "doses", "covid vaccine", None, F, None),
    ("These 200 million COVID-19", "200 million", FU, "partly_fulfilled", "USA", None, "provide",
     "COVID-19 vaccine doses", "covid vaccine", None, F, "Samantha Power"),
    ("doses to more than 1.1 billion", "1.1 billion", P, "revised", "USA", None, "provide",
     "COVID-19 vaccine doses", "covid vaccine", "more than", F, None),
]})

# ---------------------------------------------------------------- US troop levels (VOA editorial)
RAW = "Acting Defense Secretary Christopher Miller announced November 17 the United States’ intention to draw down U.S. troops in both Afghanistan and Iraq. By January 15, 2021, there will be 2,500 U.S. troops in each country.\n“This is consistent with our established plans and strategic objectives; supported by the American people; and does not equate to a change in U.S. policy or objectives,” stated Acting Defense Secretary Miller. He added, “We owe this moment to the many patriots who made the ultimate sacrifice and to their comrades who carry forward their legacy”:\n“Together, we have mourned the loss of more than 6,900 American troops who gave their lives in Afghanistan and Iraq. And we will never forget the more than 52,000 who bear the wounds of war, and all those who still carry its scars – visible and invisible.”\nIn a call with Acting Secretary of Defense Miller, Afghan President Ashraf Ghani expressed his gratitude to every American service member who fought for peace in Afghanistan. The U.S. continues to support Afghanistan Peace Negotiations between the Islamic Republic and the Taliban, which present the best opportunity to reach a negotiated political settlement to end the war.\nActing Defense Secretary Miller noted the Unites States’ continued readiness to protect Americans and support American partners:\n“The United States armed forces remain committed to protecting the safety and security of the American people and supporting our like-minded allies and partners worldwide. If the forces of terror, instability, division, and hate begin a deliberate campaign to disrupt our efforts, we stand ready to apply the capabilities required to thwart them.”\nBy bringing American troops home, “we will finish this generational war,” declared Acting Defense Secretary Miller. “We will protect our children from the heavy burden and toll of perpetual war. And we will honor the sacrifices made in service to peace and stability in Afghanistan, Iraq, and a"
DOCS.append({"id": "cdev-21", "source": "VOA editorial (reflects the views of the US government)", "agency": "Voice of America",
    "url": "https://editorials.voa.gov/a/u-s-troop-draw-down-in-afghanistan-and-iraq/5708078.html",
    "published": "2020-11-18", "date_note": "approximate: editorial on the 2020-11-17 announcement; the page excerpt gives no date",
    "text": cut(RAW, None, "we will finish this generational war,” declared Acting Defense Secretary Miller."),
    "excerpt": True, "ann": [
    ("there will be 2,500 U.S. troops", "2,500", P, "planned", "USA", None, "withdraw",
     "U.S. troops in Afghanistan and Iraq (level to reach)", "troops", None, F, "Christopher Miller"),
]})

# ---------------------------------------------------------------- Japan's pledges to the US (2025)
RAW = "by The White House\n\nJuly 23, 2025\n\nA HISTORIC TRADE AND INVESTMENT AGREEMENT WITH JAPAN: Yesterday, President Donald J. Trump announced a landmark economic agreement with Japan—one of America’s closest allies and most important trading partners.\n\n  • This historic deal reflects the strength of the U.S.–Japan relationship and Japan’s recognition of the United States as the most attractive and secure destination for strategic investment in the world.\n  • The agreement reaffirms the shared commitment of both nations to economic prosperity, industrial leadership, and long-term security. It delivers a powerful signal that the U.S.–Japan alliance is not only a cornerstone of peace in the Indo-Pacific, but also a driver of global growth and innovation.\n  • With over $550 billion in a new Japanese/USA investment vehicle and enhanced access for American exports, this agreement marks a new chapter in bilateral cooperation—one that will unleash the full potential of the U.S. economy, strengthen vital supply chains, and support American workers, communities, and businesses for decades to come.\n\nRESTORING AMERICAN INDUSTRIAL POWER: Japan will invest $550 billion directed by the U"
DOCS.append({"id": "cdev-22", "source": "The White House fact sheet, as republished by t-room.us", "agency": "The White House",
    "url": "https://t-room.us/finance/fact-sheet-president-donald-j-trump-secures-unprecedented-u-s-japan-strategic-trade-and-investment-agreement",
    "published": "2025-07-23", "text": cut(RAW, "A HISTORIC TRADE", "Japan will invest $550 billion"),
    "excerpt": True, "ann": [
    ("With over $550 billion", "$550 billion", P, "made", "JPN", "USA", "invest",
     "new Japanese/USA investment vehicle", "investment", "more than", F, None),
    ("Japan will invest $550 billion", "$550 billion", P, "made", "JPN", "USA", "invest",
     "investment directed by the U.S.", "investment", None, F, None),
]})

RAW = "President of the United States\n\n09/05/2025 | News release | Distributed by Public on 09/05/2025 07:51\n\nFact Sheet: President Donald J. Trump Implements A Historic U.S.-Japan Framework Agreement\n\nFact Sheets\n\nFact Sheet: President Donald J. Trump Implements A Historic U.S.-Japan Framework Agreement\n\nThe White House\nSeptember 5, 2025\n\nA NEW ERA OF U.S.-JAPAN TRADE RELATIONS: Yesterday, President Donald J. Trump signed an Executive Order implementing the framework agreement between the United States and Japan that he announced on July 22, 2025.\n\n  • The framework agreement provides American producers and manufacturers well over $15 billion of unprecedented access to Japanese markets while still accounting for U.S. national security needs.\n    • American farmers and producers will immediately benefit from the deal with Japan's commitment to purchase $8 billion of U.S. agricultural goods, including corn, soybeans, fertilizers, bioethanol, and sustainable aviation fuel.\n    • Japan will make stable and long-term incremental purchases of U.S. energy, including liquified natural gas, totaling $7 billion per year.\n    • Japan will expedite implementation of a 75% increase in purchases of American rice.\n    • Japan will now recognize U.S. automotive standards and lift longstanding restrictions on U.S. car and truck imports, creating billions of dollars in increased market access for U.S. automakers.\n    • Japan will provide Clean Energy Vehicle Introduction Promotion Subsidies for American cars.\n  • Under the framework agreement, the United States will apply a baseline 15 percent tariff on nearly all Japanese imports entering the United States, including automobiles and auto parts, with separate sector-specific tariff treatment for steel and aluminum, copper, certain aerospace products, generic pharmaceuticals, generic pharmaceutical ingredients, and unavailable natural resources.\n\nINVESTING IN AMERICA: Japan committed to provide President Trump $550 billion to "
DOCS.append({"id": "cdev-23", "source": "The White House fact sheet, as distributed by Public (pubt.io)", "agency": "The White House",
    "url": "https://www.pubt.io/view/56032D86CFAB04505864AA9B4BA695E017894124",
    "published": "2025-09-05", "text": cut(RAW, "A NEW ERA", "President Trump $550 billion"),
    "excerpt": True, "ann": [
    ("purchase $8 billion of U.S. agricultural", "$8 billion", P, "reaffirmed", "JPN", "USA", "buy",
     "U.S. agricultural goods", "agricultural goods", None, F, None),
    ("totaling $7 billion per year", "$7 billion per year", P, "reaffirmed", "JPN", "USA", "buy",
     "U.S. energy, including liquified natural gas", "energy", None, F, None),
    ("a 75% increase in purchases", "75%", P, "reaffirmed", "JPN", "USA", "raise",
     "purchases of American rice", "rice", None, F, None),
    ("President Trump $550 billion", "$550 billion", P, "reaffirmed", "JPN", "USA", "invest",
     "investment directed by President Trump", "investment", None, F, None),
]})

# ---------------------------------------------------------------- US aid for the Venezuela crisis
RAW = "PRESS STATEMENT\nMICHAEL R. POMPEO, SECRETARY OF STATE\nThe United States remains the largest single donor of humanitarian and development assistance around the world, including for Venezuelans in need, because doing our part to respond to global crisis situations is a national security priority.\nThe United States is demonstrating our continued commitment to the Venezuelan people and our response to the ongoing humanitarian crisis caused by the corrupt and illegitimate Maduro regime with the announcement of an additional nearly $348 million in humanitarian assistance. This amount includes nearly $143 million from the State Department’s Bureau of Population, Refugees and Migration, and more than $205 million from the U.S. Agency for International Development. This additional U.S. humanitarian assistance includes support to the more than seven million Venezuelans with critical needs inside Venezuela, the more than five million who have sought refuge in countries across the region, and the generous communities hosting them. This new funding now brings the total amount of U.S. humanitarian and development assistance toward the Venezuela crisis to more than $1.2 billion since 2017, excluding COVID-19 supplementary funding.\nMany Venezuelans continue to struggle to meet their basic needs and U.S. assistance supports the well-being of forcibly displaced Venezuelans. U.S. humanitarian assistance provides access to emergency food, safe drinking water, direct cash assistance, sanitation, and hygiene support, health care, medical supplies, psychosocial support, livelihoods, and protection for vulnerable groups including women, youth, and indigenous people especially during the COVID-19 pandemic.\nWe appreciate the efforts of all donors who have committed resources to these life-saving initiatives and encourage both traditional and new donors to increase their efforts to help meet growing needs of crisis responses."
DOCS.append({"id": "cdev-24", "source": "US Department of State press statement, as posted by ReliefWeb", "agency": "US Department of State",
    "url": "https://reliefweb.int/report/venezuela-bolivarian-republic/united-states-announces-additional-assistance-respond-venezuela",
    "published": "2020-09-19", "date_note": "approximate: the same statement was reported by KUNA on 2020-09-19 ('announced Saturday')",
    "text": RAW, "excerpt": False, "ann": [
    ("additional nearly $348 million", "$348 million", P, "made", "USA", "VEN", "provide",
     "humanitarian assistance", "aid", "nearly", F, "Michael R. Pompeo"),
    ("includes nearly $143 million", "$143 million", P, "made", "USA", "VEN", "provide",
     "humanitarian assistance from the State Department's PRM", "aid", "nearly", F, "Michael R. Pompeo"),
    ("more than $205 million", "$205 million", P, "made", "USA", "VEN", "provide",
     "humanitarian assistance from USAID", "aid", "more than", F, "Michael R. Pompeo"),
    ("more than $1.2 billion since 2017", "$1.2 billion", FU, "fulfilled", "USA", "VEN", "provide",
     "humanitarian and development assistance", "aid", "more than", F, "Michael R. Pompeo"),
]})

RAW = "\nThe U.S. is providing an additional $120 million in humanitarian aid to provide emergency food and health assistance for Venezuelans fleeing the corrupt regime of Nicolás Maduro, as well as for the host communities supporting them.\nDeputy Secretary of State John J. Sullivan, U.S. Agency for International Development Administrator Mark Green and presidential adviser Ivanka Trump announced the humanitarian aid package September 4 in Cúcuta, Colombia, one of the stops on their three-nation tour of South America.\nThe new funding brings the U.S. contribution to the Venezuelan crisis response to more than $376 million — including nearly $334 million in humanitarian aid and $43 million in economic and development assistance.\nVenezuela’s political and economic crisis — widely considered one of the world’s deepest economic declines outside of war or natural disaster — has left ordinary Venezuelans “facing a depth of suffering not seen before in this once-prosperous country,” USAID said in a news release announcing the new aid.\nThe U.S. is among the 55 countries that recognize interim President Juan Guaidó as Venezuela’s rightful leader.\nSullivan, Green and Trump met with Guaidó’s aides during their stop in Colombia. The three also visited a migrant shelter in Cúcuta that houses many displaced Venezuelans.\n“We stand with the people of Venezuela in their struggle to restore democracy, freedom, and rule of law,” Ivanka Trump said via Twitter.\nThe United States salutes Colombia and its neighbors for their continued support of Venezuelans, “and we call upon other donors to make or increase contributions to help address the crisis,” USAID said in the news release."
DOCS.append({"id": "cdev-25", "source": "ShareAmerica (US Department of State)", "agency": "US Department of State",
    "url": "https://share.america.gov/u-s-gives-120-million-in-new-aid-for-venezuelans/",
    "published": "2019-09-05", "date_note": "approximate: reports the 2019-09-04 announcement in Cúcuta",
    "text": cut(RAW, "The U.S. is providing", None), "excerpt": False, "ann": [
    ("an additional $120 million", "$120 million", P, "made", "USA", "VEN", "provide",
     "humanitarian aid", "aid", None, F, "John J. Sullivan"),
    ("more than $376 million", "$376 million", FU, "fulfilled", "USA", "VEN", "provide",
     "contribution to the Venezuelan crisis response", "aid", "more than", F, None),
    ("nearly $334 million", "$334 million", FU, "fulfilled", "USA", "VEN", "provide",
     "humanitarian aid", "aid", "nearly", F, None),
    ("and $43 million in economic", "$43 million", FU, "fulfilled", "USA", "VEN", "provide",
     "economic and development assistance", "aid", None, F, None),
]})

RAW = " date 2019-09-26 MORGAN ORTAGUS, DEPARTMENT SPOKESPERSON\n\nOn September 25, Secretary Pompeo announced in New York nearly $119 million in additional humanitarian assistance to further demonstrate the United States’ commitment and solidarity with the Venezuelan people and the region in response to the Maduro-made Venezuela crisis. This amount includes nearly $36 million for life-saving aid inside Venezuela.\n\nThese funds will increase much needed assistance, not only in Venezuela, but in 16 countries across the region that continue to generously host the more than four million people forced to flee the former Maduro regime. U.S. assistance will consist of providing urgently needed medical and health support, water, food, and nutrition inside Venezuela, as well as providing food, shelter, water, medical assistance, mental health counseling, and legal assistance to Venezuelans forced to flee their country. This brings the United States’ total commitment to $568 million since FY 2017, including over $472 million in life-saving humanitarian aid inside Venezuela and for Venezuelans in the region, over $95 million in economic and development assistance, as well as the previous $20 million in humanitarian aid inside Venezuela pledged in January 2019.\n\nThe United States supports interim President Juan Guaido and the Venezuelan National Assembly as they work together with the international community and the Venezuelan people to the ensure adherence to rule of law and justice, stabilize the economy and reestablish basic services including water, electricity, and education, so that the people of Venezuela can return to their rightful place in the community of democracies. By restoring democracy in Venezuela the region will regain its stability and start to rebuild Venezuela’s devastated society.\n\nThe United States will continue to support the people of Venezuela during this humanitarian, p"
DOCS.append({"id": "cdev-26", "source": "US Department of State press statement, as posted by ReliefWeb", "agency": "US Department of State",
    "url": "https://reliefweb.int/report/venezuela-bolivarian-republic/united-states-increases-its-contribution-response-venezuelan",
    "published": "2019-09-26",
    "text": cut(RAW, "MORGAN ORTAGUS", "Venezuela’s devastated society."), "excerpt": True, "ann": [
    ("nearly $119 million", "$119 million", P, "made", "USA", "VEN", "provide",
     "humanitarian assistance", "aid", "nearly", F, "Pompeo"),
    ("nearly $36 million", "$36 million", P, "made", "USA", "VEN", "provide",
     "life-saving aid inside Venezuela", "aid", "nearly", F, "Pompeo"),
    ("total commitment to $568 million", "$568 million", P, "reaffirmed", "USA", "VEN", "provide",
     "total commitment", "aid", None, F, None),
    ("over $472 million", "$472 million", P, "reaffirmed", "USA", "VEN", "provide",
     "life-saving humanitarian aid", "aid", "more than", F, None),
    ("over $95 million", "$95 million", P, "reaffirmed", "USA", "VEN", "provide",
     "economic and development assistance", "aid", "more than", F, None),
    ("previous $20 million", "$20 million", P, "reaffirmed", "USA", "VEN", "provide",
     "humanitarian aid inside Venezuela", "aid", None, F, None),
]})

RAW = " date 2021-06-18 For Immediate Release Thursday, June 17, 2021 Office of Press Relations press@usaid.gov Today, U.S. Ambassador to the United Nations Linda Thomas-Greenfield announced nearly $407 million in additional humanitarian assistance for people affected by the Venezuela regional crisis. Through the U.S. Agency for International Development (USAID), nearly $251 million of this total will provide emergency food, health, water, and other urgent assistance to Venezuelan migrants and refugees, communities hosting them in neighboring countries, and the most vulnerable in Venezuela. This funding also includes more than $156 million from the State Department’s Bureau of Population, Refugees and Migration.\n\nThe political and economic crisis in Venezuela has driven 5.6 million Venezuelans to flee their country and left more than 7 million people in Venezuela in need of humanitarian assistance. The COVID-19 pandemic has further exacerbated humanitarian needs, straining the resources of generous host communities in Brazil, Colombia, Ecuador, Peru, and across the region.\n\nThe United States remains committed to providing humanitarian assistance to Venezuelans in need. The additional USAID funding builds on ongoing support and will provide Venezuelan migrants and refugees—as well as their generous host communities—with hot meals and other emergency assistance, including vouchers and direct cash transfers to purchase food and other necessities in local markets. The funding will also increase support for humanitarian coordination and humanitarian response within Venezuela, where international and local relief organizations are working to provide life-saving assistance, including food, healthcare, water, and support to address COVID-19.\n\nThe United States is the largest humanitarian donor to the Venezuela regional crisis, having provided more than $1.4 billion in humanitarian assistanc"
DOCS.append({"id": "cdev-27", "source": "USAID press release, as posted by ReliefWeb", "agency": "USAID",
    "url": "https://reliefweb.int/report/venezuela-bolivarian-republic/united-states-announces-additional-humanitarian-assistance-1",
    "published": "2021-06-17",
    "text": cut(RAW, "Today, U.S. Ambassador", "more than $1.4 billion"), "excerpt": True, "ann": [
    ("nearly $407 million", "$407 million", P, "made", "USA", "VEN", "provide",
     "humanitarian assistance", "aid", "nearly", F, "Linda Thomas-Greenfield"),
    ("nearly $251 million", "$251 million", P, "made", "USA", "VEN", "provide",
     "emergency food, health, water, and other urgent assistance", "aid", "nearly", F, None),
    ("more than $156 million", "$156 million", P, "made", "USA", "VEN", "provide",
     "funding from the State Department's PRM", "aid", "more than", F, None),
    ("more than $1.4 billion", "$1.4 billion", FU, "fulfilled", "USA", "VEN", "provide",
     "humanitarian assistance", "aid", "more than", F, None),
]})

# ---------------------------------------------------------------- US aid for Sudan
RAW = "For Immediate Release\n\nOffice of Press Relations\npress@usaid.gov\n\nPress Release\n\nToday, the United States announced nearly $424 million in additional humanitarian assistance for people in need in Sudan and in neighboring refugee-hosting countries, including more than $276 million through USAID and more than $147 million through the Department of State. U.S. Ambassador to the United Nations Linda Thomas-Greenfield announced this additional assistance at a Sudan-focused event co-hosted by the United States during the UN General Assembly High-level week to call for global action to address the deepening humanitarian crisis in Sudan and its impact on the region. \n\nUSAID’s assistance includes $175 million from the U.S. Department of Agriculture’s Commodity Credit Corporation, which will help to purchase, ship, and distribute nearly 81,000 metric tons of food commodities from American farmers to support more than 1.2 million people experiencing acute food insecurity in Sudan. USAID and the Department of State’s funding will also support UN and nongovernmental organization partners providing food, health, nutrition, protection, and other critical assistance to people across Sudan and neighboring countries who have been devastated by the ongoing conflict.\n\nThis additional funding brings the total U.S. government’s humanitarian assistance in Sudan and neighboring countries since April 2023 to more than $2 billion, including more than $1.1 billion to date in Fiscal Year 2024. We call on other donors to continue their support to meet historic levels of humanitarian needs. \n\nThe United States continues to stand with the people of Sudan and call on the Sudanese Armed Forces and the Rapid Support Forces to protect civilians, facilitate unhindered access so that aid can reach people in need across Sudan, and return to the negotiating table and end this war that is causing needless suffering for the Sudanese people. \n\nShare This Page"
DOCS.append({"id": "cdev-28", "source": "USAID press release", "agency": "USAID",
    "url": "https://uatweb.usaid.gov/news-information/press-releases/sep-25-2024-united-states-announces-nearly-424-million-additional-humanitarian-assistance-people-sudan-and-others-affected-conflict",
    "published": "2024-09-25",
    "text": cut(RAW, "Today, the United States", "suffering for the Sudanese people."), "excerpt": False, "ann": [
    ("announced nearly $424 million", "$424 million", P, "made", "USA", "SDN", "provide",
     "humanitarian assistance", "aid", "nearly", F, None),
    ("more than $276 million", "$276 million", P, "made", "USA", "SDN", "provide",
     "humanitarian assistance through USAID", "aid", "more than", F, None),
    ("more than $147 million", "$147 million", P, "made", "USA", "SDN", "provide",
     "humanitarian assistance through the Department of State", "aid", "more than", F, None),
    ("includes $175 million", "$175 million", P, "made", "USA", "SDN", "provide",
     "funds from the Commodity Credit Corporation", "aid", None, F, None),
    ("nearly 81,000 metric tons", "81,000 metric tons", P, "made", "USA", "SDN", "deliver",
     "food commodities from American farmers", "food aid", "nearly", F, None),
    ("to more than $2 billion", "$2 billion", FU, "fulfilled", "USA", "SDN", "provide",
     "humanitarian assistance since April 2023", "aid", "more than", F, None),
    ("more than $1.1 billion", "$1.1 billion", FU, "fulfilled", "USA", "SDN", "provide",
     "humanitarian assistance in Fiscal Year 2024", "aid", "more than", F, None),
]})

RAW = " date 2021-08-04 Office of Press Relations\n\nToday in Khartoum, U.S. Agency for International Development (USAID) Administrator Samantha Power announced more than $56 million in additional humanitarian assistance for Sudan. This funding will help the Sudanese people cope with conflict, food insecurity, economic crisis, and cycles of drought and flooding, the effects of which have been compounded by the COVID-19 pandemic.\n\nApproximately 13.4 million people in Sudan need humanitarian assistance. With this additional aid, USAID partners will work to meet the most immediate needs by providing emergency health care, delivering medical supplies, training health care workers, supporting survivors of gender-based violence by improving case management and training personnel on survivor-centered approaches, and providing water, sanitation, and hygiene support in communities across Sudan.\n\nThe United States is the single largest humanitarian donor to Sudan, providing nearly $377 million since the beginning of Fiscal Year 2021. The United States will continue to stand with the people of Sudan as they deal with compounding crises. However, humanitarian assistance cannot and will not address the root causes of fragility that continue to leave many in Sudan in need, particularly in the Darfur region.\n\nThe United States is committed to deepening its engagement and partnership with the Sudanese people and the Civilian-led Transitional Government in support of the country's transition to Democratic rule.\n\n"
DOCS.append({"id": "cdev-29", "source": "USAID press release, as posted by ReliefWeb", "agency": "USAID",
    "url": "https://reliefweb.int/report/sudan/usaid-administrator-samantha-power-announces-more-56-million-additional-humanitarian",
    "published": "2021-08-03", "date_note": "posted 2021-08-04; AllAfrica reports the announcement as made 'yesterday' (2021-08-03)",
    "text": cut(RAW, "Today in Khartoum", "transition to Democratic rule."), "excerpt": False, "ann": [
    ("more than $56 million", "$56 million", P, "made", "USA", "SDN", "provide",
     "humanitarian assistance", "aid", "more than", F, "Samantha Power"),
    ("providing nearly $377 million", "$377 million", FU, "fulfilled", "USA", "SDN", "provide",
     "humanitarian assistance since FY 2021", "aid", "nearly", F, None),
]})

RAW = "Sudan: The United States Announces Nearly $203 Million in Humanitarian Assistance for the People of Sudan\n\n@PowerUSAID\nSudan has become the largest displacement crisis in the world.\n18 July 2024\nUnited States Agency for International Development (Washington, DC)\npress release\n\nWashington, DC — Today, the United States, through the USAID and U.S. Department of State, announced an additional $203 million in additional urgent humanitarian assistance for the people of Sudan. The funding includes nearly $25 million from USAID and more than $178 million from the U.S. Department of State to support food, protection, health, nutrition, shelter, cash, and agriculture assistance. The funding will also help provide training and other support to small business owners, and market-based assistance for vulnerable people, including refugees and internally displaced persons. U.S. Ambassador to the UN Linda Thomas-Greenfield announced the funding following a meeting on Sudan at the U.S. Mission to the UN in New York.\n\nThis announcement comes less than one month after the release of a report on the historic levels of food insecurity in Sudan, with 25.6 million people in urgent need of food assistance, including 755,000 people on the brink of starvation. Fourteen areas of the country face a risk of Famine, largely driven by obstruction of humanitarian assistance by the Sudanese Armed Forces (SAF) and Rapid Support Forces (RSF).\n\nDespite the ongoing obstruction of aid, humanitarian organizations continue to provide critical assistance throughout the country. This new funding will support U.S. partners inside of Sudan and in the neighboring countries to continue to scale up and sustain response capacity and to help avoid breaks in the delivery of life-saving relief for the most vulnerable.\n\nThe United States continues to stand with the people of Sudan and calls for other donors to step forward in the face of historic humanitarian needs. The SAF and RSF must immediately return to the n"
DOCS.append({"id": "cdev-30", "source": "USAID press release, as published by AllAfrica", "agency": "USAID",
    "url": "https://allafrica.com/stories/202407180763.html",
    "published": "2024-07-18",
    "text": cut(RAW, "Washington, DC — Today", "historic humanitarian needs."), "excerpt": True, "ann": [
    ("an additional $203 million", "$203 million", P, "made", "USA", "SDN", "provide",
     "urgent humanitarian assistance", "aid", None, F, None),
    ("nearly $25 million from USAID", "$25 million", P, "made", "USA", "SDN", "provide",
     "funding from USAID", "aid", "nearly", F, None),
    ("more than $178 million", "$178 million", P, "made", "USA", "SDN", "provide",
     "funding from the Department of State", "aid", "more than", F, None),
]})


# ---------------------------------------------------------------- VOA: Ukraine video reports, IMF loan to Pakistan
RAW = "The US is sending a new tranche of military assistance to help Ukraine defend itself against Russia\u2019s invading force, a package valued at $3 billion dollars. This aid comes on top of the more than $10 billion in military assistance the U.S. has already sent to Ukraine in the past year and a half. VOA Pentagon correspondent Carla Babb has the details.\nVideo Editor: Kimberlyn Weeks"
DOCS.append({"id": "cdev-31", "source": "VOA video report summary (Carla Babb), as republished by nmpu.org", "agency": "Voice of America",
    "url": "https://nmpu.org/2022/08/25/us-sending-3b-in-military-aid-to-ukraine-for-long-term-defense.html",
    "published": "2022-08-24", "date_note": "approximate: republished 2022-08-25; the $3 billion package was announced 2022-08-24",
    "text": cut(RAW, None, "has the details."), "excerpt": False, "ann": [
    ("valued at $3 billion dollars", "$3 billion dollars", P, "made", "USA", "UKR", "provide",
     "package of military assistance", "arms", None, F, None),
    ("more than $10 billion", "$10 billion", FU, "fulfilled", "USA", "UKR", "provide",
     "military assistance already sent", "arms", "more than", F, None),
]})

RAW = "Secretary of Defense Lloyd Austin announced a military aid package for Ukraine valued at up to $6 billion. Analysts say the aid is desperately needed to help Ukraine regain the upper hand after months of having to ration ammunition. VOA Pentagon correspondent Carla Babb has details.\nSource: voanews.com"
DOCS.append({"id": "cdev-32", "source": "VOA video report summary (Carla Babb), as republished by buscalesunnombre.com", "agency": "Voice of America",
    "url": "https://buscalesunnombre.com/europe/us-defense-secretary-announces-6b-military-aid-package-for-ukraine",
    "published": "2024-04-26", "date_note": "approximate: the up-to-$6 billion USAI package was announced 2024-04-26; the page gives no date",
    "text": cut(RAW, None, "has details."), "excerpt": False, "ann": [
    ("valued at up to $6 billion", "$6 billion", P, "made", "USA", "UKR", "provide",
     "military aid package", "arms", "up to", F, "Lloyd Austin"),
]})

RAW = "Pakistan's PM Sharif hails IMF's $7B loan approval\nVoice of America\nPakistani Prime Minister Shehbaz Sharif leaves United Nations headquarters during the U.N. General Assembly in New York, Sept. 24, 2024.\nPakistan reported Wednesday that the International Monetary Fund, or IMF, had approved a crucial $7 billion loan for the cash-strapped nation struggling to meet its external financing needs. In a statement issued by his office, Pakistani Prime Minister Shehbaz Sharif \"expressed satisfaction\" and hailed the IMF's approval of the much-needed loan. He also thanked Kristalina Georgieva, the IMF chief, and his own economic team for successfully negotiating the agreement, the statement said. The Washington-based global lender was expected to release a separate statement. Pakistani media reports said the IMF had agreed to the 37-month loan agreement for the South Asian nation under the Extended Fund Facility and authorized the immediate release of the first tranche of nearly $1.1 billion. Sharif, who is in New York for the U.N. General Assembly session, told Pakistani media representatives before Wednesday's approval that his government had met all of the lender's conditions. He stated that the lender had \"set stringent conditions\" for the loan program preliminarily agreed to in July. The prime minister credited Pakistan's longtime allies, China, Saudi Arabia and the United Arab Emirates, with helping Islamabad finalize the IMF deal, but he did not elaborate. Pakistan was required to seek an extension on existing $5 billion, $4 billion and $3 billion cash loan agreements from Riyadh, Beijing and Abu Dhabi to fulfill a critical IMF condition. Islamabad reportedly has committed not to repay more than $12 billion in debt to three allied nations and Kuwait during the 37-month IMF program period. The new $7 billion loan is Pakistan's 25th IMF program since it gained independence in 1947 \u2014 the highest number acquired by any country. \"We are committed to ensuring this is the l"
DOCS.append({"id": "cdev-33", "source": "VOA story, as republished by webjosh.com (credited 'Voice of America')", "agency": "Voice of America",
    "url": "https://webjosh.com/article/pakistan-s-pm-sharif-hails-imf-s-7b-loan-approval-1727338320-23225",
    "published": "2024-09-25", "date_note": "approximate: 'reported Wednesday' after the photo dated 2024-09-24; the IMF board approved the loan on 2024-09-25",
    "text": cut(RAW, "Pakistan reported Wednesday", "the highest number acquired by any country."), "excerpt": True, "ann": [
    ("approved a crucial $7 billion loan", "$7 billion", P, "made", "IGO", "PAK", "lend",
     "loan under the Extended Fund Facility", "loan", None, F, "Pakistan"),
    ("first tranche of nearly $1.1 billion", "$1.1 billion", FU, "partly_fulfilled", "IGO", "PAK", "lend",
     "first tranche of the loan", "loan", "nearly", F, "Pakistani media reports"),
    ("existing $5 billion", "$5 billion", FU, "fulfilled", "SAU", "PAK", "lend",
     "cash loan agreement", "loan", None, F, None),
    ("$4 billion and", "$4 billion", FU, "fulfilled", "CHN", "PAK", "lend",
     "cash loan agreement", "loan", None, F, None),
    ("$3 billion cash loan", "$3 billion", FU, "fulfilled", "ARE", "PAK", "lend",
     "cash loan agreement", "loan", None, F, None),
    ("The new $7 billion loan", "$7 billion", P, "made", "IGO", "PAK", "lend",
     "loan", "loan", None, F, None),
]})


def main() -> None:
    """Build, label, write and summarize dev.jsonl."""
    records = [record(d) for d in DOCS]
    label_pledges(records)
    write(records, HERE / "dev.jsonl")
    print(json.dumps(summary(records), indent=1))


if __name__ == "__main__":
    main()

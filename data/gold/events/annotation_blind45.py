"""Texts and annotation of the blind events set ``blind45.jsonl`` (evgold33, 2026-12-07).

Eleven U.S. government texts about foreign parties, taken from the search tool's stored pages
(White House archive, State Department DipNote blog, U.S. Embassy Tirana, USAID archive,
Department of Defense; all public domain). Page furniture is removed (named in each document's
``note``); the wording is otherwise exactly as stored. Documents cut by the store are kept to
their last complete sentence and marked ``truncated``. Each event is written as: document id, a
sentence anchor (a substring of exactly one sentence), the trigger (a substring found once in that
sentence), type, mode, contexts, actor codes, actor texts, recipient codes, recipient texts and
the flags. ``build_blind45.py`` turns this into ``blind45.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

DOCS: list[dict] = [
    {
        "id": "blind45-01",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2003/07/print/20030725-3.html",
        "agency": "The White House, Office of the Press Secretary",
        "title": "Statement on Liberia (Statement by Press Secretary)",
        "published": "2003-07-25",
        "date_approximate": False,
        "date_note": "release date printed on the page",
        "truncated": False,
        "note": (
            "removed: 'The White House, President George W. Bush Click to print this document', "
            "'For Immediate Release', 'Office of the Press Secretary', the date line, the "
            "headline and subtitle (kept in title), '# # #', 'Return to this article at:', "
            "'Click to print this document'"
        ),
        "text": (
            "In recent days, the United States has been working intensively with ECOWAS and the "
            "United Nations to address the situation in Liberia.\n"
            "Today, the President has directed the Secretary of Defense to position appropriate "
            "military capabilities off the coast of Liberia in order to support the deployment of "
            "an ECOWAS force once it is generated. The immediate task of the ECOWAS force is to "
            "reinforce a cease-fire and begin to create conditions where humanitarian assistance "
            "can be provided to the Liberian people. As the United States has said before, Charles "
            "Taylor must leave.\n"
            "The U.S. role will be limited in time and scope as multinational forces under the "
            "United Nations assume the responsibility for peacekeeping and as the United Nations "
            "arranges a political transition in Liberia."
        ),
    },
    {
        "id": "blind45-02",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2004/10/print/text/20041020-14.html",
        "agency": "The White House, Office of the Press Secretary",
        "title": "Statement on the Belarus Democracy Act of 2004",
        "published": "2004-10-20",
        "date_approximate": False,
        "date_note": "release date printed on the page",
        "truncated": True,
        "note": (
            "removed: 'The White House', 'President George W. Bush', 'Print this document', "
            "'For Immediate Release', 'Office of the Press secretary', the date line, the headline "
            "(kept in title); the stored copy is cut inside the sixth paragraph, which is kept to "
            "its last complete sentence"
        ),
        "text": (
            "The Belarus Democracy Act of 2004, which I signed into law earlier today, will help "
            "the cause of freedom in Belarus. This bipartisan legislation demonstrates America's "
            "deep concern over events in Belarus and a commitment to sustain those Belarusians who "
            "must labor in the shadows to return freedom to their country.\n"
            "At a time when freedom is advancing around the world, Aleksandr Lukashenka and his "
            "government are turning Belarus into a regime of repression in the heart of Europe, "
            "its government isolated from its neighbors and its people isolated from each other. "
            "We will work with our allies and partners to assist those seeking to return Belarus "
            "to its rightful place among the Euro-Atlantic community of democracies. There is no "
            "place in a Europe whole and free for a regime of this kind.\n"
            "On October 17, Mr. Lukashenka claimed victory for referendum results that swept away "
            "constitutional limits on his term in office. The referendum campaign and concurrent "
            "Parliamentary elections were conducted in a climate of abuse and fear. OSCE and other "
            "observers have determined that this victory was achieved by fraudulent means.\n"
            "These actions are the latest in a series of measures designed to stifle independent "
            "voices within Belarus. Since 2001, Belarusian authorities have systematically "
            "repressed independent media, trade unions, civic organizations, and religious "
            "congregations. The Lukashenka regime has repeatedly responded to the peaceful "
            "expression of opposition with beatings, arrests and, in a number of cases, the "
            "disappearance of opposition leaders.\n"
            "The Belarus Democracy Act will help us support those within Belarus who are working "
            "toward democracy."
        ),
    },
    {
        "id": "blind45-03",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2006/10/print/text/20061003-10.html",
        "agency": "The White House, Office of the Press Secretary",
        "title": "Statement on North Korean Nuclear Test",
        "published": "2006-10-03",
        "date_approximate": False,
        "date_note": "release date printed on the page",
        "truncated": True,
        "note": (
            "removed: 'The White House', 'President George W. Bush', 'Print this document', "
            "'For Immediate Release', 'Office of the Press Secretary', the date line, the headline "
            "(kept in title); the stored copy is cut inside its seventh paragraph ('A North Korean "
            "test of a nuclear weapon would ...'), which is dropped because its only sentence is "
            "incomplete"
        ),
        "text": (
            "The United States is seriously concerned about today's announcement by the North "
            "Korean government of its intention to undertake a nuclear test. Such an action would "
            "be directly contrary to the interests of all of North Korea's neighbors and to peace "
            "and security in the Asia-Pacific region. We will work with Japan, South Korea, and all "
            "our partners to register our opposition to this provocative announcement.\n"
            "The United States and its Six Party partners seek the denuclearization of the Korean "
            "Peninsula through peaceful, diplomatic means.\n"
            "We continue to strive for implementation of the September 2005 Joint Statement, which "
            "resulted from the Six Party Talks and which offers North Korea a clear path to a "
            "positive future and concrete benefits in return for carrying out its commitment to "
            "denuclearize.\n"
            "We continue to work with our Six Party partners to bring the North Koreans back to the "
            "talks, most recently offering a Six Party Ministerial meeting in Malaysia to allow the "
            "North Koreans a high-level venue in which to express their concerns.\n"
            "We call on all five members of the Six Party Talks and the United Nations Security "
            "Council -- as stated in United Nations Security Council Resolution 1695 -- to exert "
            "every effort to persuade North Korea that the test of a nuclear weapon would only "
            "bring its further isolation and would not be in the interest of the North Korean "
            "people.\n"
            "To our disappointment, North Korea continues to reject these efforts, refuses to carry "
            "out its commitment in the September 2005 Joint Statement to denuclearize, and has "
            "refused to return to the Six Party Talks for 11 months."
        ),
    },
    {
        "id": "blind45-04",
        "url": "http://georgewbush-whitehouse.archives.gov/news/releases/2006/10/20061009.html",
        "agency": "The White House, Office of the Press Secretary",
        "title": "President Bush's Statement on North Korea Nuclear Test",
        "published": "2006-10-09",
        "date_approximate": False,
        "date_note": "release date printed on the page",
        "truncated": True,
        "note": (
            "removed: 'print-only banner', the site navigation ('The White House Skip Main "
            "Navigation', 'In Focus', 'News', 'News by Date', 'Appointments', 'Federal Facts', "
            "'West Wing', 'Home > News & Policies > October 2006'), 'For Immediate Release', "
            "'Office of the Press Secretary', the date line, the headline (kept in title), "
            "'Diplomatic Reception Room', the time line, the speaker label 'THE PRESIDENT:', the "
            "photo caption ('President George W. Bush delivers a statement ... White House photo "
            "by Kimberlee Hewitt'); the stored copy is cut inside its fifth paragraph ('Threats "
            "will not lead to ...'), which is dropped because its only sentence is incomplete"
        ),
        "text": (
            "Last night the government of North Korea proclaimed to the world that it had "
            "conducted a nuclear test. We're working to confirm North Korea's claim. Nonetheless, "
            "such a claim itself constitutes a threat to international peace and security. The "
            "United States condemns this provocative act. Once again North Korea has defied the "
            "will of the international community, and the international community will respond.\n"
            "This was confirmed this morning in conversations I had with leaders of China, and "
            "South Korea, Russia, and Japan. We reaffirmed our commitment to a nuclear-free Korean "
            "Peninsula, and all of us agreed that the proclaimed actions taken by North Korea are "
            "unacceptable and deserve an immediate response by the United Nations Security "
            "Council.\n"
            "The North Korean regime remains one of the world's leading proliferator of missile "
            "technology, including transfers to Iran and Syria. The transfer of nuclear weapons or "
            "material by North Korea to states or non-state entities would be considered a grave "
            "threat to the United States, and we would hold North Korea fully accountable of the "
            "consequences of such action.\n"
            "The United States remains committed to diplomacy, and we will continue to protect "
            "ourselves and our interests. I reaffirmed to our allies in the region, including South "
            "Korea and Japan, that the United States will meet the full range of our deterrent and "
            "security commitments."
        ),
    },
    {
        "id": "blind45-05",
        "url": (
            "https://blogs.state.gov/stories/2011/05/23/"
            "travel-diary-secretary-clinton-meets-british-foreign-secretary-hague-london?page=0%2C1631"
        ),
        "agency": "U.S. Department of State (DipNote, the Department's official blog)",
        "title": "Travel Diary: Secretary Clinton Meets With British Foreign Secretary Hague in London",
        "published": "2011-05-23",
        "date_approximate": False,
        "date_note": "post date printed on the page",
        "truncated": True,
        "note": (
            "removed: the headline (kept in title), 'Posted by DipNote Bloggers', the date line, "
            "the photo caption ('British Foreign Secretary Hague and Secretary Clinton at Press "
            "Briefing in London'), 'Interactive Travel Map | Trip Page'; the stored copy is cut "
            "inside the sixth paragraph ('Foreign Secretary Hague and I are both absolute...'), "
            "which is kept to its last complete sentence"
        ),
        "text": (
            "Secretary of State Hillary Rodham Clinton met today with British Foreign Secretary "
            "William Hague at the Foreign and Commonwealth Office in London. Following their "
            "meeting, Secretary Clinton underscored the \"indispensible, unique, and special "
            "relationship that exists between our two nations, our governments, and our peoples.\" "
            "She then said:\n"
            "\"...We are certainly looking forward to President Obama and Mrs. Obama's state visit "
            "starting tomorrow. And thank you for welcoming us so warmly and thank you for the "
            "great working relationship that we have and the many areas where we consult closely "
            "and frequently on matters of mutual concern. And I was grateful again for the "
            "conversation we had which, as you have just summarized, covered quite a bit of "
            "ground. I will just highlight a few of the issues.\n"
            "\"First, on Libya, we reiterated our shared commitment to enforce the UN Security "
            "Council resolution and to protect Libyan civilians. I think both of us believe that we "
            "are making progress, but we know that our resolve must be firm and that we have to "
            "make it clear that time is running out for Colonel Qadhafi and those around him.\n"
            "\"In Syria, the Asad government continues to respond to peaceful protests with brutal "
            "violence. By our best estimate, nearly 1,000 people have now been killed. And that is "
            "against the backdrop of President Asad talking about reform while his security forces "
            "fire bullets into crowds of marchers and mourners at funerals. This cruelty must end, "
            "and the legitimate aspirations of the Syrian people must be honored.\n"
            "\"The U.S., the EU, and others have already imposed sanctions against senior Syrian "
            "officials, including new measures announced today targeting President Asad."
        ),
    },
    {
        "id": "blind45-06",
        "url": "https://blogs.state.gov/stories/2011/12/13/secretary-clinton-meets-uk-foreign-secretary-hague",
        "agency": "U.S. Department of State (DipNote, the Department's official blog)",
        "title": "Secretary Clinton Meets With U.K. Foreign Secretary Hague",
        "published": "2011-12-13",
        "date_approximate": False,
        "date_note": "post date printed on the page (the meeting was on December 12, 2011)",
        "truncated": True,
        "note": (
            "removed: the headline (kept in title), 'Posted by DipNote Bloggers', the date line, "
            "the photo caption ('Secretary Clinton With UK Foreign Secretary William Hague "
            "December 12, 2011'); the stored copy is cut inside the fourth paragraph ('Governments "
            "owe a duty to protect diplomatic lives and'), which is kept to its last complete "
            "sentence"
        ),
        "text": (
            "Secretary of State Hillary Rodham Clinton met with U.K. Foreign Secretary William "
            "Hague at the Department of State in Washington, D.C. on December 12, 2011. After "
            "their meeting, Secretary Clinton said:\n"
            "\"...Let me again welcome the foreign secretary here to Washington and to the State "
            "Department. It is a special pleasure to see him at the end of a year in which we "
            "cooperated so closely and constructively together. We've had a very robust shared "
            "calendar as we've tackled these global challenges every single day of this entire "
            "year, it seems. And we've met on many previous occasions, both bilaterally and then "
            "through a multitude of multilateral engagements. So it's good to review and look "
            "forward at this time of year.\n"
            "\"We will be meeting again, we've already concluded, numerous times in the first half "
            "of next year. And obviously, we have a lot to talk about whenever we do meet. Our "
            "meeting today reflected a wide array of shared concerns and challenges, including the "
            "economic crisis in Europe, the embassy -- attack on the UK Embassy in Iran, the "
            "transition in Afghanistan, the situation in Pakistan, the evolving situations in "
            "Burma, North Africa, the Middle East, the Balkans, and so much more. We lost track of "
            "all of the matters which we went over today.\n"
            "\"We naturally discussed the decisions regarding Europe's debt crisis, and we have a "
            "-- as we've said many times, a great stake in a speedy resolution. We support efforts "
            "to enact pro-growth reforms, and we will continue to work closely with our European "
            "partners. We discussed the ongoing efforts to press the Iranian Government to meet "
            "all of its international obligations. The attack on the British Embassy was an "
            "affront not only to the British people, but to the international community."
        ),
    },
    {
        "id": "blind45-07",
        "url": "https://al.usembassy.gov/u-s-embassy-statement-35/",
        "agency": "U.S. Embassy in Albania",
        "title": "U.S. Embassy Statement",
        "published": "2019-05-11",
        "date_approximate": True,
        "date_note": (
            "no date in the stored copy; inferred from the annotator's background knowledge of "
            "the 2019 opposition protests in Tirana in which pyrotechnics were thrown at police "
            "(February-July 2019); the day is a placeholder inside that period"
        ),
        "truncated": False,
        "note": "removed: the headline (kept in title); the text is kept whole",
        "text": (
            "The U.S. Embassy condemns the violence taking place during tonight\u2019s protest. "
            "Peaceful assembly and the right to petition the government are hallmarks of healthy "
            "democracies, but they are rights that must be exercised peacefully. The use of "
            "pyrotechnics, especially when aimed at police, is not a peaceful act, is "
            "unacceptable, and undemocratic. We call on the organizers of the protest to stop the "
            "violent acts and engage in constructive dialogue."
        ),
    },
    {
        "id": "blind45-08",
        "url": (
            "https://2017-2020.usaid.gov/news-information/press-releases/"
            "apr-10-2019-united-states-provides-additional-humanitarian-aid-venezuelans-who-fled-country"
        ),
        "agency": "U.S. Agency for International Development, Office of Press Relations",
        "title": (
            "United States Provides Additional Humanitarian Aid to Venezuelans Who Have Fled "
            "Their Country"
        ),
        "published": "2019-04-10",
        "date_approximate": False,
        "date_note": "release date printed on the page",
        "truncated": True,
        "note": (
            "removed: the headline (kept in title), 'Press Release Shim', 'Speeches Shim', 'For "
            "Immediate Release', the date line, 'Office of Press Relations', the telephone and "
            "e-mail line; the stored copy is cut inside the second bullet ('In Brazil, the U.S'), "
            "which is dropped; the first bullet keeps its bullet sign"
        ),
        "text": (
            "Today, Vice President Pence announced that the United States is providing nearly $61 "
            "million in additional humanitarian assistance to support the regional response for "
            "the 3.4 million Venezuelans who have fled the man-made crisis in their country. The "
            "Vice President recognizes the need to increase support for these vulnerable "
            "Venezuelans, and announced the new funding during a meeting of the United Nations "
            "Security Council focused on the humanitarian crisis in Venezuela.\n"
            "The United States has provided more than $213 million in humanitarian assistance to "
            "provide life-saving aid and critical basic social services - including shelter, "
            "emergency food and health assistance, safe drinking water, protection from violence "
            "and exploitation, and access to work and education opportunities - to the most "
            "vulnerable Venezuelans living in 16 countries in the region. This assistance "
            "complements the efforts of host countries to help those who have fled repression and "
            "chaos in Venezuela.\n"
            "The funding from today's announcement, provided by the Department of State and U.S. "
            "Agency for International Development (USAID), complements the relief supplies that "
            "the United States and its partners have pre-positioned in Brazil, Colombia, and "
            "Cura\u00e7ao since February 7, 2019.\n"
            "\u2022 In Colombia, U.S. partners provide reception support to Venezuelans, including "
            "basic food, medical care, shelter, water and sanitation, and hygiene services, while "
            "humanitarian organizations funded by the U.S. Government help provide legal "
            "documentation and help establish housing or offer relocation support. At a recently "
            "inaugurated reception center in La Guajira, for example, approximately 200 households "
            "are sheltering as of early April."
        ),
    },
    {
        "id": "blind45-09",
        "url": (
            "https://2017-2020.usaid.gov/news-information/press-releases/"
            "sep-19-2020-us-announces-additional-humanitarian-funding-response-venezuela-crisis"
        ),
        "agency": "U.S. Agency for International Development (statement by Acting Administrator John Barsa)",
        "title": (
            "The United States Announces Additional Humanitarian Funding In Response To The "
            "Venezuela Regional Crisis"
        ),
        "published": "2020-09-19",
        "date_approximate": False,
        "date_note": "release date printed on the page",
        "truncated": True,
        "note": (
            "removed: the headline (kept in title), 'Press Release Shim', 'Speeches Shim', "
            "'Statement by USAID Acting Administrator John Barsa', 'For Immediate Release', the "
            "date line, the subheadline 'New Funding Brings the Total U.S. Assistance to the "
            "Venezuelan People to More Than $1.2 Billion'; the stored copy is cut inside the last "
            "paragraph ('The United States remains committed to the people of Venezue'), which is "
            "dropped"
        ),
        "text": (
            "During a visit to Boa Vista, Brazil, U.S. Secretary of State Mike Pompeo announced "
            "nearly $348 million in additional U.S. humanitarian assistance to respond to the "
            "consequences of the ongoing, regime-driven political and economic crisis in the "
            "Bolivarian Republic of Venezuela, including $205 million from the U.S. Agency for "
            "International Development. This new funding now brings the total amount of U.S. "
            "humanitarian and development assistance toward the regional effort to deal with the "
            "Venezuela crisis to more than $1.2 billion, excluding our response to COVID-19.\n"
            "Inside Venezuela, seven million people need immediate assistance. This additional "
            "funding will help these Venezuelans, as well provide additional support to "
            "communities across the region that are generously hosting the more than five million "
            "people who have fled the chaos in their country caused by the illegitimate Maduro "
            "regime. This new U.S. humanitarian assistance will include urgently needed food; "
            "direct cash assistance and assistance with livelihoods; support for water, "
            "sanitation, and hygiene; emergency health care and medical supplies; and protection "
            "for vulnerable groups.\n"
            "This funding will save lives by protecting hundreds of thousands of Venezuelan "
            "children against polio, measles, mumps, rubella, and diphtheria. The United States "
            "recognizes the critical need to prioritize immunizations, especially during the "
            "COVID-19 pandemic.\n"
            "The new funding brings the United States' total humanitarian and development "
            "assistance for the Venezuela regional crisis to more than $1.2 billion since Fiscal "
            "Year 2017."
        ),
    },
    {
        "id": "blind45-10",
        "url": (
            "https://www.defense.gov/News/Releases/Release/Article/3208624/"
            "readout-of-secretary-of-defense-lloyd-j-austin-iiis-call-with-israeli-minister/"
        ),
        "agency": "U.S. Department of Defense",
        "title": (
            "Readout of Secretary of Defense Lloyd J. Austin III's Call With Israeli Minister of "
            "Defense Benjamin \"Benny\" Gantz"
        ),
        "published": "2022-11-02",
        "date_approximate": True,
        "date_note": (
            "the stored copy gives the call date ('Nov. 2') but no year or release date; the year "
            "follows from the text (Gantz was Israel's defense minister and Russia's war on "
            "Ukraine was under way; the Israel-Lebanon maritime agreement was concluded in late "
            "October 2022) and from the article number; the release is assumed to be the day of "
            "the call"
        ),
        "truncated": False,
        "note": (
            "removed: the attribution line 'Attributed to Pentagon Press Secretary Air Force Brig. "
            "Gen. Pat Ryder:'; the stored copy has no other furniture; the title is taken from "
            "the URL and the readout's form"
        ),
        "text": (
            "Secretary of Defense Lloyd J. Austin III spoke by phone Nov. 2 with Israeli Minister "
            "of Defense Benjamin \"Benny\" Gantz.\n"
            "Secretary Austin and Minister Gantz discussed regional and global security issues of "
            "mutual concern. The two leaders also discussed Russia\u2019s war on Ukraine, "
            "including the concerning use by Russian forces of Iranian drones, many of which are "
            "being used to target Ukrainian civilians. Secretary Austin congratulated Minister "
            "Gantz on the conclusion of an agreement resolving the maritime boundary dispute "
            "between Israel and Lebanon, mediated by the United States, that will set the stage "
            "for a more stable and prosperous region. Secretary Austin reaffirmed his commitment to "
            "Israel's right to self-defense and emphasized the importance of taking steps to "
            "deescalate the security situation in the West Bank in light of the sharp increase in "
            "Israeli and Palestinian deaths and injuries."
        ),
    },
    {
        "id": "blind45-11",
        "url": (
            "http://www.defense.gov/News/Releases/Release/Article/3559025/"
            "readout-of-secretary-of-defense-lloyd-j-austin-iiis-call-with-king-abdullah-ii/"
        ),
        "agency": "U.S. Department of Defense",
        "title": "Readout of Secretary of Defense Lloyd J. Austin III's Call With King Abdullah II of Jordan",
        "published": "2023-10-13",
        "date_approximate": True,
        "date_note": (
            "no date in the stored copy; the call followed Hamas' October 7, 2023 attack, and the "
            "toll cited ('over 1,400') was the figure current in mid-October 2023; the day is a "
            "placeholder"
        ),
        "truncated": False,
        "note": (
            "removed: the .gov banner ('An official website of the United States Government', "
            "'Here's how you know', 'Official websites use .gov' and the lines after it), "
            "'Immediate Release', the headline (kept in title), the attribution line 'Pentagon "
            "Deputy Press Secretary Ms. Sabrina Singh provided the following readout:'"
        ),
        "text": (
            "Secretary of Defense Lloyd J. Austin III spoke today with King Abdullah II of Jordan "
            "to convey his support for Israel's right to defend itself after Hamas' brutal October "
            "7 attack that killed over 1,400 Israeli citizens and to consult on regional efforts "
            "to prevent the conflict in Gaza from escalating. The two leaders agreed on the "
            "importance of ensuring that civilians have access to humanitarian aid. Secretary "
            "Austin condemned Hamas' actions to prevent civilian evacuation in Gaza and "
            "underscored his focus on civilian safety. The Secretary reaffirmed the strength of "
            "the U.S.-Jordan partnership and reiterated the U.S. commitment to Jordan's security."
        ),
    },
]

E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


# --- blind45-01: White House, Liberia (2003) ---
D = "blind45-01"
ev(D, "In recent days, the United States", "working intensively with", "CONSULT", "",
   ["diplomatic", "peacekeeping"], ["USA", "IGO", "UNO"],
   ["the United States", "ECOWAS", "United Nations"])
ev(D, "Today, the President has directed", "position", "MOBILIZE", "",
   ["military", "peacekeeping"], ["USA"], ["the President"])
ev(D, "Charles Taylor must leave", "must leave", "REQUEST", "change", ["executive"],
   ["USA"], ["the United States"], ["LBR"], ["Charles Taylor"])

# --- blind45-02: White House, Belarus Democracy Act (2004) ---
D = "blind45-02"
ev(D, "This bipartisan legislation demonstrates", "deep concern", "ACCUSE", "disapprove",
   ["pro_democracy"], ["USA"], ["America's"], ["BLR"], ["Belarus"])
ev(D, "This bipartisan legislation demonstrates", "commitment to sustain", "SUPPORT", "",
   ["pro_democracy"], ["USA"], ["America's"], ["BLR"],
   ["those Belarusians who must labor in the shadows"])
ev(D, "At a time when freedom is advancing", "turning Belarus into a regime of repression",
   "COERCE", "", ["repression"], ["BLR"], ["Aleksandr Lukashenka and his government"],
   ["BLR"], ["Belarus"])
ev(D, "We will work with our allies and partners", "will work with", "AGREE", "",
   ["pro_democracy"], ["USA"], ["We"], ["BLR"],
   ["those seeking to return Belarus to its rightful place"])
ev(D, "OSCE and other observers have determined", "determined", "ACCUSE", "allege",
   ["election", "corruption"], ["IGO"], ["OSCE"])
ev(D, "Belarusian authorities have systematically", "repressed", "COERCE", "censor",
   ["repression", "rights_freedoms"], ["BLR"], ["Belarusian authorities"], ["BLR"],
   ["independent media, trade unions, civic organizations, and religious congregations"])
ev(D, "The Lukashenka regime has repeatedly responded", "beatings", "ASSAULT", "beat",
   ["repression"], ["BLR"], ["The Lukashenka regime"], ["BLR"], ["opposition"])
ev(D, "The Lukashenka regime has repeatedly responded", "arrests", "COERCE", "arrest",
   ["repression"], ["BLR"], ["The Lukashenka regime"], ["BLR"], ["opposition"])
ev(D, "The Lukashenka regime has repeatedly responded", "disappearance", "ASSAULT", "abduct",
   ["repression"], ["BLR"], ["The Lukashenka regime"], ["BLR"], ["opposition leaders"])
ev(D, "The Belarus Democracy Act will help us support", "support", "AGREE", "",
   ["pro_democracy"], ["USA"], ["us"], ["BLR"],
   ["those within Belarus who are working toward democracy"])

# --- blind45-03: White House, North Korea's announced nuclear test (2006) ---
D = "blind45-03"
ev(D, "seriously concerned about today's announcement", "seriously concerned", "ACCUSE",
   "disapprove", ["cbrn"], ["USA"], ["The United States"], ["PRK"],
   ["the North Korean government"])
ev(D, "seriously concerned about today's announcement", "intention to undertake a nuclear test",
   "THREATEN", "", ["cbrn", "military"], ["PRK"], ["the North Korean government"])
ev(D, "We will work with Japan, South Korea", "will work with", "AGREE", "",
   ["diplomatic", "cbrn"], ["USA"], ["We"], ["JPN", "KOR"], ["Japan", "South Korea"])
ev(D, "We continue to work with our Six Party partners", "work with", "CONSULT",
   "multilateral", ["diplomatic", "cbrn"], ["USA"], ["We"])
ev(D, "We continue to work with our Six Party partners", "offering", "AGREE", "",
   ["diplomatic", "cbrn"], ["USA"], ["We"], ["PRK"], ["the North Koreans"])
ev(D, "We call on all five members", "call on", "REQUEST", "", ["diplomatic", "cbrn"],
   ["USA"], ["We"], ["UNO"], ["the United Nations Security Council"])
ev(D, "North Korea continues to reject these efforts", "reject", "REJECT", "meet",
   ["diplomatic", "cbrn"], ["PRK"], ["North Korea"])
ev(D, "North Korea continues to reject these efforts", "refuses to carry out", "REJECT",
   "change", ["cbrn"], ["PRK"], ["North Korea"])
ev(D, "North Korea continues to reject these efforts", "has refused to return", "REJECT",
   "meet", ["diplomatic", "cbrn"], ["PRK"], ["North Korea"])

# --- blind45-04: White House, North Korea's nuclear test (2006) ---
D = "blind45-04"
ev(D, "Last night the government of North Korea", "conducted a nuclear test", "MOBILIZE",
   "weapons", ["cbrn", "military"], ["PRK"], ["the government of North Korea"])
ev(D, "We're working to confirm", "working to confirm", "ACCUSE", "investigate", ["cbrn"],
   ["USA"], ["We"], ["PRK"], ["North Korea's"])
ev(D, "The United States condemns this provocative act", "condemns", "ACCUSE", "disapprove",
   ["cbrn"], ["USA"], ["The United States"])
ev(D, "Once again North Korea has defied", "defied", "REJECT", "", ["cbrn", "diplomatic"],
   ["PRK"], ["North Korea"])
ev(D, "This was confirmed this morning in conversations", "conversations", "CONSULT", "phone",
   ["diplomatic", "cbrn"], ["USA", "CHN", "KOR", "RUS", "JPN"],
   ["I", "China", "South Korea", "Russia", "Japan"])
ev(D, "We reaffirmed our commitment to a nuclear-free", "reaffirmed our commitment", "AGREE",
   "", ["cbrn"], ["USA", "CHN", "KOR", "RUS", "JPN"], ["We", "We", "We", "We", "We"])
ev(D, "We reaffirmed our commitment to a nuclear-free", "unacceptable", "ACCUSE", "disapprove",
   ["cbrn"], ["USA", "CHN", "KOR", "RUS", "JPN"],
   ["all of us", "all of us", "all of us", "all of us", "all of us"], ["PRK"], ["North Korea"])
ev(D, "We reaffirmed our commitment to a nuclear-free", "deserve an immediate response",
   "REQUEST", "", ["cbrn", "diplomatic"], ["USA", "CHN", "KOR", "RUS", "JPN"],
   ["all of us", "all of us", "all of us", "all of us", "all of us"], ["UNO"],
   ["the United Nations Security Council"])
ev(D, "leading proliferator of missile technology", "transfers", "AID", "",
   ["military", "cbrn"], ["PRK"], ["The North Korean regime"], ["IRN", "SYR"],
   ["Iran", "Syria"])
ev(D, "would be considered a grave threat", "would hold", "THREATEN", "", ["cbrn"],
   ["USA"], ["we"], ["PRK"], ["North Korea"])
ev(D, "I reaffirmed to our allies in the region", "reaffirmed", "AGREE", "", ["military"],
   ["USA"], ["I"], ["KOR", "JPN"], ["South Korea", "Japan"])

# --- blind45-05: State Department DipNote, Clinton and Hague in London (2011) ---
D = "blind45-05"
ev(D, "Secretary of State Hillary Rodham Clinton met today", "met today with", "CONSULT",
   "visit", ["diplomatic"], ["USA"], ["Secretary of State Hillary Rodham Clinton"], ["GBR"],
   ["British Foreign Secretary William Hague"])
ev(D, "Following their meeting, Secretary Clinton underscored", "underscored", "SUPPORT", "",
   ["diplomatic"], ["USA"], ["Secretary Clinton"])
ev(D, "We are certainly looking forward", "state visit", "AGREE", "", ["diplomatic"],
   ["USA"], ["President Obama"], future=True)
ev(D, "thank you for welcoming us so warmly", "consult closely", "CONSULT", "",
   ["diplomatic"], ["USA", "GBR"], ["we", "you"])
ev(D, "we reiterated our shared commitment", "reiterated our shared commitment", "AGREE", "",
   ["military", "human_security"], ["USA", "GBR"], ["we", "we"], ["LBY"],
   ["Libyan civilians"])
ev(D, "time is running out for Colonel Qadhafi", "time is running out", "THREATEN", "",
   ["military"], ["USA", "GBR"], ["we", "we"], ["LBY"], ["Colonel Qadhafi"])
ev(D, "the Asad government continues to respond", "peaceful protests", "PROTEST", "demo",
   ["pro_democracy"], [], [], ["SYR"], ["the Asad government"])
ev(D, "the Asad government continues to respond", "brutal violence", "ASSAULT", "",
   ["repression"], ["SYR"], ["the Asad government"], ["SYR"], ["peaceful protests"])
ev(D, "his security forces fire bullets", "fire bullets", "ASSAULT", "firearms",
   ["repression"], ["SYR"], ["his security forces"], ["SYR"],
   ["crowds of marchers and mourners"])
ev(D, "have already imposed sanctions", "imposed sanctions", "SANCTION", "discontinue",
   ["human_rights", "economic"], ["USA", "EUR"], ["The U.S.", "the EU"], ["SYR"],
   ["senior Syrian officials"])
ev(D, "have already imposed sanctions", "new measures", "SANCTION", "discontinue",
   ["human_rights", "economic"], ["USA"], ["The U.S."], ["SYR"], ["President Asad"])

# --- blind45-06: State Department DipNote, Clinton and Hague in Washington (2011) ---
D = "blind45-06"
ev(D, "Secretary of State Hillary Rodham Clinton met with", "met with", "CONSULT", "visit",
   ["diplomatic"], ["GBR"], ["U.K. Foreign Secretary William Hague"], ["USA"],
   ["Secretary of State Hillary Rodham Clinton"])
ev(D, "It is a special pleasure to see him", "cooperated", "COOPERATE", "", ["diplomatic"],
   ["USA", "GBR"], ["we", "we"])
ev(D, "we've met on many previous occasions", "met on many previous occasions", "CONSULT",
   "", ["diplomatic"], ["USA", "GBR"], ["we", "we"])
ev(D, "We will be meeting again", "will be meeting", "AGREE", "", ["diplomatic"],
   ["USA", "GBR"], ["We", "We"], future=True)
ev(D, "Our meeting today reflected", "attack on the UK Embassy", "ASSAULT", "",
   ["diplomatic"], [], [], ["GBR"], ["the UK Embassy"])
ev(D, "We support efforts to enact pro-growth reforms", "support", "SUPPORT", "",
   ["economic"], ["USA", "GBR"], ["We", "We"])
ev(D, "We support efforts to enact pro-growth reforms", "will continue to work closely",
   "AGREE", "", ["economic"], ["USA", "GBR"], ["we", "we"])
ev(D, "We discussed the ongoing efforts to press", "press", "REQUEST", "change",
   ["diplomatic", "cbrn"], ["USA", "GBR"], ["We", "We"], ["IRN"], ["the Iranian Government"])

# --- blind45-07: U.S. Embassy in Albania, protest violence (2019, approx.) ---
D = "blind45-07"
ev(D, "The U.S. Embassy condemns the violence", "condemns", "ACCUSE", "disapprove",
   ["crime"], ["USA"], ["The U.S. Embassy"])
ev(D, "The use of pyrotechnics", "use of pyrotechnics", "ASSAULT", "", ["crime"],
   [], [], ["ALB"], ["police"])
ev(D, "We call on the organizers of the protest", "call on", "REQUEST", "", ["crime"],
   ["USA"], ["We"], ["ALB"], ["the organizers of the protest"])

# --- blind45-08: USAID, aid to Venezuelans who fled (2019) ---
D = "blind45-08"
ev(D, "Today, Vice President Pence announced", "is providing", "AID", "",
   ["human_security", "migration"], ["USA"], ["the United States"], ["VEN"],
   ["the 3.4 million Venezuelans who have fled"])
ev(D, "The Vice President recognizes the need", "meeting", "CONSULT", "multilateral",
   ["diplomatic", "human_security"], ["USA", "UNO"],
   ["The Vice President", "the United Nations Security Council"])
ev(D, "The United States has provided more than $213 million", "has provided", "AID", "",
   ["human_security", "migration"], ["USA"], ["The United States"], ["VEN"],
   ["the most vulnerable Venezuelans"])
ev(D, "In Colombia, U.S. partners provide", "help provide legal documentation", "AID", "",
   ["human_security", "migration"], ["NGO"],
   ["humanitarian organizations funded by the U.S. Government"], ["VEN"], ["Venezuelans"])

# --- blind45-09: USAID, humanitarian funding for the Venezuela crisis (2020) ---
D = "blind45-09"
ev(D, "During a visit to Boa Vista", "visit", "CONSULT", "visit", ["diplomatic"],
   ["USA"], ["U.S. Secretary of State Mike Pompeo"], ["BRA"], ["Brazil"])
ev(D, "During a visit to Boa Vista", "announced", "AGREE", "",
   ["human_security", "migration"], ["USA"], ["U.S. Secretary of State Mike Pompeo"],
   ["VEN"], ["Venezuela"])
ev(D, "This additional funding will help these Venezuelans", "have fled", "SANCTION", "expel",
   ["migration"], ["VEN"], ["the illegitimate Maduro regime"], ["VEN"],
   ["the more than five million people"])

# --- blind45-10: Defense, Austin call with Gantz (2022) ---
D = "blind45-10"
ev(D, "spoke by phone Nov. 2", "spoke by phone", "CONSULT", "phone", ["military"],
   ["USA", "ISR"], ["Secretary of Defense Lloyd J. Austin III",
                    "Israeli Minister of Defense Benjamin"])
ev(D, "The two leaders also discussed", "war", "ASSAULT", "", ["military", "territory"],
   ["RUS"], ["Russia\u2019s"], ["UKR"], ["Ukraine"])
ev(D, "The two leaders also discussed", "target", "ASSAULT", "drone", ["military"],
   ["RUS"], ["Russian forces"], ["UKR"], ["Ukrainian civilians"])
ev(D, "Secretary Austin congratulated Minister Gantz", "congratulated", "SUPPORT", "",
   ["diplomatic", "territory"], ["USA"], ["Secretary Austin"], ["ISR"], ["Minister Gantz"])
ev(D, "Secretary Austin congratulated Minister Gantz", "conclusion of an agreement", "AGREE",
   "", ["territory", "natural_resource"], ["ISR", "LBN"], ["Israel", "Lebanon"])
ev(D, "Secretary Austin congratulated Minister Gantz", "mediated", "CONSULT", "third-party",
   ["territory", "diplomatic"], ["USA"], ["the United States"], ["ISR", "LBN"],
   ["Israel", "Lebanon"])
ev(D, "Secretary Austin reaffirmed his commitment", "reaffirmed his commitment", "SUPPORT",
   "", ["military"], ["USA"], ["Secretary Austin"], ["ISR"], ["Israel's"])
ev(D, "Secretary Austin reaffirmed his commitment", "emphasized the importance", "REQUEST",
   "change", ["military", "territory"], ["USA"], ["Secretary Austin"])

# --- blind45-11: Defense, Austin call with King Abdullah II (2023) ---
D = "blind45-11"
ev(D, "spoke today with King Abdullah II", "spoke", "CONSULT", "", ["military", "diplomatic"],
   ["USA", "JOR"], ["Secretary of Defense Lloyd J. Austin III", "King Abdullah II of Jordan"])
ev(D, "spoke today with King Abdullah II", "convey his support", "SUPPORT", "", ["military"],
   ["USA"], ["Secretary of Defense Lloyd J. Austin III"], ["ISR"], ["Israel's"])
ev(D, "spoke today with King Abdullah II", "attack", "ASSAULT", "", ["terrorism"],
   ["PSE"], ["Hamas'"], ["ISR"], ["Israeli citizens"])
ev(D, "The two leaders agreed on the importance", "agreed", "AGREE", "",
   ["human_security"], ["USA", "JOR"], ["The two leaders", "The two leaders"])
ev(D, "Secretary Austin condemned Hamas' actions", "condemned", "ACCUSE", "disapprove",
   ["human_security"], ["USA"], ["Secretary Austin"], ["PSE"], ["Hamas'"])
ev(D, "The Secretary reaffirmed the strength", "reaffirmed the strength", "SUPPORT", "",
   ["military", "diplomatic"], ["USA"], ["The Secretary"], ["JOR"], ["U.S.-Jordan"])
ev(D, "The Secretary reaffirmed the strength", "reiterated", "SUPPORT", "", ["military"],
   ["USA"], ["The Secretary"], ["JOR"], ["Jordan's"])

"""Word lists that more than one stage reads, and the helper they are written with.

Each stage keeps its own vocabulary in its own lexicon module or data file. A list that two
stages read lives here, so that no stage imports another stage's word lists: the
organisation head words (actors give an unknown organisation its sector; quotes refuse them
as a person's name), the collective nouns (actors' agreement, quotes' speakers) and the
gender words of people's titles and given names (both stages' pronoun resolution).
"""

from __future__ import annotations

__all__ = ["COLLECTIVE", "FEMALE_NAMES", "FEMALE_TITLES", "MALE_NAMES", "MALE_TITLES",
           "ORG_WORDS", "name_gender", "words"]


def words(text: str) -> frozenset[str]:
    """Return the set of the whitespace-separated words of ``text``."""
    return frozenset(text.split())


#: Collective nouns that name a body of people ("the police", "the government").
COLLECTIVE = frozenset({"police", "military", "army", "navy", "government", "media",
                        "administration", "authorities", "parliament", "congress", "junta",
                        "cabinet", "opposition", "judiciary", "legislature",
                        "delegation", "ministry", "press", "public"})
#: Organisation head words -> the PLOVER sector they give an unnamed organisation.
ORG_WORDS = {
    "university": "EDU", "college": "EDU", "school": "EDU", "academy": "EDU",
    "institute": "SOC", "foundation": "SOC", "council": "SOC", "center": "SOC", "centre": "SOC",
    "committee": "SOC", "association": "SOC", "union": "LAB", "watch": "SOC", "network": "SOC",
    "bank": "BUS", "group": "BUS", "corp": "BUS", "corp.": "BUS", "inc": "BUS", "inc.": "BUS",
    "ltd": "BUS", "ltd.": "BUS", "co.": "BUS", "company": "BUS", "holdings": "BUS",
    "airlines": "BUS", "motors": "BUS", "energy": "BUS", "technologies": "BUS", "lines": "BUS",
    "express": "BUS", "capital": "BUS", "partners": "BUS", "securities": "BUS",
    "ministry": "GOV", "department": "GOV", "office": "GOV", "agency": "GOV", "commission": "GOV",
    "government": "GOV", "administration": "GOV", "authority": "GOV", "presidency": "GOV",
    "army": "MIL", "forces": "MIL", "force": "MIL", "navy": "MIL", "command": "MIL",
    "guard": "MIL", "guards": "MIL", "corps": "MIL", "brigade": "REB", "brigades": "REB",
    "front": "REB", "movement": "SOC", "police": "COP", "party": "PTY", "court": "JUD",
    "parliament": "LEG", "assembly": "LEG", "senate": "LEG", "congress": "LEG",
    "news": "JRN", "times": "JRN", "post": "JRN", "journal": "JRN", "television": "JRN",
    "tv": "JRN", "radio": "JRN", "daily": "JRN", "herald": "JRN", "tribune": "JRN",
    "service": "JRN", "church": "REL", "hospital": "MED", "clinic": "MED",
}


#: Title words that mark a man or a woman.
MALE_TITLES = words("mr mr. sir king prince lord sheikh emir sultan father brother monsieur señor")
FEMALE_TITLES = words(
    "mrs mrs. ms ms. miss madam madame dame lady queen princess sheikha sister mother "
    "señora"
)
#: Common given names of men and of women in international news (a short written list;
#: a name missing from it simply leaves the gender unknown).
MALE_NAMES = words(
    """
    john james robert michael william david richard joseph thomas charles daniel matthew
    mark paul steven andrew kenneth george kevin brian edward ronald timothy jason jeffrey
    ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
    samuel frank gregory raymond alexander patrick jack dennis jerry tyler peter henry
    donald mike joe bill tom jim bob ted marco emmanuel olaf friedrich markus hans karl
    pierre jean jacques francois françois luis carlos jose josé juan javier pedro miguel
    antonio manuel rafael sergio diego fernando jorge andres andrés ricardo alejandro
    vladimir sergei sergey dmitry dmitri ivan alexei alexey mikhail nikolai oleksandr
    volodymyr andriy viktor yuri pavel petr tomas tomasz piotr jan lars erik nils sven
    mohammed muhammad mohammad mohamed ahmed ahmad ali hassan hussein hussain omar umar
    abdullah abdul ibrahim ismail youssef yusuf khalid mahmoud mustafa hamid hamza tariq
    bashar nabil karim walid faisal salman abbas reza hossein mehdi recep benjamin yair
    naftali isaac moshe yossi narendra rahul amit raj sanjay imran nawaz shehbaz asif
    xi li wang zhang chen liu shinzo fumio kim moon yoon jae min joko prabowo ferdinand
    rishi
    rodrigo cyril jacob william bola muhammadu goodluck uhuru william paul yoweri abiy
    kofi kwame emmerson robert felix denis george samuel nelson thabo
    """
)
FEMALE_NAMES = words(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa
    deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna ruth
    brenda pamela nicole katherine samantha christine emma catherine debra rachel carolyn
    janet maria heather diane julie joyce victoria kelly christina joan evelyn lauren judith
    olivia martha cheryl megan andrea hannah jacqueline ann jean alice kathryn gloria
    teresa doris sara janice julia marie madison grace judy theresa beverly denise
    hillary kamala nancy ursula angela annalena giorgia marine christine kaja theresa
    jacinda sanna mette kaja liz claudia dilma cristina michelle hasina
    benazir indira sonia nirmala ana lucia lucía carmen isabel isabella sofia sofía elena
    olga natalia tatiana svetlana irina yulia maria marina anastasia oksana iryna
    fatima fatma aisha ayesha khadija mariam maryam zainab amina leila layla nadia
    noura huda hanan rania yasmin salma samira farida zahra
    ngozi amina chimamanda ellen joyce winnie graca graça wangari
    mei ling yuki sakura yoko hye-jin soo-ah priya sunita anjali
    """
)


def name_gender(name: str) -> str | None:
    """Return "male" / "female" for a person's name phrase, from a title or a given name.

    "Mrs. Roe", "Queen Rania", "Jim Mattis" -> known; unknown names -> None.
    """
    tokens = [w.strip(".,").lower() for w in name.split()]
    for word in tokens:
        if word in MALE_TITLES or word.rstrip(".") in MALE_TITLES:
            return "male"
        if word in FEMALE_TITLES or word.rstrip(".") in FEMALE_TITLES:
            return "female"
    for word in tokens:
        if word in MALE_NAMES and word not in FEMALE_NAMES:
            return "male"
        if word in FEMALE_NAMES and word not in MALE_NAMES:
            return "female"
    return None

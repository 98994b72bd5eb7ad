"""Countries for mentions that name none, from evidence only.

A mention gets a country from the knowledge base, its title, an appositive or a
coreference chain, never from "the nearest country in the sentence" (that guess made a
North Korean ambassador Russian because "the Russian Federation" stood nearby, and gave
an army's enemies the army's country). Two kinds of evidence remain for a mention with
no country of its own, marked in ``resolved_by``:

1. ``coref`` -- **a chain on the head noun**: a nominal repeats an earlier mention with
   the same head word that has its own country ("Colombian rebels ... the rebels" -> COL);
   or a definite description of a kind of body ("the military", "the police") follows
   mentions of that kind from one country only ("the Pakistani army spokesperson ... the
   military" -> PAK);
2. ``context`` -- **a one-country sentence**: every mention of the sentence that has its
   own country names the same one ("Gunmen attacked a checkpoint in the village of
   Kadunawa, Nigeria" -> NGA; "Northern governors asked the federal government ...
   Zamfara state" -> NGA). A sentence that names two countries (or a country and an
   international body) decides nothing: "the Russian Federation and the DPRK", "the
   Kenyan army ... militants who crossed from Somalia". Nor does any sentence give an
   office holder (a president, minister, secretary, ambassador) a country: officials act
   on and meet other states ("Secretary Varga welcomed Ruritania's offer of talks",
   "President Obama and Prime Minister Harper met in Washington").

Within the sentence, only mentions that set the scene count. The other side of the
mention's own clause does not: an agent is not where its object lives ("the U.S. imposed
sanctions on <person>", "a court in Yekaterinburg convicted <reporter>", "<official>
called <person>'s comments insulting"), and a speaker is not where the story it tells
happens, nor the story the speaker's country ("the French Foreign Ministry said the
rebels are near the capital", "<envoy> alleged that women under Taliban rule ..."). Places
always set the scene ("Somali police arrested five suspects in Mogadishu": SOM).

Peacekeepers, monitors and mediators (:data:`FOREIGN_HEADS`) serve abroad and take no
scene (round 7): they belong to the one international body the document named before them
(the UN's "peacekeepers" after "the UN mission in Mali"), else to none.

Media, companies, schools and civil-society bodies (:data:`NO_SCENE`) are no evidence of
where a sentence happens, and commentators (``no_context``) take no country. An unknown
place ("in the town of Aungban") takes the sentence's country by the same rule. Otherwise
a mention keeps no country: a wrong country is worse than none.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..pronouns import REPORT_LEMMAS
from ..textutil import parsed_text
from .generic import (
    fronted_state,
    ground_act_country,
    noun_place_country,
    recent_state_antecedent,
    state_antecedent,
    state_antecedents,
)
from .story import SceneMention as _Mention
from .story import StoryScene, domestic_party, foreign_facing, story_scene
from .syntax import NONSTATE

__all__ = ["assign_context"]

#: Kinds of mentions that may take the context's country.
CONTEXT_KINDS = frozenset({"NOMINAL", "PERSON", "ORG"})


#: Codes of international bodies, NGOs and firms: they act in other countries, so a
#: sentence that names only one of them sets no scene ("the United Nations was providing
#: assistance to 1 million people": the people are not the UN's).
BODIES = frozenset({"UNO", "IGO", "NGO", "EUR", "MNC"})

#: Codes of transnational armed groups and movements: they fight inside some state, so
#: they neither set nor unsettle the scene ("Somali forces killed 50 al-Shabab militants
#: in Hirshabelle": Hirshabelle is Somalia's).
STATELESS = frozenset({"IMG", "ISM"})

#: Sectors of mentions whose country does not tell where the story happens.
NO_SCENE = frozenset({"JRN", "BUS", "SOC", "EDU", "MED", "REL"})


def _states(m: _Mention) -> bool:
    """Return True for a mention that gives its own (state) country.

    Media, companies, schools and civil-society bodies report on or work in other
    countries ("... shared with VOA details ... as the military"): they set no scene.
    """
    return (bool(m.country) and m.country not in NONSTATE
            and m.resolved_by not in {"context", "story"}
            and not m.extra.get("modifier") and m.sector not in NO_SCENE)


def _needs_context(m: _Mention) -> bool:
    if m.extra.get("place_context"):
        return m.country is None  # an unknown place: "in the town of Aungban"
    return (m.country is None and m.kind in CONTEXT_KINDS and not m.is_place
            and not m.extra.get("no_context"))


def assign_context(doc: Doc, mentions: Sequence[_Mention]) -> None:
    """Give mentions without a country the country their evidence gives (in place)."""
    _bare_congo(doc, mentions)
    _bare_korea(doc, mentions)
    ordered = sorted(mentions, key=lambda x: x.start)
    for m in mentions:
        homes = m.extra.get("place_candidates")
        if m.country is None and isinstance(homes, tuple):
            # "the Tripoli police": the place's name is in several countries; the story
            # names one of them, or the body stays unresolved
            m.country = _namesake(ordered, homes, _scene_countries(doc, ordered, m))
            m.resolved_by = "context" if m.country else m.resolved_by
    todo = [m for m in mentions if _needs_context(m)]
    if not todo:
        return
    scene = _Scene(doc, ordered)
    for m in todo:
        candidates = m.extra.get("candidates")
        if isinstance(candidates, tuple):
            m.country = _namesake(ordered, candidates, _scene_countries(doc, ordered, m))
            m.resolved_by = "context" if m.country else m.resolved_by
            continue
        code, how = noun_place_country(doc, ordered, m), "pattern"
        m.extra["noun_place"] = code is not None
        if code is None:
            code, how = fronted_state(doc, ordered, m), "context"
        if code is None:
            code, how = _chain(doc, ordered, m) or state_antecedent(doc, ordered, m), "coref"
        if code is None:
            code, how = _without_evidence(doc, ordered, m, scene)
        if code is None:  # "guerrillas seized X's second city", two states named
            code, how = ground_act_country(doc, ordered, m), "context"
        if code:
            m.country, m.resolved_by = code, how


class _Scene:
    """The story's scene, built once per document when a mention first needs it."""

    def __init__(self, doc: Doc, ordered: list[_Mention]) -> None:
        self.doc, self.ordered = doc, ordered
        self._scene: StoryScene | None = None

    def get(self) -> StoryScene:
        if self._scene is None:
            self._scene = story_scene(self.doc, self.ordered)
        return self._scene


def _without_evidence(doc: Doc, ordered: list[_Mention], m: _Mention,
                      scene: _Scene) -> tuple[str | None, str]:
    """Country and how for a mention with no chain: its body, its sentence or its story."""
    if m.extra.get("office"):
        # officials act on other states: "Secretary Varga welcomed Ruritania's offer of
        # talks" says nothing of the secretary's country; a story where no other state
        # acts does ("Prime Minister <name>" in a one-country story)
        return (scene.get().official_country() if _home_official(m) else None), "story"
    if _serves_abroad(doc, m):
        return _mission_body(ordered, m), "coref"  # peacekeepers, monitors: their body or none
    found = _scene_countries(doc, ordered, m, scene)
    if len(found) == 1 and not found & BODIES:  # "the UN helped 1 million people"
        return next(iter(found)), "context"
    if found:
        return None, "context"
    if domestic_party(doc, m):  # the sentence says nothing: the story
        return scene.get().country_for(doc, m), "story"
    if _home_official(m):  # "opposition leader <name>"
        return scene.get().official_country(), "story"
    if (bodies := state_antecedents(doc, ordered, m)) is not None:
        recent = recent_state_antecedent(doc, ordered, m)  # several states named before
        if recent is not None:
            return recent, "coref"
        return scene.get().state_body_country(m, bodies), "story"  # "the military"
    return None, "story"


def _home_official(m: _Mention) -> bool:
    """Return True for a named person with a title that serves at home.

    Not an envoy, ambassador or foreign minister (:func:`foreign_facing`), nor a commentator
    (``no_context``).
    """
    return (m.kind == "PERSON" and bool(getattr(m, "role", None)) and not foreign_facing(m)
            and not m.extra.get("no_context"))


#: Heads of nominals that are foreign where they serve: never the scene's country.
FOREIGN_HEADS = frozenset({"peacekeeper", "peacekeepers", "monitor", "monitors", "observer",
                           "observers", "inspector", "inspectors", "mediator", "mediators"})


def _serves_abroad(doc: Doc, m: _Mention) -> bool:
    """Return True for peacekeepers, monitors and mediators: they serve abroad."""
    return not m.extra.get("place_context") and doc[m.end - 1].lower_ in FOREIGN_HEADS


#: Codes of the international bodies that send peacekeepers and monitors.
MISSION_BODIES = frozenset({"UNO", "IGO", "EUR"})


def _mission_body(ordered: list[_Mention], m: _Mention) -> str | None:
    """Return the one international body named before ``m`` in the document, if one.

    "The UN mission in <country> ... two more peacekeepers were wounded": the
    peacekeepers are the body's, not the host country's; with two bodies named (the UN
    and the African Union) or none, they stay unresolved.
    """
    found = {str(o.country) for o in ordered if o.start < m.start and o.country in
             MISSION_BODIES and o.resolved_by not in {"context", "story"}}
    return found.pop() if len(found) == 1 else None


def _bare_congo(doc: Doc, mentions: Sequence[_Mention]) -> None:
    """Resolve a bare "Congo" (ISO's short name of the Republic of the Congo).

    News style (AP, VOA) writes "Congo" for the Democratic Republic of the Congo and
    "Republic of Congo" / "Congo-Brazzaville" for its neighbour. A bare "Congo" is COG
    only when the document otherwise names the Republic of the Congo and never the DRC
    (Brazzaville, Sassou Nguesso); else COD (Kinshasa, Goma, M23, or nothing else).
    """
    if "Congo" not in parsed_text(doc):
        return
    bare = [t.i for t in doc if t.text == "Congo" and not _qualified_congo(t)]
    if not bare:
        return
    hit = [m for m in mentions if m.country == "COG" and any(m.start <= i < m.end for i in bare)]
    if not hit:
        return
    others = {str(m.country) for m in mentions if m not in hit and m.country in {"COD", "COG"}}
    code = "COG" if others == {"COG"} else "COD"
    for m in hit:
        m.country = code


#: Words of a story that speaks of North Korea ("Kim" of "Kim Jong Un" is tested apart).
_NORTH_KOREA = frozenset({"Pyongyang", "KCNA", "DPRK", "North"})


def _bare_korea(doc: Doc, mentions: Sequence[_Mention]) -> None:
    """Keep a bare "Korea" (the knowledge base's alias of South Korea) from North Korea stories.

    Wire copy without a word of the North writes "Korea" for the South ("the Bank of
    Korea", "Japan protested to Korea"). In a story that names North Korea, Pyongyang,
    the DPRK, KCNA or Kim Jong Un, a bare "Korea" may be either state ("Pyongyang fired a
    missile ... Korea's nuclear test"): it gets no country (review of round 21).
    """
    text = parsed_text(doc)
    if "Korea" not in text:
        return
    bare = {t.i for t in doc if t.text == "Korea" and not _qualified_korea(t)}
    hit = [m for m in mentions if m.country == "KOR" and any(m.start <= i < m.end for i in bare)]
    if not hit:
        return
    north = any(m.country == "PRK" for m in mentions) or "Kim Jong" in text or any(
        t.text in _NORTH_KOREA and (t.text != "North" or doc[t.i + 1:t.i + 2].text.startswith(
            "Korea")) for t in doc)
    if north:
        for m in hit:
            m.country, m.extra["no_context"] = None, True


def _qualified_korea(tok: Token) -> bool:
    """Return True for "South / North Korea", "Republic of Korea", "the two Koreas"."""
    before = " ".join(t.lower_ for t in tok.doc[max(0, tok.i - 3):tok.i])
    return before.endswith(("south", "north")) or "republic of" in before


def _qualified_congo(tok: Token) -> bool:
    """Return True for "Republic of (the) Congo", "Congo-Brazzaville", "Congo-Kinshasa"."""
    doc = tok.doc
    after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
    before = " ".join(t.lower_ for t in doc[max(0, tok.i - 3):tok.i])
    return after in {"-", "–"} or after.startswith("-") or "republic of" in before


def _namesake(ordered: list[_Mention], candidates: tuple[str, ...],
              scene: set[str]) -> str | None:
    """Return the country of an ambiguous place name that the document points to.

    "Bor" (Russia, Serbia, Turkey, South Sudan) in a story that otherwise names South
    Sudan only is South Sudan's; with no such evidence, or several, it keeps no country.
    """
    inside = scene & set(candidates)
    if len(inside) == 1:
        return inside.pop()
    named = {str(o.country) for o in ordered if _states(o) and o.resolved_by != "coref"}
    inside = named & set(candidates)
    return inside.pop() if len(inside) == 1 else None


def _start(mention: _Mention) -> int:
    return mention.start


def _scene_countries(doc: Doc, ordered: list[_Mention], m: _Mention,
                     scene: _Scene | None = None) -> set[str]:
    """Return the codes that the mentions of ``m``'s sentence which set its scene name.

    ``scene`` (the story's) tells whether a caller that appeals to ``m`` is foreign to it
    (:func:`_caller_side`); without it only collective addressees and envoys are.
    """
    sent = doc[m.start].sent
    out: set[str] = set()
    appeal = _appeal_to(doc, m)
    first = bisect.bisect_left(ordered, sent.start, key=_start)  # ordered by start: only
    last = bisect.bisect_left(ordered, sent.end, lo=first, key=_start)  # the sentence's
    for o in ordered[first:last]:
        if (o is m or not o.country or o.resolved_by in {"context", "coref", "story"}
                or o.country in STATELESS or o.sector in NO_SCENE or o.extra.get("modifier")
                or o.extra.get("origin") or not sent.start <= o.start < sent.end):
            continue
        if _origin_only(doc, ordered, o):
            continue
        if (o.is_place and _aimed_at(doc, m, o)) or _caller_side(doc, appeal, o, scene):
            continue
        if _judged_by(doc, m, o) and not domestic_party(doc, m):
            continue  # protesters denouncing their own state's law still live there
        if _sanctioned_by(doc, m, o):
            continue  # "London imposed sanctions on both militia chiefs" (round 24)
        if o.is_place or not _other_side(doc, m, o):
            out.add(str(o.country))
    return out


def _judged_by(doc: Doc, m: _Mention, o: _Mention) -> bool:
    """Return True when ``m`` judges, as its verb's subject, something that holds ``o``.

    "Rights groups denounced Ruritania's camps", "the Troika welcomes the bloc's efforts for
    peace in Freedonia": what a judge condemns or praises, and the places in it, are the
    judged side's, not the judge's (round 23; the reverse of :func:`_judges`).
    """
    head = doc[m.start:m.end].root
    return _judges(_predicate(head), head, doc[o.start:o.end].root)


#: Words of a sanction: whom a state sanctions is another state's (round 24).
SANCTION_WORDS = frozenset({"sanction", "sanctions", "blacklist", "embargo"})


def _sanctioned_by(doc: Doc, m: _Mention, o: _Mention) -> bool:
    """Return True when ``m`` is the target of a sanction whose imposer's phrase holds ``o``.

    "London imposed sanctions on both militia chiefs", "the United States
    sanctioned rebel commanders": a sanction is imposed from outside, so the imposer (and
    places in its phrase) sets no scene for its target.
    """
    head = doc[m.start:m.end].root
    verb, on = _predicate(head), head.head
    sanctioned = (head.dep_ == "dobj" and verb.i == on.i
                  and verb.lemma_.lower() in SANCTION_WORDS)  # "sanctioned rebel commanders"
    imposed = head.dep_ == "pobj" and on.lower_ in {"on", "against"} and (
        on.head.lemma_.lower() in SANCTION_WORDS or any(
            c.dep_ == "dobj" and c.lemma_.lower() in SANCTION_WORDS for c in on.head.children))
    if not (sanctioned or imposed):  # "imposed sanctions on X", "sanctions against X"
        return False
    o_head = doc[o.start:o.end].root
    return any(c.dep_ in {"nsubj", "agent"} and (c.i == o_head.i or c in o_head.ancestors)
               for c in verb.children)


#: Prepositions of a place that an act crosses into or aims at from outside.
GOAL_PREPS = frozenset({"into", "across", "toward", "towards"})


def _aimed_at(doc: Doc, m: _Mention, o: _Mention) -> bool:
    """Return True when the place ``o`` is where the act of ``m`` (its subject) goes into.

    "Militants fired rockets into Israel", "security forces fired rounds into
    Afghanistan", "the rebels crossed into Chad": the place is the act's goal across a
    border, not where its doer is (round 18); a place the act happens in still sets the
    scene ("Somali police arrested five suspects in Mogadishu").

    Limit (round 18 review): only the preposition is read, not whether the goal lies across
    a border, so a move inside one country loses its scene too ("Rebels pushed into Goma"
    gives the rebels no country from Goma; a story fallback may still give one).
    """
    m_head, o_head = doc[m.end - 1], doc[o.end - 1]
    if m_head.dep_ != "nsubj" or o_head.dep_ != "pobj" or o_head.head.lower_ not in GOAL_PREPS:
        return False
    attach = o_head.head.head  # the verb or its object ("fired rockets into X")
    verb = attach if attach.i == m_head.head.i else attach.head
    return verb.i == m_head.head.i and (attach.i == verb.i or attach.dep_ == "dobj")


#: Participles after a nationality word that give a thing's origin ("Japanese made cars").
ORIGIN_WORDS = frozenset({"made", "built", "owned", "produced", "manufactured", "branded",
                          "flagged", "registered"})


#: Goods whose nationality word gives their origin, not a scene.
GOODS = frozenset({"good", "goods", "product", "cargo", "import", "export", "car", "vehicle",
                   "brand", "restaurant", "shop", "store", "merchandise", "commodity", "beef",
                   "rice", "steel", "wine"})


def _origin_only(doc: Doc, ordered: list[_Mention], o: _Mention) -> bool:
    """Return True for a nationality adjective on goods ("Japanese made vehicles").

    It tells where the goods come from, not where the sentence happens ("protesters
    vandalized Japanese made vehicles" in a story set in China; "reimpose the transit ban on
    Afghan cargo"). On ships, soil or a border it still sets the scene: those are where
    states act.
    """
    if o.kind != "NORP" or o.is_place:
        return False
    nxt = doc[o.end] if o.end < len(doc) else None
    if nxt is not None and nxt.text in {"-", "–"} and o.end + 1 < len(doc):
        nxt = doc[o.end + 1]
    if nxt is not None and nxt.lower_ in ORIGIN_WORDS:
        return True  # "Japanese made vehicles" (the parser reads "Japanese" as a subject)
    head = doc[o.end - 1].head
    return head.i >= o.end and head.lemma_.lower() in GOODS and not any(
        x.start <= head.i < x.end for x in ordered)


#: Token dependencies that lead from a noun up to the predicate it is an argument of.
_NOMINAL_LINKS = frozenset({"prep", "pobj", "poss", "compound", "amod", "nmod", "appos",
                            "conj", "cc", "dobj", "nsubj", "nsubjpass", "dative", "attr",
                            "agent", "npadvmod", "oprd", "det", "acl"})


def _predicate(tok: Token) -> Token:
    """Return the verb (or clause root) whose argument the noun ``tok`` is part of."""
    seen = 0
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i and seen < 12:
        tok, seen = tok.head, seen + 1
    return tok


def _other_side(doc: Doc, m: _Mention, o: _Mention) -> bool:
    """Return True when ``o`` is on the other side of ``m``'s act or speech (no scene).

    A mention with its own modifier is not its conjunct's ("government forces and South
    African forces"). A named person's (or organisation's) country is not shown by who
    acts on them or by what they say:
    a state acting as a whole or an office holder in the same act ("the U.S. imposed
    sanctions on X", "Leavitt called X's comments insulting"), or the content of the
    person's speech ("X alleged that women under Taliban rule ..."). Groups and bodies do
    take the scene of a domestic act ("Hong Kong police arrested six people"). And a
    foreign ministry, envoy or embassy is no evidence of what it reports ("the French
    Foreign Ministry said the rebels ...").
    """
    m_head, o_head = doc[m.end - 1], doc[o.end - 1]
    if _conjuncts(m_head, o_head) and any(t.pos_ not in {"DET", "PRON"}
                                          for t in doc[m.start:m.end - 1]):
        return True  # "government forces and South African forces": two sides
    if m_head in o_head.ancestors or o_head in m_head.ancestors:
        return False  # a modifier or appositive of the mention: "X, professor at Koya ..."
    mine, theirs = _predicate(m_head), _predicate(o_head)
    if _judges(theirs, o_head, m_head):
        return True  # "the United States condemns the attack on women and children"
    named = m.kind in {"PERSON", "ORG"}
    if named and o.kind == "PERSON" and not _reports(theirs, o_head, m_head):
        return True  # people's nationalities are their own: "how Duterte will react to Suga"
    if named and mine.i == theirs.i:
        return o.kind in {"GPE", "PERSON"} or bool(o.extra.get("office"))
    if named and _reports(mine, doc[m.start:m.end].root, o_head):
        return True  # the name's own head speaks: "the Bank for Reconstruction said it ..."
    return _reports(theirs, o_head, m_head) and (foreign_facing(o) or (
        named and o.kind == "GPE"))  # "Kim fired another missile, Seoul said"


#: Verbs by which an actor judges an act or party from afar: it sets no scene for them.
STANCE_LEMMAS = frozenset({"condemn", "welcome", "denounce", "deplore", "praise", "applaud",
                           "commend", "mourn", "decry", "hail", "congratulate", "salute",
                           "lament", "regret", "criticize", "criticise"})


def _judges(verb: Token, subject: Token, other: Token) -> bool:
    """Return True when ``subject`` judges, through ``verb``, something that holds ``other``.

    "The United States strongly condemns the attack on women and children in Diyala": the
    women are where the attack happened, not where the condemnation came from.
    """
    return (verb.lemma_.lower() in STANCE_LEMMAS and subject.dep_ in {"nsubj", "nsubjpass"}
            and subject.head.i == verb.i and verb in other.ancestors
            and not any(c.dep_ in {"nsubj", "nsubjpass"} and (c.i == other.i or c in
                                                               other.ancestors)
                        for c in verb.children))


#: Verbs by which an actor appeals to others to act: the caller sets no scene for them.
APPEAL_LEMMAS = frozenset({"urge", "call", "appeal", "implore", "exhort", "encourage",
                           "press"})
#: Determiners and heads of an addressee that names every side ("all parties", "both sides").
COLLECTIVE_DETS = frozenset({"all", "both", "each", "either"})
COLLECTIVE_HEADS = frozenset({"party", "side"})


def _appeal_to(doc: Doc, m: _Mention) -> tuple[list[Token], bool] | None:
    """Return the caller of an appeal addressed to ``m`` and whether ``m`` names all sides.

    The caller's tokens are the appeal verb's subject and the places it called from ("In
    <city>, the council urged"); None when ``m`` is no addressee of an appeal. Only the
    verb's object (or its ``on`` / ``upon`` / ``to`` phrase) is addressed, not what is asked
    for. Computed once per mention (:func:`_scene_countries`).
    """
    m_head = doc[m.end - 1]
    verb = _predicate(m_head)
    if verb.lemma_.lower() not in APPEAL_LEMMAS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(
            (c.dep_ == "dobj" and (c.i == m_head.i or c in m_head.ancestors))
            or (c.dep_ == "prep" and c.lower_ in {"on", "upon", "to"} and c in m_head.ancestors)
            for c in verb.children):
        return None
    venue = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "at", "from"}]
    collective = m_head.lemma_.lower() in COLLECTIVE_HEADS or any(
        c.dep_ in {"det", "predet", "amod"} and c.lower_ in COLLECTIVE_DETS
        for c in m_head.children)
    return [subject, *venue], collective


def _caller_side(doc: Doc, appeal: tuple[list[Token], bool] | None, o: _Mention,
                 scene: _Scene | None) -> bool:
    """Return True when ``o`` is in the phrase of a caller that sets no scene for its addressee.

    "The United States calls on all parties to refrain from violence", "<mediator>, the
    vice president of <region>, urged the parties to ...": whom a caller urges is not
    shown to be the caller's own by the urging (round 18), so the caller's phrase (with
    its appositives and places) and where it called from ("In <city>, the council urged")
    set no scene for the addressees when these name every side ("all parties", "both
    sides") or the caller is foreign to them: an envoy, embassy or foreign ministry, a
    caller of another country than the story's, or (in a story with no scene) a state named
    as a whole (round 18 review). A leader urging their own
    forces or citizens still sets the scene ("<country>'s president urged security forces
    to protect voters").

    Args:
        doc: The parsed document.
        appeal: :func:`_appeal_to` of the addressee.
        o: A mention of the addressee's sentence.
        scene: The story's scene (None: not known, as for namesake places).
    """
    if appeal is None:
        return False
    tokens, collective = appeal
    o_head = doc[o.end - 1]
    if not any(o_head.i == c.i or c in o_head.ancestors for c in tokens):
        return False  # neither the caller's phrase nor where it called from ("In <city>, ")
    if collective or foreign_facing(o):
        return True
    home = scene.get().country() if scene is not None else None
    if home is not None:
        return home != o.country
    # no scene: a state named as a whole calls on others ("The U.S. calls upon the
    # government to ..."); a leader or government named by office may urge its own
    return o.kind == "GPE" and not o.sector and not o.extra.get("office")


def _conjuncts(a: Token, b: Token) -> bool:
    """Return True when ``a`` and ``b`` head coordinated noun phrases ("X and Y")."""
    return ((a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i)
            or (a.dep_ == b.dep_ == "conj" and a.head.i == b.head.i))


def _reports(verb: Token, subject: Token, other: Token) -> bool:
    """Return True when ``subject`` speaks through ``verb`` and ``other`` is in what it says."""
    if verb.lemma_ not in REPORT_LEMMAS and verb.lemma_ not in _MORE_REPORTS:
        return False
    if subject.dep_ not in {"nsubj", "nsubjpass", "dative", "dobj"} and not (
            subject.dep_ == "pobj" and subject.head.head.i == verb.i):
        return False
    return other.i != verb.i and any((c.dep_ in {"ccomp", "xcomp"} and c in other.ancestors)
                                     or (c.i == other.i and c.dep_ == "ccomp")
                                     for c in verb.children)


#: Reporting verbs beyond the shared list (their subject is a source, not the scene).
_MORE_REPORTS = frozenset({"allege", "accuse", "assert", "describe", "highlight", "predict",
                           "believe", "estimate", "suggest", "argue", "call", "caution"})


def _head_lemma(doc: Doc, m: _Mention) -> str:
    return doc[m.end - 1].lemma_.lower()


#: Determiners of a repeat that refers back to an earlier mention.
DEFINITE = frozenset({"the", "these", "those", "this", "that"})


def _chain(doc: Doc, ordered: list[_Mention], m: _Mention) -> str | None:
    """Country of the earlier nominals with the same head noun, when they name only one.

    A place on the earlier noun ("rebels in South Sudan") carries over only to a definite
    repeat ("the rebels"); a bare plural after it may be generic ("accused each other of
    supporting rebels").
    """
    if m.kind != "NOMINAL" or m.extra.get("place_context"):
        return None
    definite = doc[m.start].lower_ in DEFINITE
    head = _head_lemma(doc, m)
    found = {str(o.country) for o in ordered
             if o.start < m.start and o.kind == "NOMINAL" and _states(o) and not o.is_place
             and _head_lemma(doc, o) == head and (definite or not o.extra.get("noun_place"))}
    return found.pop() if len(found) == 1 else None

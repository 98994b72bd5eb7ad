"""Closed word classes of trigger detection: light verbs and nouns, response verbs, quantifiers.

Kept apart from :mod:`wirecoder.events.triggers` (which re-exports them) so that the word lists
can be read and extended without the matching code.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["INVERSE_LIGHT_VERBS", "LIGHT_NOUNS", "LIGHT_VERBS", "QUANTIFIERS", "RESPONSE_VERBS",
           "verb_lemma"]

#: Verbs whose object noun carries the event and whose subject is its actor
#: ("hold talks", "launch an attack", "impose sanctions", "pose a threat").
LIGHT_VERBS = frozenset((
    "hold", "have", "conduct", "launch", "carry", "stage", "make", "issue", "impose",
    "pose", "level", "file", "lodge", "give", "deliver", "express", "voice", "mount",
    "begin", "start", "resume", "continue", "expand", "extend", "announce", "unveil",
    "order", "authorize", "authorise", "take", "undertake", "pursue", "renew", "intensify",
    "escalate", "wage", "perpetrate", "commit", "declare", "implement", "enforce",
    "introduce", "tighten", "slap", "place", "put", "raise", "hike", "increase", "plan",
    "complete", "organize", "organise", "lead", "join", "attend", "chair", "host", "step",
    "do", "perform", "initiate", "execute", "mark", "announce", "sign", "approve", "fire",
    "unleash", "open", "schedule", "set", "seek", "propose", "levy", "bring", "keep",
    "maintain", "ramp", "double", "triple", "reimpose", "affirm", "reaffirm", "reiterate",
    "restate", "claim", "repeat", "commence",
))
#: Past forms the small English model lemmatises wrongly, by lower-case form ("staged" ->
#: "stag"), so that a light verb is still recognised.
_MISLEMMAS = {"staged": "stage", "staging": "stage"}


def verb_lemma(token: Token) -> str:
    """The lower-case lemma of a verb token, with the known mislemmatisations corrected."""
    return _MISLEMMAS.get(token.lower_) or token.lemma_.lower()

#: Light verbs whose subject undergoes the event ("drew criticism from", "faced sanctions").
INVERSE_LIGHT_VERBS = frozenset((
    "draw", "face", "receive", "suffer", "attract", "incur", "endure", "undergo",
    "encounter", "sustain", "survive", "escape", "earn", "bear", "meet", "stand",
))
#: Nouns whose "of" object carries the event and whose possessor is its actor
#: ("Trump's imposition of sanctions", "the launch of an offensive").
LIGHT_NOUNS = frozenset((
    "imposition", "launch", "introduction", "implementation", "enforcement", "escalation",
    "resumption", "continuation", "use", "issuance", "imposing", "launching", "deployment",
    "expansion", "extension", "intensification", "renewal", "reimposition", "declaration",
))
#: Verbs whose "with" phrase names the act they consist of ("retaliated with tariffs").
RESPONSE_VERBS = frozenset((
    "respond", "retaliate", "react", "reply", "answer", "hit", "strike", "slap", "threaten",
    "follow", "counter", "punish", "target", "press", "proceed", "continue", "push",
))
#: Nouns that count or group events and pass their verb on ("a series of airstrikes").
QUANTIFIERS = frozenset((
    "series", "wave", "spate", "string", "round", "flurry", "barrage", "volley", "number",
    "set", "package", "raft", "slew", "batch", "campaign", "rash", "host",
))

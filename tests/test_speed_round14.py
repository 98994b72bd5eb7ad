"""Round-14 speed-ups: tables built once per document, checks that stop when decided.

Each test checks that a helper reads the table it keeps, or skips work that cannot change
its answer (so it fails when the helper does the work again), and that the answers are
those of the plain computation. Sentences written for the test.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from wirecoder.actors import groups, titles
from wirecoder.events import trigger_syntax
from wirecoder.events.arg_candidates import _HEADS_KEY, mention_head
from wirecoder.events.lexicon import Condition
from wirecoder.models import Entity
from wirecoder.textutil import _POSITIONS_KEY, tokens_with


def _blank(text: str) -> Doc:
    return spacy.blank("en")(text)


def test_tokens_with_reads_the_positions_table_of_the_document() -> None:
    doc = _blank("Veridia and Ruritania traded notes; Veridia then recalled its envoy "
                 "to Ruritania.")
    assert tokens_with(doc, {"veridia"}) == [0, 6]
    column, positions = doc.user_data[_POSITIONS_KEY]
    assert column is not None and sorted(positions) == sorted(set(column.tolist()))
    veridia = next(k for k, v in positions.items() if v == [0, 6])
    positions[veridia] = [3]  # a later call reads the kept table, not the tokens
    assert tokens_with(doc, frozenset({"veridia"})) == [3]
    # many words, more than the document has: the same answer, in text order
    many = {"ruritania", "envoy", "notes", *(f"w{i}" for i in range(200))}
    assert tokens_with(doc, many) == [2, 4, 10, 12]


def test_group_heads_are_read_from_the_lower_column() -> None:
    doc = _blank("The two Freedonias met while the neighbours of both nations waited.")
    assert groups._head_candidates(doc) == [2, 6, 9]  # after "two", and the two head words
    assert [t.i for t in doc if t.lower_ in groups._HEAD_WORDS
            or (t.i > 0 and doc[t.i - 1].lower_ == "two")] == [2, 6, 9]


def test_quoted_far_from_any_break_reads_only_the_marks(monkeypatch) -> None:
    words = ["“", "Ruritania", "waits", "”", *(["and"] * 450), "“", "Veridia", "acts", "."]
    doc = Doc(spacy.blank("en").vocab, words=words)
    far = doc[len(doc) - 2]  # inside the last quotation, 400+ tokens from the start
    steps: list[str] = []
    real = titles._quote_step

    def counted(inside: bool, with_ws: str, text: str) -> bool:
        steps.append(text)
        return real(inside, with_ws, text)

    monkeypatch.setattr(titles, "_quote_step", counted)
    titles._quote_states(doc)  # the document's marks, read once
    steps.clear()
    assert titles.quoted(far)
    assert steps == ["“"]  # the window's one mark, not its 400 tokens


def test_condition_stops_at_the_first_part_that_decides(monkeypatch) -> None:
    doc = spacy.blank("en")("Freedonia shipped grain to Veridia.")
    verb = doc[1]

    def unread(*_args: object) -> set[str]:
        raise AssertionError("a part was read after the decision")

    monkeypatch.setattr(trigger_syntax, "_held_object_words", unread)
    monkeypatch.setattr(trigger_syntax, "_subject_words", unread)
    both = Condition(prep=frozenset({"against"}), object=frozenset({"grain"}))
    assert not trigger_syntax.condition_holds(both, verb, None, {}, True)  # prep fails first
    # any part: the word before the verb is a modifier word, so the modifier part holds
    either = Condition(modifier=frozenset({"freedonia"}), subject=frozenset({"grain"}))
    assert trigger_syntax.condition_holds(either, verb, None, {}, False)
    # every part, none set: holds; any part, none set: does not
    assert trigger_syntax.condition_holds(Condition(), verb, None, {}, True)
    assert not trigger_syntax.condition_holds(Condition(), verb, None, {}, False)


def test_mention_head_is_kept_per_span() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Envoys of Ruritania met the Veridian delegation.")
    entity = Entity(raw_text="Ruritania", entity_name="Ruritania", start=10, end=19, sentence=0,
                    kind="GPE", country_code="RUR")
    head = mention_head(doc, entity)
    assert head is not None and head.i == 2
    assert doc.user_data[_HEADS_KEY] == {(10, 19): 2}
    doc.user_data[_HEADS_KEY][(10, 19)] = 4  # a later call reads the kept index
    again = mention_head(doc, entity)
    assert again is not None and again.i == 4
    outside = entity.model_copy(update={"start": 100, "end": 105})
    assert mention_head(doc, outside) is None


def test_proba_many_gives_the_rows_of_proba() -> None:
    from wirecoder.learned import LinearModel

    model = LinearModel(("none", "actor", "recipient"),
                        {"side=before": [0.1, 1.3, -0.7], "type=AID": [-0.4, 0.2, 0.9],
                         "rank=0": [0.05, 0.6, 0.3]}, [0.2, -0.1, 0.0])
    many = [["side=before", "rank=0"], ["type=AID", "unknown"], [], {"type=AID": 0.5}]
    rows = model.proba_many(many)
    assert rows.shape == (4, 3)
    for features, row in zip(many, rows, strict=True):
        assert row.tobytes() == model.proba(features).tobytes()  # bit for bit

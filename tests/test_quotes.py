"""Tests of the quotes stage: quotation marks, partial and reported speech, speakers."""

from __future__ import annotations

import json
import re

import pytest

from wirecoder.models import Quote, Story
from wirecoder.quotes.marks import MAX_QUOTE_CHARS, find_quotes
from wirecoder.settings import Settings
from wirecoder.stages import StageContext

QUOTE_MARKS = '"“”‘’'


def run(nlp, text: str) -> tuple[Quote, ...]:
    """Parse ``text`` and run the actors and quotes stages on it."""
    from wirecoder.actors import extract as actors
    from wirecoder.quotes import extract as quotes

    doc = nlp(text)
    story = Story(id="t", text=text)
    settings = Settings()
    entities = actors(doc, StageContext(story=story, settings=settings))
    ctx = StageContext(story=story, settings=settings, results={"entities": entities})
    return quotes(doc, ctx)


def speaker(quote: Quote) -> str:
    return quote.speaker.entity_name if quote.speaker else ""


def check_offsets(text: str, quotes: tuple[Quote, ...]) -> None:
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert q.text.strip() == q.text
        if q.cue_start is not None:
            assert q.cue_end > q.cue_start
            assert text[q.cue_start : q.cue_end].split()[0] == q.cue.split()[0]


def checked_quotes(nlp, text: str, kind: str | None = None) -> list[Quote]:
    """Return the quotes of ``text`` (of one ``kind`` if given), their offsets checked."""
    quotes = run(nlp, text)
    check_offsets(text, quotes)
    return [q for q in quotes if kind is None or q.kind == kind]


def test_split_quote_shares_its_speaker(nlp):
    text = (
        "“We will not give up,” Chancellor Olaf Scholz said. “We will fight on until it is done.”"
    )
    quotes = run(nlp, text)
    check_offsets(text, quotes)
    assert [q.kind for q in quotes] == ["direct", "direct"]
    assert quotes[0].text == "We will not give up"  # the comma belongs to the attribution
    assert quotes[1].text == "We will fight on until it is done."
    assert all("Scholz" in speaker(q) for q in quotes)
    assert all(q.cue == "said" for q in quotes)


def test_partial_quotes_with_cast_as_cue(nlp):
    text = (
        'French President Emmanuel Macron described the talks as "frank" and "very useful," '
        "adding that both sides would meet again in May."
    )
    quotes = run(nlp, text)
    check_offsets(text, quotes)
    partial = [q for q in quotes if q.kind == "partial"]
    assert [q.text.rstrip(",") for q in partial] == ["frank", "very useful"]
    assert all(q.cue == "described ... as" for q in partial)
    assert text[partial[0].cue_start : partial[0].cue_end] == "described the talks as"
    assert all("Macron" in speaker(q) for q in quotes)
    indirect = [q for q in quotes if q.kind == "indirect"]
    assert [q.text for q in indirect] == ["both sides would meet again in May"]
    assert indirect[0].cue == "adding"


def test_reported_speech_said_according_to_but_not_an_appeal(nlp):
    text = (
        "The Foreign Ministry said in a statement that the border would reopen on Monday. "
        "According to the United Nations, more than two million people have fled the fighting. "
        "Pope Francis urged both sides to lay down their weapons."
    )
    quotes = run(nlp, text)
    check_offsets(text, quotes)
    assert all(q.kind == "indirect" for q in quotes)
    found = {q.cue.lower(): (q.text, speaker(q)) for q in quotes}
    assert found["said"] == ("the border would reopen on Monday", "Foreign Ministry")
    assert found["according to"][0] == "more than two million people have fled the fighting"
    assert "United Nations" in found["according to"][1]
    assert "urged" not in found  # an infinitival directive is an appeal, not reported words
    assert len(quotes) == 2


def test_pronoun_speaker_resolves_to_the_person(nlp):
    text = (
        "Maria Lopez, a senior economist at Harbor Bank, spoke to reporters in Madrid on Tuesday. "
        '"Interest rates will stay high for a while," she told VOA.'
    )
    quotes = run(nlp, text)
    check_offsets(text, quotes)
    (quote,) = quotes
    assert quote.kind == "direct" and quote.cue == "told"
    assert quote.speaker is not None
    assert quote.speaker.raw_text == "she" and quote.speaker.kind == "PRONOUN"
    assert quote.speaker.entity_name == "Maria Lopez"
    assert text[quote.speaker.start : quote.speaker.end] == "she"


def test_inverted_attribution_reads_role_and_organization(nlp):
    text = "“Freight rates will ease,” said Lena Ortiz, a shipping economist at Capital Economics."
    (quote,) = run(nlp, text)
    assert quote.kind == "direct" and speaker(quote) == "Lena Ortiz"
    assert quote.speaker.role and "economist" in quote.speaker.role
    assert quote.speaker.organization == "Capital Economics"


@pytest.mark.parametrize(("opening", "closing"), [('"', '"'), ("“", "”"), ("“", '"'), ('"', "”")])
def test_straight_and_curly_marks_give_the_same_quote(nlp, opening, closing):
    text = f"{opening}We are ready to talk,{closing} Foreign Minister Ana Ruiz told reporters."
    (quote,) = run(nlp, text)
    assert quote.text == "We are ready to talk"
    assert quote.kind == "direct" and "Ruiz" in speaker(quote)


def test_unclosed_mark_does_not_swallow_the_article(nlp):
    text = (
        'Angela Merkel said "the talks went well. The rest of this article is not quoted and '
        "goes on about trade, tariffs and shipping for a long while.\n"
        "In a second paragraph, the minister said the port would reopen on Friday."
    )
    quotes = run(nlp, text)
    check_offsets(text, quotes)
    first = quotes[0]
    assert first.text == "the talks went well"  # partial: no final period
    assert "Merkel" in speaker(first)
    assert all("\n" not in q.text for q in quotes)
    assert any(q.kind == "indirect" and q.text == "the port would reopen on Friday" for q in quotes)


def test_apostrophes_and_headline_single_quotes_are_no_quotes(nlp):
    text = (
        "The leaders’ last call was in November. ‘Peace now’ was the slogan on the banners, "
        "and the protesters’ demands were clear. It's the workers' turn, officials' notes show."
    )
    assert run(nlp, text) == ()


def test_curly_single_quotes_with_speech_punctuation_count(nlp):
    text = "‘We are not for sale,’ Prime Minister Mute Egede wrote on Facebook."
    (quote,) = run(nlp, text)
    assert quote.text == "We are not for sale" and quote.cue == "wrote"
    assert "Egede" in speaker(quote)


def test_odd_marks_and_nested_same_marks_do_not_crash(nlp):
    text = (
        '"The Taliban can\'t suppress our voices by "banning books," said Khoshbo, but "women '
        'can\'t be erased from society." He was 5\'10" tall. "'
    )
    quotes = run(nlp, text)
    check_offsets(text, quotes)
    assert quotes and all(len(q.text) < 120 for q in quotes)
    assert any(q.text.startswith("women") and "Khoshbo" in speaker(q) for q in quotes)


def test_title_in_quotation_marks_is_not_speech(nlp):
    text = 'They are members of the group "Chagossian Voices," which campaigns for the islanders.'
    assert [q for q in run(nlp, text) if q.kind != "indirect"] == []


def test_marks_pairing_is_bounded():
    text = "“" + "word " * (MAX_QUOTE_CHARS // 4) + "” end."
    spans = find_quotes(text, lambda pos: min(len(text), pos + 50))
    assert all(s.end - s.start <= MAX_QUOTE_CHARS for s in spans)
    assert find_quotes("no marks at all", lambda pos: 15) == []
    assert find_quotes('"', lambda pos: 1) == []


def test_multi_paragraph_quotation_continues():
    text = "“First paragraph of the speech.\n“Second paragraph, the end.” he said."
    spans = find_quotes(text, lambda pos: len(text))
    assert [text[s.start : s.end] for s in spans] == [
        "First paragraph of the speech.",
        "Second paragraph, the end.",
    ]


def test_evaluate_scores_both_systems(tmp_path):
    from wirecoder.evaluation.quotes import evaluate

    text = "“We will win,” President Ana Ruiz said. Ruiz said the talks would resume in May."
    gold = {
        "id": "t1",
        "source": "test",
        "published": None,
        "text": text,
        "quotes": [
            {
                "text": "We will win,",
                "start": 1,
                "end": 13,
                "kind": "direct",
                "cue": "said",
                "speaker_text": "President Ana Ruiz",
                "speaker": "Ana Ruiz",
                "speaker_country": None,
            },
            {
                "text": "the talks would resume in May",
                "start": 50,
                "end": 79,
                "kind": "indirect",
                "cue": "said",
                "speaker_text": "Ruiz",
                "speaker": "Ana Ruiz",
                "speaker_country": None,
            },
        ],
    }
    odd = {
        "id": "t2",
        "source": "test",
        "published": None,
        "quotes": [],
        "text": 'He said "yes and then he left.',
    }
    path = tmp_path / "dev.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (gold, odd)) + "\n", encoding="utf-8")
    report = evaluate(path, Settings())
    assert report.headline["recall"] == 1.0
    assert report.headline["speaker_accuracy"] == 1.0
    assert report.headline["gold_quotes"] == 2
    if "textacy_recall" in report.headline:
        assert report.headline["textacy_recall"] <= 0.5  # no reported speech
    else:
        assert any("textacy" in note for note in report.notes)


def test_seed_story_quotes_and_speakers(nlp, seed_text):
    quotes = run(nlp, seed_text)
    check_offsets(seed_text, quotes)
    marked = [q for q in quotes if q.kind != "indirect"]
    for q in marked:  # every one sits between quotation marks
        assert seed_text[q.start - 1] in QUOTE_MARKS
    names = [speaker(q) for q in marked]
    assert len(marked) == 10
    expected = ["Trump"] * 5 + ["Xi"] * 3
    assert all(last in name for last, name in zip(expected, names[:8], strict=True)), names
    for q, name in zip(marked[8:], names[8:], strict=True):  # two analysts, named in the story
        paragraph = seed_text[seed_text.rfind("\n", 0, q.start) + 1:seed_text.find("\n", q.end)]
        assert name and name.split()[-1] in paragraph and name not in {"Trump", "Xi"}, name
    assert [q.kind for q in marked] == ["partial"] * 6 + ["direct"] * 4
    assert marked[0].cue == "cast ... as"
    org = marked[8].speaker.organization  # the firm the analyst's apposition names
    assert org and re.search(rf"\bat {re.escape(org)}\b", seed_text), org
    reported = [q for q in quotes if q.kind == "indirect"]
    assert sum("Trump" in speaker(q) for q in reported) >= 3
    assert sum("Xi" in speaker(q) for q in reported) >= 1
    assert all(q.cue not in ("urged", "called on") for q in reported)  # appeals are no quotes


@pytest.mark.slow
def test_voa_corpus_properties(nlp, voa_stories):
    for story in voa_stories:
        text = story["text"]
        quotes = run(nlp, text)
        check_offsets(text, quotes)
        doc_sents = [s.start_char for s in nlp(text).sents]
        for q in quotes:
            assert len(q.text) <= MAX_QUOTE_CHARS
            if q.speaker is None:
                continue
            first = max(0, q.sentence - 2)  # 'the statement said': its issuer, 2 sentences back
            last_sent = max(i for i, start in enumerate(doc_sents) if start < q.end)
            low = doc_sents[first]
            high = doc_sents[last_sent + 2] if last_sent + 2 < len(doc_sents) else len(text)
            assert low <= q.speaker.start < high, (story["id"], q.text[:60])

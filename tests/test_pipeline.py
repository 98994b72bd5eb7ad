"""Pipeline orchestration on real text: order, batching, workers, bad input, warnings."""

from __future__ import annotations

import pytest

import wirecoder
from wirecoder import Settings
from wirecoder.errors import ConfigError, InputError
from wirecoder.models import ItemError
from wirecoder.stages import check_order

TEXT = ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on "
        "Tuesday. \"We agreed to open the border,\" Ruto said.")


def test_analyze_returns_records_with_valid_offsets():
    analysis = wirecoder.analyze(TEXT, published="2025-03-14", id="k1", title="Talks")
    assert analysis.id == "k1" and analysis.title == "Talks"
    assert str(analysis.published) == "2025-03-14"
    assert analysis.entities, "the actors stage found nothing"
    records = [*analysis.entities, *analysis.events, *analysis.quotes, *analysis.quantities,
               *analysis.time_expressions]
    for record in records:
        assert 0 <= record.start < record.end <= len(TEXT)
    assert analysis.meta["model"].endswith("3.8.0")
    assert analysis.warnings == ()


def test_empty_text_gives_empty_analysis_with_warning():
    analysis = wirecoder.analyze("   ", published="2025-03-14")
    assert analysis.entities == () and analysis.events == ()
    assert [w.code for w in analysis.warnings] == ["empty_text"]


def test_missing_date_is_a_warning():
    analysis = wirecoder.analyze(TEXT)
    assert "no_published_date" in [w.code for w in analysis.warnings]


def test_non_english_text_is_flagged():
    text = ("Le président de la République a rencontré son homologue chinois à Pékin mardi "
            "pour discuter des relations commerciales entre les deux pays selon un communiqué.")
    analysis = wirecoder.analyze(text, published="2025-03-14")
    assert "not_english" in [w.code for w in analysis.warnings]


def test_oversized_text_is_refused():
    with pytest.raises(InputError, match="W004"):
        wirecoder.analyze("word " * 100, settings=Settings(max_chars=50))


def test_analyze_many_keeps_order_and_reports_bad_items():
    errors: list[ItemError] = []
    stories = [{"id": "one", "text": TEXT, "published": "2025-03-14"},
               {"id": "big", "text": "x " * 500},
               {"id": "two", "text": "Iran denied the report.", "published": "2025-03-13"},
               {"id": "bad", "text": "y", "published": "not a date"}]
    results = list(wirecoder.analyze_many(stories, settings=Settings(max_chars=400, batch_size=2),
                                          on_error=errors.append))
    assert [a.id for a in results] == ["one", "two"]
    assert sorted((e.id, e.code) for e in errors) == [("bad", "W009"), ("big", "W004")]


def test_analyze_many_raises_without_error_handler():
    with pytest.raises(wirecoder.WirecoderError):
        list(wirecoder.analyze_many([{"id": "big", "text": "x " * 500}],
                                    settings=Settings(max_chars=10)))


@pytest.mark.slow
def test_workers_give_the_same_output_as_one_process(voa_stories):
    stories = voa_stories[:6]
    one = [a.to_dict() for a in wirecoder.analyze_many(stories, workers=1)]
    two = [a.to_dict() for a in wirecoder.analyze_many(stories, workers=2)]
    assert one == two


def test_stage_order_is_checked():
    import wirecoder.pipeline

    wirecoder.pipeline._load_stages(Settings())
    with pytest.raises(ConfigError, match="needs"):
        check_order(("events", "entities"))
    with pytest.raises(ConfigError, match="Unknown stage"):
        check_order(("nope",))

"""Gold-set splits: dev2 replaces heldout, sealed test sets are checked and logged, dyad F1."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from wirecoder.errors import ConfigError
from wirecoder.evaluation import _check_sealed, evaluate
from wirecoder.evaluation.events import _Tally, match_events


def _ents(codes: list[str]) -> list[SimpleNamespace]:
    return [SimpleNamespace(country_code=c) for c in codes]


def _event(kind: str, start: int, end: int, actor: list[str],
           recipient: list[str]) -> SimpleNamespace:
    return SimpleNamespace(event_type=kind, start=start, end=end, actor=_ents(actor),
                           recipient=_ents(recipient), mode=None, negated=False, future=False,
                           hypothetical=False, event_text="x")


def test_heldout_split_is_refused_with_its_new_name() -> None:
    with pytest.raises(ConfigError, match="dev2"):
        evaluate("events", split="heldout")


def test_sealed_file_must_match_its_sha256(tmp_path: Path) -> None:
    gold = tmp_path / "documents.jsonl"
    gold.write_text('{"id": "a", "text": "x", "events": []}\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="SHA256SUMS"):
        _check_sealed(gold)
    digest = hashlib.sha256(gold.read_bytes()).hexdigest()
    (tmp_path / "SHA256SUMS").write_text(f"{digest}  documents.jsonl\n", encoding="utf-8")
    assert _check_sealed(gold) == digest
    gold.write_text('{"id": "a", "text": "y", "events": []}\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="changed since it was sealed"):
        _check_sealed(gold)


def test_document_events_match_only_inside_their_sentence() -> None:
    text = "Ruritania met Freedonia. Ruritania attacked Freedonia."
    gold = [{"event_type": "CONSULT", "sentence_start": 0, "sentence_end": 24,
             "actor": ["RUR"], "recipient": ["FRE"]}]
    in_second_sentence = _event("CONSULT", 35, 43, ["RUR"], ["FRE"])
    pairs, lost, extra = match_events(text, gold, [in_second_sentence])
    assert pairs == [] and lost == [0] and extra == [0]
    in_first = _event("CONSULT", 10, 13, ["RUR"], ["FRE"])
    assert match_events(text, gold, [in_first])[0] == [(0, 0)]


def test_dyad_f1_needs_type_sentence_actor_and_recipient() -> None:
    tally = _Tally()
    record = {"id": "r", "text": "A met B. C hit D.", "events": [
        {"event_type": "CONSULT", "actor": ["AAA"], "recipient": ["BBB"]},
        {"event_type": "ASSAULT", "actor": ["CCC"], "recipient": ["DDD"]},
    ]}
    tally.add(record, [_event("CONSULT", 2, 5, ["AAA"], ["BBB"]),
                       _event("ASSAULT", 11, 14, ["CCC"], ["XXX"])])
    assert (tally.dyad.tp, tally.dyad.fp, tally.dyad.fn) == (1, 1, 1)
    assert tally.per_type["ASSAULT"].tp == 1  # type-only matching still counts it


def test_dyad_metric_is_in_the_events_report_json() -> None:
    from wirecoder.evaluation.events import _report

    tally = _Tally()
    tally.add({"id": "r", "text": "A met B.", "events": [
        {"event_type": "CONSULT", "actor": ["AAA"], "recipient": ["BBB"]}]},
        [_event("CONSULT", 2, 5, ["AAA"], ["BBB"])])
    headline = _report(tally, 1).headline
    assert headline["dyad_f1"] == 1.0
    assert json.loads(json.dumps(headline))["micro_f1"] == 1.0


#: (task, split, the folder (events) or file (the other tasks) the split reads).
SPLIT_SETS = [
    ("events", "test", "test26"),  # this round's sealed set
    ("events", "test27", "test27"),  # kept for the next round
    ("events", "dev31", "test25"),  # spent, opened in round 26
    ("events", "dev30", "test24"),  # spent, opened in round 25
    ("events", "dev29", "test23"),  # spent, opened in round 24
    ("events", "dev28", "test22"),  # spent, opened in round 23
    ("events", "dev27", "test21"),  # spent, opened in round 22
    ("events", "dev26", "test20"),  # spent, opened in round 21
    ("events", "dev25", "test19"),  # spent, opened in round 20
    ("events", "dev24", "test18"),  # spent, opened in round 19
    ("events", "dev23", "test17"),  # spent, opened in round 18
    ("events", "dev22", "test16"),  # spent, opened in round 17
    ("events", "dev21", "test15"),  # spent, opened in round 16
    ("events", "dev20", "test14"),  # spent, opened in round 15
    ("events", "dev19", "test13"),  # spent, opened in round 14
    ("events", "dev18", "test12"),  # spent, opened in round 13
    ("events", "dev16", "test10"),  # spent, opened in round 11
    ("events", "dev17", "test11"),  # spent, opened in round 12
    ("events", "dev15", "test9"),  # spent, opened in round 10
    ("events", "dev14", "test8"),  # spent, opened in round 9
    ("events", "dev13", "test7"),  # spent, opened in round 8
    ("events", "dev12", "test6"),  # spent, opened in round 7
    ("events", "dev3", "test"),  # the first, now unsealed
    ("quotes", "dev3", "test.jsonl"),
    ("readouts", "test", "heldout25.jsonl"),
    ("readouts", "heldout26", "heldout26.jsonl"),  # the next round's
    ("readouts", "dev26", "heldout24.jsonl"),  # spent, opened in round 26
    ("readouts", "dev25", "heldout23.jsonl"),  # spent, opened in round 25
    ("readouts", "dev24", "heldout22.jsonl"),  # spent, opened in round 24
    ("readouts", "dev23", "heldout21.jsonl"),  # spent, opened in round 23
    ("readouts", "dev22", "heldout20.jsonl"),  # spent, opened in round 22
    ("readouts", "dev21", "heldout19.jsonl"),  # spent, opened in round 21
    ("readouts", "dev20", "heldout18.jsonl"),  # spent, opened in round 20
    ("readouts", "dev19", "heldout17.jsonl"),  # spent, opened in round 19
    ("readouts", "dev18", "heldout16.jsonl"),  # spent, opened in round 18
    ("readouts", "dev17", "heldout15.jsonl"),  # spent, opened in round 17
    ("readouts", "dev16", "heldout14.jsonl"),  # spent, opened in round 16
    ("readouts", "dev15", "heldout13.jsonl"),  # spent, opened in round 15
    ("readouts", "dev14", "heldout12.jsonl"),  # spent, opened in round 14
    ("readouts", "dev13", "heldout11.jsonl"),  # spent, opened in round 13
    ("readouts", "dev11", "heldout9.jsonl"),  # spent, opened in round 11
    ("readouts", "dev12", "heldout10.jsonl"),  # spent, opened in round 12
    ("readouts", "dev10", "heldout8.jsonl"),  # spent, opened in round 10
    ("readouts", "dev9", "heldout7.jsonl"),  # spent, opened in round 9
    ("readouts", "dev8", "heldout6.jsonl"),  # spent, opened in round 8
    ("readouts", "dev7", "heldout5.jsonl"),  # spent, opened
    # quantities test2 became a dev set once its errors were seen: test is the newer test3
    ("quantities", "test", "test26.jsonl"),
    ("quantities", "test27", "test27.jsonl"),  # kept for the next round
    ("quantities", "dev30", "test25.jsonl"),  # spent, opened in round 26
    ("quantities", "dev29", "test24.jsonl"),  # spent, opened in round 25
    ("quantities", "dev28", "test23.jsonl"),  # spent, opened in round 24
    ("quantities", "dev27", "test22.jsonl"),  # spent, opened in round 23
    ("quantities", "dev26", "test21.jsonl"),  # spent, opened in round 22
    ("quantities", "dev25", "test20.jsonl"),  # spent, opened in round 21
    ("quantities", "dev24", "test19.jsonl"),  # spent, opened in round 20
    ("quantities", "dev23", "test18.jsonl"),  # spent, opened in round 19
    ("quantities", "dev22", "test17.jsonl"),  # spent, opened in round 18
    ("quantities", "dev21", "test16.jsonl"),  # spent, opened in round 17
    ("quantities", "dev20", "test15.jsonl"),  # spent, opened in round 16
    ("quantities", "dev19", "test14.jsonl"),  # spent, opened in round 15
    ("quantities", "dev18", "test13.jsonl"),  # spent, opened in round 14
    ("quantities", "dev17", "test12.jsonl"),  # spent, opened in round 13
    ("quantities", "dev15", "test10.jsonl"),  # spent, opened in round 11
    ("quantities", "dev16", "test11.jsonl"),  # spent, opened in round 12
    ("quantities", "dev14", "test9.jsonl"),  # spent, opened in round 10
    ("quantities", "dev13", "test8.jsonl"),  # spent, opened in round 9
    ("quantities", "dev10", "test7.jsonl"),  # spent, opened in round 8
    ("quotes", "test", "test25.jsonl"),
    ("quotes", "test26", "test26.jsonl"),  # kept for the next round
    ("quotes", "dev28", "test24.jsonl"),  # spent, opened in round 26
    ("quotes", "dev27", "test23.jsonl"),  # spent, opened in round 25
    ("quotes", "dev26", "test22.jsonl"),  # spent, opened in round 24
    ("quotes", "dev25", "test21.jsonl"),  # spent, opened in round 23
    ("quotes", "dev24", "test20.jsonl"),  # spent, opened in round 22
    ("quotes", "dev23", "test19.jsonl"),  # spent, opened in round 21
    ("quotes", "dev22", "test18.jsonl"),  # spent, opened in round 20
    ("quotes", "dev21", "test17.jsonl"),  # spent, opened in round 19
    ("quotes", "dev20", "test16.jsonl"),  # spent, opened in round 18
    ("quotes", "dev19", "test15.jsonl"),  # spent, opened in round 17
    ("quotes", "dev18", "test14.jsonl"),  # spent, opened in round 16
    ("quotes", "dev17", "test13.jsonl"),  # spent, opened in round 15
    ("quotes", "dev16", "test12.jsonl"),  # spent, opened in round 14
    ("quotes", "dev13", "test9.jsonl"),  # spent, opened in round 11
    ("quotes", "dev14", "test10.jsonl"),  # spent, opened in round 12
    ("quotes", "dev15", "test11.jsonl"),  # spent, opened in round 13
    ("quotes", "dev12", "test8.jsonl"),  # spent, opened in round 10
    ("quotes", "dev11", "test7.jsonl"),  # spent, opened in round 9
    ("quotes", "dev10", "test6.jsonl"),  # spent, opened in round 8
]


@pytest.mark.parametrize(("task", "split", "name"), SPLIT_SETS)
def test_sealed_sets_are_the_fresh_ones_and_the_seen_ones_are_dev3(task: str, split: str,
                                                                  name: str) -> None:
    from wirecoder.evaluation import default_gold

    gold = default_gold(task, split)
    assert (gold.parent.name if task == "events" else gold.name) == name


def test_a_seen_set_is_a_dev_split_and_each_fresh_set_is_sealed() -> None:
    from wirecoder.evaluation import default_gold

    seen = default_gold("quantities", "dev4")  # the quantities test2 set, seen once scored
    assert (seen.parent.name, seen.name) == ("quantities", "test2.jsonl")
    for task in ("events", "quotes", "quantities", "readouts"):
        _check_sealed(default_gold(task, "test"))  # each fresh set is committed with its sha256


def test_named_sealed_splits_pick_one_set_and_refuse_a_missing_one() -> None:
    from wirecoder.errors import ConfigError
    from wirecoder.evaluation import default_gold, is_sealed

    assert is_sealed("test2") and is_sealed("test3") and not is_sealed("dev3")
    assert default_gold("events", "test2").parent.name == "test2"
    assert default_gold("quotes", "test2").name == "test2.jsonl"
    with pytest.raises(ConfigError, match="no sealed set 'test2'"):
        default_gold("quantities", "test2")  # seen, hence not offered as a sealed set


def test_named_sealed_split_heldout2_is_checked_and_logged(tmp_path: Path, nlp) -> None:
    story = ("Ruritania's foreign ministry said the talks were productive. "
             "Freedonia's foreign minister Ana Costa said the talks failed.")
    group = {"group": "g1", "mode": "within", "text": story,
             "accounts": [{"id": "RUR", "side": "RUR"}, {"id": "FRE", "side": "FRE"}],
             "points": [{"topic": "talks", "relation": "contradiction", "in": ["RUR", "FRE"],
                         "evidence": {"RUR": [[0, 60]], "FRE": [[61, len(story)]]}}]}
    folder = tmp_path / "readouts"
    folder.mkdir()
    gold = folder / "heldout2.jsonl"
    gold.write_text(json.dumps(group) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="--sealed-run"):  # never spent by accident
        evaluate("readouts", split="heldout2", gold_dir=tmp_path)
    assert not (folder / "LOG.md").exists()
    with pytest.raises(ConfigError, match="SHA256SUMS"):
        evaluate("readouts", split="heldout2", gold_dir=tmp_path, sealed_run=True)
    digest = hashlib.sha256(gold.read_bytes()).hexdigest()
    (folder / "SHA256SUMS").write_text(f"{digest}  heldout2.jsonl\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="sealed test set"):  # the same file given by path
        evaluate("readouts", gold, gold_dir=tmp_path)
    report = evaluate("readouts", gold, gold_dir=tmp_path, sealed_run=True)
    assert report.headline["gold_points"] == 1
    log = (folder / "LOG.md").read_text(encoding="utf-8")
    assert "task readouts" in log and digest[:12] in log
    assert len(log.splitlines()) == 1  # refused runs are not logged; the one run is
    with pytest.raises(ConfigError, match="Unknown split"):
        evaluate("readouts", split="heldout1", gold_dir=tmp_path)


def test_a_further_dev_split_reads_its_own_file() -> None:
    from wirecoder.evaluation import default_gold

    assert default_gold("quotes", "dev4").name == "dev4.jsonl"
    assert default_gold("quotes", "dev4").parent.name == "quotes"


def test_a_sealed_file_given_by_path_needs_the_flag_but_a_users_own_file_does_not(
        tmp_path: Path) -> None:
    from wirecoder.evaluation import default_gold

    sealed = default_gold("events", "test")
    with pytest.raises(ConfigError, match="sealed test set") as caught:
        evaluate("events", sealed)
    assert "--sealed-run" in str(caught.value) and "LOG.md" in str(caught.value)
    own = tmp_path / "mine.jsonl"  # a user's own gold file is scored without ceremony
    own.write_text(json.dumps({"id": "u1", "text": "Ruritania expelled two envoys.",
                               "events": []}) + "\n", encoding="utf-8")
    assert evaluate("events", own).headline["records"] == 1


def test_a_spent_set_opened_for_development_is_named_by_its_dev_name_only() -> None:
    from wirecoder.evaluation import default_gold
    from wirecoder.evaluation.sealed import sealed_path

    with pytest.raises(ConfigError, match="--split dev9"):
        default_gold("quotes", "test5")
    with pytest.raises(ConfigError, match="--split dev12"):
        default_gold("events", "test6")
    opened = default_gold("quantities", "dev9")
    assert opened.name == "test6.jsonl"
    root = opened.parent.parent
    assert not sealed_path(opened, root)  # scored by path without --sealed-run
    assert sealed_path(default_gold("quantities", "test"), root)  # this round's set stays guarded


def test_a_run_is_logged_in_its_own_sets_section_of_a_shared_log() -> None:
    from wirecoder.evaluation.sealed import section_end

    log = ["# log\n", "\n", "## test6 (sealed, `test6.jsonl`)\n", "| a | b |\n", "- run 1\n",
           "\n", "## test7 (sealed, `test7.jsonl`)\n", "| a | b |\n"]
    assert section_end(log, "test6") == 5  # after test6's last line, before the blank line
    assert section_end(log, "test7") == len(log)
    assert section_end(log, "heldout6") == len(log)  # no section: at the end
    assert section_end(["## test60 (x)\n", "- r\n"], "test6") == 2

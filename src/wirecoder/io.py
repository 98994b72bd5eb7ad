"""Readers (text, HTML, JSON/JSONL, feeds, stdin) and story construction.

Readers never raise for a bad item: they yield an :class:`~wirecoder.models.ItemError`
for it and go on with the next one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .errors import InputError, message
from .models import ItemError, Story

__all__ = [
    "SUFFIXES",
    "count_items",
    "make_story",
    "parse_date",
    "read_paths",
    "read_text_bytes",
]

SUFFIXES = {".txt", ".text", ".html", ".htm", ".json", ".jsonl", ".ndjson", ".xml", ".rss", ".atom"}
Item = Story | ItemError


def parse_date(value: object) -> dt.date | None:
    """Return the date at the start of ``value`` (``YYYY-MM-DD...``), or None if empty.

    Raises:
        InputError: if ``value`` is neither empty nor a date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise InputError("W009", value=value) from None


def story_id(text: str) -> str:
    """Return a stable id for a story without one: a hash of its text."""
    return "sha1-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def make_story(record: dict[str, Any], *, published: dt.date | None = None) -> Story:
    """Build a :class:`Story` from a dict like a JSONL record.

    ``published`` is used when the record has no date of its own.

    Raises:
        InputError: if the record has no text or a malformed date.
    """
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError("W006", line=record.get("_line", "?"))
    _check_text(text)
    rid = record.get("id")
    return Story(
        id=str(rid) if rid not in (None, "") else story_id(text),
        text=text,
        title=_opt_str(record.get("title")),
        url=_opt_str(record.get("url")),
        published=parse_date(record.get("published")) or published,
        source=_opt_str(record.get("source")),
    )


def _check_text(text: str) -> None:
    """Refuse text that cannot be stored or parsed: lone surrogates and NUL characters.

    Raises:
        InputError: naming the first offending character offset.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError("W002", detail=f"lone surrogate at character {exc.start}") from None
    if "\x00" in text:
        raise InputError("W003", detail=f"NUL character at {text.index(chr(0))}")


def _opt_str(value: object) -> str | None:
    return None if value in (None, "") else str(value)


def read_text_bytes(data: bytes, origin: str) -> str:
    """Decode ``data`` as UTF-8 text, refusing binary content.

    Raises:
        InputError: for binary or undecodable input.
    """
    head = data[:4096]
    if b"\x00" in head:
        raise InputError("W003", detail=f"{origin} has NUL bytes")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError("W002", detail=f"{origin}: byte {exc.start}") from None
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:4096]) // 20):
        raise InputError("W003", detail=f"{origin} has {controls} control characters")
    return text


def read_paths(
    paths: Iterable[str | Path], *, published: dt.date | None = None
) -> Iterator[Item]:
    """Yield a story (or an error) for every article under ``paths``, in order.

    A path may be a file (.txt, .html, .json, .jsonl, .xml/.rss/.atom feed), a
    directory (read recursively, in sorted order) or ``-`` for standard input. A file's
    id (for .txt and .html) is its name without suffix, or, when files of the same name
    from different folders are read together, the shortest end of its path that tells
    them apart (``2025/jan/story`` and ``2025/feb/story``).
    """
    entries: list[tuple[str, Path]] = []
    for raw in paths:
        path = Path(raw)
        if str(raw) == "-":
            entries.append(("stdin", path))
        elif path.is_dir():
            entries += [("file", child) for child in sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)]
        elif path.is_file():
            entries.append(("file", path))
        else:
            entries.append(("missing", path))
    ids = path_ids([path for kind, path in entries if kind == "file"])
    for kind, path in entries:
        if kind == "stdin":
            yield from _read_stdin(published)
        elif kind == "file":
            yield from _read_file(path, published, ids[path])
        else:
            yield _error(InputError("W008", path=path), str(path), None)


def path_ids(files: list[Path]) -> dict[Path, str]:
    """Return an id per file: its stem, lengthened with parent folders until unique.

    Args:
        files: The files read together.

    Returns:
        ``{path: id}``; ids use ``/`` between folders and drop the file's suffix.
    """
    parts = {f: [*f.resolve().parent.parts[1:], f.stem] for f in files}
    depth = dict.fromkeys(files, 1)
    while True:
        ids = {f: "/".join(parts[f][-depth[f]:]) for f in files}
        seen: dict[str, list[Path]] = {}
        for f, name in ids.items():
            seen.setdefault(name, []).append(f)
        clashes = [group for group in seen.values()
                   if len({g.resolve() for g in group}) > 1]
        grow = [f for group in clashes for f in group if depth[f] < len(parts[f])]
        if not grow:
            return ids
        for f in grow:
            depth[f] += 1


def _error(exc: InputError, origin: str, item_id: str | None) -> ItemError:
    return ItemError(id=item_id, code=exc.code, message=str(exc), source=origin)


def _read_file(
    path: Path, published: dt.date | None, item_id: str | None = None
) -> Iterator[Item]:
    suffix = path.suffix.lower()
    item_id = item_id or path.stem
    try:
        text = read_text_bytes(path.read_bytes(), str(path))
    except InputError as exc:
        yield _error(exc, str(path), item_id)
        return
    except OSError as exc:
        yield ItemError(id=item_id, code="W008", message=f"[W008] {exc}", source=str(path))
        return
    yield from _parse(text, suffix, str(path), item_id, published)


def _parse(
    text: str, suffix: str, origin: str, stem: str, published: dt.date | None
) -> Iterator[Item]:
    from . import formats  # heavy optional parsers (trafilatura, feedparser) load lazily

    try:
        if suffix in {".jsonl", ".ndjson"}:
            yield from _jsonl(text, origin, published)
        elif suffix == ".json":
            yield from _json(text, origin, published)
        elif suffix in {".html", ".htm"}:
            yield formats.story_from_html(text, stem, published)
        elif suffix in {".xml", ".rss", ".atom"}:
            yield from formats.stories_from_feed(text, origin, published)
        elif suffix in {".txt", ".text", ""}:
            yield Story(id=stem, text=text, published=published, source=origin)
        else:
            yield _error(InputError("W012", suffix=suffix, path=origin), origin, stem)
    except InputError as exc:
        yield _error(exc, origin, stem)


def _jsonl(text: str, origin: str, published: dt.date | None) -> Iterator[Item]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        yield _record(line, number, origin, published)


def _record(line: str, number: int, origin: str, published: dt.date | None) -> Item:
    where = f"{origin}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return ItemError(id=None, code="W005", message=message("W005", line=number, detail=exc.msg),
                         source=where)
    if not isinstance(record, dict):
        return ItemError(id=None, code="W005",
                         message=message("W005", line=number, detail="not an object"), source=where)
    try:
        return make_story({**record, "_line": number}, published=published)
    except InputError as exc:
        return _error(exc, where, _opt_str(record.get("id")))


def _json(text: str, origin: str, published: dt.date | None) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield ItemError(id=None, code="W005", message=message("W005", line=exc.lineno,
                        detail=exc.msg), source=origin)
        return
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, start=1):
        yield _record(json.dumps(record), number, origin, published)


def _read_stdin(published: dt.date | None) -> Iterator[Item]:
    try:
        text = read_text_bytes(sys.stdin.buffer.read(), "<stdin>")
    except InputError as exc:
        yield _error(exc, "<stdin>", "stdin")
        return
    stripped = text.lstrip()
    if stripped.startswith("{"):
        yield from _jsonl(text, "<stdin>", published)
    elif stripped.startswith("["):
        yield from _json(text, "<stdin>", published)
    elif stripped[:15].lower().startswith(("<!doctype", "<html")):
        yield from _parse(text, ".html", "<stdin>", "stdin", published)
    else:
        yield Story(id="stdin", text=text, published=published, source="<stdin>")


def count_items(paths: Iterable[str | Path]) -> int | None:
    """Return a quick estimate of the number of stories under ``paths`` (None for stdin).

    JSONL files count their non-empty lines, feeds their items, JSON files their
    records, other files one story each; no file is parsed as HTML.
    """
    total = 0
    for raw in paths:
        if str(raw) == "-":
            return None
        path = Path(raw)
        files = (sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
                 if path.is_dir() else [path])
        total += sum(_count_file(f) for f in files)
    return total


def _count_file(path: Path) -> int:
    suffix = path.suffix.lower()
    try:
        if suffix in {".jsonl", ".ndjson"}:
            with path.open("rb") as handle:
                return sum(1 for line in handle if line.strip())
        if suffix in {".xml", ".rss", ".atom"}:
            data = path.read_bytes()
            return max(1, data.count(b"<item") + data.count(b"<entry"))
        if suffix == ".json":
            data = json.loads(path.read_bytes())
            return len(data) if isinstance(data, list) else 1
    except (OSError, ValueError):
        return 1
    return 1

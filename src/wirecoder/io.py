"""Readers (text, HTML, JSON/JSONL, feeds, stdin) and story construction.

Readers never raise for a bad item: they yield an :class:`~wirecoder.models.ItemError`
for it and go on with the next one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .errors import InputError, message
from .jsonsafe import JSONError
from .jsonsafe import loads as json_loads
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
#: Publication dates accepted: relative dates ("next year") must stay representable.
DATE_RANGE = (dt.date(1000, 1, 1), dt.date(9000, 12, 31))
#: Optional record fields and the JSON types they accept (``id`` may be a number).
_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "id": (str, int), "title": (str,), "url": (str,), "source": (str,),
    "published": (str, dt.date),
}


def parse_date(value: object) -> dt.date | None:
    """Return the date at the start of ``value`` (``YYYY-MM-DD...``), or None if empty.

    Raises:
        InputError: if ``value`` is neither empty nor a date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return _in_range(value.date(), value)
    if isinstance(value, dt.date):
        return _in_range(value, value)
    try:
        return _in_range(dt.date.fromisoformat(str(value).strip()[:10]), value)
    except ValueError:
        raise InputError("W009", value=_short(value)) from None


def _in_range(day: dt.date, value: object) -> dt.date:
    low, high = DATE_RANGE
    if not low <= day <= high:
        raise InputError("W016", value=_short(value), low=low.isoformat(), high=high.isoformat())
    return day


def _short(value: object, limit: int = 80) -> str:
    text = str(value) if not isinstance(value, str) else value
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= limit else text[:limit] + "..."


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
    _check_fields(record)
    rid = record.get("id")
    return Story(
        id=str(rid) if rid not in (None, "") else story_id(text),
        text=text,
        title=_opt_str(record.get("title")),
        url=_opt_str(record.get("url")),
        published=parse_date(record.get("published")) or published,
        source=_opt_str(record.get("source")),
    )


def _check_fields(record: dict[str, Any]) -> None:
    """Refuse optional fields of the wrong type, or with characters that cannot be stored.

    Raises:
        InputError: ``W015`` for a wrong type, ``W002``/``W003`` for a lone surrogate or NUL.
    """
    where = f"on line {record['_line']} " if "_line" in record else ""
    for name, types in _FIELD_TYPES.items():
        value = record.get(name)
        if value is None or value == "":
            continue
        if isinstance(value, bool) or not isinstance(value, types):
            kinds = " or ".join("a string" if t is str else "a number" if t is int else "a date"
                                for t in types)
            raise InputError("W015", field=name, where=where, detail=type(value).__name__,
                             fix=f"give {name!r} as {kinds}, or leave it out.")
        if isinstance(value, str):
            try:
                _check_text(value)
            except InputError as exc:
                raise InputError(exc.code, detail=f"field {name!r}: {exc.detail['detail']}") \
                    from None


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
    paths: Iterable[str | Path], *, published: dt.date | None = None,
    follow_symlinks: bool = False,
) -> Iterator[Item]:
    """Yield a story (or an error) for every article under ``paths``, in order.

    A path may be a file (.txt, .html, .json, .jsonl, .xml/.rss/.atom feed), a
    directory (read recursively, in sorted order) or ``-`` for standard input. Inside a
    directory, a symbolic link that leads outside it is skipped with an error (``W020``)
    unless ``follow_symlinks``; an unreadable folder, an empty file and a directory
    without any article file are errors too (``W008``, ``W001``, ``W019``). A file's
    id (for .txt and .html) is its name without suffix, or, when files of the same name
    from different folders are read together, the shortest end of its path that tells
    them apart (``2025/jan/story`` and ``2025/feb/story``).
    """
    entries: list[tuple[str, Path | ItemError]] = []
    for raw in paths:
        path = Path(raw)
        if str(raw) == "-":
            entries.append(("stdin", path))
        elif path.is_dir():
            found = list(_walk(path, follow_symlinks))
            entries += [("error", c) if isinstance(c, ItemError) else ("file", c)
                        for c in found]
            if not found:
                entries.append(("error", _no_articles(path)))
        elif path.is_file():
            entries.append(("file", path))
        else:
            entries.append(("missing", path))
    ids = path_ids([p for kind, p in entries if kind == "file" and isinstance(p, Path)])
    for kind, entry in entries:
        if isinstance(entry, ItemError):
            yield entry
        elif kind == "stdin":
            yield from _read_stdin(published)
        elif kind == "file":
            yield from _read_file(entry, published, ids[entry])
        else:
            yield _error(InputError("W008", path=entry), str(entry), None)


def read_jsonl_objects(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield the JSON objects of a trusted JSONL file (gold sets, account lists), one a line.

    Raises:
        InputError: W005 naming ``file:line``, for a line that is not a JSON object.
    """
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError("W005", line=f"{path}:{number}", detail=exc.msg) from None
            if not isinstance(record, dict):
                raise InputError("W005", line=f"{path}:{number}", detail="not an object")
            yield record


def _no_articles(root: Path) -> ItemError:
    return ItemError(id=None, code="W019", source=str(root), message=message(
        "W019", detail=f"No article files in {root}. Fix: put .txt, .html, .json, .jsonl "
        "or feed files there, or name the files directly."))


def _walk(root: Path, follow_symlinks: bool) -> Iterator[Path | ItemError]:
    """Yield the article files under ``root`` in sorted order, and errors for bad entries."""
    inside = root.resolve()
    failures: list[OSError] = []
    files: list[Path] = []
    for folder, dirs, names in os.walk(root, onerror=failures.append,
                                       followlinks=follow_symlinks):
        dirs.sort()
        base = Path(folder)
        for name in dirs + names:
            entry = base / name
            if entry.is_symlink() and not follow_symlinks and not _within(entry, inside):
                yield ItemError(id=entry.stem, code="W020", source=str(entry), message=message(
                    "W020", path=entry, target=_target(entry)))
            elif name in names and entry.suffix.lower() in SUFFIXES and entry.is_file():
                files.append(entry)
    for failure in failures:
        yield unreadable(Path(failure.filename or root), failure)
    yield from sorted(files)


def unreadable(path: Path, exc: OSError) -> ItemError:
    """Return the item error (``W019``) for a file or folder that cannot be read."""
    kind = "folder" if path.is_dir() else "file"
    detail = (f"Cannot read the {kind} {path} ({exc.strerror or exc}). Fix: check that it "
              "exists and that you may read it (permissions).")
    return ItemError(id=None if kind == "folder" else path.stem, code="W019",
                     source=str(path), message=message("W019", detail=detail))


def _within(entry: Path, root: Path) -> bool:
    try:
        return entry.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a symlink loop
        return False


def _target(entry: Path) -> str:
    try:
        return str(entry.readlink())
    except OSError:
        return "?"


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
        yield unreadable(path, exc)
        return
    if not text.strip():
        yield _error(InputError("W001"), str(path), item_id)
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
        record = json_loads(line)
    except JSONError as exc:
        return ItemError(id=None, code="W005", source=where,
                         message=message("W005", line=number, detail=exc.detail))
    if not isinstance(record, dict):
        return ItemError(id=None, code="W005",
                         message=message("W005", line=number, detail="not an object"), source=where)
    return _story_or_error(record, number, where, published)


def _story_or_error(record: dict[str, Any], number: int, where: str,
                    published: dt.date | None) -> Item:
    try:
        return make_story({**record, "_line": number}, published=published)
    except InputError as exc:
        return _error(exc, where, _safe_id(record.get("id")))


def _safe_id(value: object) -> str | None:
    """The record's id for an error message, if it is a plain, storable string or number."""
    if isinstance(value, bool) or not isinstance(value, str | int) or value == "":
        return None
    return _short(value, 200)


def _json(text: str, origin: str, published: dt.date | None) -> Iterator[Item]:
    try:
        data = json_loads(text)
    except JSONError as exc:
        yield ItemError(id=None, code="W005", source=origin,
                        message=message("W005", line=exc.line, detail=exc.detail))
        return
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, start=1):
        where = f"{origin}:{number}"
        if not isinstance(record, dict):
            yield ItemError(id=None, code="W005", source=where,
                            message=message("W005", line=number, detail="not an object"))
        else:
            yield _story_or_error(record, number, where, published)


def _read_stdin(published: dt.date | None) -> Iterator[Item]:
    try:
        text = read_text_bytes(sys.stdin.buffer.read(), "<stdin>")
    except InputError as exc:
        yield _error(exc, "<stdin>", "stdin")
        return
    if not text.strip():
        yield _error(InputError("W001"), "<stdin>", "stdin")
        return
    yield from _parse(text, sniff(text), "<stdin>", "stdin", published)


_FEED_START = ("<rss", "<feed", "<rdf:rdf")


def sniff(text: str) -> str:
    """Return the file suffix whose reader fits ``text`` (for standard input).

    Text that starts with ``{`` is JSONL only if its first line parses as a JSON object,
    text that starts with ``[`` is JSON only if it all parses; RSS/Atom feeds and HTML
    are recognised by their first tag; anything else is plain text.
    """
    stripped = text.lstrip()
    head = stripped[:512].lower()
    if stripped.startswith("{"):
        first = stripped.split("\n", 1)[0]
        return ".jsonl" if _is_json(first, dict) else ".txt"
    if stripped.startswith("["):
        return ".json" if _is_json(stripped, list) else ".txt"
    if head.startswith("<?xml"):
        head = head.split("?>", 1)[-1].lstrip()
        while head.startswith("<!--") and "-->" in head:
            head = head.split("-->", 1)[1].lstrip()
    if head.startswith(_FEED_START):
        return ".xml"
    if head.startswith(("<!doctype html", "<html")):
        return ".html"
    return ".txt"


def _is_json(text: str, kind: type) -> bool:
    try:
        return isinstance(json_loads(text), kind)
    except JSONError:
        return False


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
            data = json_loads(path.read_bytes().decode("utf-8", "replace"))
            return len(data) if isinstance(data, list) else 1
    except (OSError, ValueError):
        return 1
    return 1

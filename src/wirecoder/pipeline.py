"""Orchestration: parse stories once with ``nlp.pipe``, run the stages, build analyses.

Stages are pure functions registered in :mod:`wirecoder.stages`; the order in
:attr:`Settings.stages` is checked once, and each analysis is built from what the stages
assign. With ``workers > 1`` batches go to worker
processes (each loads the model once); results come back in input order.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import functools
import itertools
import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from spacy.tokens import Doc

from .budget import Budget, ItemTimeout, deadline
from .errors import ConfigError, InputError, WirecoderError, message
from .io import make_story, parse_date
from .loading_gc import batch_collection, collection_paused
from .models import Analysis, ItemError, Story, StoryWarning
from .nlp import load_nlp, model_id, nlp_for
from .parsing import parse, parse_one
from .settings import Settings
from .stages import StageContext, check_order
from .version import __version__

__all__ = ["analyze", "analyze_doc", "analyze_many", "prepare"]

StoryLike = Story | dict[str, Any] | ItemError
ErrorHandler = Callable[[ItemError], None]

_ENGLISH_HINTS = frozenset((
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by",
    "said", "at", "from", "it", "his", "an", "be", "has", "are",
))


def _load_stages(settings: Settings) -> tuple:
    return check_order(settings.stages)


def analyze(
    text: str,
    *,
    published: dt.date | str | None = None,
    title: str | None = None,
    url: str | None = None,
    id: str | None = None,
    source: str | None = None,
    settings: Settings | None = None,
) -> Analysis:
    """Analyze one article text.

    Args:
        text: The article body.
        published: Publication date (``YYYY-MM-DD`` or a date); relative dates resolve
            against it and stay unresolved without it.
        title: Headline, kept in the output.
        url: Address of the article, kept in the output.
        id: Story id; a hash of the text when omitted.
        source: Publisher or feed name.
        settings: Run options; defaults from :class:`Settings`.

    Returns:
        The analysis of the article.

    Raises:
        InputError: if the text is over ``settings.max_chars``, a field or the date is
            malformed (or out of range), or the analysis exceeds ``settings.time_budget``.
    """
    record = {"id": id, "text": text, "title": title, "url": url, "published": published,
              "source": source}
    story = make_story(record)
    settings = settings or Settings()
    _check_size(story, settings)
    stages = prepare(settings)
    nlp = nlp_for(settings)
    with batch_collection(), _memory_zone(nlp):
        result = _analyze_one(nlp, story, settings, stages)
    if isinstance(result, ItemError):
        raise InputError.from_item(result.code, result.message)
    return result


def _analyze_one(nlp: Any, story: Story, settings: Settings, stages: tuple) -> Analysis | ItemError:
    """Parse and analyze one story within its time budget; an item error on failure."""
    doc = _safe_parse(nlp, story, settings)
    return doc if isinstance(doc, ItemError) else _safe_analyze(doc, story, settings, stages)


def analyze_many(
    stories: Iterable[StoryLike],
    *,
    workers: int | None = None,
    settings: Settings | None = None,
    on_error: ErrorHandler | None = None,
) -> Iterator[Analysis]:
    """Analyze many stories, yielding analyses in input order.

    Args:
        stories: Story records (dicts like the JSONL records, or :class:`Story`); an
            :class:`ItemError` from a reader is passed to ``on_error``.
        workers: Worker processes (default ``settings.workers``).
        settings: Run options.
        on_error: Called with each failed item; when None, the first failure raises.

    Yields:
        One :class:`Analysis` per good story.

    Raises:
        InputError: for a bad item when ``on_error`` is None.
        ConfigError: for a bad setting, user dictionary or lexicon (before any work).
        ModelNotFoundError: when the spaCy pipeline is not installed.
    """
    settings = settings or Settings()
    workers = workers or settings.workers
    if workers > 1:
        _refuse_in_bootstrapping_worker()
    prepare(settings)  # fail fast on a bad model, stage order or resource file
    batches = _batches(_stories(stories), settings.batch_size)
    if workers <= 1:
        results: Iterable[list[Analysis | ItemError]] = (
            _run_batch(batch, settings) for batch in batches
        )
        yield from _emit(results, on_error)
        return
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker,
                             initargs=(settings,)) as pool:
        yield from _emit(_bounded_imap(pool, batches, 2 * workers), on_error)


def _refuse_in_bootstrapping_worker() -> None:
    """Raise W023 when called while a spawned worker re-imports an unguarded script.

    A worker process starts by importing the main script again; a script that calls
    ``analyze_many(workers>1)`` at module level (no ``if __name__ == "__main__":``)
    would start workers from inside each worker. This makes the worker fail at once with
    the fix; the parent then sees its pool broken and raises W023 too (never a hang).
    """
    if getattr(multiprocessing.current_process(), "_inheriting", False):
        raise WirecoderError("W023", detail="analyze_many(workers>1) was called while a "
                             "worker process was importing the main script")


def prepare(settings: Settings) -> tuple:
    """Load the model and check the stages and the user resource files, once.

    The first preparation of a settings key loads with the cyclic collector paused (and, in
    the ``wirecoder`` command or the web server only, freezes what is alive then:
    :mod:`wirecoder.loading_gc`); a prepared key costs nothing.

    Raises:
        ConfigError: for a bad stage order or a missing user dictionary or lexicon.
        ModelNotFoundError: when the spaCy pipeline is not installed.
    """
    if _warm_key(settings) in _WARMED:
        return _prepare(settings)
    with collection_paused():
        return _prepare(settings)


def _prepare(settings: Settings) -> tuple:
    nlp_for(settings)
    for path in (*settings.actor_files, *settings.event_lexicons):
        if not path.is_file():
            option = "--actors" if path in settings.actor_files else "--lexicon"
            raise ConfigError("C005", path=path, option=option)
    _load_user_files(settings)
    stages = _load_stages(settings)
    _warm_up(settings, stages)
    return stages


#: Text analyzed once per process and settings, outside any memory zone, so that every
#: stage builds its lazily made matchers and caches with strings that stay in the vocab.
_WARM_UP_TEXT = (
    "OTTAWA, March 3, 2025 - Canada and Mexico agreed on Monday to buy "
    "4 million tons of wheat worth $1 billion, officials said. \"We will talk "
    "again next week,\" President Claudia Sheinbaum told reporters in Mexico City."
)
_WARMED: set[tuple] = set()


def _warm_key(settings: Settings) -> tuple:
    return (settings.model, settings.fast_components, settings.actor_files,
            settings.event_lexicons, settings.stages)


def _warm_up(settings: Settings, stages: tuple) -> None:
    key = _warm_key(settings)
    if key in _WARMED:
        return
    story = make_story({"id": "warm-up", "text": _WARM_UP_TEXT, "published": "2025-03-03"})
    analyze_doc(parse_one(nlp_for(settings), story.text), story, settings, stages=stages)
    _WARMED.add(key)


def _load_user_files(settings: Settings) -> None:
    """Load and validate the user actor files and lexicons now, once, not per story.

    Raises:
        ConfigError: for any problem, naming the file (a value of an unexpected shape that
            the validators missed included).
    """
    from .actors.kb import compile_kb, load_actors
    from .events.lexicon import extra_paths, load_lexicon

    for path in settings.actor_files:
        _config_step(functools.partial(load_actors, path), f"Actor file {path}",
                     "docs/actors.md")
    if settings.actor_files:
        _config_step(lambda: compile_kb(tuple(settings.actor_files)),
                     "Actor files " + ", ".join(map(str, settings.actor_files)),
                     "docs/actors.md")
    if settings.event_lexicons:  # the list the events stage loads (with the package's namings)
        _config_step(lambda: load_lexicon(extra_paths(settings)),
                     "Event lexicons " + ", ".join(map(str, settings.event_lexicons)),
                     "docs/events.md")


def _config_step(step: Callable[[], object], what: str, doc: str) -> None:
    try:
        step()
    except WirecoderError:
        raise
    except Exception as exc:  # a shape the validators did not foresee: still the file's fault
        raise ConfigError(detail=f"{what}: a value has an unexpected type or shape "
                          f"({type(exc).__name__}: {exc}). Fix: compare the file with the "
                          f"format in {doc}.") from None


def _bounded_imap(pool: Any, batches: Iterator[list], window: int) -> Iterator[list]:
    """Like ``pool.map`` (results in order) but with at most ``window`` batches in flight.

    Raises:
        WirecoderError: W023 when the worker processes die (they never restart in a loop).
    """
    pending: collections.deque = collections.deque()
    try:
        for batch in batches:
            pending.append(pool.submit(_worker_batch, batch))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BrokenProcessPool as exc:
        raise WirecoderError("W023", detail=f"a worker process exited: {exc}") from None


def _stories(items: Iterable[StoryLike]) -> Iterator[Story | ItemError]:
    for item in items:
        if isinstance(item, Story | ItemError):
            yield item
            continue
        if not isinstance(item, Mapping):
            yield ItemError(id=None, code="W006", message=message("W006", line="?"))
            continue
        try:
            yield make_story(dict(item))
        except InputError as exc:
            yield ItemError(id=_opt_id(item.get("id")), code=exc.code, message=str(exc))


def _opt_id(value: object) -> str | None:
    return None if value in (None, "") else str(value)


def _batches(items: Iterator[Story | ItemError], size: int) -> Iterator[list[Story | ItemError]]:
    while batch := list(itertools.islice(items, size)):
        yield batch


def _emit(
    results: Iterable[list[Analysis | ItemError]], on_error: ErrorHandler | None
) -> Iterator[Analysis]:
    for batch in results:
        for result in batch:
            if isinstance(result, Analysis):
                yield result
            elif on_error is None:
                raise InputError.from_item(result.code, result.message)
            else:
                on_error(result)


_WORKER_SETTINGS: Settings | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER_SETTINGS
    _WORKER_SETTINGS = settings
    prepare(settings)


def _worker_batch(batch: list[Story | ItemError]) -> list[Analysis | ItemError]:
    assert _WORKER_SETTINGS is not None
    return _run_batch(batch, _WORKER_SETTINGS)


def _run_batch(batch: list[Story | ItemError], settings: Settings) -> list[Analysis | ItemError]:
    """Parse the good stories of ``batch`` with one ``nlp.pipe`` call and analyze each.

    The batch runs in a spaCy memory zone: the strings and lexemes its documents added to
    the vocabulary are freed afterwards, so memory stays flat over long runs. Automatic
    garbage collections wait for the batch's end (:func:`~wirecoder.loading_gc.batch_collection`:
    one young collection then, instead of hundreds during it and full ones over the loaded
    model).
    """
    nlp = nlp_for(settings)
    stages = _load_stages(settings)
    results: dict[int, Analysis | ItemError] = {}
    good: list[tuple[int, Story]] = []
    for slot, item in enumerate(batch):
        checked = item if isinstance(item, ItemError) else _precheck(item, settings)
        if isinstance(checked, ItemError):
            results[slot] = checked
        else:
            good.append((slot, checked))
    with batch_collection(), _memory_zone(nlp):
        docs = _parse_batch(nlp, [story for _, story in good], settings)
        for (slot, story), doc in zip(good, docs, strict=True):
            results[slot] = doc if isinstance(doc, ItemError) else _safe_analyze(
                doc, story, settings, stages)
    return [results[slot] for slot in range(len(batch))]


def _memory_zone(nlp: Any) -> Any:
    """Return ``nlp.memory_zone()`` (spaCy >= 3.8), or a no-op context."""
    zone = getattr(nlp, "memory_zone", None)
    return zone() if zone is not None else contextlib.nullcontext()


def _parse_batch(nlp: Any, stories: list[Story], settings: Settings) -> list[Doc | ItemError]:
    """Parse ``stories`` together within their summed budgets; one by one if that fails."""
    if not stories:
        return []
    try:
        with deadline(settings.time_budget * len(stories)):
            return list(parse(nlp, [story.text for story in stories]))
    except (Exception, ItemTimeout):  # a text the parser cannot take: find it
        return [_safe_parse(nlp, story, settings) for story in stories]


def _safe_parse(nlp: Any, story: Story, settings: Settings) -> Doc | ItemError:
    try:
        with deadline(settings.time_budget):
            return parse_one(nlp, story.text)
    except ItemTimeout:
        return _timeout_error(story, settings)
    except Exception as exc:  # spaCy rejects the text; report the item, keep the rest
        return ItemError(id=story.id, code="W002", source=story.source,
                         message=message("W002", detail=f"the parser refused it: {exc}"))


def _timeout_error(story: Story, settings: Settings) -> ItemError:
    return ItemError(id=story.id, code="W014", source=story.source,
                     message=message("W014", seconds=settings.time_budget))


def _precheck(story: Story, settings: Settings) -> Story | ItemError:
    try:
        _check_size(story, settings)
    except InputError as exc:
        return ItemError(id=story.id, code=exc.code, message=str(exc), source=story.source)
    return story


def _check_size(story: Story, settings: Settings) -> None:
    if len(story.text) > settings.max_chars:
        raise InputError("W004", size=len(story.text), limit=settings.max_chars)
    if story.published is not None:
        parse_date(story.published)  # in range, so that relative dates stay representable


def _safe_analyze(
    doc: Doc, story: Story, settings: Settings, stages: tuple
) -> Analysis | ItemError:
    try:
        with deadline(settings.time_budget) as budget:
            return analyze_doc(doc, story, settings, stages=stages, budget=budget)
    except ItemTimeout:
        return _timeout_error(story, settings)
    except InputError as exc:  # a value of this story only (e.g. a date out of range)
        return ItemError(id=story.id, code=exc.code, message=str(exc), source=story.source)
    except WirecoderError:
        raise  # a configuration problem concerns every story: stop, with its message
    except Exception as exc:  # one bad story must not stop a corpus run
        detail = f"{type(exc).__name__}: {exc}"
        return ItemError(id=story.id, code="W013", message=message("W013", detail=detail),
                         source=story.source)


def analyze_doc(
    doc: Doc, story: Story, settings: Settings, *, stages: tuple | None = None,
    budget: Budget | None = None,
) -> Analysis:
    """Run the stages on an already parsed ``doc`` of ``story`` and build the analysis.

    Raises:
        ItemTimeout: when ``budget`` is spent (checked between stages).
    """
    stages = stages if stages is not None else _load_stages(settings)
    results: dict[str, tuple[Any, ...]] = {}
    if story.text.strip():
        for stage in stages:
            if budget is not None:
                budget.check()
            context = StageContext(story=story, settings=settings, results=results)
            results[stage.name] = tuple(stage.func(doc, context))
    fields: dict[str, Any] = {}
    extensions: dict[str, tuple[Any, ...]] = {}
    for stage in stages:
        target = fields if stage.field in _RECORD_FIELDS else extensions
        target[stage.field] = results.get(stage.name, ())
    return Analysis(
        id=story.id,
        title=story.title,
        url=story.url,
        published=story.published,
        source=story.source,
        text=story.text,
        warnings=tuple(_warnings(story)),
        meta={"wirecoder_version": __version__, "model": _model_name(settings)},
        extensions=extensions,
        **fields,
    )


#: Analysis fields that hold stage records (the rest describe the story or the run).
_RECORD_FIELDS = frozenset(Analysis.model_fields) - {
    "id", "title", "url", "published", "source", "text", "warnings", "meta", "extensions"}


def _model_name(settings: Settings) -> str:
    return _model_id(settings.model, settings.fast_components)


@functools.lru_cache(maxsize=4)
def _model_id(model: str | None, fast_components: bool) -> str:
    """``model_id`` of the pipeline, once per process (``nlp.meta`` lists every label)."""
    return model_id(load_nlp(model, fast_components=fast_components))


def _warnings(story: Story) -> Iterator[StoryWarning]:
    from .errors import WARNINGS

    if not story.text.strip():
        yield StoryWarning(code="empty_text", message=WARNINGS["empty_text"])
        return
    if story.published is None:
        yield StoryWarning(code="no_published_date", message=WARNINGS["no_published_date"])
    words = story.text.lower().split()[:400]
    if len(words) >= 20:
        share = sum(w in _ENGLISH_HINTS for w in words) / len(words)
        if share < 0.08:
            detail = f"{share:.0%} common English words"
            yield StoryWarning(code="not_english",
                               message=WARNINGS["not_english"].format(detail=detail))

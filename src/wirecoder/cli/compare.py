"""``wirecoder compare`` and ``wirecoder readouts``: compare accounts of one event.

A thin skin over :func:`wirecoder.compare.compare`, :func:`~wirecoder.compare.compare_within`
and :meth:`wirecoder.store.Store.readouts`: it reads the accounts, calls the API and writes
JSON, JSONL, text or HTML.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from ..errors import WirecoderError
from .app import app
from .common import open_output, settings_from, stderr
from .options import ModelOpt, OutputOpt, PublishedOpt

__all__ = ["compare", "readouts"]

FORMATS = ("json", "jsonl", "text", "html")
FormatOpt = Annotated[str | None, typer.Option(
    "--format", "-f", metavar="FORMAT",
    help="json | jsonl | text | html (default: json for one group, jsonl for many).")]


def _records(path: Path) -> Iterator[dict[str, Any]]:
    """Yield account records from a .jsonl / .json file, or one record from a text file."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        from ..io import read_jsonl_objects

        yield from read_jsonl_objects(path)
    elif suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        yield from (data if isinstance(data, list) else [data])
    else:
        from ..io import read_paths
        from ..models import Story

        for story in read_paths([str(path)]):
            if isinstance(story, Story):
                yield {"id": story.id or path.stem, "text": story.text, "title": story.title,
                       "url": story.url, "published": story.published}


def _write(comparisons: list, fmt: str | None, output: Path | None) -> None:
    from ..compare.render import to_html, to_text

    fmt = fmt or ("json" if len(comparisons) == 1 else "jsonl")
    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format {fmt!r}: use one of {', '.join(FORMATS)}.")
    with open_output(output) as out:
        if fmt == "html":
            out.write(to_html(comparisons))
        elif fmt == "text":
            out.write("\n".join(to_text(c) for c in comparisons))
        elif fmt == "jsonl":
            for comparison in comparisons:
                out.write(comparison.to_json() + "\n")
        else:
            data = [c.to_dict() for c in comparisons]
            out.write(json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False,
                                 indent=2) + "\n")


def _grouped(records: list[dict[str, Any]], field: str) -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        key = record.get(field)
        if key is None:
            stderr.print(f"[yellow]skipped[/yellow] account {record.get('id')!r}: no "
                         f"{field!r} field", highlight=False)
            continue
        groups.setdefault(str(key), []).append(record)
    return groups


@app.command()
def compare(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Accounts: text/HTML files (one account each) or JSON/JSONL records "
             "{id, text, published, side?, title?, url?, source?}.")] = None,
    within: Annotated[Path | None, typer.Option(
        "--within", help="One story reporting several sides: split it by attribution.")] = None,
    group_by: Annotated[str | None, typer.Option(
        "--group-by", metavar="FIELD",
        help="Compare the records of each value of this field (one output line per group).")
    ] = None,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    published: PublishedOpt = None,
    model: ModelOpt = None,
) -> None:
    """Compare accounts of one event: shared points, omissions, framing, contradictions.

    Example: wirecoder compare whitehouse.txt mfa.txt --format html -o call.html
    """
    from ..compare import compare as compare_accounts
    from ..compare import compare_within

    settings = settings_from(model=model)
    try:
        if within is not None:
            comparisons = [compare_within(r["text"], published=r.get("published") or published,
                                          group=str(r.get("id") or within.stem),
                                          settings=settings) for r in _records(within)]
        else:
            records = [r for path in paths or [] for r in _records(path)]
            for record in records:
                record.setdefault("published", published)
            if group_by:
                comparisons = []
                for key, members in _grouped(records, group_by).items():
                    if len(members) < 2:
                        stderr.print(f"[yellow]skipped[/yellow] group {key!r}: one account",
                                     highlight=False)
                        continue
                    comparisons.append(compare_accounts(members, group=key, settings=settings))
            else:
                comparisons = [compare_accounts(records, settings=settings)]
    except WirecoderError as exc:
        stderr.print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(2) from None
    _write(comparisons, fmt, output)


@app.command()
def readouts(
    db: Annotated[str | None, typer.Option("--db", metavar="DB",
                                           help="Store path or URL.")] = None,
    party: Annotated[str | None, typer.Option(
        "--party", metavar="PARTY",
        help="Only contacts with this participant (code or name).")] = None,
    since: Annotated[str | None, typer.Option("--since", metavar="DAY",
                                              help="First day YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option("--until", metavar="DAY",
                                              help="Last day YYYY-MM-DD.")] = None,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """Find stored accounts of the same contact (CONSULT events) and compare them.

    Example: wirecoder readouts --db corpus.db --party CHN --format text
    """
    from ..compare import Comparison
    from ..store import Store

    try:
        with Store(db) as store:
            groups = store.readouts(party=party, since=since, until=until,
                                    texts=fmt in ("html", "text"))
    except WirecoderError as exc:
        stderr.print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(2) from None
    if not groups:
        stderr.print("no groups of accounts of one contact found", highlight=False)
    comparisons = [Comparison.model_validate(g["comparison"]) for g in groups]
    _write(comparisons, fmt or "jsonl", output)

"""``wirecoder show ARTICLE_ID``: a stored article with what was found in it, highlighted."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from ..errors import WirecoderError
from .app import app
from .common import fail, open_output
from .options import DbOpt, OutputOpt
from .store import _store


class ShowFormat(StrEnum):
    """Formats of ``wirecoder show``."""

    text = "text"
    html = "html"


@app.command()
def show(
    article_id: Annotated[int, typer.Argument(
        metavar="ARTICLE_ID", help="The article_id that events, dyad, quotes, quantities "
        "and search print.")],
    db: DbOpt = None,
    fmt: Annotated[ShowFormat, typer.Option(
        "--format", "-f", help="text (a report: events, quotes, quantities, timeline) or "
        "html (the article with every span highlighted).")] = ShowFormat.text,
    output: OutputOpt = None,
) -> None:
    """Show a stored article and its events, quotes, quantities and dates.

    Example: wirecoder show 12 --format html -o article.html
    """
    from ..render import html_page, text_report

    with _store(db) as store:
        analysis = store.analysis(article_id)
    if analysis is None:
        fail(WirecoderError("S014", id=article_id))
    with open_output(output) as out:
        out.write(html_page([analysis]) if fmt is ShowFormat.html
                  else f"article_id: {article_id}\n" + text_report(analysis) + "\n")

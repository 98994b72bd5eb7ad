"""``wirecoder serve``: the web app and REST API over a corpus store (uvicorn)."""

from __future__ import annotations

import ipaddress
from typing import Annotated

import typer

from ..errors import WirecoderError
from .app import app

__all__ = ["serve"]


@app.command()
def serve(
    db: Annotated[str | None, typer.Option(
        "--db", metavar="DB", help="SQLite file or SQLAlchemy URL (postgresql://...). "
        "Default: $WIRECODER_DB or ./wirecoder.db.", show_default=False)] = None,
    host: Annotated[str | None, typer.Option(
        metavar="HOST", help="Interface to bind. Default 127.0.0.1 (this machine only).",
        show_default=False)] = None,
    port: Annotated[int | None, typer.Option(min=0, max=65535, help="Port (default 8000).",
                                             show_default=False)] = None,
    token: Annotated[str | None, typer.Option(
        metavar="TOKEN", help="Bearer token that allows POST /api/articles (ingest). Default: "
        "$WIRECODER_TOKEN; without one the server is read-only.", show_default=False)] = None,
    max_body: Annotated[int | None, typer.Option(
        min=1024, help="Largest request body in bytes (default 2 MB).",
        show_default=False)] = None,
    max_chars: Annotated[int | None, typer.Option(
        "--max-chars", min=1, help="Longest article text accepted by analyze and ingest.")] = None,
    cors_origin: Annotated[list[str] | None, typer.Option(
        "--cors-origin", metavar="ORIGIN",
        help="Allow cross-origin calls from this origin; repeatable. Off by default.")] = None,
    workers: Annotated[int, typer.Option(
        min=1, max=64, help="Server processes (uvicorn workers); about one per CPU core "
        "serves more concurrent clients.")] = 1,
) -> None:
    """Browse, chart and query the store in a web browser, and serve the REST API.

    Example: wirecoder serve --db corpus.db --workers 2
    """
    from ..web import WebConfig
    from ..web.config import DEFAULT_HOST, DEFAULT_MAX_BODY, DEFAULT_PORT
    from ..web.server import run

    host = host or DEFAULT_HOST
    config = WebConfig(db=db, token=token, max_body=max_body or DEFAULT_MAX_BODY,
                       max_chars=max_chars, cors_origins=tuple(cors_origin or ()))
    if not _loopback(host):
        typer.echo(f"warning: listening on {host}: other machines can reach this server"
                   + ("" if config.bearer() else " (read-only: no token set)"), err=True)
    typer.echo(f"wirecoder serving {db or 'the default store'} on http://{host}:"
               f"{port if port is not None else DEFAULT_PORT}/ with {workers} process"
               f"{'es' if workers > 1 else ''} (Ctrl-C to stop)", err=True)
    try:
        run(config, host=host, port=port if port is not None else DEFAULT_PORT,
            workers=workers)
    except WirecoderError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"

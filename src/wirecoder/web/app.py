"""The FastAPI application: store, safety middleware, error handlers, pages and API.

``create_app`` is the only entry point; ``wirecoder serve`` runs it with uvicorn. Importing
this module does not import spaCy: the analysis pipeline is loaded on the first
``POST /api/analyze`` (or ``/api/articles``, or the analyze page).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import SQLAlchemyError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import InputError, WirecoderError
from ..version import __version__
from .config import WebConfig

__all__ = ["create_app"]

log = logging.getLogger("wirecoder.web")
HERE = Path(__file__).resolve().parent
#: JSON endpoints whose answers are cached until the store changes (see ``web.cache``).
CACHED_PATHS = frozenset({"/api/events", "/api/dyad", "/api/stats", "/api/dyads"})
#: Content-Security-Policy of every response: nothing but this server's own files.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")


def create_app(config: WebConfig | None = None, *, store: Any = None) -> FastAPI:
    """Build the web app over a store.

    Args:
        config: How to run (database, token, limits, CORS); defaults from
            :class:`WebConfig`.
        store: An already open :class:`wirecoder.store.Store` to serve instead of
            opening ``config.db`` (the caller closes it).

    Returns:
        The ASGI application (serve it with uvicorn).

    Raises:
        StoreError: if the database cannot be opened or migrated.
    """
    from ..store import Store

    config = config or WebConfig()
    opened = store if store is not None else Store(config.db)

    from .cache import ResponseCache

    cache = ResponseCache(opened.engine, config.cache_size())

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        cache.close()
        if store is None:
            opened.close()

    app = FastAPI(title="wirecoder", version=__version__, docs_url=None, redoc_url=None,
                  lifespan=lifespan,
                  description="Browse, chart and query a wirecoder corpus store; analyze "
                  "articles without storing them. Every record carries character offsets "
                  "into its article's text.")
    app.state.config = config
    app.state.store = opened
    app.state.cache = cache
    _errors(app)
    from . import api, pages, pledges, readouts

    app.include_router(api.router)
    app.include_router(readouts.api_router)
    app.include_router(pledges.api_router)
    app.include_router(pages.router)
    app.include_router(readouts.router)
    app.include_router(pledges.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    from .cache import CachedResponses

    app.add_middleware(CachedResponses, paths=CACHED_PATHS)  # inside CORS and the headers
    if config.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(config.cors_origins),
                           allow_methods=["GET", "POST"], allow_headers=["Authorization",
                                                                         "Content-Type"])
    app.add_middleware(BodyLimit, limit=config.max_body)
    app.add_middleware(SecurityHeaders)
    return app


# -- errors ----------------------------------------------------------------------------------


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get(
        "accept", "")


def _error(request: Request, status: int, message: str, code: str | None = None,
           detail: Any = None) -> Response:
    """Return an error as JSON (API) or as a small page (browsers); never a traceback."""
    if _wants_html(request):
        from .pages import render

        return render(request, "error.html", {"status": status, "message": message,
                                              "code": code}, status_code=status)
    body: dict[str, Any] = {"detail": detail if detail is not None else message}
    if code:
        body["code"] = code
    return JSONResponse(body, status_code=status)


def _errors(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "invalid"),
                     "type": e.get("type", "value_error")} for e in exc.errors()]
        text = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:]) or 'body'}: {e['msg']}"
                         for e in problems)
        return _error(request, 422, f"Invalid request: {text}", detail=problems)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        response = _error(request, exc.status_code, str(exc.detail))
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    @app.exception_handler(InputError)
    async def bad_input(request: Request, exc: InputError) -> Response:
        return _error(request, 422, str(exc), exc.code)

    @app.exception_handler(WirecoderError)
    async def wirecoder_error(request: Request, exc: WirecoderError) -> Response:
        status = {"S005": 422, "W010": 503}.get(exc.code, 400)
        return _error(request, status, str(exc), exc.code)

    @app.exception_handler(SQLAlchemyError)
    async def database_error(request: Request, exc: SQLAlchemyError) -> Response:
        log.error("database error on %s: %s", request.url.path, exc)
        return _error(request, 503, "The database could not answer this request. Fix: check "
                      "that the store is reachable and retry.", "S001")

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return _error(request, 500, "Internal error; the server log has the details.")


# -- middleware ------------------------------------------------------------------------------


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413 (declared or streamed)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await self._refuse(send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.limit:
                await self._refuse(send)
                return
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, send: Send) -> None:
        response = JSONResponse({"detail": f"Request body over {self.limit} bytes. Fix: send "
                                 "less, or start the server with a larger --max-body."},
                                status_code=413)
        await response({"type": "http"}, _no_receive, send)


async def _no_receive() -> Message:  # pragma: no cover - a response never reads
    return {"type": "http.disconnect"}


class SecurityHeaders:
    """Add CSP, no-sniff, no-referrer and frame headers to every response."""

    HEADERS = ((b"content-security-policy", CSP.encode()),
               (b"x-content-type-options", b"nosniff"),
               (b"referrer-policy", b"no-referrer"),
               (b"x-frame-options", b"DENY"))

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *self.HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)

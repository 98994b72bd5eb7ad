"""A response cache for the read-only JSON endpoints that can never serve stale data.

Each entry is the JSON body of one successful request (its path and exact query string)
together with the store's change token read *before* the body was computed (see
:class:`wirecoder.store.changes.ChangeWatch`). An entry is served only while the token is
unchanged, i.e. while no transaction has committed since: a write by this server, another
process or another program makes every entry a miss. Hits are answered by
:class:`CachedResponses`, a middleware in front of the routing (the request was validated
when its entry was made, and equal requests have equal answers); misses go to the
endpoint, which stores its body through :func:`json_response`. Entries are kept least
recently used first, up to :data:`~wirecoder.web.config.DEFAULT_CACHE_ENTRIES`
(``$WIRECODER_WEB_CACHE``; 0 turns the cache off).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from fastapi import Request, Response
from pydantic import TypeAdapter
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from ..store.changes import ChangeWatch

__all__ = ["CachedResponses", "ResponseCache", "json_response"]

#: Largest body kept (bytes): bigger answers are computed each time.
MAX_BODY = 2 * 1024 * 1024
#: Most bytes of bodies kept per server process (least recently used ones go first).
MAX_BYTES = 64 * 1024 * 1024


class ResponseCache:
    """JSON bodies per request, valid while the store's change token is unchanged.

    Args:
        engine: The store's engine (its change token is read per request).
        entries: Most bodies kept; 0 disables the cache.
    """

    def __init__(self, engine: Any, entries: int) -> None:
        self.entries = max(entries, 0)
        self.watch = ChangeWatch(engine) if self.entries else None
        self._items: OrderedDict[tuple, tuple[str, bytes]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def lookup(self, scope: Scope) -> tuple[tuple, str | None, bytes | None]:
        """Return the key of a request, the current change token and the valid body if any."""
        key = (scope["path"], scope.get("query_string", b""))
        token = self.watch.token() if self.watch else None
        if token is None:
            return key, None, None
        with self._lock:
            found = self._items.get(key)
            if found is not None and found[0] == token:
                self._items.move_to_end(key)
                self.hits += 1
                return key, token, found[1]
        return key, token, None

    def body(self, request: Request, compute: Callable[[], bytes]) -> bytes:
        """Return the cached body of ``request`` if still valid, else ``compute()`` it."""
        key, token, body = self.lookup(request.scope)  # the token is read before computing
        if body is not None:
            return body
        body = compute()
        if token is None:
            return body
        with self._lock:
            self.misses += 1
            if len(body) <= MAX_BODY:
                old = self._items.pop(key, None)
                self._bytes += len(body) - (len(old[1]) if old else 0)
                self._items[key] = (token, body)
                while len(self._items) > self.entries or self._bytes > MAX_BYTES:
                    self._bytes -= len(self._items.popitem(last=False)[1][1])
        return body

    def close(self) -> None:
        """Drop every entry and release the watching connection."""
        with self._lock:
            self._items.clear()
            self._bytes = 0
        if self.watch:
            self.watch.close()


class CachedResponses:
    """Middleware answering GET requests of ``paths`` from the cache, before any routing."""

    def __init__(self, app: ASGIApp, paths: frozenset[str]) -> None:
        self.app = app
        self.paths = paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Send the cached body of a valid entry, else pass the request on."""
        cache: ResponseCache | None = None
        if scope["type"] == "http" and scope["method"] == "GET" and scope["path"] in self.paths:
            cache = getattr(scope["app"].state, "cache", None) if "app" in scope else None
        if cache is not None and cache.watch is not None:
            _key, _token, body = cache.lookup(scope)
            if body is not None:
                await Response(body, media_type="application/json")(scope, receive, send)
                return
        await self.app(scope, receive, send)


_ADAPTERS: dict[Any, TypeAdapter] = {}


async def json_response(request: Request, kind: Any, compute: Callable[[], Any]) -> Response:
    """Return the JSON of ``compute()`` (of type ``kind``), through the app's cache.

    The body is what FastAPI would send for a handler returning ``kind`` (the same pydantic
    serializer; the Store's plain rows need no validation); serialized once per cache miss
    and sent as is on a hit. On SQLite ``compute`` runs on the event loop: its queries are
    CPU-bound in this process, and running them one at a time there costs less than
    handing them to threads that contend for the GIL with the loop (measured:
    ``benchmarks/web_load.py``); on PostgreSQL, whose queries wait on the database
    server, it runs in the thread pool so that the waits overlap.
    """
    adapter = _ADAPTERS.get(kind)
    if adapter is None:
        adapter = _ADAPTERS[kind] = TypeAdapter(kind)

    def encode() -> bytes:
        return adapter.dump_json(compute())

    def cached() -> bytes:
        cache: ResponseCache | None = getattr(request.app.state, "cache", None)
        return cache.body(request, encode) if cache else encode()

    inline = getattr(request.app.state, "store", None) is None or \
        request.app.state.store.engine.dialect.name == "sqlite"
    body = cached() if inline else await run_in_threadpool(cached)
    return Response(body, media_type="application/json")

"""The one place where the web app's defaults live, and its run-time configuration."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "DEFAULT_CACHE_ENTRIES",
    "DEFAULT_HOST",
    "DEFAULT_MAX_BODY",
    "DEFAULT_PORT",
    "ENV_CACHE",
    "ENV_TOKEN",
    "MAX_PAGE",
    "PAGE_SIZE",
    "WebConfig",
]

#: Interface bound by ``wirecoder serve``: loopback only unless told otherwise.
DEFAULT_HOST = "127.0.0.1"
#: Port of ``wirecoder serve``.
DEFAULT_PORT = 8000
#: Largest request body accepted, in bytes (2 MB).
DEFAULT_MAX_BODY = 2 * 1024 * 1024
#: Environment variable holding the bearer token that allows ``POST /api/articles``.
ENV_TOKEN = "WIRECODER_TOKEN"
#: JSON answers kept by the response cache (see ``web.cache``); 0 turns it off.
DEFAULT_CACHE_ENTRIES = 1024
#: Environment variable overriding :data:`DEFAULT_CACHE_ENTRIES` (e.g. ``0``).
ENV_CACHE = "WIRECODER_WEB_CACHE"
#: Rows per page in the HTML tables.
PAGE_SIZE = 50
#: Most rows one API request may ask for.
MAX_PAGE = 1000


@dataclass(frozen=True)
class WebConfig:
    """How the web app runs.

    Args:
        db: Store path or URL (None: ``$WIRECODER_DB`` or ``./wirecoder.db``).
        token: Bearer token for ``POST /api/articles``; None (and no ``$WIRECODER_TOKEN``)
            makes the server read-only.
        max_body: Largest request body, in bytes.
        max_chars: Longest article text accepted by analyze and ingest (None: the
            analysis default, ``Settings.max_chars``).
        cors_origins: Origins allowed by CORS; empty (the default) sends no CORS headers.
        cache_entries: JSON answers kept by the response cache, which is invalidated by
            any write to the store (None: ``$WIRECODER_WEB_CACHE``, else
            :data:`DEFAULT_CACHE_ENTRIES`; 0: no cache).

    """

    db: str | Path | None = None
    token: str | None = None
    max_body: int = DEFAULT_MAX_BODY
    max_chars: int | None = None
    cors_origins: tuple[str, ...] = field(default_factory=tuple)
    cache_entries: int | None = None

    def cache_size(self) -> int:
        """Return the response cache size in force (see ``cache_entries``)."""
        if self.cache_entries is not None:
            return self.cache_entries
        given = os.environ.get(ENV_CACHE, "").strip()
        return int(given) if given.isdigit() else DEFAULT_CACHE_ENTRIES

    def bearer(self) -> str | None:
        """Return the token in force: the configured one, else ``$WIRECODER_TOKEN``."""
        return self.token or os.environ.get(ENV_TOKEN) or None

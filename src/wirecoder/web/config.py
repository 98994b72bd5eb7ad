"""The one place where the web app's defaults live, and its run-time configuration."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_MAX_BODY",
    "DEFAULT_PORT",
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

    """

    db: str | Path | None = None
    token: str | None = None
    max_body: int = DEFAULT_MAX_BODY
    max_chars: int | None = None
    cors_origins: tuple[str, ...] = field(default_factory=tuple)

    def bearer(self) -> str | None:
        """Return the token in force: the configured one, else ``$WIRECODER_TOKEN``."""
        return self.token or os.environ.get(ENV_TOKEN) or None

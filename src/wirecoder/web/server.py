"""Running the web app with uvicorn: one process, or several worker processes.

With ``workers > 1`` uvicorn starts that many processes, each importing the app through
:func:`app_from_environment`, which rebuilds the :class:`WebConfig` from
``$WIRECODER_WEB_CONFIG`` (set by :func:`run` in the parent). Each worker opens its own
store connection; SQLite readers run in parallel (WAL), PostgreSQL has its own pool.
"""

from __future__ import annotations

import dataclasses
import json
import os
from typing import Any

from ..loading_gc import freeze_long_lived, own_process
from .config import WebConfig

__all__ = ["ENV_CONFIG", "app_from_environment", "run"]

#: Environment variable carrying the configuration to uvicorn's worker processes.
ENV_CONFIG = "WIRECODER_WEB_CONFIG"


def _dump(config: WebConfig) -> str:
    data = dataclasses.asdict(config)
    data["db"] = None if config.db is None else str(config.db)
    data["cors_origins"] = list(config.cors_origins)
    return json.dumps(data)


def app_from_environment() -> Any:
    """Build the app from ``$WIRECODER_WEB_CONFIG`` (uvicorn's factory in each worker)."""
    from .app import create_app

    own_process()  # a uvicorn worker: its long-lived objects may be frozen
    data = json.loads(os.environ.get(ENV_CONFIG) or "{}")
    data["cors_origins"] = tuple(data.get("cors_origins") or ())
    app = create_app(WebConfig(**data))
    freeze_long_lived()  # the app's objects: no longer traversed by each collection
    return app


def run(config: WebConfig, *, host: str, port: int, workers: int = 1) -> None:
    """Serve the app on ``host:port`` with ``workers`` uvicorn processes (blocks).

    Args:
        config: The app's configuration.
        host: Interface to bind.
        port: Port to bind.
        workers: Server processes; 1 serves from this process.

    Raises:
        StoreError: if the store cannot be opened (checked here, before any worker starts).
    """
    import uvicorn

    from .app import create_app

    options: dict[str, Any] = {"host": host, "port": port, "log_level": "warning",
                               "access_log": False, "server_header": False,
                               "proxy_headers": False}
    own_process()
    app = create_app(config)  # opens (and migrates) the store once, here
    if workers <= 1:
        freeze_long_lived()  # the app's objects: no longer traversed by each collection
        uvicorn.run(app, **options)
        return
    app.state.cache.close()
    app.state.store.close()
    os.environ[ENV_CONFIG] = _dump(config)
    uvicorn.run("wirecoder.web.server:app_from_environment", factory=True, workers=workers,
                **options)

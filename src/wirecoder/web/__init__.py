"""Web app and REST API over the corpus store: ``wirecoder serve``.

    from wirecoder.web import create_app, WebConfig
    app = create_app(WebConfig(db="corpus.db"))      # an ASGI app; run it with uvicorn

Pages are rendered on the server (Jinja2, escaped); htmx and uPlot are vendored under
``static/vendor`` (no CDN). Importing this package does not load spaCy.
"""

from __future__ import annotations

from .app import create_app
from .config import WebConfig

__all__ = ["WebConfig", "create_app"]

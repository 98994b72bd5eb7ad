"""Property-based API test: schemathesis drives every operation of /openapi.json in-process.

Bounded (a few examples per operation) so that it runs in seconds. POST /api/analyze and
POST /api/compare are left out (they would run the spaCy pipeline on random text;
``test_web_api`` and ``test_web_tracker`` cover them).
schemathesis reads the schema when the module is collected, so the store is built then,
in a temporary directory removed at the end of the module.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from test_web_fixtures import web_analyses  # noqa: E402
from wirecoder.store import Store  # noqa: E402
from wirecoder.web import WebConfig, create_app  # noqa: E402

_DIR = Path(tempfile.mkdtemp(prefix="wirecoder-schema-"))
_STORE = Store(_DIR / "web.db")
_STORE.add(web_analyses())
schema = schemathesis.openapi.from_asgi(
    "/openapi.json", create_app(WebConfig(token="s3cret", max_chars=2000), store=_STORE)
).exclude(path="/api/analyze").exclude(path="/api/compare")


@pytest.fixture(scope="module", autouse=True)
def _cleanup():
    yield
    _STORE.close()
    shutil.rmtree(_DIR, ignore_errors=True)


@schema.parametrize()
@settings(max_examples=12, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_no_server_errors(case):
    case.call_and_validate(checks=[not_a_server_error])

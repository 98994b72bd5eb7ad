"""Fresh machine, first command: the README's install command works in a brand-new venv.

Runs the first command of README.md, read from the README (never copied here), in a copy of
the repository: ``python3 -m venv`` (with the pip it bundles), the hashed installs, the
sample analysis. It may use pip's cache; it skips when the package index is unreachable.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parent.parent
_IGNORE = shutil.ignore_patterns(".venv", ".git", "__pycache__", "*.egg-info", ".ruff_cache",
                                 ".pytest_cache", "*.db", "node_modules")


def readme_first_command() -> str:
    """Return the first line of the README's first ``bash`` block."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```bash\n(.*?)```", text, flags=re.S)
    assert block, "README.md has no bash block"
    return block.group(1).strip().splitlines()[0]


def _index_reachable() -> bool:
    url = os.environ.get("PIP_INDEX_URL") or "https://pypi.org/simple"
    host = urlparse(url).hostname or "pypi.org"
    try:
        socket.create_connection((host, 443), timeout=5).close()
    except OSError:
        return False
    return True


def test_readme_first_command_is_the_install_and_sample_run():
    command = readme_first_command()
    assert command.startswith("python3 -m venv ")
    assert "requirements/pip.txt" in command and "--require-hashes" in command
    assert command.index("requirements/pip.txt") < command.index("requirements/lock.txt")
    assert command.rstrip().endswith("wirecoder analyze --sample")


@pytest.mark.slow
def test_readme_first_command_works_in_a_brand_new_venv(tmp_path):
    if os.environ.get("WIRECODER_SKIP_INSTALL_TEST"):
        pytest.skip("WIRECODER_SKIP_INSTALL_TEST is set (e.g. CI, which runs the same command)")
    if shutil.which("python3") is None:
        pytest.skip("no python3 on PATH")
    if not _index_reachable():
        pytest.skip("the package index cannot be reached (no network)")
    checkout = tmp_path / "wirecoder"
    shutil.copytree(ROOT, checkout, ignore=_IGNORE)
    env = {k: v for k, v in os.environ.items()
           if k not in {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "WIRECODER_DB"}}
    base = Path(sys.base_prefix) / "bin"
    env["PATH"] = os.pathsep.join([str(base), *(p for p in env.get("PATH", "").split(
        os.pathsep) if ".venv" not in p)])
    done = subprocess.run(["bash", "-c", readme_first_command()], cwd=checkout, env=env,
                          capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stderr[-4000:]
    bundled = subprocess.run([str(checkout / ".venv" / "bin" / "python"), "-m", "pip",
                              "--version"], capture_output=True, text=True, env=env)
    assert bundled.returncode == 0
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    assert any("Events (PLOVER)" in line for line in lines) or any(
        line.startswith("{") for line in lines), done.stdout[-2000:]

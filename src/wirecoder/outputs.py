"""Output files: checked before any work starts, written atomically.

:func:`check_output` refuses, with a clear error (``W017``/``W018``), an output path that
is a directory, lies in a missing or unwritable folder, or is one of the inputs. Then
:func:`atomic_output` writes to a temporary file next to the target and renames it over
the target only when everything was written, so a failure (a full disk, an error half-way)
never leaves a half-written or truncated file. Special files (``/dev/stdout``,
``/dev/null``, pipes) are written directly.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from .errors import WirecoderError

__all__ = ["OutputError", "atomic_output", "check_output", "is_input"]


class OutputError(WirecoderError):
    """An output file cannot be written (``W017``) or would overwrite an input (``W018``)."""

    code = "W017"


def _fail(path: Path, detail: str, fix: str) -> OutputError:
    return OutputError("W017", path=path, detail=detail, fix=fix)


def is_input(path: Path, inputs: Iterable[str | os.PathLike[str]]) -> bool:
    """Return True if ``path`` is one of ``inputs`` or a file inside an input folder."""
    if not path.exists():
        return False
    target = path.resolve()
    for raw in inputs:
        if str(raw) == "-":
            continue
        source = Path(raw)
        with contextlib.suppress(OSError):
            if source.is_dir() and target.is_relative_to(source.resolve()):
                return target.suffix.lower() in _input_suffixes()
            if source.exists() and os.path.samefile(source, path):
                return True
    return False


def _input_suffixes() -> set[str]:
    from .io import SUFFIXES

    return SUFFIXES


def check_output(path: str | os.PathLike[str] | None,
                 inputs: Iterable[str | os.PathLike[str]] = ()) -> None:
    """Check, before any work, that ``path`` can be written and is not an input.

    ``None`` and ``-`` (standard output) always pass.

    Raises:
        OutputError: ``W017`` (a directory, a missing or unwritable folder, a read-only
            file) or ``W018`` (the path is an input, or an article file in an input folder).
    """
    if path is None or str(path) == "-":
        return
    path = Path(path)
    if path.is_dir():
        raise _fail(path, "it is a directory", f"give a file name, e.g. {path / 'out.jsonl'}")
    if is_input(path, inputs):
        raise OutputError("W018", path=path)
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise _fail(path, f"the folder {parent} does not exist",
                    f"create it first (mkdir -p {parent}) or choose another path.")
    if path.exists() and not _is_regular(path):
        return  # a device or pipe: written directly
    if not os.access(parent, os.W_OK | os.X_OK):
        raise _fail(path, f"no permission to write in {parent}",
                    "choose a folder you may write to.")
    if path.exists() and not os.access(path, os.W_OK):
        raise _fail(path, "the file is read-only", "choose another path or change its mode.")


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str], mode: str = "w",
                  **open_args: Any) -> Iterator[IO[Any]]:
    """Open ``path`` for writing through a temporary file renamed over it on success.

    On any error the temporary file is removed and ``path`` is left as it was; an
    ``OSError`` (a full disk, a lost mount) becomes :class:`OutputError`.

    Args:
        path: The target file.
        mode: ``"w"`` (text; ``encoding`` defaults to UTF-8) or ``"wb"``.
        **open_args: Passed to ``open`` (``encoding``, ``newline``).

    Raises:
        OutputError: if the file cannot be written.
    """
    path = Path(path)
    if "b" not in mode:
        open_args.setdefault("encoding", "utf-8")
    if path.exists() and not _is_regular(path):
        yield from _direct(path, mode, open_args)
        return
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                    dir=path.parent if str(path.parent) else ".")
    except OSError as exc:
        raise _fail(path, exc.strerror or str(exc), "check the folder and its permissions.") \
            from None
    tmp = Path(name)
    try:
        with os.fdopen(fd, mode, **open_args) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(tmp, stat.S_IMODE(path.stat().st_mode))
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _fail(path, exc.strerror or str(exc),
                    "check free disk space and permissions, then run again.") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _direct(path: Path, mode: str, open_args: dict[str, Any]) -> Iterator[IO[Any]]:
    try:
        with open(path, mode, **open_args) as handle:
            yield handle
            handle.flush()
    except OSError as exc:
        raise _fail(path, exc.strerror or str(exc),
                    "check free disk space and permissions, then run again.") from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask

"""Per-item time budget: a runaway story becomes an item error, not a stalled run.

Two guards work together:

- :func:`deadline` arms a real-time interval timer (``SIGALRM``) when it can: in the main
  thread of a process on a POSIX system, and only when no other ``SIGALRM`` handler is
  installed. The timer interrupts Python code (the stages, spaCy's tokenizer callbacks) at
  the next bytecode boundary by raising :class:`ItemTimeout`.
- :meth:`Budget.check`, called between stages, raises :class:`ItemTimeout` once the
  budget is spent, wherever the timer is not available (threads, Windows).

Worker processes run each task in their main thread, so the timer works there too.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Iterator
from types import FrameType

__all__ = ["Budget", "ItemTimeout", "deadline"]


class ItemTimeout(BaseException):
    """Raised when a story exceeds its time budget.

    A ``BaseException`` (like ``KeyboardInterrupt``) so that an ``except Exception`` in a
    stage does not swallow it; the pipeline turns it into an item error (``W014``).
    """


class Budget:
    """A deadline ``seconds`` from now."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.ends = time.monotonic() + seconds

    def check(self) -> None:
        """Raise :class:`ItemTimeout` if the budget is spent."""
        if time.monotonic() > self.ends:
            raise ItemTimeout(self.seconds)


def _can_use_timer() -> bool:
    return (hasattr(signal, "setitimer")
            and threading.current_thread() is threading.main_thread()
            and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None))


def _on_alarm(_signum: int, _frame: FrameType | None) -> None:
    raise ItemTimeout


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[Budget]:
    """Run the block with a budget of ``seconds``; raise :class:`ItemTimeout` when spent.

    Yields the :class:`Budget`, whose :meth:`Budget.check` the caller may call between
    steps (the only guard where the timer is unavailable).
    """
    budget = Budget(seconds)
    if not _can_use_timer():
        yield budget
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield budget
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)

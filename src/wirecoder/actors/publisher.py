"""The government that publishes a document, read from its address or ``source`` field.

Official readouts and statements name their own officials by bare title: "The President
and Prime Minister Brown had a productive call" in a White House readout, "the
Secretary" in a Defense Department release. When the text introduces no holder of the
title, the publisher is the evidence of whose office it is (see :mod:`.coref`). Only
government publishers are listed (``data/actors/publishers.yaml``); a news outlet gives
no such evidence.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from ..yamlfile import load_yaml

__all__ = ["Publisher", "publisher_of"]

_FILE = Path(__file__).resolve().parent.parent / "data" / "actors" / "publishers.yaml"


@dataclass(frozen=True)
class Publisher:
    """A government publisher: its country and what its bare titles mean.

    Attributes:
        country: ISO code of the government.
        offices: Bare title -> the office it names for this publisher
            ("secretary" -> "defense secretary").
    """

    country: str
    offices: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def office(self, title: str) -> str:
        """Return the office a bare ``title`` names in this publisher's documents."""
        return self.offices.get(title, title)


@dataclass(frozen=True)
class _Table:
    hosts: tuple[tuple[str, Publisher], ...]
    names: tuple[tuple[re.Pattern[str], Publisher], ...]


@functools.cache
def _table() -> _Table:
    data = load_yaml(_FILE)
    hosts: list[tuple[str, Publisher]] = []
    names: list[tuple[re.Pattern[str], Publisher]] = []
    for entry in data["publishers"]:
        pub = Publisher(str(entry["country"]), {str(k): str(v) for k, v in
                                                (entry.get("offices") or {}).items()
                                                if k != "__line__"})
        hosts += [(str(h).lower(), pub) for h in entry.get("hosts") or ()]
        names += [(re.compile(rf"(?<!\w){re.escape(str(n))}(?!\w)", re.IGNORECASE), pub)
                  for n in entry.get("names") or ()]
    hosts.sort(key=lambda pair: -len(pair[0]))  # the most specific host first
    names.sort(key=lambda pair: -len(pair[0].pattern))
    return _Table(tuple(hosts), tuple(names))


def _host_matches(host: str, pattern: str) -> bool:
    if pattern.startswith("."):
        return host.endswith(pattern)
    return host == pattern or host.endswith("." + pattern)


def publisher_of(source: str | None, url: str | None) -> Publisher | None:
    """Return the government publisher of a document, or None for any other publisher.

    Args:
        source: The document's ``source`` field ("The White House, Office of the Press
            Secretary").
        url: The document's address.

    Returns:
        The publisher found from the address (its most specific listed host), else from
        the source's name, else None.
    """
    table = _table()
    if url:
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
        for pattern, pub in table.hosts:
            if host and _host_matches(host, pattern):
                return pub
    if source:
        for pattern_re, pub in table.names:
            if pattern_re.search(source):
                return pub
    return None

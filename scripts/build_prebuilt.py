"""Write the compiled forms of the package's own data shipped in ``wirecoder/data/prebuilt/``.

Run after changing an actor data file or the code that compiles it (``tests/test_prebuilt.py``
fails until then, naming this script)::

    python scripts/build_prebuilt.py          # rewrite every shipped file
    python scripts/build_prebuilt.py --check  # exit 1 when one is missing or stale

Each file is gzipped JSON (``gzip`` with no name and no time, so the bytes depend only on
the content); see :mod:`wirecoder.prebuilt`.
"""

from __future__ import annotations

import argparse
import gzip
import sys

from wirecoder.actors.prebuilt import ENTRIES
from wirecoder.prebuilt import PREBUILT_DIR, dump


def main(argv: list[str] | None = None) -> int:
    """Rebuild every shipped value; write it (or, with ``--check``, compare it)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    stale = []
    PREBUILT_DIR.mkdir(parents=True, exist_ok=True)
    for name, entry in ENTRIES.items():
        spec = entry.spec()
        body = dump(spec, entry.build(), entry.canonical)
        current = spec.path.is_file() and gzip.decompress(spec.path.read_bytes()) == body
        if args.check:
            if not current:
                stale.append(name)
            continue
        if not current:
            spec.path.write_bytes(gzip.compress(body, compresslevel=9, mtime=0))
        print(f"{spec.path.name}: {len(body):,} bytes, {spec.path.stat().st_size:,} gzipped"
              f"{'' if current else ' (rewritten)'}")
    if stale:
        print("stale: " + ", ".join(stale) + " (run python scripts/build_prebuilt.py)")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())

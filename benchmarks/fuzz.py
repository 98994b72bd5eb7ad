"""Fuzz wirecoder with generated hostile input: count crashes, hangs and peak memory.

Usage::

    python benchmarks/fuzz.py                 # 10,000+ inputs, seed 17
    python benchmarks/fuzz.py --analyze 500 --readers 2000 --seed 3

Four kinds of input, generated from a seeded ``random.Random`` (reproducible):

- ``analyze``: texts for :func:`wirecoder.analyze` (random unicode, news-like fragments,
  long runs of marks and symbols, control characters, publication dates near the ends of
  the calendar);
- ``bytes``: random bytes written as each supported file type and read with
  :func:`wirecoder.read_paths`;
- ``json``: random JSON values (deep nesting, huge numbers, wrong field types, lone
  surrogates) as JSON and JSONL files;
- ``search``: random search queries parsed and translated (:mod:`wirecoder.store.search_syntax`).

``--long`` instead analyzes one story of ``--long-chars`` characters (default 200,000, the
default ``--max-chars``) of each pathological kind in its own process and reports seconds
and peak RSS per story (the issue's "bounded memory" check).

A *crash* is any exception other than the project's own errors (or a ``W013`` "this is
a bug" item error); a *hang* is an input over its time budget (``--seconds``; ``W014``
for analyses). Prints one JSON line with the counts, the seconds and the peak RSS.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import sys
import tempfile
import time
import traceback
from pathlib import Path

import wirecoder
from wirecoder.budget import ItemTimeout, deadline
from wirecoder.errors import WirecoderError
from wirecoder.io import SUFFIXES, read_paths, sniff
from wirecoder.models import ItemError
from wirecoder.store.search_syntax import parse_query

FRAGMENTS = [
    "The United States", "China", "said", '"', "$", "5 million", "tomorrow", "\n", ".", ",",
    "President Xi Jinping", "met", "attacked", "Kenya's", "-", "(", ")", "\u201c", "\u201d",
    "%", "next year", "in 9999 years", "the U.N.", "officials", "urged", "\t", "\u200b",
    "10,000,000,000,000,000,000 tons", "yesterday", "Moscow", "NATO", ";", ":", "...",
]
MARKS = ['"', "$", "!", "\u2014", "\U0001f600", "'", "(", "*", "\u00a7", "?", "<", "#"]
EDGE_DATES = [dt.date(1000, 1, 1), dt.date(9000, 12, 31), dt.date(1, 1, 1),
              dt.date(9999, 12, 31), None, dt.date(2025, 3, 3)]


def _unicode(rng: random.Random, size: int) -> str:
    chars = []
    for _ in range(size):
        pick = rng.random()
        if pick < 0.6:
            chars.append(chr(rng.randint(32, 126)))
        elif pick < 0.8:
            chars.append(chr(rng.randint(0x80, 0x2FFF)))
        elif pick < 0.9:
            chars.append(chr(rng.randint(0x1F300, 0x1FAFF)))
        else:
            chars.append(chr(rng.choice([0, 7, 9, 10, 13, 27, 0xD800, 0xDFFF, 0xFEFF, 0x202E])))
    return "".join(chars)


def gen_text(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.4:
        return " ".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(0, 80)))
    if kind < 0.7:
        return _unicode(rng, rng.randint(0, 400))
    if kind < 0.9:
        run = rng.choice(MARKS) * rng.randint(10, 3000)
        return rng.choice(FRAGMENTS) + " " + run + " " + rng.choice(FRAGMENTS)
    return ", ".join(rng.choice(["China", "Russia", "Iran", "NATO", "Kenya"])
                     for _ in range(rng.randint(50, 600)))


def gen_json(rng: random.Random, depth: int = 0) -> object:
    pick = rng.random()
    if depth > 3 or pick < 0.35:
        return rng.choice([None, True, 1.5e308, -(10 ** rng.randint(1, 30)), "",
                           _unicode(rng, rng.randint(0, 30)), 0, "2025-13-45", "9999-12-31"])
    if pick < 0.6:
        return [gen_json(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    record = {key: gen_json(rng, depth + 1) for key in
              rng.sample(["id", "title", "url", "published", "source", "x"], rng.randint(0, 4))}
    if rng.random() < 0.7:
        record["text"] = gen_text(rng) if rng.random() < 0.8 else gen_json(rng, depth + 1)
    return record


def json_text(rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.1:
        n = rng.randint(50, 5000)
        return '{"text": "x", "meta": ' + "[" * n + "]" * n + "}"
    if pick < 0.2:
        return '{"id": ' + "9" * rng.randint(100, 6000) + ', "text": "Hello."}'
    text = json.dumps(gen_json(rng), ensure_ascii=rng.random() < 0.5)
    if rng.random() < 0.1:
        text = text[: rng.randint(0, len(text))]  # truncated
    return text


def gen_query(rng: random.Random) -> str:
    words = ["iran", "OR", "NOT", "-gaza", '"prime minister"', "negoti*", '""', "*", "(",
             "NEAR(", '"', "AND", "^", ":", "-", "|", "'", "\\"]
    if rng.random() < 0.3:
        return _unicode(rng, rng.randint(0, 200))
    return " ".join(rng.choice(words) for _ in range(rng.randint(0, 40)))


class Tally:
    """Counts of one fuzz run."""

    def __init__(self) -> None:
        self.tried: dict[str, int] = {}
        self.crashes: list[str] = []
        self.hangs: list[str] = []

    def run(self, kind: str, seconds: float, action, sample: str) -> None:
        self.tried[kind] = self.tried.get(kind, 0) + 1
        try:
            with deadline(seconds):
                action()
        except ItemTimeout:
            self.hangs.append(f"{kind}: {sample[:80]!r}")
        except WirecoderError as exc:
            if exc.code == "W014":
                self.hangs.append(f"{kind}: {sample[:80]!r}")
            elif exc.code == "W013":
                self.crashes.append(f"{kind}: {exc} <- {sample[:80]!r}")
        except Exception:
            self.crashes.append(f"{kind}: {traceback.format_exc(limit=3)} <- {sample[:80]!r}")


def fuzz_analyze(rng: random.Random, tally: Tally, seconds: float) -> None:
    text = gen_text(rng)
    published = rng.choice(EDGE_DATES)
    settings = wirecoder.Settings(time_budget=seconds)

    def action() -> None:
        analysis = wirecoder.analyze(text, published=published, settings=settings)
        for record in (*analysis.entities, *analysis.quotes, *analysis.quantities,
                       *analysis.time_expressions, *analysis.events):
            assert 0 <= record.start <= record.end <= len(text), record
        analysis.to_json()

    tally.run("analyze", seconds * 3, action, text)


def _read_all(path: Path) -> None:
    for item in read_paths([path]):
        if isinstance(item, ItemError):
            assert item.code[0] in "WS", item
            item.model_dump_json()
        else:
            item.model_dump_json()


def fuzz_bytes(rng: random.Random, tally: Tally, folder: Path, seconds: float) -> None:
    data = bytes(rng.randint(0, 255) for _ in range(rng.randint(0, 600)))
    if rng.random() < 0.5:
        data = gen_text(rng).encode("utf-8", "surrogatepass") + data[:50]
    path = folder / f"input{rng.choice(sorted(SUFFIXES))}"
    path.write_bytes(data)
    tally.run("bytes", seconds, lambda: _read_all(path), repr(data[:80]))


def fuzz_json(rng: random.Random, tally: Tally, folder: Path, seconds: float) -> None:
    text = json_text(rng)
    path = folder / rng.choice(["input.json", "input.jsonl"])
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    tally.run("json", seconds, lambda: (_read_all(path), sniff(text)), text)


def fuzz_search(rng: random.Random, tally: Tally, seconds: float) -> None:
    query = gen_query(rng)

    def action() -> None:
        try:
            parsed = parse_query(query)
        except WirecoderError as exc:
            assert exc.code == "S010"
            return
        parsed.fts5()
        parsed.tsquery()

    tally.run("search", seconds, action, query)


LONG_KINDS = {
    "news (bundled VOA sample, repeated)": "news",
    "spaced quotation marks": "spaced",
    "one run of quotation marks": "run",
    "entity list (one sentence)": "entities",
    "run-on sentence": "runon",
}
_LONG_SCRIPT = """
import json, resource, sys, time
from pathlib import Path
import wirecoder
kind, n = sys.argv[1], int(sys.argv[2])
if kind == "news":
    sample = Path(wirecoder.__file__).parent / "sample" / "voa_sample.jsonl"
    texts = [json.loads(l)["text"] for l in sample.read_text(encoding="utf-8").splitlines()]
    text = ("\\n\\n".join(texts) * (n // 1000))[:n]
elif kind == "spaced":
    text = ('He said " ' * n)[:n]
elif kind == "run":
    text = ("He said " + '"' * n)[:n]
elif kind == "entities":
    text = ("Leaders of " + ", ".join(["China", "Russia", "India", "Iran"] * (n // 20)))[:n]
else:
    words = "the minister said that officials from several countries would meet again".split()
    text = " ".join(words[i % len(words)] for i in range(n // 5))[:n]
began = time.perf_counter()
analysis = wirecoder.analyze(text, settings=wirecoder.Settings(max_chars=n))
print(json.dumps({"chars": len(text), "seconds": round(time.perf_counter() - began, 1),
                  "entities": len(analysis.entities),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))
"""


def long_stories(chars: int) -> int:
    """Analyze one long story of each kind in a fresh process; print seconds and peak RSS."""
    import subprocess

    worst = 0
    for label, kind in LONG_KINDS.items():
        done = subprocess.run([sys.executable, "-c", _LONG_SCRIPT, kind, str(chars)],
                              capture_output=True, text=True, check=False)
        if done.returncode:
            print(json.dumps({"kind": label, "error": done.stderr[-500:]}))
            return 1
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        worst = max(worst, figures["peak_rss_mb"])
        print(json.dumps({"kind": label, **figures}), flush=True)
    return 0 if worst < 1024 else 1


def main(argv: list[str] | None = None) -> int:
    """Run the fuzzer; exit status 1 when any crash or hang was found."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--analyze", type=int, default=1_500, help="analyze() inputs")
    parser.add_argument("--readers", type=int, default=3_000,
                        help="inputs for each of bytes and json readers")
    parser.add_argument("--search", type=int, default=3_000, help="search queries")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--seconds", type=float, default=20.0, help="budget per input")
    parser.add_argument("--long", action="store_true",
                        help="measure one long story of each pathological kind instead")
    parser.add_argument("--long-chars", type=int, default=200_000)
    args = parser.parse_args(argv)
    if args.long:
        return long_stories(args.long_chars)
    rng = random.Random(args.seed)
    tally = Tally()
    began = time.perf_counter()
    wirecoder.analyze("Warm up: the minister met officials.")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for _ in range(args.analyze):
            fuzz_analyze(rng, tally, args.seconds)
        for _ in range(args.readers):
            fuzz_bytes(rng, tally, folder, args.seconds)
            fuzz_json(rng, tally, folder, args.seconds)
        for _ in range(args.search):
            fuzz_search(rng, tally, args.seconds)
    report = {
        "seed": args.seed, "inputs": sum(tally.tried.values()), "by_kind": tally.tried,
        "crashes": len(tally.crashes), "hangs": len(tally.hangs),
        "seconds": round(time.perf_counter() - began, 1),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
        "wirecoder": wirecoder.__version__, "python": sys.version.split()[0],
    }
    print(json.dumps(report))
    for line in (tally.crashes + tally.hangs)[:20]:
        print(line, file=sys.stderr)
    return 1 if tally.crashes or tally.hangs else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Loopback load test of ``wirecoder serve``: dyad and events endpoints on >= 1M events.

    python benchmarks/web_load.py                       # 1,000,000 events, 20 clients
    python benchmarks/web_load.py --events 200000 --requests 1000

Builds a SQLite store of ``--events`` generated events with ``benchmarks/store.py``'s
loader (40 parties, Zipf-like, 3 years), starts ``wirecoder serve`` on it in its own
process (``--workers`` uvicorn processes, default 1, bound to 127.0.0.1), then
``--clients`` concurrent clients send ``--requests`` GET requests in total (stopping
early after ``--seconds``), half to ``/api/dyad`` (a random pair among the 20 most
frequent parties, by month) and half to ``/api/events`` (filtered by actor, by actor
and recipient, or by category; 50 rows a page, first or second page). A first pass
with one client (``--single`` requests) gives the latency of a request alone. Prints
p50/p95/max latency per endpoint, the request rate, the server's CPU time per request
(from /proc, summed over its worker processes, so independent of how busy the machine
is) and the load client's own (it shares the machine's cores), the CPU time of the Store
calls alone per endpoint (in this process, no HTTP, ``--store-calls``) and the machine's
load average, as JSON. Each client is a keep-alive connection of a minimal HTTP/1.1 client
(``RawHttp``, about a tenth of httpx's CPU per request; ``--client httpx`` uses httpx).
``--cache-entries 0`` turns the server's response cache off
(``$WIRECODER_WEB_CACHE``), so that every request is computed.
Not a test: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import urlencode

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store import CATEGORIES, load_events

from wirecoder.store import Store

PARTIES = ["USA", "CHN", "RUS", "UKR", "ISR", "IRN", "GBR", "FRA", "DEU", "JPN", "IND",
           "PAK", "TUR", "SYR", "IRQ", "KOR", "PRK", "TWN", "SAU", "EGY"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def build(db: Path, n_events: int) -> float:
    began = time.perf_counter()
    with Store(db) as store:
        load_events(store, n_events)
    return time.perf_counter() - began


def requests_plan(n: int, seed: int = 11) -> list[tuple[str, str, dict]]:
    rng = random.Random(seed)
    plan = []
    for i in range(n):
        a, b = rng.sample(PARTIES, 2)
        if i % 2 == 0:
            plan.append(("dyad", "/api/dyad", {"a": a, "b": b, "by": "month"}))
            continue
        offset = rng.choice((0, 50))
        kind = rng.randrange(3)
        params: dict = {"limit": 50, "offset": offset}
        if kind == 0:
            params["actor"] = a
        elif kind == 1:
            params.update(actor=a, recipient=b)
        else:
            params["type"] = rng.choice(CATEGORIES)
        plan.append(("events", "/api/events", params))
    return plan


class RawHttp:
    """A minimal HTTP/1.1 keep-alive GET client on one connection (asyncio streams).

    The load generator shares the machine's cores with the server; httpx spends ~3 ms of
    CPU per request, this ~0.3 ms, leaving that CPU to the server (``--client httpx``
    measures with httpx instead). Reads ``Content-Length`` and chunked bodies.
    """

    def __init__(self, base: str) -> None:
        url = httpx.URL(base)
        self.host, self.port = url.host, url.port or 80
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str, params: dict) -> int:
        """Send one GET and read the whole response; return its status code."""
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        target = path + ("?" + urlencode(params) if params else "")
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
                          "Accept: application/json\r\n\r\n".encode("ascii"))
        status = int((await self.reader.readline()).split()[1])
        headers: dict[bytes, bytes] = {}
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.partition(b":")
            headers[name.strip().lower()] = value.strip()
        if b"content-length" in headers:
            await self.reader.readexactly(int(headers[b"content-length"]))
        elif headers.get(b"transfer-encoding", b"").lower() == b"chunked":
            while (size := int((await self.reader.readline()).strip(), 16)) > 0:
                await self.reader.readexactly(size + 2)
            await self.reader.readline()
        if headers.get(b"connection", b"").lower() == b"close":
            await self.close()
        return status

    async def close(self) -> None:
        """Close the connection (a next request opens another)."""
        if self.writer is not None:
            self.writer.close()
            with contextlib.suppress(OSError):
                await self.writer.wait_closed()
        self.reader = self.writer = None


async def run_load(base: str, plan: list, clients: int, seconds: float,
                   kind: str = "raw") -> dict:
    """Send ``plan`` from ``clients`` concurrent keep-alive clients; return the figures."""
    queue: asyncio.Queue = asyncio.Queue()
    for item in plan:
        queue.put_nowait(item)
    latencies: dict[str, list[float]] = {"dyad": [], "events": []}
    failures = 0
    deadline = time.perf_counter() + seconds

    async def client(send: Callable[[str, dict], Awaitable[int]]) -> None:
        nonlocal failures
        while not queue.empty() and time.perf_counter() < deadline:
            name, path, params = queue.get_nowait()
            t0 = time.perf_counter()
            try:
                status = await send(path, params)
            except (httpx.TransportError, OSError, asyncio.IncompleteReadError, ValueError,
                    IndexError):  # e.g. a kept-alive connection closed: counted
                failures += 1
                continue
            latencies[name].append((time.perf_counter() - t0) * 1000)
            failures += status != 200

    began, cpu = time.perf_counter(), time.process_time()
    if kind == "httpx":
        limits = httpx.Limits(max_connections=clients)
        async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as http:

            async def send(path: str, params: dict) -> int:
                return (await http.get(path, params=params)).status_code

            await asyncio.gather(*(client(send) for _ in range(clients)))
    else:
        raws = [RawHttp(base) for _ in range(clients)]
        await asyncio.gather(*(client(raw.get) for raw in raws))
        for raw in raws:
            await raw.close()
    elapsed = time.perf_counter() - began
    out: dict = {"clients": clients, "requests": sum(map(len, latencies.values())),
                 "failures": failures, "seconds": elapsed}
    out["requests_per_s"] = out["requests"] / elapsed
    out["client_cpu_ms_per_request"] = ((time.process_time() - cpu) * 1000
                                        / max(out["requests"], 1))
    for name, values in latencies.items():
        values.sort()
        out[name] = {"n": len(values), "p50_ms": statistics.median(values),
                     "p95_ms": values[int(0.95 * (len(values) - 1))], "max_ms": values[-1]}
    return out


def _stat(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of process ``pid`` and its live descendants (Linux /proc).

    With ``--workers N`` the requests are served by uvicorn's worker processes, the
    children of ``pid``.
    """
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int(_stat(int(entry.name))[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, grew = {pid}, True
    while grew:
        more = {child for child, parent in parents.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    total = 0
    for member in tree:
        try:
            fields = _stat(member)
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def measured(base: str, pid: int, plan: list, clients: int, seconds: float,
             kind: str = "raw") -> dict:
    cpu0 = cpu_seconds(pid)
    out = asyncio.run(run_load(base, plan, clients, seconds, kind))
    out["server_cpu_ms_per_request"] = (cpu_seconds(pid) - cpu0) * 1000 / max(out["requests"], 1)
    out["load_average_1min"] = os.getloadavg()[0]
    return out


def store_cpu(db: Path, plan: list) -> dict:
    """CPU ms per Store call of each endpoint, in this process (no HTTP, no server)."""
    spent: dict[str, list[float]] = {"dyad": [], "events": []}
    with Store(db) as store:
        for warm, chunk in ((True, plan[:10]), (False, plan)):
            for name, _, params in chunk:
                began = time.process_time()
                if name == "dyad":
                    store.dyad(params["a"], params["b"], by=params["by"])
                else:
                    store.events(actor=params.get("actor"), recipient=params.get("recipient"),
                                 event_type=params.get("type"), limit=params["limit"] + 1,
                                 offset=params["offset"])
                if not warm:
                    spent[name].append((time.process_time() - began) * 1000)
    return {f"{name}_cpu_ms": statistics.mean(values) for name, values in spent.items()}


def wait_ready(base: str, process: subprocess.Popen, timeout: float = 60) -> None:
    stop = time.time() + timeout
    while time.time() < stop:
        if process.poll() is not None:
            raise RuntimeError("the server exited")
        try:
            if httpx.get(base + "/api/stats", timeout=30).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.3)
    raise RuntimeError("the server did not start")


def _rounded(value: object) -> object:
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    return round(value, 1) if isinstance(value, float) else value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--single", type=int, default=200, help="requests of the 1-client pass")
    parser.add_argument("--seconds", type=float, default=300.0)
    parser.add_argument("--db", type=Path, help="reuse (or build once) this store file")
    parser.add_argument("--workers", type=int, default=1, help="wirecoder serve --workers")
    parser.add_argument("--store-calls", type=int, default=200,
                        help="Store calls of the in-process CPU pass (0: skip it)")
    parser.add_argument("--cache-entries", type=int, default=None,
                        help="response cache size of the server (0: off; default: its own)")
    parser.add_argument("--again", action="store_true",
                        help="send the 20-client pass a second time (every answer cached, "
                        "so it measures the HTTP path alone): figures under load_again")
    parser.add_argument("--client", choices=("raw", "httpx"), default="raw",
                        help="load client: a minimal keep-alive HTTP/1.1 client (default) "
                        "or httpx (about 10x its CPU per request)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="wirecoder-webload-") as tmp:
        db = args.db or Path(tmp) / "load.db"
        figures: dict = {"events": args.events, "workers": args.workers,
                         "cache_entries": args.cache_entries, "client": args.client}
        if not db.exists():
            figures["build_seconds"] = build(db, args.events)
        if args.store_calls:
            figures["store_cpu_per_call"] = store_cpu(db, requests_plan(args.store_calls, 7))
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        env = {**os.environ, "WIRECODER_TOKEN": ""}
        if args.cache_entries is not None:
            env["WIRECODER_WEB_CACHE"] = str(args.cache_entries)
        server = subprocess.Popen([sys.executable, "-m", "wirecoder", "serve", "--db", str(db),
                                   "--port", str(port)]
                                  + (["--workers", str(args.workers)] if args.workers > 1 else []),
                                  env=env)
        try:
            wait_ready(base, server)
            asyncio.run(run_load(base, requests_plan(40), args.clients, 60,
                                 args.client))  # warm-up
            figures["cores"] = os.cpu_count()
            figures["one_client"] = measured(base, server.pid, requests_plan(args.single, 5),
                                             1, args.seconds, args.client)
            figures["load"] = measured(base, server.pid, requests_plan(args.requests),
                                       args.clients, args.seconds, args.client)
            if args.again:
                figures["load_again"] = measured(base, server.pid, requests_plan(args.requests),
                                                 args.clients, args.seconds, args.client)
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(json.dumps(_rounded(figures), indent=2))
    worst = max(figures["load"][name]["p95_ms"] for name in ("dyad", "events"))
    print(f"p95 {worst:.0f} ms: " + ("PASS (<= 150 ms)" if worst <= 150 else "FAIL (> 150 ms)"),
          file=sys.stderr)
    return 0 if worst <= 150 and not figures["load"]["failures"] else 1


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark: `cfp serve` under load, on loopback only, bounded in count and time.

20,000 requests (half GetFootprint of a random id, half ListFootprints with limit=10
and a random filter: none, productId, companyId, status, validOn) from 32 concurrent
keep-alive TLS connections, against a real `cfp serve` (a subprocess, access log off)
with 1,000 footprints in its folder. Reports throughput, p50/p90/p99/max latency,
errors, and the server's resident memory before, during and after the run.
Targets (issue 13): >= 1,500 requests/s and p99 <= 50 ms on 2 cores, no error, memory
flat.

    python bench/bench_serve.py [--requests 20000] [--concurrency 32] [--footprints 1000]
                                [--no-pin] [--access-log] [--time-limit 120]

The load generator runs on the same 2-core machine and competes for the CPU, so by
default the server is pinned to core 0 and the generator to core 1 (sched_setaffinity):
the server gets one core to itself (it is one event-loop process and cannot use more)
and the generator one; `--no-pin` lets both float to show the effect. The generator is
a minimal asyncio (+uvloop) HTTP/1.1 client writing requests and reading
`Content-Length` bodies over `ssl` streams: httpx or aiohttp would spend several times
more CPU per request than the server and measure themselves. Latency is from writing
the request to having read the whole body. 1,000 warm-up requests are not counted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import ssl
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "machined-assembly-ja.xlsx"
SECRET = "bench-secret-0123456789"
WARMUP = 1000


def make_footprints(folder: Path, count: int) -> list[dict]:
    """`count` footprints: cfp's export of the sample, ids and product ids varied."""
    sys.path.insert(0, str(ROOT))
    from datetime import UTC, datetime

    from cfp.lca.api import calculate
    from cfp.lca.render.pact import to_pact

    base = to_pact(calculate(SAMPLE), created=datetime(2026, 4, 1, tzinfo=UTC))
    made = []
    for n in range(count):
        doc = json.loads(json.dumps(base))
        doc["id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, f"cfp-bench/{n}"))
        doc["productIds"] = [f"urn:pact:product-id:PU-{n:04d}"]
        doc["companyIds"] = [f"urn:company:bench:{n % 4}"]
        where = folder / (f"fp{n:04d}-pact.json" if n % 2 else f"fp{n:04d}/fp{n:04d}-pact.json")
        where.parent.mkdir(parents=True, exist_ok=True)
        where.write_text(json.dumps(doc), encoding="utf-8")
        made.append(doc)
    return made


def plan(footprints: list[dict], total: int, seed: int = 13) -> list[str]:
    rng = random.Random(seed)
    paths = []
    for _ in range(total):
        fp = rng.choice(footprints)
        if rng.random() < 0.5:
            paths.append(f"/3/footprints/{fp['id']}")
            continue
        flt = rng.choice(["", f"&productId={fp['productIds'][0]}",
                          f"&companyId={fp['companyIds'][0]}", "&status=Active",
                          "&validOn=2028-01-01T00:00:00Z"])
        paths.append(f"/3/footprints?limit=10{flt}")
    return paths


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


async def load(port: int, token: str, paths: list[str], concurrency: int,
               context: ssl.SSLContext, deadline: float) -> tuple[list[float], list[str]]:
    latencies: list[float] = []
    errors: list[str] = []
    queue = iter(paths)
    auth = f"Authorization: Bearer {token}\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()

    async def worker() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=context,
                                                       server_hostname="localhost")
        try:
            for path in queue:
                if time.monotonic() > deadline:
                    errors.append("time limit")
                    return
                started = time.perf_counter()
                writer.write(b"GET " + path.encode() + b" HTTP/1.1\r\n" + auth)
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line[:15].lower() == b"content-length:":
                        length = int(line[15:])
                body = await reader.readexactly(length)
                latencies.append(time.perf_counter() - started)
                if head[9:12] != b"200" or not body.startswith(b'{"data":'):
                    errors.append(f"{head[9:12].decode()} {path}")
        finally:
            writer.close()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies, errors


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--footprints", type=int, default=1000)
    parser.add_argument("--no-pin", action="store_true")
    parser.add_argument("--access-log", action="store_true")
    parser.add_argument("--time-limit", type=float, default=120.0)
    args = parser.parse_args()
    pin = not args.no_pin and hasattr(os, "sched_setaffinity") and os.cpu_count() >= 2

    work = Path(tempfile.mkdtemp(prefix="cfp-bench-serve-"))
    results = work / "results"
    footprints = make_footprints(results, args.footprints)
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                    str(work / "key.pem"), "-out", str(work / "cert.pem"), "-days", "1",
                    "-subj", "/CN=localhost", "-addext",
                    "subjectAltName=DNS:localhost,IP:127.0.0.1"], check=True,
                   capture_output=True)
    from cfp.lca.app.server.clients import Events, Scope, add_client

    add_client(work / "clients.json", "bench", SECRET, Scope(True), Events())
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    command = [sys.executable, "-c", "from cfp.cli.main import run; run()", "serve",
               str(results), "--port", str(port), "--tls-cert", str(work / "cert.pem"),
               "--tls-key", str(work / "key.pem"), "--clients", str(work / "clients.json"),
               "--lang", "en", "--access-log" if args.access_log else "--no-access-log"]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=open(  # noqa: SIM115
        work / "serve.log", "wb"), preexec_fn=(lambda: os.sched_setaffinity(0, {0}))
        if pin else None)
    if pin:
        os.sched_setaffinity(0, {1})
    try:
        return run_load(args, port, server, work, footprints, pin)
    finally:
        server.terminate()
        server.wait(timeout=15)


def run_load(args, port, server, work, footprints, pin) -> int:  # noqa: ANN001
    import httpx

    try:
        import uvloop
        uvloop.install()
    except ImportError:
        pass
    context = ssl.create_default_context(cafile=str(work / "cert.pem"))
    client = httpx.Client(base_url=f"https://127.0.0.1:{port}", verify=context, timeout=5)
    for _ in range(200):
        try:
            client.get("/.well-known/openid-configuration")
            break
        except httpx.TransportError:
            time.sleep(0.1)
    token = client.post("/auth/token", data={"grant_type": "client_credentials"},
                        auth=("bench", SECRET)).json()["access_token"]
    deadline = time.monotonic() + args.time_limit
    rss_start = rss_kb(server.pid)
    asyncio.run(load(port, token, plan(footprints, WARMUP, seed=1), args.concurrency,
                     context, deadline))
    rss_warm = rss_kb(server.pid)
    samples = [rss_warm]

    async def measured():  # noqa: ANN202
        async def sampler() -> None:
            while True:
                await asyncio.sleep(0.5)
                samples.append(rss_kb(server.pid))

        task = asyncio.create_task(sampler())
        started = time.perf_counter()
        result = await load(port, token, plan(footprints, args.requests), args.concurrency,
                            context, deadline)
        elapsed = time.perf_counter() - started
        task.cancel()
        return result, elapsed

    (latencies, errors), elapsed = asyncio.run(measured())
    rss_end = rss_kb(server.pid)
    done = len(latencies)
    summary = {
        "requests": done, "errors": len(errors), "seconds": round(elapsed, 2),
        "requests_per_s": round(done / elapsed), "concurrency": args.concurrency,
        "footprints": len(footprints), "pinned": pin, "access_log": args.access_log,
        "p50_ms": round(percentile(latencies, 50) * 1000, 2),
        "p90_ms": round(percentile(latencies, 90) * 1000, 2),
        "p99_ms": round(percentile(latencies, 99) * 1000, 2),
        "max_ms": round(max(latencies) * 1000, 2),
        "rss_mb": {"start": round(rss_start / 1024, 1), "after_warmup": round(rss_warm / 1024, 1),
                   "max": round(max(samples) / 1024, 1), "end": round(rss_end / 1024, 1)},
    }
    print(json.dumps(summary, indent=2))
    if errors:
        print("first errors:", errors[:5], file=sys.stderr)
    met = (not errors and summary["requests_per_s"] >= 1500 and summary["p99_ms"] <= 50
           and rss_end - rss_warm < 10 * 1024)
    print(f"targets (>= 1500 req/s, p99 <= 50 ms, no error, RSS growth < 10 MB): "
          f"{'met' if met else 'NOT met'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())

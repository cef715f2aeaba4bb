"""Measuring tools for `manage.py bench`: server time, query counts, memory and throughput.

Server time is measured in-process through Django's test client (request
handling, ORM, templates; no network), with DEBUG off. Query counts come
from a separate, captured request so that capturing does not skew timings.
Throughput is measured against gunicorn on loopback with a bounded load.
"""

import http.client
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext


@dataclass
class Timing:
    label: str
    path: str
    samples: list = field(default_factory=list)
    queries: int = 0
    sql: list = field(default_factory=list)
    status: int = 0
    peak_memory: int | None = None

    @property
    def p50(self):
        return statistics.median(self.samples) * 1000

    @property
    def p95(self):
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] * 1000


def time_request(client, label, path, *, repeat=20, warmup=2, stream=False):
    """Time GET `path` `repeat` times (after `warmup` untimed runs) and count its queries once."""
    timing = Timing(label, path)

    def fetch():
        response = client.get(path)
        if stream and response.streaming:
            for _chunk in response.streaming_content:
                pass
        return response

    for _ in range(warmup):
        fetch()
    for _ in range(repeat):
        started = time.perf_counter()
        response = fetch()
        timing.samples.append(time.perf_counter() - started)
        timing.status = response.status_code
    with CaptureQueriesContext(connection) as captured:
        fetch()
    timing.queries = len(captured.captured_queries)
    timing.sql = [query["sql"] for query in captured.captured_queries]
    reset_queries()
    return timing


def measure_memory(client, label, path):
    """Time one GET of a (streamed) response and record the Python heap's peak while reading it.

    Returns the timing and the body's size in bytes and in lines.
    """
    timing = Timing(label, path)
    tracemalloc.start()
    started = time.perf_counter()
    response = client.get(path)
    size = lines = 0
    chunks = response.streaming_content if response.streaming else [response.content]
    for chunk in chunks:
        size += len(chunk)
        lines += chunk.count(b"\n")
    timing.samples.append(time.perf_counter() - started)
    _current, timing.peak_memory = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    timing.status = response.status_code
    return timing, size, lines


def free_port():
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Gunicorn:
    """gunicorn serving config.wsgi on a free loopback port, stopped on exit."""

    def __init__(self, *, database_url, workers=2, settings="bench.settings", cache_seconds=None):
        self.port = free_port()
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": settings,
            "DATABASE_URL": database_url,
            "DJANGO_DEBUG": "false",
            "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY") or "bench-" + "x" * 60,
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DJANGO_SECURE_SSL_REDIRECT": "false",
            "DATABASE_CONN_MAX_AGE": "60",
        }
        if cache_seconds is not None:
            env["SELON_READER_CACHE_SECONDS"] = str(cache_seconds)
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "config.wsgi",
                "-w",
                str(workers),
                "-b",
                f"127.0.0.1:{self.port}",
                "--log-level",
                "warning",
            ],
            env=env,
        )

    def __enter__(self):
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with closing(socket.create_connection(("127.0.0.1", self.port), timeout=1)):
                    return self
            except OSError:
                time.sleep(0.2)
        self.process.kill()
        raise RuntimeError("gunicorn did not start within 30 s")

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def load(port, path, *, clients=20, seconds=10.0, max_requests=100_000):
    """Requests per second for GET `path` from `clients` keep-alive connections; bounded in time and count."""
    done, errors, lock = [0], [0], threading.Lock()
    deadline = time.monotonic() + seconds

    def worker():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < deadline:
            with lock:
                if done[0] + errors[0] >= max_requests:
                    return
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                ok = False
            with lock:
                if ok:
                    done[0] += 1
                else:
                    errors[0] += 1
        conn.close()

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    return {"requests": done[0], "errors": errors[0], "seconds": elapsed, "rps": done[0] / elapsed}


WRK_SCRIPT = Path(__file__).with_name("wrk_urls.lua")


def wrk_load(port, paths, *, seconds=20, connections=10, threads=2):
    """Requests per second from `wrk` over `paths` in turn (a Lua script reads the list), or None without wrk.

    wrk (Debian package `wrk`) is a C load generator: unlike load() above, it costs the two
    cores almost nothing, so the figure is the server's.
    """
    if shutil.which("wrk") is None:
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".txt") as listing:
        listing.write("\n".join(paths) + "\n")
        listing.flush()
        completed = subprocess.run(
            [
                "wrk",
                f"-t{threads}",
                f"-c{connections}",
                f"-d{seconds:g}s",
                "--timeout",
                "10s",
                "--latency",
                "-s",
                str(WRK_SCRIPT),
                f"http://127.0.0.1:{port}",
            ],
            env={**os.environ, "WRK_URLS": listing.name},
            capture_output=True,
            text=True,
            check=True,
        )
    output = completed.stdout

    def number(pattern, default=0.0):
        found = re.search(pattern, output)
        return float(found.group(1)) if found else default

    return {
        "rps": number(r"Requests/sec:\s+([\d.]+)"),
        "requests": int(number(r"(\d+) requests in")),
        "errors": int(number(r"Non-2xx or 3xx responses:\s+(\d+)")),
        "p50_ms": _wrk_ms(re.search(r"50%\s+([\d.]+)(us|ms|s)", output)),
        "p99_ms": _wrk_ms(re.search(r"99%\s+([\d.]+)(us|ms|s)", output)),
        "seconds": seconds,
        "connections": connections,
        "paths": len(paths),
    }


def _wrk_ms(found):
    if not found:
        return None
    value, unit = float(found.group(1)), found.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

"""A shared PostgreSQL database beside an SQLite file: a label's write latency, and `pairs` listing 10,000 pairs.

The server is FACTCHECK_BENCH_POSTGRES (or FACTCHECK_TEST_POSTGRES) when set, a URL to a database on which
this user may create databases; otherwise a throwaway server is started with tools/pg-throwaway.sh (durable
settings: fsync on) and stopped at the end. Without PostgreSQL the rows say so and carry no figure.
"""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from common import PYTHON, ROOT, Row, Sizes, percentile

CLAIMS_PER_DOCUMENT = 10


@contextmanager
def server():
    given = os.environ.get("FACTCHECK_BENCH_POSTGRES") or os.environ.get("FACTCHECK_TEST_POSTGRES")
    if given:
        yield given
        return
    folder = Path(tempfile.mkdtemp(prefix="factcheck-bench-pg."))
    folder.chmod(0o755)
    script = ROOT / "tools" / "pg-throwaway.sh"
    try:
        started = subprocess.run(["bash", str(script), "start", str(folder)], capture_output=True, text=True, timeout=300)
        if started.returncode != 0:
            yield None
            return
        yield started.stdout.strip()
    finally:
        subprocess.run(["bash", str(script), "stop", str(folder)], capture_output=True, timeout=120)
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def fresh_database(url: str):
    import psycopg
    from urllib.parse import urlsplit, urlunsplit

    name = f"bench_{os.getpid()}_{int(time.time())}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f'create database "{name}"')
    parts = urlsplit(url)
    try:
        yield urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f'drop database if exists "{name}" with (force)')


def build(path: Path, n_pairs: int) -> None:
    """An SQLite file with documents, claims and ``n_pairs`` pairs between claims of different documents."""
    from claims.model import Claim
    from factcheck.records import SourceDocument
    from factcheck.store import PairRow, Store

    n_claims = max(2 * CLAIMS_PER_DOCUMENT, int((2 * n_pairs) ** 0.5) + CLAIMS_PER_DOCUMENT * 2)
    with Store(path) as store:
        for d in range(0, n_claims, CLAIMS_PER_DOCUMENT):
            texts = [f"Speaker {d} said the wage in case {n} was ${10 + n % 40}.{n % 10}0 an hour." for n in range(d, d + CLAIMS_PER_DOCUMENT)]
            claims, offset = [], 0
            for position, text in enumerate(texts):
                claims.append(Claim(text, offset, offset + len(text), position, f"Speaker {d}", ("union", "employer")[d % 2], 0.9))
                offset += len(text) + 1
            store.save_document(SourceDocument(source=f"bench/{d}", text=" ".join(texts)), claims)
        ids = sorted(c.id for c in store.claims())
        rows = [
            PairRow(a, b, 0.8, ("conflict", "agree", "unverifiable")[(a + b) % 3], 0.7, ("different wage figures",), "wages")
            for i, a in enumerate(ids) for b in ids[i + CLAIMS_PER_DOCUMENT:]
        ][:n_pairs]
        store.save_pairs(rows)


def label_latencies(location: str, count: int) -> list[float]:
    """Seconds for each of ``count`` labels, each appended in its own transaction as `review` does."""
    from factcheck.store import open_store

    with open_store(location) as store:
        n_pairs = store.counts()["pairs"]
        times = []
        for i in range(count):
            started = time.perf_counter()
            store.add_label(1 + i % n_pairs, ("agree", "conflict")[i % 2], "bench")
            times.append(time.perf_counter() - started)
    return times


def listing_seconds(location: str, runs: int = 3) -> float:
    """Median wall time of `factcheck pairs --json` through the CLI, in a fresh interpreter each run."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run([PYTHON, "-m", "factcheck", "pairs", "--json", "--db", location],
                              capture_output=True, text=True, timeout=600)
        times.append(time.perf_counter() - started)
        if done.returncode != 0:
            raise RuntimeError(done.stderr.strip()[-300:])
    return statistics.median(times)


def run(sizes: Sizes) -> list[Row]:
    n_pairs, n_labels = (500, 30) if sizes.extraction_docs < 100 else (10_000, 300)
    label_case = f"label write p50, own transaction ({n_labels} labels), PostgreSQL on this machine"
    list_case = f"pairs --json listing {n_pairs:,} pairs through the CLI, PostgreSQL"
    with tempfile.TemporaryDirectory() as tmp, server() as url:
        if url is None:
            why = "no PostgreSQL server: set FACTCHECK_BENCH_POSTGRES, or install postgresql-15"
            return [Row("team", label_case, None, "", note=why), Row("team", list_case, None, "", note=why)]
        from factcheck.store import open_store
        from factcheck.store.copy import copy_database

        sqlite_file = Path(tmp) / "bench.db"
        build(sqlite_file, n_pairs)
        with fresh_database(url) as database:
            with open_store(str(sqlite_file)) as source, open_store(database) as dest:
                copy_database(source, dest)
            sqlite_list, postgres_list = listing_seconds(str(sqlite_file)), listing_seconds(database)
            sqlite_label = label_latencies(str(sqlite_file), n_labels)
            postgres_label = label_latencies(database, n_labels)
    p50 = lambda times: percentile(times, 50) * 1000  # noqa: E731
    return [
        Row("team", label_case, p50(postgres_label), "ms", "SQLite file (WAL)", p50(sqlite_label),
            note=f"p95 {percentile(postgres_label, 95) * 1000:.2f} ms vs SQLite {percentile(sqlite_label, 95) * 1000:.2f} ms"),
        Row("team", list_case, postgres_list, "s", "the same from an SQLite file", sqlite_list),
    ]

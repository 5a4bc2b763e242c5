"""Search on a PostgreSQL server beside SQLite, on the same 1,000-meeting demo register (issue 12's figure:
search p95 ≤ 20 ms on 1,000 meetings).

The SQLite side is the cached `demo --meetings N` database (bench/_common.py); the server side is a throwaway
cluster started as tests/postgres_server.py starts the test cluster (or --url of a running server, whose
database is then replaced), filled with a copy of the same rows, so both find the same records. Prints the
index rebuild and `check`'s remake on each, search latency p50/p95 over ~200 queries (words and word
beginnings of the data, 1 to 3 characters included, Turkish ones, two-word ones) for the full service (30
results with snippets) and the index match alone, whether both found the same records, and the plans
PostgreSQL chose (EXPLAIN ANALYZE) for a long, a short and a one-letter term and two words.

    python bench/server_search.py [--meetings N] [--repeat N] [--url postgresql://user@host:port/]
"""

from __future__ import annotations

import argparse
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from _common import demo_database, percentile  # noqa: E402
from postgres_server import PostgresCluster, server_binaries  # noqa: E402

FIXED_QUERIES = [
    "goc", "göçmen", "İstanbul", "istanbul", "ISTANBUL", "isik", "IŞIK", "Şanlıurfa", "gaziantep", "veri",
    "depremzede", "kaçakçılık", "data", "migration", "protection", "psychosocial", "UNHCR", "work permit",
    "çalışma izni", "seasonal workers", "mevsimlik tarım", "istanbul izmir", "concept note", "terms of reference",
    "GCM review", "unicef reservation", "göç idaresi", "labour migration", "disaggregated data", "un-women",
    "2021/1", "e-posta", "UNHCR'ın",
]  # fmt: skip
DATABASE = "unnm_bench_search"


def queries(words: list[str], wanted: int = 200) -> list[str]:
    """The fixed queries, then words of the data, their beginnings (1-3 characters) and pairs of them."""
    step = max(1, len(words) // 90)
    sampled = words[::step][:90]
    short = sorted({word[:length] for word in sampled[::6] for length in (1, 2, 3)})
    pairs = [f"{a} {b}" for a, b in zip(sampled[::5], sampled[2::5], strict=False)]
    return [*FIXED_QUERIES, *sampled, *short, *pairs][:wanted]


def _ms(seconds: list[float]) -> str:
    values = [s * 1000 for s in seconds]
    return f"p50 {statistics.median(values):6.1f} ms  p95 {percentile(values, 0.95):6.1f} ms  max {max(values):6.1f} ms"


def _timed(action: Callable[[], object], repeat: int) -> tuple[list[float], object]:
    timings, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        timings.append(time.perf_counter() - started)
    return timings, result


@contextmanager
def server(url: str | None, durable: bool = False) -> Iterator[str]:
    """The address of an empty database DATABASE on a server: --url's, or a throwaway cluster's (with fsync on
    when `durable`, as a real server runs)."""
    import psycopg

    cluster = None
    if url is None:
        binaries = server_binaries()
        if binaries is None:
            sys.exit("no PostgreSQL server binaries (apt-get install postgresql) and no --url")
        cluster = PostgresCluster(Path(tempfile.mkdtemp(prefix="unnm-bench-postgres-")), binaries, durable=durable)
        cluster.start()
        url = cluster.url("postgres")
    base = url.rstrip("/")
    if base.count("/") > 2:  # a database named: the server's address is what comes before it
        base = base.rsplit("/", 1)[0]
    try:
        with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
            settings = [admin.execute(f"SHOW {name}").fetchone()[0] for name in ("fsync", "synchronous_commit")]
            print(f"server: PostgreSQL {admin.info.server_version}, fsync {settings[0]}, "
                  f"synchronous_commit {settings[1]}")  # fmt: skip
            admin.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
            admin.execute(f"CREATE DATABASE {DATABASE}")
        yield f"{base}/{DATABASE}"
    finally:
        if cluster is not None:
            cluster.stop()
            shutil.rmtree(cluster.folder, ignore_errors=True)


@contextmanager
def register_on_server(path: Path, url: str | None, durable: bool = False) -> Iterator[Any]:
    """The register of the SQLite file `path` copied with the app's own copy (services/copy_register.py) into
    `server`'s database: the server's address (a ServerAddress). Shared by bench/server.py and bench/sync.py."""
    from unnm_desktop.services.copy_register import copy_register as copy_with_the_app
    from unnm_desktop.store.address import ServerAddress

    with server(url, durable) as address_text:
        address = ServerAddress.parse(address_text)
        report = copy_with_the_app(path, address, actor="bench")
        print(f"copied the register to the server in {report.seconds:.1f} s ({len(report.problems)} problems)")
        yield address


def copy_register(source: Any, target: Any) -> float:
    """The same rows on the server as in the SQLite file (the demo's random draws depend on row order, so
    generating it again there would give another register); returns seconds."""
    from unnm_desktop.store.models import Base

    started = time.perf_counter()
    tables = [table for table in Base.metadata.sorted_tables if table.name not in ("app_info", "audit_event")]
    with target.session() as session:
        for table in reversed(tables):
            session.execute(table.delete())
    for table in tables:
        with source.session() as session:
            rows = [dict(row) for row in session.execute(table.select()).mappings()]
        with target.session() as session:
            for start in range(0, len(rows), 5000):
                session.execute(table.insert(), rows[start : start + 5000])
    return time.perf_counter() - started


def _index_figures(label: str, ctx: Any) -> None:
    from unnm_desktop.store.search_index import rebuild, remake

    with ctx.session() as session:
        started = time.perf_counter()
        entries = rebuild(session.connection())
    rebuilt = time.perf_counter() - started
    with ctx.session() as session:
        started = time.perf_counter()
        remake(session.connection())
    print(f"{label:10} index rebuild {rebuilt:5.2f} s ({entries} entries)   remake as in `check` "
          f"{time.perf_counter() - started:5.2f} s")  # fmt: skip


def search_timings(
    ctx: Any, all_queries: list[str], repeat: int
) -> tuple[list[float], list[float], dict[str, set[str]]]:
    """Seconds of each run of the full service (30 results with snippets) and of the index match alone (best
    30), and the records each query finds."""
    from unnm_desktop.services.desk.search import query_terms, search
    from unnm_desktop.store.search_query import match

    full: list[float] = []
    bare: list[float] = []
    found = {}
    for query in all_queries:
        timings, _ = _timed(lambda q=query: search(ctx, q), repeat)
        full += timings
        with ctx.session() as session:
            connection, terms = session.connection(), query_terms(query)
            timings, _ = _timed(lambda c=connection, t=terms: match(c, t, limit=30), repeat)
            bare += timings
            found[query] = {f"{hit.kind} {hit.folded}" for hit in match(connection, terms, limit=100_000)}
    return full, bare, found


def _search_figures(label: str, ctx: Any, all_queries: list[str], repeat: int) -> dict[str, set[str]]:
    full, bare, found = search_timings(ctx, all_queries, repeat)
    print(f"{label:10} search, 30 results with snippets: {_ms(full)}")
    print(f"{label:10} index match alone, best 30:       {_ms(bare)}")
    return found


def data_words(ctx: Any) -> list[str]:
    """Every word of the register's searchable text, folded, sorted."""
    from unnm_desktop.domain.snippet import WORD
    from unnm_desktop.store.search_query import iter_entries

    with ctx.session() as session:
        return sorted({word for _k, _r, folded in iter_entries(session.connection()) for word in WORD.findall(folded)})


def _plans(ctx: Any, terms: list[list[str]]) -> None:
    from unnm_desktop.store.search_postgres import fetch_matching
    from unnm_desktop.store.search_words import words as words_of

    with ctx.session() as session:
        cursor = session.connection().connection.cursor()
        for words in terms:
            phrases = [words_of(word) for word in words]
            lines = [row[0] for row in fetch_matching(cursor, phrases, 30, None, "EXPLAIN (ANALYZE, BUFFERS OFF)")]
            print(f"EXPLAIN ANALYZE for {' '.join(words)!r}:")
            for line in lines:
                if any(key in line for key in ("Scan", "Execution Time", "Rows Removed", "Heap Blocks")):
                    print("    " + line.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--meetings", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query (default 3)")
    parser.add_argument("--url", help="a running server (postgresql://user@host:port/) instead of a throwaway one")
    args = parser.parse_args()

    from unnm_desktop.services.context import open_context
    from unnm_desktop.store.address import ServerAddress

    print(f"machine: {platform.machine()} {platform.system()} python {platform.python_version()}")
    path, demo_seconds = demo_database(args.meetings)
    if demo_seconds is not None:
        print(f"demo --meetings {args.meetings}: {demo_seconds:.1f} s")
    with (
        server(args.url) as url,
        open_context(path, actor="bench") as lite,
        open_context(ServerAddress.parse(url), actor="bench") as pg,
    ):
        print(f"copied the register to the server in {copy_register(lite, pg):.1f} s")
        _index_figures("SQLite", lite)
        _index_figures("PostgreSQL", pg)
        chosen = queries(data_words(lite))
        print(f"{len(chosen)} queries × {args.repeat} (goal on PostgreSQL: p95 ≤ 20 ms)")
        on_sqlite = _search_figures("SQLite", lite, chosen, args.repeat)
        on_server = _search_figures("PostgreSQL", pg, chosen, args.repeat)
        differ = [query for query in chosen if on_sqlite[query] != on_server[query]]
        print(f"same records found on both: {len(chosen) - len(differ)}/{len(chosen)} queries {differ[:5]}")
        _plans(pg, [["istanbul"], ["ve"], ["g"], ["goc", "idaresi"]])


if __name__ == "__main__":
    main()

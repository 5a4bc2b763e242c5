"""The secretariat's desk figures (issue: the secretariat's desk), on a `demo --meetings 1000` database.

Prints: search latency p50/p95 over one- and two-word queries, Turkish ones included (goal: p95 ≤ 20 ms);
decision register load with all decisions (goal ≤ 200 ms); the action tracker and GCM report loads; the
register and tracker exports; the index rebuild that `check` runs; and the largest meeting's package
export and import into a fresh database (goal ≤ 0.5 s each; timed by bench/package.py).

    python bench/desk.py [--meetings N] [--repeat N] [--fresh]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import demo_database, percentile

QUERIES = [
    "goc", "göçmen", "İstanbul", "istanbul", "isik", "IŞIK", "Şanlıurfa", "gaziantep", "veri", "depremzede",
    "kaçakçılık", "data", "migration", "protection", "psychosocial", "UNHCR", "work permit", "çalışma izni",
    "seasonal workers", "mevsimlik tarım", "istanbul izmir", "concept note", "terms of reference", "GCM review",
    "unicef reservation", "göç idaresi", "labour migration", "disaggregated data",
]  # fmt: skip


def _ms(seconds: list[float]) -> str:
    values = [s * 1000 for s in seconds]
    return f"p50 {statistics.median(values):.1f} ms  p95 {percentile(values, 0.95):.1f} ms  max {max(values):.1f} ms"


def _timed(action: Callable[[], object], repeat: int) -> tuple[list[float], object]:
    timings, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        timings.append(time.perf_counter() - started)
    return timings, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--meetings", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5, help="runs of each query / load (default 5)")
    parser.add_argument("--fresh", action="store_true", help="make a new demo database instead of the cached one")
    args = parser.parse_args()

    print(f"machine: {platform.machine()} {platform.system()} python {platform.python_version()}")
    path, demo_seconds = demo_database(args.meetings, fresh=args.fresh)
    if demo_seconds is not None:
        print(f"demo --meetings {args.meetings}: {demo_seconds:.1f} s")

    from unnm_desktop.export.desk_docx import write_register_docx
    from unnm_desktop.export.desk_xlsx import write_actions_xlsx, write_register_xlsx
    from unnm_desktop.services.context import open_context
    from unnm_desktop.services.desk.gcm_report import gcm_report
    from unnm_desktop.services.desk.register import load_register
    from unnm_desktop.services.desk.search import search
    from unnm_desktop.services.desk.tracker import load_actions
    from unnm_desktop.store.search_index import rebuild

    with open_context(path, actor="bench") as ctx:
        with ctx.session() as session:
            started = time.perf_counter()
            entries = rebuild(session.connection())
        print(f"search index rebuild (as in `check`): {time.perf_counter() - started:.2f} s, {entries} entries")
        latencies, counts = [], []
        for query in QUERIES:
            timings, results = _timed(lambda q=query: search(ctx, q), args.repeat)
            latencies += timings
            counts.append(len(results))  # type: ignore[arg-type]
        print(
            f"search ({len(QUERIES)} queries × {args.repeat}, 30 results with snippets): {_ms(latencies)}  "
            f"(goal p95 ≤ 20 ms; {sum(c > 0 for c in counts)}/{len(QUERIES)} queries found something)"
        )
        timings, register = _timed(lambda: load_register(ctx), args.repeat)
        print(f"decision register, all {len(register)} decisions: {_ms(timings)}  (goal ≤ 200 ms)")  # type: ignore[arg-type]
        timings, actions = _timed(lambda: load_actions(ctx), args.repeat)
        print(f"action tracker, all {len(actions)} action points: {_ms(timings)}")  # type: ignore[arg-type]
        timings, _ = _timed(lambda: gcm_report(ctx, *_span(register)), args.repeat)  # type: ignore[arg-type]
        print(f"GCM report over all {len(register)} decisions' meetings: {_ms(timings)}")  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory(prefix="unnm-bench-desk-") as folder:
        for label, write, rows, name in (
            ("register .xlsx", write_register_xlsx, register, "register.xlsx"),
            ("register .docx", write_register_docx, register, "register.docx"),
            ("actions .xlsx", write_actions_xlsx, actions, "actions.xlsx"),
        ):
            started = time.perf_counter()
            write(rows, Path(folder) / name)  # type: ignore[operator]
            print(f"export {label} ({len(rows)} rows): {time.perf_counter() - started:.2f} s")  # type: ignore[arg-type]
    _package_figures(path)


def _span(register: list) -> tuple:  # type: ignore[type-arg]
    dates = [e.meeting_date for e in register]
    return min(dates), max(dates)


def _package_figures(path: Path) -> None:
    # --- meeting packages (the package engineer's part: bench/package.py does the timing) -------------------
    try:
        from package import time_package_round_trip
    except ImportError:
        print("package export / import of the largest meeting: not measured here (bench/package.py missing)")
        return
    exported, imported = time_package_round_trip(path)
    print(f"package of the largest meeting: export {exported:.3f} s, import into a fresh database {imported:.3f} s  "
          "(goal ≤ 0.5 s each)")  # fmt: skip


if __name__ == "__main__":
    main()

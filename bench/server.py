"""Issue 12's figures for a register on a PostgreSQL server, each beside its goal:

1. autosave commit p99 on loopback with 8 desks writing (goal ≤ 5 ms): 8 processes, each with its own context
   on the same server database, each saving the notes of its own agenda item as the GUI's autosave does
   (services.meeting.agenda.set_notes with the whole, growing text) at the autosave's own pace (a save 0.6-0.9 s
   after the previous one: gui/rapporteur/autosave.py PAUSE_MS and MAX_WAIT_MS, the most often a typing desk
   saves); the duration of every set_notes call, p50/p95/p99 over all desks. Then the same as a stress test, a
   save every 50-100 ms per desk (about ten times the app's rate), and one desk alone on SQLite for comparison;
2. search p95 on 1,000 meetings (goal ≤ 20 ms): bench/server_search.py's queries, full service and index alone;
3. the register and the tracker opening on 1,000 meetings (what RegisterWindow and TrackerWindow load when they
   open: the directory's organisations for the filter, then every decision / every action point) within 1.5×
   their SQLite time: median of several runs on each.

The SQLite side is the cached `demo --meetings N` database (bench/_common.py), copied to the server with the
app's own copy (services/copy_register.py), so both hold the same rows. The server is a throwaway cluster
started as tests/postgres_server.py starts the test cluster (fsync off, as there; --durable turns fsync and
synchronous commit on, as a real server runs), or --url of a running server (its database unnm_bench_search is replaced: bench/server_search.py server).
The desks write last, so that the register and search figures are of the copied register.

    python bench/server.py [--meetings N] [--seconds S] [--stress-seconds S] [--repeat N] [--durable] [--url postgresql://user@host:port/]
"""

from __future__ import annotations

import argparse
import multiprocessing
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from _common import demo_database, percentile, sqlite_copy, verdict  # noqa: E402
from server_search import data_words, queries, register_on_server, search_timings  # noqa: E402

DESKS = 8
TYPED = [
    "göç", "İstanbul", "Işık", "çalışma izni", "mevsimlik tarım işçileri", "the Network agreed", "UNHCR", "PMM",
    "Şanlıurfa", "veri paylaşımı", "follow-up by IOM", "ğ ü ş ı ö ç", "GCM objective 23", "the chair noted",
]  # fmt: skip


# --- the server --------------------------------------------------------------------------------------------


# --- figure 1: autosave with 8 desks -----------------------------------------------------------------------


# The autosave's pace (gui/rapporteur/autosave.py): a save PAUSE_MS after the last keystroke, and at least every
# MAX_WAIT_MS while the typing goes on, so a desk saves at most once every 0.6-0.9 s. The stress pace is ten times that.
APP_PACE = (0.6, 0.9)
STRESS_PACE = (0.05, 0.1)


def _desk(number: int, location: str, item_id: str, seconds: float, pace: tuple[float, float], ready: Any, go: Any,
          results: Any) -> None:  # fmt: skip
    """One desk (a process of its own): its notes grow by a word or two at each pause (`pace`, in seconds)."""
    from unnm_desktop.services.context import open_context
    from unnm_desktop.services.meeting import agenda
    from unnm_desktop.store.address import parse_location

    rng = random.Random(number)
    ctx = open_context(parse_location(location), actor=f"Masa {number}")
    try:
        text = f"Masa {number} — notlar: "
        agenda.set_notes(ctx, item_id, text)  # the first save compiles the statements: a desk types for hours
        ready.put(number)
        go.wait()
        timings: list[float] = []
        until = time.perf_counter() + seconds
        while time.perf_counter() < until:
            text += " ".join(rng.sample(TYPED, rng.choice((1, 2)))) + " "
            started = time.perf_counter()
            agenda.set_notes(ctx, item_id, text)
            timings.append(time.perf_counter() - started)
            time.sleep(rng.uniform(*pace))
        results.put((number, timings, len(text)))
    finally:
        ctx.close()


def _desk_items(location: Any, desks: int) -> list[str]:
    """A draft meeting with one agenda item per desk, made through the services."""
    from unnm_desktop.services.context import open_context
    from unnm_desktop.services.meeting import agenda, meetings

    items = []
    with open_context(location, actor="bench") as ctx:
        for number in range(1, desks + 1):
            meeting_id = meetings.create_meeting(ctx, title=f"Masa {number}: Göç Kurulu", start="2026-12-03 10:00")
            items.append(agenda.add_item(ctx, meeting_id, title="GCM implementation in Türkiye"))
    return items


def _round_trips(address: Any, seconds: float) -> list[float]:
    """One round trip to the server (SELECT 1) every 50-100 ms while the desks type, from this process: the floor
    under any save on this machine at this moment (a save needs one or two)."""
    from unnm_desktop.store.server import make_server_engine

    engine = make_server_engine(address)
    try:
        raw = engine.raw_connection()
        raw.driver_connection.autocommit = True
        timings = []
        until = time.perf_counter() + seconds
        while time.perf_counter() < until:
            started = time.perf_counter()
            raw.driver_connection.execute("SELECT 1").fetchone()
            timings.append(time.perf_counter() - started)
            time.sleep(random.uniform(0.05, 0.1))
        raw.close()
        return timings
    finally:
        engine.dispose()


def autosave(
    location: Any, desks: int, seconds: float, floor: list[float] | None = None, pace: tuple[float, float] = APP_PACE
) -> tuple[list[float], int]:
    """Every set_notes duration of `desks` desks typing for `seconds`, and the longest notes typed; `floor`, when
    given, gets the durations of round trips to the server made meanwhile (`_round_trips`)."""
    items = _desk_items(location, desks)
    spawn = multiprocessing.get_context("spawn")  # no engine of this process is inherited
    ready, results, go = spawn.Queue(), spawn.Queue(), spawn.Event()
    processes = [
        spawn.Process(target=_desk, args=(n + 1, str(location), items[n], seconds, pace, ready, go, results))
        for n in range(desks)
    ]
    for process in processes:
        process.start()
    for _ in processes:
        ready.get(timeout=120)
    go.set()
    if floor is not None:
        floor += _round_trips(location, seconds)
    timings: list[float] = []
    longest = 0
    for _ in processes:
        _number, desk_timings, typed = results.get(timeout=seconds + 120)
        timings += desk_timings
        longest = max(longest, typed)
    for process in processes:
        process.join()
    return timings, longest


def _percentiles(seconds: list[float]) -> str:
    values = [s * 1000 for s in seconds]
    return (f"p50 {statistics.median(values):5.2f} ms  p95 {percentile(values, 0.95):5.2f} ms  "
            f"p99 {percentile(values, 0.99):5.2f} ms  max {max(values):6.2f} ms")  # fmt: skip


# --- figure 3: the register and the tracker opening --------------------------------------------------------


def _register_opening(ctx: Any) -> int:
    from unnm_desktop.services.desk import register
    from unnm_desktop.services.desk.views import RegisterFilter
    from unnm_desktop.services.directory.entries import list_organizations

    list_organizations(ctx)  # the organisation filter's choices
    return len(register.load_register(ctx, RegisterFilter()))  # the window's filters as it opens: none


def _tracker_opening(ctx: Any) -> int:
    from unnm_desktop.services.desk import tracker
    from unnm_desktop.services.desk.views import TrackerFilter
    from unnm_desktop.services.directory.entries import list_organizations

    list_organizations(ctx)
    return len(tracker.load_actions(ctx, TrackerFilter()))  # "Any status", any organisation


def median_seconds(action: Callable[[Any], int], ctx: Any, repeat: int) -> tuple[float, int]:
    """The median of `repeat` runs after one unmeasured run, and the rows the action loaded."""
    rows = action(ctx)
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action(ctx)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings), rows


# --- the whole -------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--meetings", type=int, default=1000)
    parser.add_argument(
        "--seconds",
        type=float,
        default=60.0,
        help="how long the desks type at the autosave's pace (default 60: about 640 saves)",
    )
    parser.add_argument("--stress-seconds", type=float, default=15.0, help="how long under stress (default 15)")
    parser.add_argument("--repeat", type=int, default=7, help="runs of each opening (default 7), of each query: 3")
    parser.add_argument("--durable", action="store_true", help="the throwaway cluster with fsync on, as in use")
    parser.add_argument("--url", help="a running server (postgresql://user@host:port/) instead of a throwaway one")
    args = parser.parse_args()

    from unnm_desktop.services.context import open_context

    print(f"machine: {platform.machine()} {platform.system()} python {platform.python_version()}, "
          f"{multiprocessing.cpu_count()} cores")  # fmt: skip
    path, demo_seconds = demo_database(args.meetings)
    if demo_seconds is not None:
        print(f"demo --meetings {args.meetings}: {demo_seconds:.1f} s")
    summary: list[str] = []
    with (
        tempfile.TemporaryDirectory(prefix="unnm-bench-server-") as folder,
        register_on_server(path, args.url, args.durable) as address,
    ):
        with open_context(path, actor="bench", read_only=True) as lite, open_context(address, actor="bench") as pg:
            print(f"\n3. the register and the tracker opening, median of {args.repeat} (goal: ≤ 1.5× SQLite)")
            for name, action in (("register", _register_opening), ("tracker", _tracker_opening)):
                on_sqlite, rows = median_seconds(action, lite, args.repeat)
                on_server, server_rows = median_seconds(action, pg, args.repeat)
                ratio = on_server / on_sqlite
                line = (f"{name:9} SQLite {on_sqlite * 1000:6.0f} ms  PostgreSQL {on_server * 1000:6.0f} ms  "
                        f"ratio {ratio:4.2f}  ({rows} rows; {server_rows} on the server)")  # fmt: skip
                print(line)
                summary.append(f"{name} opening ratio {ratio:.2f}  {verdict(ratio, 1.5, '×')}")

            chosen = queries(data_words(lite))
            print(f"\n2. search, {len(chosen)} queries × 3 (goal on PostgreSQL: p95 ≤ 20 ms)")
            for label, ctx in (("SQLite", lite), ("PostgreSQL", pg)):
                full, bare, _found = search_timings(ctx, chosen, 3)
                full_p95, bare_p95 = percentile(full, 0.95) * 1000, percentile(bare, 0.95) * 1000
                print(f"{label:10} full service (30 results, snippets) p95 {full_p95:5.1f} ms   "
                      f"index match alone p95 {bare_p95:5.1f} ms")  # fmt: skip
            summary.append(
                f"search p95 {full_p95:.1f} ms (index alone {bare_p95:.1f} ms)  {verdict(full_p95, 20, ' ms')}"
            )

        print(f"\n1. autosave (set_notes) while {DESKS} desks type for {args.seconds:g} s "
              f"(goal on PostgreSQL: p99 ≤ 5 ms)")  # fmt: skip
        floor: list[float] = []
        timings, typed = autosave(address, DESKS, args.seconds, floor)
        print(f"PostgreSQL, {DESKS} desks at the autosave's pace (a save every 0.6-0.9 s each): {len(timings)} saves  "
              f"{_percentiles(timings)}  (notes up to {typed} chars)")  # fmt: skip
        print(f"meanwhile, one round trip (SELECT 1): {len(floor)} times  {_percentiles(floor)}")
        p99 = percentile(timings, 0.99) * 1000
        summary.insert(0, f"autosave p99 {p99:.2f} ms with {DESKS} desks  {verdict(p99, 5, ' ms')}  "
                          f"(one round trip meanwhile: p99 {percentile(floor, 0.99) * 1000:.2f} ms)")  # fmt: skip
        stress, typed = autosave(address, DESKS, args.stress_seconds, pace=STRESS_PACE)
        print(f"PostgreSQL, {DESKS} desks under stress (a save every 50-100 ms each): {len(stress)} saves  "
              f"{_percentiles(stress)}  (notes up to {typed} chars)")  # fmt: skip
        summary.insert(1, f"autosave under stress (10× the app's rate) p99 {percentile(stress, 0.99) * 1000:.2f} ms")
        sqlite_file = sqlite_copy(path, Path(folder) / "desk.sqlite3")
        timings, typed = autosave(sqlite_file, 1, args.stress_seconds, pace=STRESS_PACE)
        print(
            f"SQLite, 1 desk under stress: {len(timings)} saves  {_percentiles(timings)}  (notes up to {typed} chars)"
        )

    print("\nsummary:")
    for line in summary:
        print("  " + line)


if __name__ == "__main__":
    main()

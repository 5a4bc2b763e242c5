"""Storage figures (issue: foundation).

Prints: p50/p99 of one note update + commit on a `demo --meetings 1000` database (goal: p99 ≤ 2 ms),
the time of `demo --meetings 1000`, and the time of `check` on that database.

    python bench/storage.py [--meetings N] [--updates N] [--reuse]
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import demo_database, describe, run_cli


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--meetings", type=int, default=1000)
    parser.add_argument("--updates", type=int, default=2000)
    parser.add_argument("--reuse", action="store_true", help="reuse a cached demo database instead of timing a new one")
    args = parser.parse_args()

    print(f"machine: {platform.machine()} {platform.system()} python {platform.python_version()}")
    path, demo_seconds = demo_database(args.meetings, fresh=not args.reuse)
    size_mb = path.stat().st_size / 1e6
    if demo_seconds is not None:
        print(f"demo --meetings {args.meetings}: {demo_seconds:.1f} s  ({size_mb:.0f} MB)")

    from unnm_desktop.services.context import open_context
    from unnm_desktop.services.meeting import agenda, meetings

    # Building the demo database (or a previous run's backup) leaves hundreds of MB of dirty pages that the
    # OS writes back for seconds; flush them first so the commits measured below do not queue behind them.
    if hasattr(os, "sync"):
        os.sync()

    with open_context(path, actor="bench") as ctx:
        newest = meetings.list_meetings(ctx)[0]
        item = agenda.list_items(ctx, newest.id)[-1]
        original = item.notes_md or "Notes"
        text = original
        timings = []
        for i in range(args.updates):
            # What autosave sends: the whole note, with the latest keystroke at the end.
            text = text + "ş" if i % 2 else text + " "
            started = time.perf_counter()
            agenda.set_notes(ctx, item.id, text)
            timings.append((time.perf_counter() - started) * 1000)
        agenda.set_notes(ctx, item.id, original)
    print(f"note update + commit ({args.updates} × {len(text)} chars), ms: {describe(timings)}  (goal p99 ≤ 2 ms)")
    print(f"check: {run_cli('check', '--db', str(path)):.1f} s  (goal ≤ 5 s; bench/check.py repeats it)")


if __name__ == "__main__":
    main()

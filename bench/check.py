"""`check` figure (issue 11): the wall time of `unnm-desktop check` on a `demo --meetings 1000` database, in a
fresh process each run (start-up, integrity, search index, audit chain, every signed-off meeting's fingerprint
and the verified backup). Goal: ≤ 5 s on a 2-core machine (~23 s before the contents were built together).

    python bench/check.py [--meetings N] [--runs N] [--fresh]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import demo_database, run_cli

GOAL_SECONDS = 5.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--meetings", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--fresh", action="store_true", help="build a new demo database instead of the cached one")
    args = parser.parse_args()

    print(f"machine: {platform.machine()} {platform.system()} python {platform.python_version()}")
    path, demo_seconds = demo_database(args.meetings, fresh=args.fresh)
    if demo_seconds is not None:
        print(f"demo --meetings {args.meetings}: {demo_seconds:.1f} s")
    timings = []
    for _ in range(args.runs):
        # Each check writes a 100+ MB verified backup; flush the previous run's dirty pages first, so that a run
        # does not wait behind the one before it.
        if hasattr(os, "sync"):
            os.sync()
        timings.append(run_cli("check", "--db", str(path)))
    runs = "  ".join(f"{t:.2f}" for t in timings)
    print(
        f"check on {args.meetings} meetings: median {statistics.median(timings):.2f} s  (runs: {runs})  "
        f"(goal ≤ {GOAL_SECONDS:.0f} s)"
    )


if __name__ == "__main__":
    main()

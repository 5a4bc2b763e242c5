"""Meeting package figures (issue: the secretariat's desk).

Prints the export time and the import time (into a fresh database: reading, checking and merging) of the
largest meeting's package on a `demo --meetings 1000` database. Goal: ≤ 0.5 s each.

    python bench/package.py [--meetings N] [--runs N] [--fresh]

`time_package_round_trip(db_path)` is the timing itself, for other benchmark scripts (bench/desk.py).
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import demo_database

GOAL_SECONDS = 0.5


def largest_meeting(db_path: Path) -> tuple[str, str]:
    """(id, reference) of the meeting with the most to carry: notes, then rows."""
    from sqlalchemy import text

    from unnm_desktop.services.context import open_context

    with open_context(db_path, read_only=True) as ctx, ctx.session() as session:
        row = session.execute(
            text(
                """
                SELECT m.id, m.reference,
                       (SELECT COALESCE(SUM(LENGTH(notes_md)), 0) FROM agenda_item WHERE meeting_id = m.id)
                       + 500 * ((SELECT COUNT(*) FROM attendance WHERE meeting_id = m.id)
                              + (SELECT COUNT(*) FROM decision WHERE meeting_id = m.id)
                              + (SELECT COUNT(*) FROM action_point WHERE meeting_id = m.id)
                              + (SELECT COUNT(*) FROM action_follow_up WHERE meeting_id = m.id)) AS weight
                FROM meeting AS m ORDER BY weight DESC, m.reference LIMIT 1
                """
            )
        ).one()
    return row.id, row.reference


def time_package_round_trip(db_path: Path, *, runs: int = 3) -> tuple[float, float]:
    """Median seconds to export the largest meeting's package from `db_path`, and to import it into a fresh
    database (the database's creation is not counted). `db_path` is opened read-only and left as it is."""
    from unnm_desktop.services.context import open_context
    from unnm_desktop.services.package.importer import export_package, import_package

    meeting_id, _ = largest_meeting(db_path)
    exports, imports = [], []
    with tempfile.TemporaryDirectory(prefix="unnm-bench-package-") as folder:
        package = Path(folder) / "largest.unnm.json"
        with open_context(db_path, read_only=True) as source:
            for _ in range(runs):
                started = time.perf_counter()
                export_package(source, meeting_id, package)
                exports.append(time.perf_counter() - started)
        for run in range(runs):
            with open_context(Path(folder) / f"fresh-{run}.sqlite3", actor="bench") as target:
                started = time.perf_counter()
                report = import_package(target, package)
                imports.append(time.perf_counter() - started)
                assert report.meetings[0].result == "added", report.meetings[0]
    return statistics.median(exports), statistics.median(imports)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--meetings", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--fresh", action="store_true", help="make a new demo database instead of a cached one")
    args = parser.parse_args()

    print(f"machine: {platform.machine()} {platform.system()} python {platform.python_version()}")
    path, seconds = demo_database(args.meetings, fresh=args.fresh)
    if seconds is not None:
        print(f"demo --meetings {args.meetings}: {seconds:.1f} s")
    meeting_id, reference = largest_meeting(path)

    from unnm_desktop.services.context import open_context
    from unnm_desktop.services.package.importer import export_package

    with tempfile.TemporaryDirectory() as folder, open_context(path, read_only=True) as ctx:
        size = export_package(ctx, meeting_id, Path(folder) / "p.json").stat().st_size
    export_s, import_s = time_package_round_trip(path, runs=args.runs)
    print(f"largest meeting: {reference} ({size / 1024:.0f} KB package)")
    print(f"package export: {export_s:.3f} s  (median of {args.runs}; goal ≤ {GOAL_SECONDS} s)")
    print(f"package import into a fresh database: {import_s:.3f} s  (median of {args.runs}; goal ≤ {GOAL_SECONDS} s)")


if __name__ == "__main__":
    main()

"""Issue 13's sync figures on `demo --meetings N` (1,000 by default), each printed beside its goal with a verdict:

(a) the first sync of a new, empty laptop file with a register holding N meetings (goal ≤ 30 s);
(b) a sync with one changed meeting — the notes of one agenda item and the meeting's title edited on the laptop —
    (goal ≤ 1 s), median of --repeat runs, each with another meeting; and a sync with nothing changed, median too;
(c) (a) and (b) again with the register on a PostgreSQL server: a throwaway cluster (bench/server.py's
    `server`, fsync off unless --durable) or --url; skipped, and said so, where no server can be started;
(d) the size of the change file of a typical meeting in an exchange folder (goal ≤ 100 kB): each meeting of the
    register as the change file that pushes it (services/sync/exchange_files.py), median and largest, when this
    tree has services/sync/folder.py; otherwise it is said not to be measured.

The syncs run in this process through the service (`services.sync.run.synchronise`), as the `sync` command does
once it has opened both registers; one command run (`unnm-desktop sync`, a fresh process: imports and opening
included) is timed too, for comparison. The register is a copy of the cached demo file (bench/_common.py), which
is left as it is. The machine is shared: the figures are noisy, the medians less so.

    python bench/sync.py [--meetings N] [--repeat N] [--no-server] [--durable] [--url postgresql://user@host:port/]
"""

from __future__ import annotations

import argparse
import importlib.util
import multiprocessing
import platform
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

from _common import demo_database, sqlite_copy, verdict  # noqa: E402

FIRST_SYNC_GOAL = 30.0
ONE_MEETING_GOAL = 1.0
CHANGE_FILE_GOAL_KB = 100.0


def _timed(action: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def _edit_one_meeting(laptop: Any, meeting_id: str, round_number: int) -> None:
    """What a rapporteur does to one meeting between two syncs: a line of notes and the title."""
    from unnm_desktop.services.meeting import agenda, meetings

    detail = meetings.get_meeting(laptop, meeting_id)
    items = agenda.list_items(laptop, meeting_id)
    if items:
        item = items[0]
        agenda.set_notes(
            laptop, item.id, (agenda.get_item(laptop, item.id).notes_md or "") + f"Satır {round_number}: göç ✅\n"
        )
    meetings.update_meeting(laptop, meeting_id, title=f"{detail.title} ({round_number})")


def _meeting_ids(ctx: Any, count: int) -> list[str]:
    from sqlalchemy import select

    from unnm_desktop.store.models import Meeting

    with ctx.session() as session:
        ids = list(session.scalars(select(Meeting.id).where(Meeting.status != "signed_off").order_by(Meeting.id)))
    # Most demo meetings are signed off (and so not edited): the few others are taken in turn.
    step = max(1, len(ids) // count)
    chosen = ids[::step][:count]
    return [chosen[index % len(chosen)] for index in range(count)] if chosen else []


def figures(label: str, register: Any, laptop_path: Path, repeat: int, summary: list[str]) -> None:
    """(a) and (b) against one register (a context, opened)."""
    from unnm_desktop.services.context import open_context
    from unnm_desktop.services.sync.run import synchronise

    with open_context(laptop_path, actor="bench laptop") as laptop:
        seconds, report = _timed(lambda: synchronise(laptop, register))
        print(f"(a) first sync of a new laptop: {seconds:.1f} s  (pulled {report.pulled}, pushed {report.pushed}, "
              f"{len(report.conflicts)} conflicts)")  # fmt: skip
        summary.append(f"{label}: first sync {seconds:.1f} s  {verdict(seconds, FIRST_SYNC_GOAL, ' s')}")
        nothing: list[float] = []
        one: list[float] = []
        for number, meeting_id in enumerate(_meeting_ids(laptop, repeat), start=1):
            seconds, report = _timed(lambda: synchronise(laptop, register))
            assert (report.pulled, report.pushed) == (0, 0), report
            nothing.append(seconds)
            _edit_one_meeting(laptop, meeting_id, number)
            seconds, report = _timed(lambda: synchronise(laptop, register))
            assert report.pushed >= 2 and report.conflicts == (), report
            one.append(seconds)
        print(f"(b) one changed meeting: median {statistics.median(one):.3f} s of {len(one)} "
              f"(min {min(one):.3f}, max {max(one):.3f})")  # fmt: skip
        print(f"    nothing changed:     median {statistics.median(nothing):.3f} s of {len(nothing)} "
              f"(min {min(nothing):.3f}, max {max(nothing):.3f})")  # fmt: skip
        median = statistics.median(one)
        summary.append(f"{label}: one changed meeting {median:.3f} s  {verdict(median, ONE_MEETING_GOAL, ' s')}; "
                       f"nothing changed {statistics.median(nothing):.3f} s")  # fmt: skip
    return None


def command_run(laptop_path: Path, target: str) -> float:
    """One `unnm-desktop sync` with nothing changed, in a fresh process (imports and opening included)."""
    import subprocess

    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "unnm_desktop", "sync", "--db", str(laptop_path), "--with", target],
                   check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    return time.perf_counter() - started


def change_file_size(register_path: Path, summary: list[str]) -> None:
    """(d): each meeting of the register as the change file a laptop writes when it pushes the meeting, typed anew,
    to an exchange folder (its records, no parents): sizes computed as exchange_files.write_change_file writes
    them, and the median and largest meeting written for real."""
    if importlib.util.find_spec("unnm_desktop.services.sync.folder") is None:
        print("(d) change file of a typical meeting: not measured (no exchange folder in this tree: "
              "services/sync/folder.py)")  # fmt: skip
        summary.append("change file size: not measured (no services/sync/folder.py)")
        return
    import gzip

    from unnm_desktop.services.context import open_context
    from unnm_desktop.services.sync.base import dumps
    from unnm_desktop.services.sync.exchange_files import FILE_FORMAT, write_change_file
    from unnm_desktop.services.sync.records import key_text, meeting_of, read_snapshot

    with open_context(register_path, actor="bench", read_only=True) as ctx, ctx.session() as session:
        snapshot = read_snapshot(session)
    by_meeting: dict[str, list[dict[str, Any]]] = {}
    for key, record in snapshot.records.items():
        meeting_id = meeting_of(key, snapshot.records)
        if meeting_id is not None:
            entry = {"key": key_text(key), "after": record, "parents": [], "created": snapshot.created.get(key)}
            by_meeting.setdefault(meeting_id, []).append(entry)
    written_at = "2026-12-03T10:00:00+00:00"

    def body(entries: list[dict[str, Any]]) -> bytes:
        content = {
            "format": FILE_FORMAT,
            "machine": "bench",
            "run": "run",
            "written_at": written_at,
            "entries": entries,
        }
        return gzip.compress(dumps(content).encode("utf-8"), mtime=0)

    sized = sorted((len(body(entries)), meeting_id) for meeting_id, entries in by_meeting.items())
    with tempfile.TemporaryDirectory(prefix="unnm-bench-folder-") as name:
        written = []
        for _size, meeting_id in (sized[len(sized) // 2], sized[-1]):
            file_name = write_change_file(Path(name), "bench", meeting_id, by_meeting[meeting_id], written_at)
            written.append((Path(name) / file_name).stat().st_size / 1000)
    records = statistics.median(len(entries) for entries in by_meeting.values())
    print(f"(d) one meeting as a change file ({len(sized)} meetings, median {records:g} records): "
          f"median {written[0]:.1f} kB, largest {written[1]:.1f} kB")  # fmt: skip
    summary.append(f"change file of a typical meeting {written[0]:.1f} kB (largest {written[1]:.1f} kB)  "
                   f"{verdict(written[0], CHANGE_FILE_GOAL_KB, ' kB')}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--meetings", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5, help="syncs with one changed meeting (default 5)")
    parser.add_argument("--no-server", action="store_true", help="SQLite only")
    parser.add_argument("--durable", action="store_true", help="the throwaway cluster with fsync on, as in use")
    parser.add_argument("--url", help="a running server (postgresql://user@host:port/) instead of a throwaway one")
    args = parser.parse_args()

    from unnm_desktop.services.context import open_context

    print(f"machine: {platform.machine()} {platform.system()} {platform.processor() or ''} "
          f"python {platform.python_version()}, {multiprocessing.cpu_count()} cores")  # fmt: skip
    path, demo_seconds = demo_database(args.meetings)
    if demo_seconds is not None:
        print(f"demo --meetings {args.meetings}: {demo_seconds:.1f} s")
    summary: list[str] = []
    with tempfile.TemporaryDirectory(prefix="unnm-bench-sync-") as name:
        folder = Path(name)
        register_path = sqlite_copy(path, folder / "register.sqlite3")
        print(f"\nSQLite register ({args.meetings} meetings), a new SQLite laptop")
        with open_context(register_path, actor="bench register") as register:
            figures("SQLite", register, folder / "laptop.sqlite3", args.repeat, summary)
        seconds = command_run(folder / "laptop.sqlite3", str(register_path))
        print(f"    the sync command, nothing changed, in a fresh process: {seconds:.2f} s")
        summary.append(f"SQLite: the sync command with nothing changed (fresh process) {seconds:.2f} s")
        if args.no_server:
            summary.append("PostgreSQL: not measured (--no-server)")
        else:
            server_figures(args, path, folder, summary)
        change_file_size(register_path, summary)
    print("\nsummary:")
    for line in summary:
        print("  " + line)


def server_figures(args: argparse.Namespace, path: Path, folder: Path, summary: list[str]) -> None:
    from postgres_server import server_binaries

    if args.url is None and server_binaries() is None:
        print("\nPostgreSQL: no server binaries and no --url: not measured")
        summary.append("PostgreSQL: not measured (no server)")
        return
    from server_search import register_on_server

    from unnm_desktop.services.context import open_context

    print(f"\nPostgreSQL register ({args.meetings} meetings), a new SQLite laptop")
    with (
        register_on_server(path, args.url, args.durable) as address,
        open_context(address, actor="bench register") as register,
    ):
        figures("PostgreSQL", register, folder / "laptop-pg.sqlite3", args.repeat, summary)


if __name__ == "__main__":
    main()

"""Exchange folder figures (issue 13): a laptop holding `demo --meetings N` pushes everything to an empty folder,
then other machines add 100 small change files; a new laptop then synchronises from the folder.

Prints: the first push (seconds, size of the change file), the size of one meeting's changes as a change file
(median and largest), reading the folder's files cold (no cache) and warm (parsed files cached beside the
laptop's register), the new laptop's first sync, and a sync that finds nothing new.

    python bench/sync_folder.py [--meetings N] [--files N]
"""

from __future__ import annotations

import argparse
import gzip
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import demo_database

from unnm_desktop.services.context import open_context
from unnm_desktop.services.sync.base import dumps
from unnm_desktop.services.sync.exchange_files import change_file_names, parse_change_file, write_change_file
from unnm_desktop.services.sync.folder import FolderSide
from unnm_desktop.services.sync.records import key_text, meeting_of
from unnm_desktop.services.sync.run import synchronise
from unnm_desktop.store.types import new_id


def timed(action):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--meetings", type=int, default=200)
    parser.add_argument("--files", type=int, default=100)
    args = parser.parse_args()
    print(f"machine: {platform.machine()} {platform.system()} python {platform.python_version()}")
    demo, _ = demo_database(args.meetings)
    work = Path(tempfile.mkdtemp(prefix="unnm-folder-bench-"))
    try:
        folder = work / "exchange"
        folder.mkdir()
        shutil.copyfile(demo, work / "a.sqlite3")
        with open_context(work / "a.sqlite3", actor="bench a") as a:
            seconds, report = timed(lambda: synchronise(a, FolderSide(a, folder)))
        (first,) = change_file_names(folder)
        print(f"first push of {args.meetings} meetings: {seconds:.1f} s, {report.pushed} records, "
              f"change file {(folder / first).stat().st_size / 1e6:.2f} MB")  # fmt: skip
        parsed = parse_change_file(folder / first)
        assert parsed is not None
        _meeting_sizes(parsed)
        _small_files(folder, parsed, args.files)
        with open_context(work / "b.sqlite3", actor="bench b") as b:
            side = FolderSide(b, folder)
            cold, _ = timed(side.read)
            warm = statistics.median(timed(FolderSide(b, folder).read)[0] for _ in range(3))
            print(
                f"reading {len(change_file_names(folder))} change files: cold {cold:.2f} s, warm (cached) {warm:.2f} s"
            )
            seconds, report = timed(lambda: synchronise(b, FolderSide(b, folder)))
            print(f"new laptop's first sync: {seconds:.1f} s ({report.pulled} records pulled)")
            again = [timed(lambda: synchronise(b, FolderSide(b, folder)))[0] for _ in range(3)]
            print(f"sync finding nothing new: median {statistics.median(again):.2f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _meeting_sizes(parsed) -> None:  # type: ignore[no-untyped-def]
    records = {entry.key: entry.after for entry in parsed.entries if entry.after is not None}
    by_meeting: dict[str, list[dict]] = {}
    for entry in parsed.entries:
        meeting_id = meeting_of(entry.key, records)
        if meeting_id is not None:
            by_meeting.setdefault(meeting_id, []).append(
                {"key": key_text(entry.key), "after": entry.after, "parents": [], "created": entry.created}
            )
    sizes = sorted(len(gzip.compress(dumps(entries).encode())) for entries in by_meeting.values())
    print(f"one meeting as a change file: median {statistics.median(sizes) / 1e3:.1f} kB, "
          f"largest {sizes[-1] / 1e3:.1f} kB")  # fmt: skip


def _small_files(folder: Path, parsed, count: int) -> None:  # type: ignore[no-untyped-def]
    """`count` change files from three other machines, each changing one meeting's venue."""
    meetings = [entry for entry in parsed.entries if entry.key[0] == "meeting"]
    heads = {entry.key: entry.version for entry in meetings}
    machines = [new_id() for _ in range(3)]
    for number in range(count):
        entry = meetings[number % len(meetings)]
        after = {**entry.after, "venue": f"Salon {number} — Şişli"}
        parents = [heads[entry.key]]
        name = write_change_file(folder, machines[number % 3], new_id(),
                                 [{"key": key_text(entry.key), "after": after, "parents": parents,
                                   "created": entry.created}], "2026-12-03T00:00:00+00:00")  # fmt: skip
        written = parse_change_file(folder / name)
        assert written is not None
        heads[entry.key] = written.entries[0].version


if __name__ == "__main__":
    main()

"""The tests' scratch files on a RAM disk where the machine has one (Linux's /dev/shm).

The suite writes about 2 GB: database copies, exports, packages, a PostgreSQL cluster; SQLite syncs each commit
to the disk. On a disk that cost a sixth of the suite's time on the 2-core machine (about 35 s of the kernel's
writing back and waiting), none of it what a test checks: the durability tests kill processes, and what a
killed process wrote is in the page cache whichever the file system; power loss is not simulated.

Set UNNM_TESTS_ON_DISK=1, or give --basetemp, to keep the scratch on the disk. The folder is removed when the
run passes; after a failure it is kept for a look (its path printed), and removed by the next run once the run
that made it has ended.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

RAM_DISK = Path("/dev/shm")
PREFIX = "unnm-tests-"
NEEDED_BYTES = 3 * 2**30  # the run's peak is about 0.7 GB; leave the machine plenty


def move_scratch_to_ram(basetemp_given: bool) -> Path | None:
    """Point pytest's base temporary folder and TMPDIR (inherited by the xdist workers and every process a test
    starts) at a fresh folder on the RAM disk; returns it, or None where there is none or it is too small."""
    if basetemp_given or os.environ.get("UNNM_TESTS_ON_DISK") or not _usable(RAM_DISK):
        return None
    _remove_leftovers()
    folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=RAM_DISK))
    folder.chmod(0o755)  # the PostgreSQL cluster runs as another user, in a folder under TMPDIR
    (folder / "tmp").mkdir()
    (folder / "tmp").chmod(0o1777)  # as /tmp
    os.environ["TMPDIR"] = str(folder / "tmp")
    tempfile.tempdir = None  # read TMPDIR again
    return folder


def basetemp_in(folder: Path) -> str:
    return str(folder / "base")


def remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def _usable(ram_disk: Path) -> bool:
    try:
        return os.access(ram_disk, os.W_OK) and shutil.disk_usage(ram_disk).free >= NEEDED_BYTES
    except OSError:
        return False


def _remove_leftovers() -> None:
    """Folders kept after failed runs whose process has ended."""
    for folder in RAM_DISK.glob(f"{PREFIX}*"):
        pid = folder.name.removeprefix(PREFIX).split("-", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # another user's process: running
    return True

"""Killed at any moment (SIGKILL), the database keeps every change committed before the kill."""

from __future__ import annotations

import contextlib
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from builders import small_meeting

from unnm_desktop.services.context import open_context
from unnm_desktop.store.audit import verify_chain

ROUNDS = 25
CHILD = Path(__file__).with_name("durability_child.py")

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
    pytest.mark.sqlite_only("a SQLite file's writes under SIGKILL; a server's durability is PostgreSQL's WAL"),
]


def _read_committed(fd: int, seconds: float, *, until_first: bool = False) -> int:
    """Read the writer's reports for `seconds` (or until the first one); return the last committed number."""
    last = 0
    deadline = time.monotonic() + seconds
    buffer = ""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.01)
        if ready:
            chunk = os.read(fd, 65536).decode()
            if not chunk:
                break
            buffer += chunk
            *lines, buffer = buffer.split("\n")
            if lines:
                last = int(lines[-1])
                if until_first:
                    break
    return last


def _read_dry(fd: int) -> list[str]:
    """Everything left in the pipe, up to its end (the writer is gone)."""
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks).decode().split()


def test_sigkill_at_random_moments_loses_nothing_committed(db_path: Path) -> None:
    with open_context(db_path) as ctx:
        m = small_meeting(ctx)
    rng = random.Random(1234)
    committed = 0
    # Each round's writer is a new process, forked from one that has imported the services already.
    forker = subprocess.Popen(
        [sys.executable, str(CHILD)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    writer: int | None = None
    try:
        for _round in range(ROUNDS):
            fifo = db_path.with_name(f"round-{_round}.fifo")
            os.mkfifo(fifo)
            forker.stdin.write(f"{fifo}\t{db_path}\t{m.item_id}\t{m.meeting_id}\t{committed}\n")
            forker.stdin.flush()
            writer = int(forker.stdout.readline())
            reports = os.open(fifo, os.O_RDONLY)  # waits for the writer to open its end
            # Wait until it commits at least once, then kill it at a random moment.
            first = _read_committed(reports, 30, until_first=True)
            assert first, "the child did not start committing"
            reported = max(first, _read_committed(reports, rng.uniform(0.0, 0.3)))
            os.kill(writer, signal.SIGKILL)
            assert forker.stdout.readline() == "gone\n"  # reaped: the writer is dead
            writer = None
            # Anything reported before the kill was committed; reading the pipe dry catches the last reports.
            rest = _read_dry(reports)
            os.close(reports)
            if rest:
                reported = int(rest[-1])
            raw = sqlite3.connect(db_path)
            assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            notes = raw.execute("SELECT notes_md FROM agenda_item WHERE id = ?", (m.item_id,)).fetchone()[0]
            raw.close()
            stored = int(notes.split()[1])
            assert stored >= reported, f"round {_round}: change {reported} was committed but {stored} is stored"
            committed = stored
    finally:
        if writer is not None:  # a failed round leaves no writer behind, committing on its own
            with contextlib.suppress(ProcessLookupError):
                os.kill(writer, signal.SIGKILL)
        forker.stdin.close()
    assert forker.wait(timeout=30) == 0
    with open_context(db_path) as ctx, ctx.session() as session:
        assert verify_chain(session).ok
    assert committed > ROUNDS

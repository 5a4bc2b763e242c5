"""The local journal of edits waiting for the server: an append-only JSON-lines file, fsynced, replayed later.

When the connection to a server drops while someone types, each autosaved edit that could not be written is
appended here (one line: its autosave key, the edit as data, the versions it was based on) and flushed to
disk before the typing goes on, so that neither a closed window nor a killed process loses it. An edit
leaves the journal only once it (or a newer edit under the same key, which carries the whole field) has
committed: the file is then rewritten without it, atomically. A torn last line (the process killed while
appending) is skipped when the journal is read.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from unnm_desktop.services.edits import Edit
from unnm_desktop.store.errors import DatabaseLockedError
from unnm_desktop.store.lock import DatabaseLock

log = logging.getLogger(__name__)

# Lines replaced by a newer edit of the same field kept before the file is rewritten without them.
SUPERSEDED_KEPT = 50


@dataclass(frozen=True)
class JournalEntry:
    seq: int
    key: str  # the autosave's key: a newer entry under the same key replaces an older one
    edit: Edit
    versions: dict[str, int | None]


def journal_path(folder: Path, where: str) -> Path:
    """The journal of one register (a server's user@host:port/dbname, or a file), in `folder`."""
    digest = hashlib.sha256(where.encode("utf-8")).hexdigest()[:16]
    return folder / "journal" / f"{digest}.jsonl"


def open_journal(folder: Path, where: str, *, slots: int = 8) -> Journal:
    """This program's journal of the register `where`, held (an OS lock) while it runs, so that two programs
    on one computer never write one file: the first slot no running program holds. The slots that programs
    which ended (closed or killed) left are taken over: their edits are appended to this one's."""
    first = journal_path(folder, where)
    first.parent.mkdir(parents=True, exist_ok=True)
    paths = [first, *(first.with_name(f"{first.stem}-{n}.jsonl") for n in range(2, slots + 1))]
    own: Journal | None = None
    left: list[tuple[Path, DatabaseLock]] = []
    for path in paths:
        lock = DatabaseLock(path)
        try:
            lock.acquire()
        except (DatabaseLockedError, OSError):
            continue  # a program running now holds it
        if own is None:
            own = Journal(path, lock=lock)
        elif path.exists():
            left.append((path, lock))
        else:
            lock.release()
    if own is None:  # every slot held: one of this process's own, unshared
        own = Journal(first.with_name(f"{first.stem}-pid{os.getpid()}.jsonl"))
    for path, lock in left:
        for entry in Journal(path).entries():
            own.append(entry.key, entry.edit, entry.versions)
        path.unlink(missing_ok=True)
        lock.release()
    return own


class Journal:
    """Thread-safe: the autosave's writer thread appends and removes, the GUI thread reads."""

    def __init__(self, path: Path, *, lock: DatabaseLock | None = None) -> None:
        self.path = path
        self._file_lock = lock
        self._lock = threading.Lock()
        self._entries: dict[int, JournalEntry] = {}
        self._next_seq = 1
        self._load()

    def _load(self) -> None:
        if not self.path.exists():
            return
        with self.path.open("rb") as file:
            raw_lines = file.read().split(b"\n")
        for number, raw in enumerate(raw_lines, start=1):
            if not raw.strip():
                continue
            try:
                data = json.loads(raw.decode("utf-8"), object_hook=_decode)
                entry = JournalEntry(int(data["seq"]), str(data["key"]), Edit.from_data(data["edit"]),
                                     dict(data["versions"]))  # fmt: skip
            except (ValueError, KeyError, TypeError) as problem:  # a line torn by a crash while appending
                log.warning("journal %s: line %d skipped (%s)", self.path, number, problem)
                continue
            self._entries[entry.seq] = entry
            self._next_seq = max(self._next_seq, entry.seq + 1)

    def append(self, key: str, edit: Edit, versions: dict[str, int | None]) -> JournalEntry:
        """Write one entry and fsync it before returning."""
        with self._lock:
            entry = JournalEntry(self._next_seq, key, edit, dict(versions))
            self._next_seq += 1
            self.path.parent.mkdir(parents=True, exist_ok=True)
            line = _line(entry)
            with self.path.open("ab") as file:
                if file.tell() > 0 and not self._ends_with_newline():
                    file.write(b"\n")  # after a torn line, the new entry starts a line of its own
                file.write(line)
                file.flush()
                os.fsync(file.fileno())
            self._entries[entry.seq] = entry
            self._drop_superseded()
            return entry

    def _drop_superseded(self) -> None:
        """Typing for an hour with the server away appends a line per pause, each with the whole field: once
        the older lines outnumber the newest of each key, the file is rewritten with the newest only."""
        newest: dict[str, int] = {}
        for seq, entry in self._entries.items():
            newest[entry.key] = max(seq, newest.get(entry.key, 0))
        if len(self._entries) - len(newest) <= max(SUPERSEDED_KEPT, len(newest)):
            return
        self._entries = {seq: entry for seq, entry in self._entries.items() if newest[entry.key] == seq}
        self._rewrite()

    def _ends_with_newline(self) -> bool:
        with self.path.open("rb") as file:
            file.seek(-1, os.SEEK_END)
            return file.read(1) == b"\n"

    def close(self) -> None:
        """Let another program take this journal over (what it holds stays on disk)."""
        if self._file_lock is not None:
            self._file_lock.release()
            self._file_lock = None

    def entries(self) -> list[JournalEntry]:
        with self._lock:
            return sorted(self._entries.values(), key=lambda e: e.seq)

    def waiting(self) -> list[JournalEntry]:
        """The newest entry of each key, oldest first: what a replay writes."""
        newest: dict[str, JournalEntry] = {}
        for entry in self.entries():
            newest[entry.key] = entry
        return sorted(newest.values(), key=lambda e: e.seq)

    def has_key(self, key: str) -> bool:
        with self._lock:
            return any(entry.key == key for entry in self._entries.values())

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def committed(self, key: str, up_to_seq: int | None = None) -> None:
        """The edit under `key` has committed: its entries (up to `up_to_seq`, else all) leave the journal."""
        with self._lock:
            gone = [s for s, e in self._entries.items() if e.key == key and (up_to_seq is None or s <= up_to_seq)]
            if not gone:
                return
            for seq in gone:
                del self._entries[seq]
            self._rewrite()

    def _rewrite(self) -> None:
        if not self._entries:
            self.path.unlink(missing_ok=True)
            return
        temporary = self.path.with_suffix(".tmp")
        with temporary.open("wb") as file:
            for entry in sorted(self._entries.values(), key=lambda e: e.seq):
                file.write(_line(entry))
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, self.path)


def _line(entry: JournalEntry) -> bytes:
    data = {"seq": entry.seq, "key": entry.key, "edit": entry.edit.to_data(), "versions": entry.versions}
    return (json.dumps(data, ensure_ascii=False, default=_encode) + "\n").encode("utf-8")


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, tuple | set):
        return list(value)
    raise TypeError(f"{type(value).__name__} cannot be journaled")


def _decode(data: dict[str, Any]) -> Any:
    if set(data) == {"$datetime"}:
        return datetime.fromisoformat(data["$datetime"])
    if set(data) == {"$date"}:
        return date.fromisoformat(data["$date"])
    return data

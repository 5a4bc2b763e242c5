"""An exchange folder's files: its marker, the immutable change files each machine writes, and a local parse cache.

Layout (docs/sync.md, "An exchange folder"):

- ``unnm-exchange.json``: the marker, ``{"format": "unnm-exchange", "version": 1, "folder_id": …}``, made by the
  first machine that uses the folder; the folder id is what a laptop files its base under.
- ``<machine id>-<sequence:08d>.json.gz``: one change file per run that pushed something, gzip'd JSON, written
  under a temporary name in the same folder, fsync'd, then renamed; never modified afterwards. The machine id is
  the writing laptop's register id.

A file that cannot be read or parsed (a cloud client still delivering it, a torn copy) is skipped this time and
read again next time: it is never taken as final, and never cached.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
import pickle
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unnm_desktop.services.sync.base import dumps
from unnm_desktop.services.sync.records import Key, Record
from unnm_desktop.store.types import new_id

log = logging.getLogger(__name__)

MARKER = "unnm-exchange.json"
MARKER_FORMAT = "unnm-exchange"
FILE_FORMAT = 1
CHANGE_FILE = re.compile(r"^(?P<machine>[0-9a-fA-F-]{8,64})-(?P<sequence>\d{8})\.json\.gz$")
TEMPORARY_PREFIX = ".unnm-writing-"


@dataclass(frozen=True)
class Entry:
    """One record's new version: `after` None for a delete; `version` the hash naming it (see `version_hash`)."""

    key: Key
    after: Record | None
    parents: tuple[str, ...]
    created: str | None
    version: str


@dataclass(frozen=True)
class ChangeFile:
    name: str
    machine: str
    sequence: int
    run: str
    entries: tuple[Entry, ...]


def version_hash(key: Key, after: Record | None, parents: Iterable[str]) -> str:
    """sha256 of the canonical JSON of the version (record key, content, parents): the same edit made from the same
    parents is the same version wherever it was made, and no version can be its own ancestor."""
    text = dumps({"key": f"{key[0]}/{key[1]}", "after": after, "parents": sorted(parents)})
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- the marker -------------------------------------------------------------------------------------------------


def is_exchange_folder(path: Path) -> bool:
    """A directory is an exchange folder (a register is a file): `--with` tells them apart so."""
    return path.is_dir()


def folder_id(folder: Path) -> str:
    """The folder's own id, from its marker; made (once, without clobbering another machine's) on first use."""
    marker = folder / MARKER
    if not marker.exists():
        temporary = folder / f"{TEMPORARY_PREFIX}{new_id()}"
        _write_durably(temporary, dumps({"format": MARKER_FORMAT, "version": 1, "folder_id": new_id()}).encode())
        try:
            os.link(temporary, marker)  # fails if another machine made it meanwhile: theirs stands
        except FileExistsError:
            pass
        except OSError:  # no hard links (FAT on a USB stick): a rename, checked just before
            if not marker.exists():
                os.rename(temporary, marker)
        temporary.unlink(missing_ok=True)
    content = json.loads(marker.read_text(encoding="utf-8"))
    if content.get("format") != MARKER_FORMAT or not content.get("folder_id"):
        raise ValueError(f"{marker} is not an exchange folder's marker")
    return str(content["folder_id"])


# --- change files ------------------------------------------------------------------------------------------------


def change_file_names(folder: Path) -> list[str]:
    """The change files in the folder, by machine then sequence."""
    names = [entry.name for entry in os.scandir(folder) if CHANGE_FILE.match(entry.name)]
    return sorted(names, key=_order)


def _order(name: str) -> tuple[str, int]:
    match = CHANGE_FILE.match(name)
    assert match is not None
    return match["machine"], int(match["sequence"])


def parse_change_file(path: Path) -> ChangeFile | None:
    """The file's content; None when it cannot be read whole (to be tried again next time)."""
    match = CHANGE_FILE.match(path.name)
    if match is None:
        return None
    try:
        content = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
        if content.get("format") != FILE_FORMAT or content.get("machine") != match["machine"]:
            return None
        entries = []
        for item in content["entries"]:
            kind, _, record_id = item["key"].partition("/")
            key = (kind, record_id)
            parents = tuple(item["parents"])
            entries.append(Entry(key, item["after"], parents, item.get("created"),
                                 version_hash(key, item["after"], parents)))  # fmt: skip
        return ChangeFile(path.name, match["machine"], int(match["sequence"]), str(content["run"]), tuple(entries))
    except (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError, gzip.BadGzipFile) as problem:
        log.info("exchange folder: %s cannot be read yet (%s); skipped this time", path.name, problem)
        return None


def write_change_file(
    folder: Path, machine: str, run_id: str, entries: list[dict[str, Any]], written_at: str, *, after: int = 0
) -> str:
    """Write the next change file of `machine` atomically (a sequence above `after` too: the machine's files it
    knows of, even gone missing from the folder, are never named again); returns its name."""
    body = gzip.compress(
        dumps(
            {"format": FILE_FORMAT, "machine": machine, "run": run_id, "written_at": written_at, "entries": entries}
        ).encode("utf-8"),
        mtime=0,
    )
    _remove_leftovers(folder, machine)
    temporary = folder / f"{TEMPORARY_PREFIX}{machine}-{new_id()}"
    _write_durably(temporary, body)
    try:
        sequence = max(next_sequence(folder, machine), after + 1)
        while True:
            name = f"{machine}-{sequence:08d}.json.gz"
            try:
                os.link(temporary, folder / name)
                break
            except FileExistsError:
                sequence += 1
            except OSError:
                if (folder / name).exists():
                    sequence += 1
                    continue
                os.rename(temporary, folder / name)
                break
    finally:
        temporary.unlink(missing_ok=True)
    _sync_directory(folder)
    return name


def _remove_leftovers(folder: Path, machine: str) -> None:
    """Temporary files of this machine's runs cut off before their rename (one process per laptop writes)."""
    for entry in os.scandir(folder):
        if entry.name.startswith(f"{TEMPORARY_PREFIX}{machine}-"):
            Path(entry.path).unlink(missing_ok=True)


def next_sequence(folder: Path, machine: str) -> int:
    sequences = [int(m["sequence"]) for name in os.listdir(folder) if (m := CHANGE_FILE.match(name))
                 and m["machine"] == machine]  # fmt: skip
    return max(sequences, default=0) + 1


def _write_durably(path: Path, body: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(body)
        handle.flush()
        os.fsync(handle.fileno())


def _sync_directory(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not on every system (Windows): the rename is what counts
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


# --- the local cache ---------------------------------------------------------------------------------------------


class ParseCache:
    """Parsed change files by name and size, kept beside the laptop's register (never in the shared folder): files
    are immutable, so a file once parsed is not read again."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.files: dict[str, tuple[int, ChangeFile]] = {}
        self.changed = False
        if path is not None and path.exists():
            try:
                with open(path, "rb") as handle:
                    loaded = pickle.load(handle)
                if isinstance(loaded, dict) and loaded.get("format") == FILE_FORMAT:
                    self.files = loaded["files"]
            except Exception as problem:  # a cache that cannot be read is made again
                log.info("exchange folder cache %s not used (%s)", path, problem)

    def get(self, folder: Path, name: str) -> ChangeFile | None:
        path = folder / name
        try:
            size = path.stat().st_size
        except OSError:
            return None
        cached = self.files.get(name)
        if cached is not None and cached[0] == size:
            return cached[1]
        parsed = parse_change_file(path)
        if parsed is not None:
            self.files[name] = (size, parsed)
            self.changed = True
        return parsed

    def known_files(self, folder: Path) -> dict[str, ChangeFile]:
        """Every change file readable now, and every one read before that has gone missing since (a cloud client
        re-downloading it, a file moved away by mistake): files are immutable and what was once read stays known,
        so the folder never seems to go back on a version this laptop has seen."""
        found = {name: cached for name, (_size, cached) in self.files.items()}
        for name in change_file_names(folder):
            parsed = self.get(folder, name)
            if parsed is not None:
                found[name] = parsed
        return found

    def save(self) -> None:
        if self.path is None or not self.changed:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_name(self.path.name + f".{new_id()}")
            with open(temporary, "wb") as handle:
                pickle.dump({"format": FILE_FORMAT, "files": self.files}, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.path)
            self.changed = False
        except OSError as problem:
            log.info("exchange folder cache %s not saved (%s)", self.path, problem)

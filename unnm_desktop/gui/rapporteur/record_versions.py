"""The versions of the records the editors show: what each save is based on (services/concurrency.py).

One store per window, shared by the pages and the autosave's writer thread: a page remembers a record's
version when it shows what it read; each committed save sets the version it produced. The writer reads the
version when it runs a save, not when the save was scheduled, so that a save queued behind another of the
same record is based on what the first one produced and never conflicts with its own desk.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping


class RecordVersions:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._versions: dict[str, int] = {}

    def remember(self, key: str, version: int | None) -> None:
        """The version of a record as just read and shown (None: forget it, saves are then not checked). A
        version only goes up: a read that started before this desk's own save committed does not undo it."""
        with self._lock:
            if version is None:
                self._versions.pop(key, None)
            else:
                self._versions[key] = max(version, self._versions.get(key, version))

    def update(self, versions: Mapping[str, int]) -> None:
        """The versions a commit produced (or a refusal reported): exactly these."""
        with self._lock:
            self._versions.update(versions)

    def get(self, key: str) -> int | None:
        with self._lock:
            return self._versions.get(key)

    def of(self, keys: Iterable[str]) -> dict[str, int | None]:
        with self._lock:
            return {key: self._versions.get(key) for key in keys}

"""Opening the database on a background thread while the window appears.

`PendingContext` stands in for the ServiceContext until it exists: the GUI can be built and shown at
once (the first screen comes from services/quickread.py), and any use of the context before it is
ready simply waits for it. Writes never happen before the file has passed its checks, because every
write goes through the context.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal


class PendingContext(QObject):
    ready = Signal()
    failed = Signal(object)

    def __init__(self, path: Path, actor: str, lock: Any) -> None:
        super().__init__()
        self.path = path
        self._actor = actor
        self._lock = lock
        self._context: Any = None
        self._error: BaseException | None = None
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._open, name="open-database", daemon=True)
        self._start_lock = threading.Lock()
        self._started = False

    def start(self) -> None:
        """Begin opening; the GUI calls this once its first screen is painted, so the two do not
        compete for the interpreter while the window appears. Calling it again does nothing."""
        with self._start_lock:
            if not self._started:
                self._started = True
                self._thread.start()

    def _open(self) -> None:
        try:
            from unnm_desktop.services.context import open_context

            self._context = open_context(self.path, actor=self._actor, lock=self._lock)
        except BaseException as error:  # reported on the GUI thread through `failed`
            self._error = error
            self._lock.release()
        # Signals first, then the event: close() waits for the event, and nothing may still be running
        # on this thread when the application is torn down.
        if self._error is None:
            self.ready.emit()
        else:
            self.failed.emit(self._error)
        self._done.set()

    @property
    def error(self) -> BaseException | None:
        return self._error

    @property
    def is_ready(self) -> bool:
        return self._done.is_set() and self._error is None

    def wait(self) -> Any:
        self.start()
        self._done.wait()
        if self._error is not None:
            raise self._error
        return self._context

    def __getattr__(self, name: str) -> Any:
        # Only reached for attributes the stand-in itself lacks: those of the real context.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.wait(), name)

    @property
    def actor(self) -> str:
        return self._context.actor if self.is_ready else self._actor

    @actor.setter
    def actor(self, value: str) -> None:
        self._actor = value
        if self.is_ready:
            self._context.actor = value

    def close(self) -> None:
        self.start()
        self._thread.join()
        if self._context is not None:
            self._context.close()

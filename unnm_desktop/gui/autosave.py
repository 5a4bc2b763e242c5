"""Autosave: every edit reaches the database within a second of the last keystroke, without a button.

Each editor schedules its save under a key; a single-shot timer per key fires after a short pause in
typing. `flush()` saves everything pending at once (before switching item or meeting, and on close).
A save that fails keeps the text on screen, reports in the status bar and is retried on the next edit.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from unnm_desktop.domain.errors import UserFacingError

log = logging.getLogger(__name__)

PAUSE_MS = 600


class Autosaver(QObject):
    saved = Signal(datetime)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, pause_ms: int = PAUSE_MS) -> None:
        super().__init__(parent)
        self._pause_ms = pause_ms
        self._pending: dict[str, Callable[[], object]] = {}
        self._timers: dict[str, QTimer] = {}
        self.first_pending_at: float | None = None
        self.last_save_latency_ms: float | None = None

    def schedule(self, key: str, save: Callable[[], object]) -> None:
        """Save `save()` after the pause; a newer schedule for the same key replaces the older one."""
        if not self._pending:
            self.first_pending_at = time.perf_counter()
        self._pending[key] = save
        timer = self._timers.get(key)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda key=key: self._save(key))
            self._timers[key] = timer
        timer.start(self._pause_ms)

    def has_pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> bool:
        """Save everything pending now; returns False if anything could not be saved."""
        ok = True
        for key in list(self._pending):
            self._timers[key].stop()
            ok = self._save(key) and ok
        return ok

    def discard(self, key: str) -> None:
        self._pending.pop(key, None)
        timer = self._timers.get(key)
        if timer is not None:
            timer.stop()

    def _save(self, key: str) -> bool:
        save = self._pending.pop(key, None)
        if save is None:
            return True
        try:
            save()
        except UserFacingError as error:
            self.failed.emit(str(error))
            return False
        except Exception as error:  # the text stays on screen and in the pending queue; say so plainly
            log.exception("autosave of %s failed", key)
            self._pending[key] = save
            self.failed.emit(f"Could not save ({error}); your text is still here and will be saved again.")
            return False
        if self.first_pending_at is not None and not self._pending:
            self.last_save_latency_ms = (time.perf_counter() - self.first_pending_at) * 1000
            self.first_pending_at = None
        self.saved.emit(datetime.now())
        return True

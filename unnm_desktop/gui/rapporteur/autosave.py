"""Autosave: every edit reaches the database within a second of the last keystroke, without a button.

Each editor schedules its save under a key; a single-shot timer per key fires after a short pause in
typing, and a second timer makes sure that uninterrupted typing is still saved within MAX_WAIT_MS.
The database write runs on one background thread, in order, so typing never waits for a commit; the
GUI thread only prepares what to save (for notes: a copy of the document, a few milliseconds).
`flush()` saves everything pending and waits for it (before switching item or meeting, and on close).
"""

from __future__ import annotations

import logging
import queue
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from unnm_desktop.domain.clock import utc_now
from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.i18n import error_text

log = logging.getLogger(__name__)

PAUSE_MS = 600
# While someone types without pausing, the text is still saved at least this often.
MAX_WAIT_MS = 900
RETRY_MS = 2000

Save = Callable[[], object]


@dataclass
class _Job:
    key: str
    save: Save
    after: Callable[[], object] | None
    scheduled_at: float


class Autosaver(QObject):
    saved = Signal(datetime)
    failed = Signal(str)
    _done = Signal(object, object)  # job, the error or None (crosses from the writer thread)

    def __init__(self, parent: QObject | None = None, pause_ms: int = PAUSE_MS, max_wait_ms: int = MAX_WAIT_MS) -> None:
        super().__init__(parent)
        self._pause_ms = pause_ms
        self._pending: dict[str, tuple[Callable[[], Save], Callable[[], object] | None]] = {}
        self._timers: dict[str, QTimer] = {}
        self._max_wait = QTimer(self)
        self._max_wait.setSingleShot(True)
        self._max_wait.setInterval(max_wait_ms)
        self._max_wait.timeout.connect(self._fire_all)
        self._first_pending_at: float | None = None
        self.last_save_latency_ms: float | None = None
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self._in_flight = 0
        self._lock = threading.Lock()
        self._done.connect(self._on_done)
        # The writer thread runs Python (Markdown conversion, SQLAlchemy); hand the GIL back to the GUI
        # thread within a millisecond rather than the default five, so keystrokes are never held up.
        sys.setswitchinterval(0.001)
        self._thread = threading.Thread(target=self._work, name="autosave", daemon=True)
        self._thread.start()

    # --- scheduling (GUI thread) -----------------------------------------------------------------

    def schedule(self, key: str, save: Save | None, *, prepare: Callable[[], Save] | None = None,
                 after: Callable[[], object] | None = None) -> None:  # fmt: skip
        """Save after the pause; a newer schedule under the same key replaces the older one.

        `save` runs on the writer thread and must use only the data it captured. When what to save must
        be read from a widget, give `prepare` instead: it runs on the GUI thread when the timer fires and
        returns the save. `after` runs on the GUI thread once the save has committed.
        """
        if not self._pending:
            self._first_pending_at = time.perf_counter()
            self._max_wait.start()
        if prepare is None and save is None:
            raise ValueError("schedule needs a save or a prepare")
        self._pending[key] = (prepare or (lambda: save), after)
        timer = self._timers.get(key)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda key=key: self._fire(key))
            self._timers[key] = timer
        timer.start(self._pause_ms)

    def has_pending(self) -> bool:
        with self._lock:
            return bool(self._pending) or self._in_flight > 0

    def flush(self) -> bool:
        """Save everything pending now and wait until it is committed; False if anything failed."""
        self._fire_all()
        self._queue.join()
        before = self._failures
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.sendPostedEvents(self)  # deliver the writer's reports now
        return self._failures == before

    def discard(self, key: str) -> None:
        self._pending.pop(key, None)
        timer = self._timers.get(key)
        if timer is not None:
            timer.stop()

    def _fire_all(self) -> None:
        for key in list(self._pending):
            self._fire(key)

    def _fire(self, key: str) -> None:
        entry = self._pending.pop(key, None)
        if entry is None:
            return
        self._timers[key].stop()
        if not self._pending:
            self._max_wait.stop()
        prepare, after = entry
        try:
            save = prepare()
        except Exception as error:
            log.exception("preparing the save of %s failed", key)
            self.failed.emit(
                self.tr("Could not prepare the save ({error}); your text is still on screen.").format(error=error)
            )
            return
        with self._lock:
            self._in_flight += 1
        self._queue.put(_Job(key, save, after, self._first_pending_at or time.perf_counter()))

    # --- writing (background thread) -------------------------------------------------------------

    _failures = 0

    def _work(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                self._queue.task_done()
                return
            error: Exception | None = None
            try:
                job.save()
            except UserFacingError as problem:
                error = problem
            except Exception as problem:  # reported, and retried: the text is still on screen
                log.exception("autosave of %s failed", job.key)
                error = problem
            finally:
                with self._lock:
                    self._in_flight -= 1
                    if error is not None:
                        self._failures += 1
                self._done.emit(job, error)
                self._queue.task_done()

    def _on_done(self, job: _Job, error: Exception | None) -> None:
        if isinstance(error, UserFacingError):  # refused by the rules: saving it again would not help
            self.failed.emit(error_text(error))
            return
        if error is not None:
            self.failed.emit(
                self.tr("Could not save ({error}); your text is still here and will be saved again.").format(
                    error=error
                )
            )
            if job.key not in self._pending:  # retry unless newer text is already waiting
                self.schedule(job.key, job.save, after=job.after)
                self._timers[job.key].start(RETRY_MS)
            return
        if job.after is not None:
            job.after()
        if not self.has_pending():
            self.last_save_latency_ms = (time.perf_counter() - job.scheduled_at) * 1000
            self._first_pending_at = None
        self.saved.emit(utc_now())

    def stop(self) -> None:
        self.flush()
        self._queue.put(None)
        self._thread.join(timeout=10)

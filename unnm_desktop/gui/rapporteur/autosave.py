"""Autosave: every edit reaches the database within a second of the last keystroke, without a button.

Each editor schedules its save under a key; a single-shot timer per key fires after a short pause in
typing, and a second timer makes sure that uninterrupted typing is still saved within MAX_WAIT_MS.
The database write runs on one background thread, in order, so typing never waits for a commit; the
GUI thread only prepares what to save (for notes: a copy of the document, a few milliseconds).
`flush()` saves everything pending and waits for it (before switching item or meeting, and on close).

On a server (issue 12) a save is an Edit based on the record's version (RecordVersions, read when the save
runs). Someone else's change meanwhile stops that key (`conflict`) until the person answers (`resolve`):
never retried, never a dialog. A dropped connection keeps the edits in the local journal and retries them
with a backoff (`waiting` says how many); the journal left by a window that closed meanwhile is replayed.
"""

from __future__ import annotations

import logging
import queue
import sys
import threading
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from unnm_desktop.domain.clock import utc_now
from unnm_desktop.domain.errors import ConcurrentChangeError, UserFacingError
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.rapporteur.autosave_jobs import Conflict, Job, Outcome, Save, not_newer
from unnm_desktop.gui.rapporteur.record_versions import RecordVersions
from unnm_desktop.services.edits import Edit, run_edit
from unnm_desktop.services.journal import Journal
from unnm_desktop.store.connection_lost import is_connection_lost

log = logging.getLogger(__name__)

PAUSE_MS = 600
# While someone types without pausing, the text is still saved at least this often.
MAX_WAIT_MS = 900
RETRY_MS = 2000
# Waiting for a server that cannot be reached: tried again after 1, 2, 4, then every 5 seconds.
RECONNECT_MS = (1000, 2000, 4000, 5000)

Prepared = Save | Edit


class Autosaver(QObject):
    saved = Signal(datetime)
    failed = Signal(str)
    conflict = Signal(str, str, str)  # key, the message naming the other change, what this desk typed
    waiting = Signal(int)  # edits waiting for the server (0: all written)
    replayed = Signal()  # the journal of an earlier session is written: what is shown may be older
    reload_requested = Signal(str)  # key: the person chose the other desk's change; show it
    _done = Signal(object)  # the job, with its outcome (crosses from the writer thread)

    def __init__(self, parent: QObject | None = None, pause_ms: int = PAUSE_MS, max_wait_ms: int = MAX_WAIT_MS) -> None:
        super().__init__(parent)
        self._pause_ms = pause_ms
        self.versions = RecordVersions()
        self.journal: Journal | None = None
        self._pending: dict[str, tuple[Callable[[], Prepared], Callable[[], object] | None, Any]] = {}
        self._timers: dict[str, QTimer] = {}
        self._max_wait = QTimer(self)
        self._max_wait.setSingleShot(True)
        self._max_wait.setInterval(max_wait_ms)
        self._max_wait.timeout.connect(self._fire_all)
        self._first_pending_at: float | None = None
        self.last_save_latency_ms: float | None = None
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._in_flight = 0
        self._lock = threading.Lock()
        self._failures = 0
        self._conflicts: dict[str, Conflict] = {}  # GUI thread
        self._conflicted: set[str] = set()  # the same keys as the writer sees them (under _lock)
        self._offline = False  # writer thread: the server was unreachable at the last attempt
        self._waiting: dict[str, Job] = {}  # GUI thread: the newest lost job of each key
        self._replays = 0
        self._reconnect = QTimer(self)
        self._reconnect.setSingleShot(True)
        self._reconnect.timeout.connect(self._retry_waiting)
        self._reconnect_attempt = 0
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
        if prepare is None and save is None:
            raise ValueError("schedule needs a save or a prepare")
        self._add(key, prepare or (lambda: save), after, None)

    def schedule_edit(self, key: str, ctx: Any, edit: Edit | None = None, *,
                      prepare: Callable[[], Edit | Callable[[], Edit]] | None = None,
                      after: Callable[[], object] | None = None) -> None:  # fmt: skip
        """As `schedule`, for an edit described as data: based on its records' versions when it runs,
        journaled while the server cannot be reached, stopped by someone else's change until answered.
        `prepare` (GUI thread) may return the edit, or a function that makes it on the writer thread."""
        if prepare is None and edit is None:
            raise ValueError("schedule_edit needs an edit or a prepare")
        self._add(key, prepare or (lambda: edit), after, ctx)

    def _add(self, key: str, prepare: Callable[[], Prepared], after: Callable[[], object] | None, ctx: Any) -> None:
        if not self._pending:
            self._first_pending_at = time.perf_counter()
            self._max_wait.start()
        self._pending[key] = (prepare, after, ctx)
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
        """Save everything pending now and wait until it is committed; False if anything failed (or waits
        for the server, or for an answer to someone else's change)."""
        self._fire_all()
        self._queue.join()
        before = self._failures
        QCoreApplication.sendPostedEvents(self)  # deliver the writer's reports now
        return self._failures == before and not self._waiting and not self._conflicts

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
        prepare, after, ctx = entry
        try:
            prepared = prepare()
        except Exception as error:
            log.exception("preparing the save of %s failed", key)
            self.failed.emit(
                self.tr("Could not prepare the save ({error}); your text is still on screen.").format(error=error)
            )
            return
        if ctx is not None:
            conflict = self._conflicts.get(key)
            if conflict is not None:  # kept (the newest text) until the person answers
                conflict.edit = prepared if isinstance(prepared, Edit) else prepared()
                conflict.after = after
                return
            job = Job(key, None, after, self._first_pending_at or time.perf_counter(), ctx=ctx)
            if isinstance(prepared, Edit):
                job.edit = prepared
            else:
                job.build = prepared
        else:
            job = Job(key, prepared, after, self._first_pending_at or time.perf_counter())
        self._put(job)

    def _put(self, job: Job) -> None:
        with self._lock:
            self._in_flight += 1
        self._queue.put(job)

    # --- writing (background thread) -------------------------------------------------------------

    def _work(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                self._queue.task_done()
                return
            try:
                self._run(job)
            finally:
                with self._lock:
                    self._in_flight -= 1
                    if job.outcome in (Outcome.FAILED, Outcome.LOST, Outcome.CONFLICT):
                        self._failures += 1
                self._done.emit(job)
                self._queue.task_done()

    def _run(self, job: Job) -> None:
        if job.build is not None:
            try:
                job.edit, job.build = job.build(), None
            except Exception as problem:
                log.exception("preparing the save of %s failed", job.key)
                job.outcome, job.error = Outcome.FAILED, problem
                return
        with self._lock:
            held = job.key in self._conflicted
        if held:
            job.outcome = Outcome.HELD
            return
        versions = job.versions
        if job.edit is not None and versions is None:
            versions = self.versions.of(job.edit.records)  # read now: a save queued behind another builds on it
        if self._offline and not job.probe:
            self._lost(job, versions)
            return
        try:
            if job.edit is not None:
                job.produced = run_edit(job.ctx, job.edit, versions or {})
                self.versions.update(job.produced)
            else:
                job.save()  # type: ignore[misc]
        except ConcurrentChangeError as problem:
            job.outcome, job.error = (Outcome.CONFLICT if job.edit is not None else Outcome.FAILED), problem
            if job.edit is not None:
                with self._lock:
                    self._conflicted.add(job.key)
            self._offline = False
            return
        except UserFacingError as problem:
            job.outcome, job.error = Outcome.FAILED, problem
            self._offline = False
            return
        except Exception as problem:
            if is_connection_lost(problem):
                log.log(logging.WARNING, "autosave of %s waits for the server: %s", job.key, problem)
                self._offline = True
                self._lost(job, versions)
                return
            log.exception("autosave of %s failed", job.key)  # reported, and retried: the text is still on screen
            job.outcome, job.error = Outcome.FAILED, problem
            return
        self._offline = False
        job.outcome = Outcome.COMMITTED
        if self.journal is not None and job.edit is not None:
            # It carries the whole field: older entries of its key are written over by it.
            self.journal.committed(job.key, job.journal_seq)

    def _lost(self, job: Job, versions: dict[str, int | None] | None) -> None:
        job.outcome = Outcome.LOST
        if job.edit is not None and self.journal is not None and job.journal_seq is None:
            try:
                job.journal_seq = self.journal.append(job.key, job.edit, versions or {}).seq
            except OSError:
                log.exception("the journal could not be written; the edit waits in memory")

    # --- what became of a save (GUI thread) ------------------------------------------------------

    def _on_done(self, job: Job) -> None:
        if job.replay:
            self._replays -= 1
        if job.outcome is Outcome.HELD:
            conflict = self._conflicts.get(job.key)
            if conflict is not None and job.edit is not None and not job.replay:
                conflict.edit, conflict.after = job.edit, job.after
            return
        if job.outcome is Outcome.LOST:
            newest = self._waiting.get(job.key)
            if newest is None or (newest.journal_seq or 0) <= (job.journal_seq or 0):
                self._waiting[job.key] = job
            self._announce_waiting()
            if not self._reconnect.isActive():
                self._reconnect.start(RECONNECT_MS[min(self._reconnect_attempt, len(RECONNECT_MS) - 1)])
                self._reconnect_attempt += 1
            return
        waiting = self._waiting.get(job.key)
        if waiting is job or (job.outcome is Outcome.COMMITTED and waiting is not None and not_newer(waiting, job)):
            del self._waiting[job.key]
        if job.outcome is Outcome.CONFLICT:
            self._on_conflict(job)
        elif job.outcome is Outcome.FAILED:
            self._on_failed(job)
        else:
            self._on_committed(job)
        if job.replay and self._replays == 0:
            self.replayed.emit()
        self._announce_waiting()

    def _on_conflict(self, job: Job) -> None:
        assert job.edit is not None and isinstance(job.error, ConcurrentChangeError)
        pending = self._conflicts.get(job.key)
        newest = pending.edit if pending is not None and not job.replay else job.edit
        self._conflicts[job.key] = Conflict(job.key, newest, job.ctx, job.after, job.error)
        self.conflict.emit(job.key, error_text(job.error), newest.text())

    def _on_failed(self, job: Job) -> None:
        if isinstance(job.error, UserFacingError):  # refused by the rules: saving it again would not help
            self.failed.emit(error_text(job.error))
            return
        self.failed.emit(
            self.tr("Could not save ({error}); your text is still here and will be saved again.").format(
                error=job.error
            )
        )
        if job.key not in self._pending and (job.edit or job.save) is not None:  # retry unless newer text waits
            if job.edit is not None:
                self.schedule_edit(job.key, job.ctx, job.edit, after=job.after)
            else:
                self.schedule(job.key, job.save, after=job.after)
            self._timers[job.key].start(RETRY_MS)

    def _on_committed(self, job: Job) -> None:
        if job.after is not None:
            job.after()
        if not self.has_pending():
            self.last_save_latency_ms = (time.perf_counter() - job.scheduled_at) * 1000
            self._first_pending_at = None
        self.saved.emit(utc_now())

    def _announce_waiting(self) -> None:
        if not self._waiting:
            self._reconnect.stop()
            self._reconnect_attempt = 0
        self.waiting.emit(len(self._waiting))

    def wait_for_server(self, key: str, ctx: Any, edit: Edit) -> None:
        """An edit saved at once that could not reach the server: written in turn, journaled meanwhile."""
        self._put(Job(key, None, None, time.perf_counter(), edit=edit, ctx=ctx))

    def waiting_count(self) -> int:
        return len(self._waiting)

    def _retry_waiting(self) -> None:
        """Try the server again: the oldest waiting edit first; if it gets through, the others follow it."""
        jobs = sorted(self._waiting.values(), key=lambda j: (j.journal_seq or 0, j.scheduled_at))
        for number, job in enumerate(jobs):
            job.probe = number == 0
            job.outcome = Outcome.COMMITTED
            if job.replay:
                self._replays += 1
            self._put(job)

    # --- someone else's change: the person's answer ----------------------------------------------

    def conflict_keys(self) -> list[str]:
        return list(self._conflicts)

    def resolve(self, key: str, *, keep_mine: bool) -> str:
        """Keep mine: save what was typed again over the other change, deliberately. Reload theirs: drop what
        was typed and ask the page to show the record as it is. Returns what was typed (the newest)."""
        self._fire(key)  # typed since the banner showed: the newest text is kept with the conflict
        conflict = self._conflicts.pop(key, None)
        with self._lock:
            self._conflicted.discard(key)
        if conflict is None:
            return ""
        self.discard(key)
        current = conflict.current_versions()
        if keep_mine:
            self.versions.update({k: v for k, v in current.items() if v is not None})
            for record, version in current.items():
                if version is None:
                    self.versions.remember(record, None)  # the refusal did not say: overwrite unchecked
            self._put(Job(key, None, conflict.after, time.perf_counter(), edit=conflict.edit, ctx=conflict.ctx))
            return conflict.edit.text()
        if self.journal is not None:
            self.journal.committed(key)
        self.versions.update({k: v for k, v in current.items() if v is not None})
        self.reload_requested.emit(key)
        return conflict.edit.text()

    # --- the journal -----------------------------------------------------------------------------

    def use_journal(self, journal: Journal, ctx: Any) -> int:
        """Keep edits that cannot reach the server in `journal`; what an earlier session left there is
        written now (each on the versions it was based on). Returns how many edits that is."""
        self.journal = journal
        entries = journal.waiting()
        for entry in entries:
            job = Job(entry.key, None, None, time.perf_counter(), edit=entry.edit, ctx=ctx,
                      versions=dict(entry.versions), journal_seq=entry.seq, replay=True)  # fmt: skip
            self._replays += 1
            self._put(job)
        return len(entries)

    def stop(self) -> None:
        self.flush()
        self._reconnect.stop()
        self._queue.put(None)
        self._thread.join(timeout=10)
        if self.journal is not None:
            self.journal.close()

"""What the autosave's writer thread runs: one job per save, and what became of it (committed, refused, lost).

A job is either an Edit (services/edits.py: data, run by the service with the versions read from the window's
RecordVersions when it runs, journaled when the server cannot be reached) or, for the few saves not yet
described as data, a plain callable.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from unnm_desktop.domain.errors import ConcurrentChangeError
from unnm_desktop.services.edits import Edit

Save = Callable[[], object]


class Outcome(enum.Enum):
    COMMITTED = "committed"
    FAILED = "failed"  # refused by the rules, or a fault: said in the status bar
    CONFLICT = "conflict"  # someone else changed the record: the key waits for the person's answer
    HELD = "held"  # not run: its key waits for an answer to a conflict
    LOST = "lost"  # the server cannot be reached: waiting (and journaled), retried


@dataclass
class Job:
    key: str
    save: Save | None
    after: Callable[[], object] | None
    scheduled_at: float
    edit: Edit | None = None
    build: Callable[[], Edit] | None = None  # makes the edit on the writer thread (the notes' Markdown)
    ctx: Any = None
    versions: dict[str, int | None] | None = None  # fixed (a journal replay, "keep mine"); else read when run
    journal_seq: int | None = None
    probe: bool = False  # the first attempt after the server was unreachable
    replay: bool = False
    outcome: Outcome = Outcome.COMMITTED
    error: Exception | None = None
    produced: dict[str, int] = field(default_factory=dict)


@dataclass
class Conflict:
    """A key whose save someone else's change refused: what was typed (the newest), until the person answers."""

    key: str
    edit: Edit
    ctx: Any
    after: Callable[[], object] | None
    error: ConcurrentChangeError

    def current_versions(self) -> dict[str, int | None]:
        """The versions to base a deliberate overwrite on: the one the refusal reported (None: unchecked)."""
        record = self.edit.records[0]
        if self.error.record_id:
            record = next((r for r in self.edit.records if r.endswith(":" + self.error.record_id)), record)
        return {record: self.error.current_version}


def not_newer(waiting: Job, committed: Job) -> bool:
    """Whether the waiting job holds nothing newer than the committed one (a job never journaled ran last)."""
    return committed.journal_seq is None or (waiting.journal_seq or 0) <= committed.journal_seq

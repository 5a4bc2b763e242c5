"""What a sync reports: frozen views for the command line and (later) the review dialog."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SyncConflictView:
    """One question: `record` is ``kind/id``; `field` None means the whole record (then the values are whole
    records). Values are JSON values; None where the record does not exist on that side (for a field, a real empty
    value: a field always exists while its record does). `meeting`: the meeting's reference, None for the
    directory. `reason`: changed-on-both, created-on-both, edited-and-deleted, signed-off or same-value."""

    id: str
    meeting: str | None
    record: str
    field: str | None
    ours: object
    theirs: object
    base: object
    reason: str
    choice: str | None = None  # a whole record's side chosen by a person, carried out by the next sync


@dataclass(frozen=True)
class SyncReport:
    """`pulled`/`pushed`: records written on the laptop / on the other register; `conflicts`: all waiting."""

    pulled: int
    pushed: int
    conflicts: tuple[SyncConflictView, ...]

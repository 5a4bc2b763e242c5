"""Three-way merge of records and of notes (issue 13): what two sides changed since the content they last shared.

The caller passes three mappings ``{record_key: {field: value}}``: ``base`` (the content last exchanged),
``ours`` and ``theirs``. A record missing from a mapping is deleted there (or not yet created); a field missing
from a record is unset there. Both are written `ABSENT` in conflicts, never ``None``, which is a real value.

Per record, then per field:

- changed on one side only → that side's value is taken;
- changed the same way on both sides → taken (once);
- changed differently on both sides → a conflict, unless the field is one of ``line_fields`` (notes in
  Markdown) whose two texts merge line by line (see below);
- edited on one side and deleted on the other → a conflict for the whole record (``field`` is None);
- created on both sides under the same key → merged field by field against an empty record: a field set on one
  side only is taken, the same value on both is taken, different values are a conflict per differing field.

Nothing is chosen silently. Every conflict is listed with ours, theirs and base (whole records for a record
conflict, whole texts for notes), and the merged mapping provisionally holds **ours** there — for a record
deleted by ours and edited by theirs that means the record stays deleted until the conflict is resolved.

Notes merge like diff3: the hunks of base→ours and base→theirs (difflib.SequenceMatcher over lines) are laid
side by side on the base. Hunks that do not overlap are both applied, including hunks that only touch (one
ends on the line where the other starts, or an insertion just before or after the other's lines). Hunks that
overlap — share a base line, or insert at the same point — merge only when both sides made the same change
there, or when both rewrote the overlapping lines one for one and no single line changed differently on both;
otherwise the whole field is a conflict. Lines keep their own endings, so text passes through
byte-exact (Turkish, right-to-left Arabic, emoji). Whether the text ends with a newline is merged apart, like a
field of its own (so a missing final newline stays missing, and a line one side adds after a last line without
its newline does not glue onto it).

Merging is not idempotent against a stale base: merge(base, merged, theirs) may differ from merged (as with any
diff3, the diff base→merged need not split into the same hunks). A sync must therefore move the base to the merged
content in the same transaction that stores it; merge(merged, merged, merged) == merged.

Equal means equal value of the same type (1, 1.0 and True differ), so the result never depends on which side
is called ours.

Signed-off minutes are out of scope: they are never merged, and the caller must not pass them (issue 13: a
reopened revision travels as a new revision).
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Hashable, Iterable, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from types import MappingProxyType
from typing import Any


class Absent(enum.Enum):
    """Marks a record or field that does not exist on one side (deleted, or not yet created)."""

    ABSENT = "absent"

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT = Absent.ABSENT

Record = Mapping[str, object]
Records = Mapping[Hashable, Record]


class ConflictKind(enum.Enum):
    """Why a field or record needs a person to decide."""

    CHANGED_ON_BOTH = "changed-on-both"  # the same field changed differently on both sides
    CREATED_ON_BOTH = "created-on-both"  # the same record created on both sides, this field differing
    EDITED_AND_DELETED = "edited-and-deleted"  # the record edited on one side, deleted on the other


@dataclass(frozen=True)
class Conflict:
    """One question for the review: ``field`` is None when the whole record is in question.

    ``ours``, ``theirs`` and ``base`` are full values: the whole text of a note, a whole (read-only) record for a
    record conflict, or `ABSENT`.
    """

    record: Hashable
    field: str | None
    ours: object
    theirs: object
    base: object
    kind: ConflictKind


@dataclass(frozen=True)
class MergeResult:
    """The merged records (conflicting places hold ours provisionally) and the conflicts, in record order."""

    merged: Mapping[Hashable, Record]
    conflicts: tuple[Conflict, ...]

    @property
    def clean(self) -> bool:
        return not self.conflicts


def same_value(left: object, right: object) -> bool:
    """Equal values of the same type: True, 1 and 1.0 are three different values."""
    return left is right or (type(left) is type(right) and left == right)


def _same_record(left: Record | Absent, right: Record | Absent) -> bool:
    if left is ABSENT or right is ABSENT:
        return left is right
    assert not isinstance(left, Absent) and not isinstance(right, Absent)
    return left.keys() == right.keys() and all(same_value(left[name], right[name]) for name in left)


def merge_records(base: Records, ours: Records, theirs: Records, *, line_fields: Collection[str] = ()) -> MergeResult:
    """Merge ``ours`` and ``theirs`` against ``base``; fields named in ``line_fields`` merge line by line."""
    merged: dict[Hashable, Record] = {}
    conflicts: list[Conflict] = []
    for key in _keys_in_order(base, ours, theirs):
        base_record = base.get(key, ABSENT)
        our_record = ours.get(key, ABSENT)
        their_record = theirs.get(key, ABSENT)
        if _same_record(our_record, their_record) or _same_record(their_record, base_record):
            chosen = our_record
        elif _same_record(our_record, base_record):
            chosen = their_record
        elif our_record is ABSENT or their_record is ABSENT:
            conflicts.append(
                Conflict(
                    key,
                    None,
                    _frozen(our_record),
                    _frozen(their_record),
                    _frozen(base_record),
                    ConflictKind.EDITED_AND_DELETED,
                )
            )
            chosen = our_record
        else:
            assert not isinstance(our_record, Absent) and not isinstance(their_record, Absent)
            created = base_record is ABSENT
            chosen = _merge_fields(
                key,
                {} if isinstance(base_record, Absent) else base_record,
                our_record,
                their_record,
                line_fields,
                ConflictKind.CREATED_ON_BOTH if created else ConflictKind.CHANGED_ON_BOTH,
                conflicts,
            )
        if chosen is not ABSENT:
            assert not isinstance(chosen, Absent)
            merged[key] = dict(chosen)
    return MergeResult(merged, tuple(conflicts))


def _keys_in_order(*mappings: Mapping[Any, object]) -> Iterable[Any]:
    # dict keeps first-seen order: base's records, then those new on ours, then those new on theirs.
    return dict.fromkeys(key for mapping in mappings for key in mapping)


def _frozen(record: Record | Absent) -> object:
    return record if isinstance(record, Absent) else MappingProxyType(dict(record))


def _merge_fields(
    key: Hashable,
    base: Record,
    ours: Record,
    theirs: Record,
    line_fields: Collection[str],
    kind: ConflictKind,
    conflicts: list[Conflict],
) -> dict[str, object]:
    merged: dict[str, object] = {}
    for name in _keys_in_order(base, ours, theirs):
        base_value = base.get(name, ABSENT)
        our_value = ours.get(name, ABSENT)
        their_value = theirs.get(name, ABSENT)
        if same_value(our_value, their_value) or same_value(their_value, base_value):
            value = our_value
        elif same_value(our_value, base_value):
            value = their_value
        else:
            value = _merged_text(base_value, our_value, their_value) if name in line_fields else None
            if value is None:
                conflicts.append(Conflict(key, str(name), our_value, their_value, base_value, kind))
                value = our_value
        if value is not ABSENT:
            merged[str(name)] = value
    return merged


def _merged_text(base: object, ours: object, theirs: object) -> str | None:
    # Only two texts merge line by line; a text deleted on one side and edited on the other is a conflict.
    if not (isinstance(ours, str) and isinstance(theirs, str)):
        return None
    if base is ABSENT:
        base = ""
    if not isinstance(base, str):
        return None
    return merge_lines(base, ours, theirs)


@dataclass(frozen=True)
class _Hunk:
    """Base lines [start, end) replaced by ``lines`` on one side (start == end: an insertion)."""

    start: int
    end: int
    lines: tuple[str, ...]
    theirs: bool


def split_lines(text: str) -> list[str]:
    """Lines with their own endings: ``"".join(split_lines(t)) == t``; only ``\\n`` ends a line."""
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def merge_lines(base: str, ours: str, theirs: str) -> str | None:
    """Merge two edits of a text line by line; None when they overlap and differ (the caller lists a conflict)."""
    if ours == theirs or theirs == base:
        return ours
    if ours == base:
        return theirs
    # A last line without its newline would glue onto a line the other side adds after it: every text is merged
    # with its newline, and whether the result ends with one is merged apart, as a field of its own.
    ends_in_newline = (
        _ends_in_newline(ours) if _ends_in_newline(base) == _ends_in_newline(theirs) else _ends_in_newline(theirs)
    )
    base_lines = split_lines(_with_final_newline(base))
    hunks = sorted(
        [
            *_hunks(base_lines, split_lines(_with_final_newline(ours)), theirs=False),
            *_hunks(base_lines, split_lines(_with_final_newline(theirs)), theirs=True),
        ],
        key=lambda hunk: (hunk.start, hunk.end, hunk.theirs),
    )
    merged: list[str] = []
    position = 0
    for cluster in _overlapping_clusters(hunks):
        start = min(hunk.start for hunk in cluster)
        end = max(hunk.end for hunk in cluster)
        merged.extend(base_lines[position:start])
        our_version = _applied(base_lines, start, end, [hunk for hunk in cluster if not hunk.theirs])
        their_version = _applied(base_lines, start, end, [hunk for hunk in cluster if hunk.theirs])
        if all(hunk.theirs for hunk in cluster):
            merged.extend(their_version)
        elif not any(hunk.theirs for hunk in cluster) or our_version == their_version:
            merged.extend(our_version)
        else:
            settled = _merged_line_for_line(base_lines[start:end], our_version, their_version)
            if settled is None:
                return None
            merged.extend(settled)
        position = end
    merged.extend(base_lines[position:])
    text = "".join(merged)
    return text if ends_in_newline or not text else text[:-1]


def _ends_in_newline(text: str) -> bool:
    return not text or text.endswith("\n")


def _with_final_newline(text: str) -> str:
    return text if _ends_in_newline(text) else text + "\n"


def _merged_line_for_line(base: list[str], ours: list[str], theirs: list[str]) -> list[str] | None:
    """Overlapping rewrites of as many lines as the base, settled line by line where no line changed on both.

    SequenceMatcher joins neighbouring changed lines into one hunk, so a line edited the same way on both sides
    next to a line edited on one side only would otherwise be a conflict.
    """
    if not len(base) == len(ours) == len(theirs):
        return None
    settled: list[str] = []
    for base_line, our_line, their_line in zip(base, ours, theirs, strict=True):
        if our_line != base_line and their_line != base_line and our_line != their_line:
            return None
        settled.append(their_line if our_line == base_line else our_line)
    return settled


def _hunks(base_lines: list[str], side_lines: list[str], *, theirs: bool) -> list[_Hunk]:
    matcher = SequenceMatcher(None, base_lines, side_lines, autojunk=False)
    return [
        _Hunk(base_start, base_end, tuple(side_lines[side_start:side_end]), theirs)
        for tag, base_start, base_end, side_start, side_end in matcher.get_opcodes()
        if tag != "equal"
    ]


def _overlap(first: _Hunk, second: _Hunk) -> bool:
    """Whether two hunks (``first`` sorted no later than ``second``) touch the same base lines or point."""
    if first.start == first.end == second.start == second.end:
        return True  # two insertions at one point: no order between them is right
    return second.start < first.end


def _overlapping_clusters(hunks: list[_Hunk]) -> Iterable[list[_Hunk]]:
    """Group sorted hunks into runs linked by overlaps; a run never overlaps a later one."""
    cluster: list[_Hunk] = []
    for hunk in hunks:
        if cluster and not any(_overlap(member, hunk) for member in cluster):
            yield cluster
            cluster = []
        cluster.append(hunk)
    if cluster:
        yield cluster


def _applied(base_lines: list[str], start: int, end: int, hunks: list[_Hunk]) -> list[str]:
    """Base lines [start, end) with one side's hunks (all inside that range, sorted) applied."""
    result: list[str] = []
    position = start
    for hunk in hunks:
        result.extend(base_lines[position : hunk.start])
        result.extend(hunk.lines)
        position = hunk.end
    result.extend(base_lines[position:end])
    return result

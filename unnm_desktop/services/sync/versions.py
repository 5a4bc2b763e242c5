"""What an exchange folder holds, from its change files: per record a small graph of versions, and its heads.

Every entry of a change file is a version of one record (its content, or None for a delete) naming as parents the
versions its writer based it on. A version named as a parent by another version of the same record is superseded;
those left are the heads. One head: that is the folder's record. Several heads (machines that changed the record
without seeing each other's files): the folder's record is their three-way merge against their nearest common
ancestor (domain/merge.py), and the fields the heads changed differently are a `Fork` that a person must decide.

A head that deletes the record while another edits it: the folder's record is the edit (nothing typed is lost),
and the heads are a `DeleteFork`, which the laptop syncing sees as a whole-record question (folder.py). Everything here depends only on the set of files read, never on the order they arrived
in: machines that read the same files compute the same records.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from unnm_desktop.domain.merge import merge_records
from unnm_desktop.services.sync.exchange_files import ChangeFile, Entry
from unnm_desktop.services.sync.records import LINE_FIELDS, Key, Record


@dataclass(frozen=True)
class Fork:
    """A record's heads disagree on `fields`: each head's values (head version -> field -> value), and the
    nearest common ancestor's content (None when there is none: created on both, or its file not here yet)."""

    heads: tuple[str, ...]
    fields: tuple[str, ...]
    head_values: dict[str, dict[str, Any]]
    base: Record | None


@dataclass(frozen=True)
class DeleteFork:
    """Some of a record's heads delete it while others edit it: `deleting` the heads that delete, `base` the nearest
    common ancestor's content (None when its file is not here yet)."""

    heads: tuple[str, ...]
    deleting: tuple[str, ...]
    base: Record | None


@dataclass
class FolderContent:
    records: dict[Key, Record] = field(default_factory=dict)
    created: dict[Key, str | None] = field(default_factory=dict)
    heads: dict[Key, tuple[str, ...]] = field(default_factory=dict)
    forks: dict[Key, Fork] = field(default_factory=dict)
    deletes: dict[Key, DeleteFork] = field(default_factory=dict)
    versions: dict[Key, dict[str, Entry]] = field(default_factory=dict)


def folder_content(files: Iterable[ChangeFile]) -> FolderContent:
    content = FolderContent()
    superseded: dict[Key, set[str]] = {}
    for change_file in files:
        for entry in change_file.entries:
            content.versions.setdefault(entry.key, {}).setdefault(entry.version, entry)
            if entry.parents:
                superseded.setdefault(entry.key, set()).update(entry.parents)
    for key, versions in content.versions.items():
        gone = superseded.get(key, set())
        heads = tuple(sorted(version for version in versions if version not in gone))
        content.heads[key] = heads
        created = [entry.created for entry in versions.values() if entry.created is not None]
        content.created[key] = min(created) if created else None
        record = _record(key, versions, heads, content)
        if record is not None:
            content.records[key] = record
    return content


def _record(key: Key, versions: dict[str, Entry], heads: tuple[str, ...], content: FolderContent) -> Record | None:
    if len(heads) == 1:
        after = versions[heads[0]].after
        return None if after is None else dict(after)
    live = [head for head in heads if versions[head].after is not None]
    if not live:
        return None
    if len(live) < len(heads):
        ancestor = nearest_common_ancestor(versions, heads)
        deleting = tuple(head for head in heads if head not in live)
        content.deletes[key] = DeleteFork(heads, deleting, None if ancestor is None else versions[ancestor].after)
    if len(live) == 1:
        return dict(versions[live[0]].after or {})
    ancestor = nearest_common_ancestor(versions, live)
    base = None if ancestor is None else versions[ancestor].after
    merged: Record = dict(versions[live[0]].after or {})
    conflicting: set[str] = set()
    for head in live[1:]:
        result = merge_records({} if base is None else {key: base}, {key: merged}, {key: versions[head].after or {}},
                               line_fields=LINE_FIELDS)  # fmt: skip
        merged = dict(result.merged[key])
        conflicting.update(conflict.field for conflict in result.conflicts if conflict.field is not None)
    if conflicting:
        fields = tuple(sorted(conflicting))
        head_values = {head: {name: (versions[head].after or {}).get(name) for name in fields} for head in live}
        content.forks[key] = Fork(tuple(live), fields, head_values, None if base is None else dict(base))
    return merged


def ancestors(versions: dict[str, Entry], version: str) -> set[str]:
    """The versions `version` descends from, among those read (a parent whose file is not here yet is skipped)."""
    found: set[str] = set()
    frontier = [version]
    while frontier:
        for parent in versions[frontier.pop()].parents:
            if parent in versions and parent not in found:
                found.add(parent)
                frontier.append(parent)
    return found


def nearest_common_ancestor(versions: dict[str, Entry], heads: Iterable[str]) -> str | None:
    """The common ancestor no other common ancestor descends from (the first by hash if several: deterministic)."""
    lines = {head: ancestors(versions, head) | {head} for head in heads}
    common = set.intersection(*lines.values())
    if not common:
        return None
    below = {version: ancestors(versions, version) for version in common}
    nearest = [
        version for version in common if not any(version in below[other] for other in common if other != version)
    ]
    return sorted(nearest)[0]

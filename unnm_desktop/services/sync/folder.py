"""An exchange folder as the other side of a sync: immutable change files per machine, read by all (docs/sync.md).

`FolderSide` reads every change file of the folder (parsed once, then from a cache beside the laptop's register)
into the folder's records (services/sync/versions.py), and writes a run's changes as ONE new change file naming
the run id, each entry naming as parents the versions of the record it was based on.

Concurrent versions (a fork: two machines changed the same field without seeing each other's files) reach the
person as conflicts through `reconcile`, which the run calls with the laptop's records and base before planning:
for a field in question the folder's value shown is a head's value other than the laptop's, and the laptop's
base for the field becomes the heads' common ancestor's value (or nothing), so the plan cannot take either
silently. While the question stands, the laptop's writes name only the heads holding the value it writes (the
fork stays open for everyone). Once a person answered it (`sync resolve`) having been shown every head's value
(a laptop that held none of them is asked again with the next), the laptop's next sync writes a version naming
all the heads, holding the answer, which closes the fork for every machine.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, UserFacingError
from unnm_desktop.domain.merge import ABSENT, same_value
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.sync import base as stored
from unnm_desktop.services.sync.exchange_files import (
    ChangeFile,
    ParseCache,
    change_file_names,
    folder_id,
    version_hash,
    write_change_file,
)
from unnm_desktop.services.sync.plan import Change
from unnm_desktop.services.sync.records import Key, Record, Snapshot, key_text
from unnm_desktop.services.sync.versions import FolderContent, folder_content
from unnm_desktop.services.sync.write import ChangedMeanwhile
from unnm_desktop.store.models import AppInfo, AuditEvent
from unnm_desktop.store.types import new_id

log = logging.getLogger(__name__)

FORKS_PREFIX = "exchange_forks:"
RESOLVE_ACTION = "sync_resolve"


class NotAnExchangeFolder(UserFacingError):
    """The folder cannot serve as an exchange folder."""


class FolderSide:
    """An exchange folder, seen from one laptop (`laptop`: its register, whose id names its change files)."""

    def __init__(self, laptop: ServiceContext, folder: Path) -> None:
        self.laptop = laptop
        self.folder = Path(folder)
        laptop_path = laptop.db.path
        if laptop_path is not None and self.folder.resolve() in Path(laptop_path).resolve().parents:
            raise NotAnExchangeFolder(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{laptop} lies inside the exchange folder {folder}: a live register never goes on a shared "
                    "folder. Move it out, then synchronise again. Nothing was changed.",
                ),
                laptop=laptop.db.name,
                folder=str(self.folder),
            )
        self._folder_id: str | None = None
        self._machine: str | None = None
        self._files: dict[str, ChangeFile] = {}
        self._content = FolderContent()
        self._unresolved: dict[Key, set[str]] = {}
        self._own_versions: set[str] = set()
        self._parse_cache: ParseCache | None = None

    @property
    def name(self) -> str:
        return str(self.folder)

    def register_id(self) -> str:
        if self._folder_id is None:
            try:
                self._folder_id = folder_id(self.folder)
            except (OSError, ValueError):
                raise NotAnExchangeFolder(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{folder} cannot be used as an exchange folder (it cannot be written, or its marker file "
                        "unnm-exchange.json is damaged). Nothing was changed.",
                    ),
                    folder=str(self.folder),
                ) from None
        return self._folder_id

    def machine_id(self) -> str:
        if self._machine is None:
            with self.laptop.session() as session:
                self._machine = stored.ensure_register_id(session)
        return self._machine

    def _cache(self) -> ParseCache:
        if self._parse_cache is None:
            laptop_path = self.laptop.db.path
            self._parse_cache = ParseCache(
                None
                if laptop_path is None
                else Path(laptop_path).with_name(f"{Path(laptop_path).name}.exchange-{self.register_id()}.cache")
            )
        return self._parse_cache

    # --- reading -------------------------------------------------------------------------------------------------

    def read(self) -> Snapshot:
        cache = self._cache()
        self._files = cache.known_files(self.folder)
        cache.save()
        self._content = folder_content(self._files.values())
        machine = self.machine_id()
        self._own_versions = {e.version for f in self._files.values() if f.machine == machine for e in f.entries}
        self._unresolved = {key: set(fork.fields) for key, fork in self._content.forks.items()}
        return Snapshot(
            records={key: dict(record) for key, record in self._content.records.items()},
            created=dict(self._content.created),
        )

    def has_run(self, run_id: str) -> bool:
        machine = self.machine_id()
        cache = self._cache()
        found = any(
            parsed.machine == machine and parsed.run == run_id for parsed in cache.known_files(self.folder).values()
        )
        cache.save()
        return found

    # --- forks -------------------------------------------------------------------------------------------------

    def reconcile(self, theirs: Snapshot, ours: Mapping[Key, Record], base: Mapping[Key, Record]) -> dict[Key, Record]:
        """Make every field the folder's heads disagree on a question for the plan (see the module's docstring);
        returns the base to plan with. A field a person resolved since it was asked is left to the laptop."""
        adjusted = dict(base)
        if self._content.deletes:
            self._question_deletes(theirs, ours, adjusted)
        if not self._content.forks:
            return adjusted
        with self.laptop.session() as session:
            target_id = self.register_id()
            pending = {(row.kind, row.record_id, row.field) for row in stored.pending_rows(session, target_id)}
            memory_key = FORKS_PREFIX + target_id
            memory_row = session.get(AppInfo, memory_key)
            memory: dict[str, Any] = json.loads(memory_row.value) if memory_row is not None else {}
            last_event = session.scalar(select(func.max(AuditEvent.seq))) or 0
            changed = False
            for key, fork in sorted(self._content.forks.items()):
                record = theirs.records[key]
                ours_record = ours.get(key)
                base_record = dict(adjusted[key]) if key in adjusted else None
                for name in fork.fields:
                    tag = f"{key_text(key)}|{name}"
                    asked = memory.get(tag)
                    if asked is not None and asked["heads"] != list(fork.heads):
                        asked = None  # new heads: a new question
                    if (
                        asked is not None
                        and asked.get("covered")
                        and (key[0], key[1], name) not in pending
                        and _resolved_since(session, key, name, asked["seq"])
                    ):
                        if ours_record is not None and name in ours_record:
                            record[name] = ours_record[name]  # the person's answer, closing the fork below
                        self._unresolved[key].discard(name)
                        continue
                    ours_value = ABSENT if ours_record is None else ours_record.get(name, ABSENT)
                    seen = set(asked["seen"]) if asked is not None else set()
                    # A value this laptop wrote itself was typed here: it needs no showing.
                    seen |= {
                        stored.dumps(fork.head_values[head][name]) for head in fork.heads if head in self._own_versions
                    }
                    exchanged = ABSENT if base_record is None else base_record.get(name, ABSENT)
                    shown = _value_to_show(fork.head_values, fork.heads, name, (ours_value, exchanged), seen)
                    distinct = {stored.dumps(fork.head_values[head][name]) for head in fork.heads}
                    held = set() if ours_value is ABSENT else {stored.dumps(ours_value)} & distinct
                    now_seen = seen | {stored.dumps(shown)} | held
                    covered = distinct <= now_seen
                    if asked is None or now_seen != seen or covered != asked.get("covered"):
                        # A person's answer counts once every head's value was put before them.
                        memory[tag] = {"heads": list(fork.heads), "seq": last_event, "seen": sorted(now_seen),
                                       "covered": covered}  # fmt: skip
                        changed = True
                    record[name] = shown
                    ancestor = ABSENT if fork.base is None else fork.base.get(name, ABSENT)
                    if base_record is not None:
                        if ancestor is not ABSENT and not any(same_value(ancestor, v) for v in (ours_value, shown)):
                            base_record[name] = ancestor
                        else:
                            base_record.pop(name, None)
                if base_record is not None:
                    adjusted[key] = base_record
            if changed and memory_row is None:
                session.add(AppInfo(key=memory_key, value=stored.dumps(memory)))
            elif changed:
                memory_row.value = stored.dumps(memory)
        self._close_resolved_forks(theirs, ours)
        return adjusted

    def _question_deletes(self, theirs: Snapshot, ours: Mapping[Key, Record], base: dict[Key, Record]) -> None:
        """A record deleted by a head and edited by another is a whole-record question for a laptop that holds one
        of the two changes: one that holds an edit is shown the delete, one whose own delete is a head is shown the
        edit, each against the heads' common ancestor. A laptop holding neither (the ancestor, or nothing ever
        exchanged) takes the edit, and is asked once it holds it. Once a person chose, the choice is carried out by
        the plan; taking theirs closes the fork here (the plan writes nothing to the folder then)."""
        with self.laptop.session() as session:
            choices = stored.read_choices(session, self.register_id())
        for key, fork in sorted(self._content.deletes.items()):
            if fork.base is None or key in self._content.forks:
                continue  # the ancestor's file is not here yet, or the edits are in question among themselves
            held = ours.get(key)
            if held is not None:
                if held == fork.base:
                    continue
                shown: Record | None = None
            elif key not in base and any(head in self._own_versions for head in fork.deleting):
                shown = theirs.records.get(key)
            else:
                continue
            if shown is None:
                theirs.records.pop(key, None)
            choice = choices.get(key)
            if choice == "theirs":
                self._close_fork(key, shown, theirs.created.get(key))
            elif choice is None:
                base[key] = dict(fork.base)

    def _close_fork(self, key: Key, answer: Record | None, created: str | None) -> None:
        """One version naming every head of the record, holding a person's answer: nobody is asked again."""
        entries = [{"key": key_text(key), "after": answer, "parents": sorted(self._content.heads[key]),
                    "created": created}]  # fmt: skip
        self._write_closing_versions(entries)
        self._content.deletes.pop(key, None)

    def _write_closing_versions(self, entries: list[dict[str, Any]]) -> str:
        """A change file of versions that close forks, each the one head of its record now; the file's name."""
        written_at = datetime.now(timezone.utc).isoformat()
        name = write_change_file(
            self.folder, self.machine_id(), new_id(), entries, written_at, after=self._last_sequence()
        )
        parsed = self._remember(name)
        if parsed is not None:
            self._files[name] = parsed
        for entry in entries:
            key = _key(entry["key"])
            self._content.heads[key] = (version_hash(key, entry["after"], entry["parents"]),)
        return name

    def _close_resolved_forks(self, theirs: Snapshot, ours: Mapping[Key, Record]) -> None:
        """A fork whose every question a person answered on this laptop is closed at once for every machine: one
        version naming all the heads, holding the answers (so that nobody is asked again)."""
        closed = sorted(key for key in self._content.forks if not self._unresolved.get(key) and key in ours)
        if not closed:
            return
        entries = [{"key": key_text(key), "after": theirs.records[key], "parents": sorted(self._content.heads[key]),
                    "created": theirs.created.get(key)} for key in closed]  # fmt: skip
        name = self._write_closing_versions(entries)
        for key in closed:
            self._content.forks.pop(key, None)
            self._unresolved.pop(key, None)
        log.info("exchange folder %s: closed %d answered forks in %s", self.folder, len(entries), name)

    # --- writing -----------------------------------------------------------------------------------------------

    def write(self, changes: tuple[Change, ...], *, run_id: str, peer_id: str) -> int:
        if not changes:
            return 0
        self._check_meanwhile(changes)
        entries = [
            {
                "key": key_text(change.key),
                "after": change.after,
                "parents": self._parents(change),
                "created": change.created,
            }
            for change in changes
        ]
        written_at = datetime.now(timezone.utc).isoformat()
        name = write_change_file(
            self.folder, self.machine_id(), run_id, entries, written_at, after=self._last_sequence()
        )
        self._remember(name)
        log.info("exchange folder %s: wrote %s (%d records)", self.folder, name, len(entries))
        return len(changes)

    def _last_sequence(self) -> int:
        machine = self.machine_id()
        known = self._cache().known_files(self.folder).values()
        return max((parsed.sequence for parsed in known if parsed.machine == machine), default=0)

    def _remember(self, name: str) -> ChangeFile | None:
        """A file this laptop wrote is known from now on, whatever becomes of it in the shared folder."""
        cache = self._cache()
        parsed = cache.get(self.folder, name)
        cache.save()
        return parsed

    def _parents(self, change: Change) -> list[str]:
        """All heads of the record, except, while a fork's question stands, those holding another value there."""
        heads = self._content.heads.get(change.key, ())
        unresolved = self._unresolved.get(change.key)
        fork = self._content.forks.get(change.key)
        if not unresolved or fork is None or change.after is None:
            return sorted(heads)
        after = change.after
        return sorted(
            head
            for head in heads
            if head not in fork.heads
            or all(same_value(fork.head_values[head][name], after.get(name)) for name in unresolved)
        )

    def _check_meanwhile(self, changes: tuple[Change, ...]) -> None:
        """Files that arrived since the read and touch a record of this write: the run starts over."""
        keys = {change.key for change in changes}
        cache = self._cache()
        touched: set[Key] = set()
        for name in change_file_names(self.folder):
            if name in self._files:
                continue
            parsed = cache.get(self.folder, name)
            if parsed is not None:
                touched.update(entry.key for entry in parsed.entries if entry.key in keys)
        cache.save()
        if touched:
            raise ChangedMeanwhile(sorted(touched))


def _value_to_show(
    head_values: dict[str, dict[str, Any]], heads: tuple[str, ...], name: str, known: tuple[object, object],
    seen: set[str],
) -> Any:  # fmt: skip
    """A head's value other than the laptop's (`known`: what it holds, and what it last exchanged), one not yet put
    before the person first."""
    values = [head_values[head][name] for head in heads]
    others = [value for value in values if not same_value(value, known[0])]
    fresh = [value for value in others if stored.dumps(value) not in seen]
    unknown = [value for value in fresh if not same_value(value, known[1])]
    return (unknown or fresh or others or values)[0]


def _resolved_since(session: Any, key: Key, name: str, seq: int) -> bool:
    """Whether a person resolved the field on the laptop after the fork was first asked about."""
    events = session.scalars(
        select(AuditEvent.after_json).where(
            AuditEvent.action == RESOLVE_ACTION,
            AuditEvent.entity == key[0],
            AuditEvent.entity_id == key[1],
            AuditEvent.seq > seq,
        )
    )
    return any(name in (json.loads(after) or {}) for after in events if after)


def _key(text: str) -> Key:
    kind, _, record_id = text.partition("/")
    return kind, record_id

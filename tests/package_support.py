"""Helpers for the meeting package tests: two databases, full dumps, and editing a package file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text

from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.package.format import meeting_hash


def dump_database(ctx: ServiceContext) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order: equal dumps mean an unchanged database."""
    with ctx.db.engine.connect() as connection:
        names = sorted(inspect(connection).get_table_names())  # SQLite's FTS5 shadow tables included
        return {
            name: sorted((tuple(row) for row in connection.execute(text(f'SELECT * FROM "{name}"'))), key=repr)
            for name in names
        }


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def reseal(document: dict[str, Any]) -> dict[str, Any]:
    """Recompute each meeting's hash, as if the edited package had been exported that way."""
    for meeting in document["meetings"]:
        meeting["sync"]["content_sha256"] = meeting_hash(meeting)
    return document


def save(document: dict[str, Any], path: Path, *, sealed: bool = True) -> Path:
    if sealed:
        reseal(document)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def as_old_format(path: Path) -> Path:
    """The package as a build before the field-by-field merge wrote it: format 1, no base."""
    document = load(path)
    document["version"] = 1
    for meeting in document["meetings"]:
        meeting["sync"].pop("base_content", None)
    return save(document, path, sealed=False)


def without_sync_tables(dump: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[tuple[Any, ...]]]:
    """A dump without what a database keeps for merging (sync_base, sync_conflict), which is not its content."""
    return {name: rows for name, rows in dump.items() if not name.startswith("sync_")}

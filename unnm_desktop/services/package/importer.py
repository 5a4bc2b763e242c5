"""Meeting packages: one meeting carried from one machine to another in a single file (docs/package-format.md).

    export_package(ctx, meeting_id, out_path) -> Path
    read_package(path) -> Package                      (or PackageError: what is wrong, and where)
    preview_import(ctx, package) -> ImportReport       (what would be added / changed / kept / in conflict)
    import_package(ctx, path_or_package, on_conflict="keep"|"replace") -> ImportReport

The import is one transaction: any refusal leaves the database exactly as it was. Audit: one
`package_import` event per meeting written (with the package's hash and the meeting's hash before and
after: the package file is the detailed record, and per-row events would add hundreds of entries per import
without telling more), plus one per organisation or person added and per earlier action point whose
progress the package updates, since those records have a history of their own outside the meeting.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, Message, ValidationError
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.maintenance import signed_content_problem
from unnm_desktop.services.package.apply import (
    bumped,
    insert_directory,
    insert_placeholder_meeting,
    insert_referenced_records,
    write_meeting,
)
from unnm_desktop.services.package.format import json_to_columns, meeting_hash, table, to_json
from unnm_desktop.services.package.from_database import read_meeting
from unnm_desktop.services.package.merge import keep_base, keep_conflicts, signed_off_question
from unnm_desktop.services.package.phrases import merge_phrases
from unnm_desktop.services.package.plan import (
    APPLIED,
    REPLACED,
    ImportReport,
    MeetingResult,
    classify,
    plan_records,
)
from unnm_desktop.services.package.problems import PackageError
from unnm_desktop.services.package.read import Package, read_package
from unnm_desktop.services.package.records import entry_records
from unnm_desktop.services.package.write import build_package, export_package
from unnm_desktop.store.audit import serialise_writes
from unnm_desktop.store.search_index import reindex_meeting

__all__ = [
    "ImportReport",
    "MeetingResult",
    "Package",
    "PackageError",
    "build_package",
    "export_package",
    "import_package",
    "preview_import",
    "read_package",
]

ON_CONFLICT = ("keep", "replace")


# --- import ------------------------------------------------------------------------------------------------


def preview_import(ctx: ServiceContext, package: Package, on_conflict: str = "keep") -> ImportReport:
    """What `import_package` would do, without changing anything (refusals raise PackageError, as the import would)."""
    _check_choice(on_conflict)
    with ctx.session() as session:
        report = classify(session, package, on_conflict)
        _sourced(lambda: plan_records(session, package, report), package)
    return report


def import_package(
    ctx: ServiceContext, path_or_package: Path | str | Package, on_conflict: str = "keep", *, backup: bool = True
) -> ImportReport:
    """Merge the package into the database in one transaction; see the module docstring and the format document."""
    _check_choice(on_conflict)
    if ctx.db.read_only:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The database is open read-only; importing a package needs to write to it.")
        )
    package = path_or_package if isinstance(path_or_package, Package) else read_package(path_or_package)
    backup_path = None
    if backup and on_conflict == "replace" and not ctx.db.read_only:
        preview = preview_import(ctx, package, on_conflict)
        if preview.with_result(REPLACED):
            made = ctx.db.backup("before-package-import")  # None on a server: no file to copy
            backup_path = None if made is None else str(made)
    try:
        with ctx.session() as session:
            serialise_writes(session)  # Core writes below: on a server, the writers' turn first (store/audit.py)
            report = classify(session, package, on_conflict)
            referenced = _sourced(lambda: plan_records(session, package, report), package)
            _keep_questions(session, package, report)
            if report.changes_anything:
                _sourced(lambda: _apply(ctx, session, package, report, referenced), package)
            report.phrases_merged = merge_phrases(ctx, session, package)
    except IntegrityError as error:
        raise PackageError(
            Message(
                QT_TRANSLATE_NOOP("Errors", "it does not fit this database ({reason}); nothing was changed."),
                reason=str(error.orig).splitlines()[0],  # SQLite's words, in English
            ),
            source=package.source,
        ) from None
    report.applied, report.backup = True, backup_path
    return report


def _keep_questions(session: Session, package: Package, report: ImportReport) -> None:
    """Minutes signed off here that the package changes wait in the review of sync conflicts; once this database's
    version was kept there, the question is gone."""
    for result in report.meetings:
        entry = package.meetings[result.index]
        if result.signed_off_here:
            here, _ = read_meeting(session, entry["id"])
            keep_conflicts(session, entry["id"], [signed_off_question(here, entry)])
        elif result.declined:
            keep_conflicts(session, entry["id"], [])


def _check_choice(on_conflict: str) -> None:
    if on_conflict not in ON_CONFLICT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{choice}” is not a choice for conflicts; use keep or replace."),
            choice=on_conflict,
        )


def _sourced(step: Any, package: Package) -> Any:
    try:
        return step()
    except PackageError as error:
        if error.source is None:
            raise PackageError(error.problem, error.where, package.source) from None
        raise


def _apply(
    ctx: ServiceContext, session: Session, package: Package, report: ImportReport, referenced: list[Any]
) -> None:
    conn = session.connection()
    stamp = {"package": package.source, "package_sha256": package.file_sha256, "created_by": package.created_by}
    orgs = _missing(session, "organization", package.data["organizations"])
    people = _missing(session, "person", package.data["people"])
    insert_directory(conn, orgs, people)
    for org in orgs:
        ctx.audit(session, "organization", org["id"], "package_import", after={"acronym": org["acronym"], **stamp})
    for person in people:
        ctx.audit(session, "person", person["id"], "package_import", after={"full_name": person["full_name"], **stamp})

    written = []
    for ref in referenced:
        if not ref.exists:
            insert_placeholder_meeting(conn, ref.entry)
            report.placeholders_added.append(ref.entry["reference"])
        if not ref.exists or ref.decisions or ref.actions:
            insert_referenced_records(conn, ref.entry["id"], ref.decisions, ref.actions)
            local, _ = read_meeting(session, ref.entry["id"])
            after = {"sha256": meeting_hash(local), "placeholder": True, "result": "placeholder", **stamp}
            ctx.audit(session, "meeting", ref.entry["id"], "package_import", after=after)
            written.append(ref.entry["id"])
    copies = {a["id"]: a for r in package.data["referenced_meetings"] for a in r["action_points"]}
    inserted = {a["id"] for r in referenced for a in r.actions}
    for result in report.with_result(*APPLIED):
        entry, merge = result.entry(package), result.merge
        sync = package.meetings[result.index]["sync"]
        keep_base(session, entry["id"], entry_records(package.meetings[result.index]) if merge is None else merge.base)
        keep_conflicts(session, entry["id"], () if merge is None else merge.conflicts)
        if merge is not None and not merge.writes:
            continue  # only questions: the meeting here stays as it is
        expected = result.package_sha256 if merge is None else meeting_hash(entry)
        fu_t = table("follow_up")
        before = dict(
            session.execute(select(fu_t.c.action_id, fu_t.c.status).where(fu_t.c.meeting_id == entry["id"])).all()
        )
        write_meeting(conn, entry)
        written += _track_actions(ctx, session, entry, before, copies, inserted, report, stamp)
        local, _ = read_meeting(session, entry["id"])
        if meeting_hash(local) != expected:
            raise PackageError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "the meeting could not be stored exactly as it is in the package (an internal check failed); "
                        "nothing was changed. Please report this with the package file.",
                    )
                ),
                f"meetings[{result.index}]",
            )
        _check_signed_content(session, entry, result.index)
        after = {"sha256": expected, "result": result.result, "base": sync["base_sha256"], **stamp}
        if merge is not None:
            after |= {"package_content": result.package_sha256, "fields_taken": result.fields_taken,
                      "questions": result.questions}  # fmt: skip
        ctx.audit(session, "meeting", entry["id"], "package_import", {"sha256": result.local_sha256}, after)
        written.append(entry["id"])
    _reindex(session, written)


def _missing(session: Session, kind: str, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    t = table(kind)
    have = set(session.scalars(select(t.c.id).where(t.c.id.in_([r["id"] for r in records]))))
    return [r for r in records if r["id"] not in have]


_TRACKED = ("status", "completed_on", "completion_note")


def _track_actions(
    ctx: ServiceContext,
    session: Session,
    entry: dict[str, Any],
    before: dict[str, str | None],
    copies: dict[str, dict[str, Any]],
    inserted: set[str],
    report: ImportReport,
    stamp: dict[str, Any],
) -> list[str]:
    """An earlier action point that this meeting followed up with a new status takes the progress the package
    records for it (status, completion date and note, which may change after sign-off). Returns the meetings
    whose action points changed."""
    action_t = table("action_point")
    touched = []
    for follow_up in entry["follow_ups"]:
        action_id = follow_up["action_id"]
        copy = copies.get(action_id)
        if copy is None or action_id in inserted or follow_up["status"] is None:
            continue
        if action_id in before and before[action_id] == follow_up["status"]:
            continue
        wanted = json_to_columns("action_point", copy)
        row = session.execute(
            select(action_t.c.meeting_id, *(action_t.c[k] for k in _TRACKED)).where(action_t.c.id == action_id)
        ).one()
        if all(getattr(row, k) == wanted[k] for k in _TRACKED):
            continue
        session.connection().execute(
            update(action_t)
            .where(action_t.c.id == action_id)
            .values(bumped(action_t, {k: wanted[k] for k in _TRACKED}))
        )
        ctx.audit(
            session,
            "action_point",
            action_id,
            "package_import",
            {
                "status": row.status,
                "completed_on": to_json("date", row.completed_on),
                "completion_note": row.completion_note,
            },
            {**{k: copy[k] for k in _TRACKED}, **stamp},
        )
        report.actions_updated.append(copy["text"][:80])
        touched.append(row.meeting_id)
    return touched


def _check_signed_content(session: Session, entry: dict[str, Any], index: int) -> None:
    if entry["status"] != "signed_off":
        return
    latest_index, latest = max(enumerate(entry["sign_offs"]), key=lambda pair: pair[1]["revision"])
    problem = signed_content_problem(session, entry["id"], latest["content_json"], latest["content_sha256"])
    if problem:
        raise PackageError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the meeting's records in the package differ from the signed-off content, so the package was "
                    "altered after sign-off.",
                )
            ),
            f"meetings[{index}].sign_offs[{latest_index}]",
        )


def _reindex(session: Session, meeting_ids: list[str]) -> None:
    """Keep the full-text search index in step, inside the same transaction. The import writes with Core
    statements, which the index's ORM hook does not see, so it asks for each meeting it wrote."""
    for meeting_id in dict.fromkeys(meeting_ids):
        reindex_meeting(session, meeting_id)

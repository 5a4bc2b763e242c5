"""`check`: integrity, row counts, the audit chain, sign-off fingerprints, and a fresh verified backup."""

from __future__ import annotations

import hashlib
import json
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, Message
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.minutes.addendum_check import stored_addenda_problems
from unnm_desktop.services.minutes.content import build_content, build_contents, fingerprint, same_substance
from unnm_desktop.store.audit import verify_chain
from unnm_desktop.store.backups import check_file
from unnm_desktop.store.models import Base, Meeting, SignOff
from unnm_desktop.store.search_index import remake as remake_search_index


@dataclass
class CheckReport:
    integrity: str
    counts: dict[str, int]
    audit_events: int
    problems: list[str] = field(default_factory=list)  # Message values: shown in the GUI with error_text
    backup: Path | None = None

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and not self.problems


COUNTED_TABLES = (
    "organization",
    "person",
    "meeting",
    "attendance",
    "agenda_item",
    "decision",
    "position",
    "action_point",
    "action_follow_up",
    "sign_off",
    "audit_event",
)


def check_database(ctx: ServiceContext, *, backup: bool = True) -> CheckReport:
    problems: list[str] = []
    # SQLite's integrity check and the verified backup (copy, integrity check of the copy, fsync) are SQLite's
    # and the disk's work, done without Python's lock: they run on a second thread beside the Python work
    # (search index, audit chain, fingerprints), which on two cores takes seconds off `check` on 1,000
    # meetings. The integrity check reads the file as it was committed; the backup, made once the search index
    # is remade, integrity-checks what the check leaves.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="check") as pool:
        # On a server PostgreSQL keeps its own pages and foreign keys; its backups are IT's (docs/server.md).
        on_server = ctx.db.path is None
        integrity_checked = pool.submit(lambda: "ok") if on_server else pool.submit(check_file, ctx.db.path, full=True)
        with ctx.session() as session:
            # The search index is derived data: made right here, so a check also repairs it.
            search_entries = remake_search_index(session.connection())
            foreign = [] if on_server else session.execute(text("PRAGMA foreign_key_check")).all()
            if foreign:
                problems.append(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Errors", "{count} rows point to records that do not exist (first in table {table})."
                        ),
                        count=len(foreign),
                        table=foreign[0][0],
                    )
                )
            tables = Base.metadata.tables
            counts = {
                name: session.scalar(select(func.count()).select_from(tables[name])) or 0 for name in COUNTED_TABLES
            }
        counts["search_entry"] = search_entries
        integrity = integrity_checked.result()
        backup_made = pool.submit(ctx.db.backup, "check") if backup and integrity == "ok" and not on_server else None
        with ctx.session() as session:
            chain = verify_chain(session)
            if not chain.ok:
                problems.append(
                    Message(QT_TRANSLATE_NOOP("Errors", "The audit log is broken: {problem}."), problem=chain.problem)
                )
            problems.extend(_fingerprint_problems(session))
            problems.extend(stored_addenda_problems(session))  # issue 14: signed addenda as signed
        report = CheckReport(integrity, counts, chain.events, problems)
        if backup_made is not None:
            report.backup = backup_made.result()
    return report


def _fingerprint_problems(session: Session) -> list[str]:
    """Signed-off minutes whose current content no longer matches the fingerprint taken at sign-off.

    Every signed-off meeting is proven, as `signed_content_problem` proves one, but with the live contents
    built together (`build_contents`) rather than one meeting at a time: on 1,000 meetings that is what brings
    `check` from ~23 s to a few seconds."""
    latest = (
        select(SignOff.meeting_id, func.max(SignOff.revision).label("revision")).group_by(SignOff.meeting_id).subquery()
    )
    query = (
        select(SignOff.meeting_id, SignOff.content_json, SignOff.content_sha256, Meeting.reference)
        .join(latest, (SignOff.meeting_id == latest.c.meeting_id) & (SignOff.revision == latest.c.revision))
        .join(Meeting, Meeting.id == SignOff.meeting_id)
        .where(Meeting.status == "signed_off")
        .order_by(Meeting.start_utc, Meeting.id)  # problems are reported oldest meeting first
    )
    signed = {row.meeting_id: row for row in session.execute(query)}
    problems = []
    for meeting_id, live in build_contents(session, signed):
        record = signed[meeting_id]
        problem = _content_problem(record.content_json, record.content_sha256, live)
        if problem:
            problems.append(Message(_FINGERPRINT_PROBLEMS[problem], reference=record.reference))
    return problems


_STORED_TEXT_CHANGED = "no longer match their fingerprint: the stored signed-off text was changed outside UNNM Desktop."
_DATABASE_CHANGED = "no longer match their fingerprint: the database was changed outside UNNM Desktop."
_FINGERPRINT_PROBLEMS = {
    _STORED_TEXT_CHANGED: QT_TRANSLATE_NOOP(
        "Errors",
        "The signed-off minutes {reference} no longer match their fingerprint: the stored signed-off text was "
        "changed outside UNNM Desktop.",
    ),
    _DATABASE_CHANGED: QT_TRANSLATE_NOOP(
        "Errors",
        "The signed-off minutes {reference} no longer match their fingerprint: the database was changed outside "
        "UNNM Desktop.",
    ),
}


def signed_content_problem(session: Session, meeting_id: str, content_json: str, sha256: str) -> str | None:
    """Why the stored sign-off and the live rows disagree (the end of a sentence about the minutes, in English,
    for the log), or None when they are consistent."""
    if not _stored_text_is_sound(content_json, sha256):
        return _STORED_TEXT_CHANGED
    return _live_problem(content_json, build_content(session, meeting_id))


def _content_problem(content_json: str, sha256: str, live: dict[str, Any]) -> str | None:
    if not _stored_text_is_sound(content_json, sha256):
        return _STORED_TEXT_CHANGED
    return _live_problem(content_json, live)


def _stored_text_is_sound(content_json: str, sha256: str) -> bool:
    # The stored text is the canonical JSON whose SHA-256 is the fingerprint (signoff.py): when its own hash
    # matches, it is that very text, so parsing and re-serialising it (most of the cost) would prove nothing
    # more. Any other text (edited, or a package's differently spaced copy) takes the full road.
    if hashlib.sha256(content_json.encode("utf-8")).hexdigest() == sha256:
        return True
    try:
        return fingerprint(json.loads(content_json)) == sha256
    except ValueError:  # not even JSON any more
        return False


def _live_problem(content_json: str, live: dict[str, Any]) -> str | None:
    # Live content equal to the stored content records the same minutes; otherwise (an action's progress
    # tracked since, a name corrected) compare what must never change.
    stored = json.loads(content_json)
    if stored != live and not same_substance(stored, live):
        return _DATABASE_CHANGED
    return None

"""Deciding what a package would do to this database (the preview) and doing it (the import).

Each carried meeting gets one result, from its content hash here (T), the package's hash (P), the package's
base (B: the hash its database last exchanged by package) and the hashes this database has exchanged (K):

    not here -> added;  T == P -> unchanged;  P in K -> kept (this database has moved on from that version);
    T == B, or T is an untouched placeholder -> changed;  otherwise -> conflict (changed on both sides).

A conflict becomes "merged" when the package carries its base (format 2) and this database can vouch for it: the
meeting is merged record by record and field by field by the sync's plan (services/package/merge.py), and what
both sides changed differently waits as a sync conflict (`sync --packages --list`, File → Review sync conflicts…).
`--on-conflict replace` still replaces the whole meeting instead. A change or conflict on minutes signed off here
is a conflict that nothing overrides (it waits in the review too; keeping this database's version there settles
it at the next import).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from unnm_desktop.domain.enums import MeetingStatus
from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, Message
from unnm_desktop.services.directory.entries import acronym_key
from unnm_desktop.services.package.format import meeting_hash, table
from unnm_desktop.services.package.from_database import read_meeting, sync_history
from unnm_desktop.services.package.merge import MeetingMerge, declined, merge_meeting
from unnm_desktop.services.package.plan_messages import ELSEWHERE, NOT_IN_COPY, REFERENCE_TAKEN
from unnm_desktop.services.package.problems import PackageError
from unnm_desktop.services.package.read import Package

ADDED, CHANGED, UNCHANGED, KEPT, CONFLICT, REPLACED = "added", "changed", "unchanged", "kept", "conflict", "replaced"
MERGED = "merged"
APPLIED = (ADDED, CHANGED, REPLACED, MERGED)


@dataclass
class MeetingResult:
    index: int
    meeting_id: str
    reference: str
    title: str
    result: str
    reason: str = ""  # a Message: the GUI shows it with error_text
    signed_off_here: bool = False  # a conflict that --on-conflict replace cannot resolve
    local_sha256: str | None = None
    package_sha256: str = ""
    fields_taken: int = 0  # merged: fields (or whole records) taken from the package
    questions: int = 0  # merged, or signed off here: conflicts waiting for review
    declined: bool = False  # kept: a person kept this database's signed-off version in the review
    merge: MeetingMerge | None = field(default=None, repr=False)

    def entry(self, package: Package) -> dict[str, Any]:
        """The meeting as the import writes it: the merged one, else the package's."""
        return package.meetings[self.index] if self.merge is None else self.merge.entry


@dataclass
class ImportReport:
    """What an import would do (preview) or did: per meeting, and for the directory and earlier meetings."""

    source: str
    created_at: str
    created_by: str
    app_version: str
    meetings: list[MeetingResult]
    organizations_added: list[str] = field(default_factory=list)
    organizations_reused: int = 0
    people_added: list[str] = field(default_factory=list)
    people_reused: int = 0
    placeholders_added: list[str] = field(default_factory=list)
    actions_updated: list[str] = field(default_factory=list)
    phrases_merged: int = 0  # phrase bank formulas added or updated (services/package/phrases.py)
    warnings: list[str] = field(default_factory=list)  # Message values: the GUI shows them with error_text
    applied: bool = False
    backup: str | None = None

    def with_result(self, *results: str) -> list[MeetingResult]:
        return [m for m in self.meetings if m.result in results]

    @property
    def conflicts(self) -> list[MeetingResult]:
        return self.with_result(CONFLICT)

    @property
    def changes_anything(self) -> bool:
        return bool(self.with_result(*APPLIED))


@dataclass
class _Referenced:
    index: int
    entry: dict[str, Any]
    exists: bool
    placeholder_sha256: str | None  # set when the local copy is an untouched placeholder
    decisions: list[dict[str, Any]] = field(default_factory=list)  # to insert
    actions: list[dict[str, Any]] = field(default_factory=list)  # to insert


_KEPT_REASON = Message(QT_TRANSLATE_NOOP("Errors", "this database already had that version and has changed it since"))
_CONFLICT_REASON = Message(QT_TRANSLATE_NOOP("Errors", "changed both here and in the package since they last matched"))
_DECLINED_REASON = Message(QT_TRANSLATE_NOOP("Errors", "this database's signed-off version was kept in the review"))
_SIGNED_OFF_REASON = Message(
    QT_TRANSLATE_NOOP("Errors", "signed off here, and an import never changes signed-off minutes (reopen them first)")
)


def classify(session: Session, package: Package, on_conflict: str) -> ImportReport:
    report = ImportReport(package.source, package.created_at, package.created_by, package.app_version, [])
    meeting_t = table("meeting")
    for index, entry in enumerate(package.meetings):
        digest = package.hashes[index]
        row = session.execute(select(meeting_t.c.status).where(meeting_t.c.id == entry["id"])).first()
        result = MeetingResult(index, entry["id"], entry["reference"], entry["title"], ADDED, package_sha256=digest)
        report.meetings.append(result)
        if row is None:
            continue
        local, _ = read_meeting(session, entry["id"])
        result.local_sha256 = here = meeting_hash(local)
        history = sync_history(session, entry["id"])
        if here == digest:
            result.result = UNCHANGED
        elif digest in {h["sha256"] for h in history}:
            result.result, result.reason = KEPT, _KEPT_REASON
        elif here == entry["sync"]["base_sha256"] or _untouched_placeholder(history, here):
            result.result = CHANGED
        else:
            result.result = CONFLICT
            result.reason = _CONFLICT_REASON
        if result.result in (CHANGED, CONFLICT) and row.status == MeetingStatus.SIGNED_OFF:
            if declined(session, entry["id"]):
                result.result, result.reason, result.declined = KEPT, _DECLINED_REASON, True
                continue
            result.result, result.signed_off_here, result.questions = CONFLICT, True, 1
            result.reason = _SIGNED_OFF_REASON
        elif result.result == CONFLICT and on_conflict == "replace":
            result.result = REPLACED
        elif result.result == CONFLICT:
            _merge(session, result, local, entry)
    return report


def _merge(session: Session, result: MeetingResult, local: dict[str, Any], entry: dict[str, Any]) -> None:
    merged = merge_meeting(session, local, entry)
    if merged is not None:
        result.result, result.reason, result.merge = MERGED, "", merged
        result.fields_taken, result.questions = merged.fields_taken, len(merged.conflicts)


def _untouched_placeholder(history: list[dict[str, Any]], here: str) -> bool:
    return bool(history) and bool(history[-1].get("placeholder")) and history[-1]["sha256"] == here


def plan_records(session: Session, package: Package, report: ImportReport) -> list[_Referenced]:
    """Earlier meetings and directory records the applied meetings need; refuses clashes with this database."""
    applied = [m.entry(package) for m in report.with_result(*APPLIED)]
    _directory(session, package, report)
    if not applied:
        report.organizations_added.clear()
        report.people_added.clear()
        report.warnings.clear()
        return []
    referenced = _referenced_meetings(session, package, applied)
    for entry_index, entry in ((m.index, m.entry(package)) for m in report.with_result(*APPLIED)):
        _refuse_clashes(session, entry, ("meetings", entry_index))
    for ref in referenced:
        if not ref.exists:
            _refuse_reference_clash(session, "meeting", ref.entry, ("referenced_meetings", ref.index))
        for j, decision in enumerate(ref.decisions):
            _refuse_reference_clash(session, "decision", decision, ("referenced_meetings", ref.index, "decisions", j))
    return referenced


def _referenced_meetings(session: Session, package: Package, applied: list[dict[str, Any]]) -> list[_Referenced]:
    needed = _needed_references(package, applied)
    result = []
    meeting_t = table("meeting")
    for index, ref in enumerate(package.data["referenced_meetings"]):
        if ref["id"] not in needed:
            continue
        exists = session.execute(select(meeting_t.c.id).where(meeting_t.c.id == ref["id"])).first() is not None
        placeholder = _untouched_placeholder_hash(session, ref["id"]) if exists else None
        item = _Referenced(index, ref, exists, placeholder)
        _collect_missing_records(session, package, item, needed[ref["id"]])
        result.append(item)
    return result


def _needed_references(package: Package, applied: list[dict[str, Any]]) -> dict[str, set[str]]:
    """Referenced meeting id -> ids of its records that the applied meetings need."""
    carried = {m["id"] for m in package.meetings}
    needed: dict[str, set[str]] = {}
    for entry in applied:
        if entry["previous_meeting_id"] and entry["previous_meeting_id"] not in carried:
            needed.setdefault(entry["previous_meeting_id"], set())
        wanted = {f["action_id"] for f in entry["follow_ups"]} | {d["supersedes_id"] for d in entry["decisions"]}
        for ref in package.data["referenced_meetings"]:
            records = {r["id"] for r in ref["action_points"]} | {r["id"] for r in ref["decisions"]}
            if records & wanted:
                needed.setdefault(ref["id"], set()).update(records & wanted)
    return needed


def _untouched_placeholder_hash(session: Session, meeting_id: str) -> str | None:
    """The meeting's content hash here if it is a placeholder no one has changed since an import made it."""
    history = sync_history(session, meeting_id)
    local, _ = read_meeting(session, meeting_id)
    here = meeting_hash(local)
    return here if _untouched_placeholder(history, here) else None


def _collect_missing_records(session: Session, package: Package, item: _Referenced, needed: set[str]) -> None:
    """Add to `item` the needed decisions and action points not here yet; PackageError if one cannot be added."""
    ref, index = item.entry, item.index
    for kind, key in (("decision", "decisions"), ("action_point", "action_points")):
        t = table(kind)
        for j, record in enumerate(ref[key]):
            if record["id"] not in needed:
                continue
            owner = session.execute(select(t.c.meeting_id).where(t.c.id == record["id"])).scalar()
            path = f"referenced_meetings[{index}].{key}[{j}]"
            if owner is not None and owner != ref["id"]:
                raise PackageError(Message(ELSEWHERE[kind], id=record["id"]), path, package.source)
            if owner is None and item.exists and item.placeholder_sha256 is None:
                raise PackageError(Message(NOT_IN_COPY[kind], reference=ref["reference"]), path, package.source)
            if owner is None:
                (item.decisions if kind == "decision" else item.actions).append(record)


def _directory(session: Session, package: Package, report: ImportReport) -> None:
    org_t, person_t, alias_t = table("organization"), table("person"), table("alias")
    orgs = package.data["organizations"]
    have_orgs = set(session.scalars(select(org_t.c.id).where(org_t.c.id.in_([o["id"] for o in orgs]))))
    local_keys = {
        acronym_key(row.acronym): row.acronym
        for row in session.execute(select(org_t.c.acronym).where(org_t.c.merged_into_id.is_(None)))
    }
    for i, org in enumerate(orgs):
        if org["id"] in have_orgs:
            report.organizations_reused += 1
            continue
        report.organizations_added.append(org["acronym"])
        if acronym_key(org["acronym"]) in local_keys:
            report.warnings.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The package's {acronym} is a different record from {local} here; both are kept. If they are "
                        "the same organisation, merge them under People & organisations.",
                    ),
                    acronym=org["acronym"],
                    local=local_keys[acronym_key(org["acronym"])],
                )
            )
        alias_ids = [a["id"] for a in org["aliases"]]
        if alias_ids and session.execute(select(alias_t.c.id).where(alias_t.c.id.in_(alias_ids))).first():
            raise PackageError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Errors", "an alias id of this organisation belongs to another organisation here."
                    )
                ),
                f"organizations[{i}].aliases",
                package.source,
            )
    people = package.data["people"]
    have_people = set(session.scalars(select(person_t.c.id).where(person_t.c.id.in_([p["id"] for p in people]))))
    for person in people:
        if person["id"] in have_people:
            report.people_reused += 1
        else:
            report.people_added.append(person["full_name"])


_CHILDREN = (
    ("attendance", "attendance", "meeting_id"),
    ("agenda_item", "agenda_items", "meeting_id"),
    ("decision", "decisions", "meeting_id"),
    ("action_point", "action_points", "meeting_id"),
    ("follow_up", "follow_ups", "meeting_id"),
    ("sign_off", "sign_offs", "meeting_id"),
)


def _refuse_clashes(session: Session, entry: dict[str, Any], base: tuple[str, int]) -> None:
    """Ids that belong to other records here, references already taken, rows that others still need."""
    where = f"{base[0]}[{base[1]}]"
    mid = entry["id"]
    for kind, key, parent in _CHILDREN:
        t = table(kind)
        ids = [r["id"] for r in entry[key]]
        for chunk in _chunks(ids):
            for row in session.execute(select(t.c.id, t.c[parent]).where(t.c.id.in_(chunk), t.c[parent] != mid)):
                raise PackageError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "the record {id} belongs to another meeting in this database; the package is not "
                            "consistent with it.",
                        ),
                        id=row.id,
                    ),
                    f"{where}.{key}[{ids.index(row.id)}].id",
                )
    nested = (
        ("position", "decision_id", [(d["id"], p["id"]) for d in entry["decisions"] for p in d["positions"]]),
        ("signatory", "sign_off_id", [(s["id"], g["id"]) for s in entry["sign_offs"] for g in s["signatories"]]),
    )
    for kind, parent, pairs in nested:
        owner_of = dict((child, owner) for owner, child in pairs)
        t = table(kind)
        for chunk in _chunks(list(owner_of)):
            for row in session.execute(select(t.c.id, t.c[parent]).where(t.c.id.in_(chunk))):
                if row[1] != owner_of[row.id]:
                    raise PackageError(
                        Message(
                            QT_TRANSLATE_NOOP("Errors", "the record {id} belongs to another record in this database."),
                            id=row.id,
                        ),
                        where,
                    )
    _refuse_reference_clash(session, "meeting", entry, base)
    for j, decision in enumerate(entry["decisions"]):
        _refuse_reference_clash(session, "decision", decision, (*base, "decisions", j))
    kept_actions = {a["id"] for a in entry["action_points"]}
    act_t, fu_t, dec_t = table("action_point"), table("follow_up"), table("decision")
    needed = session.execute(
        select(act_t.c.text, fu_t.c.meeting_id)
        .join(fu_t, fu_t.c.action_id == act_t.c.id)
        .where(act_t.c.meeting_id == mid, fu_t.c.meeting_id != mid, act_t.c.id.not_in(kept_actions))
    ).first()
    if needed:
        raise PackageError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the package removes the action point “{text}”, which a later meeting here follows up; it cannot "
                    "be removed by an import.",
                ),
                text=needed.text[:60],
            ),
            where,
        )
    kept_decisions = {d["id"] for d in entry["decisions"]}
    superseded = session.execute(
        select(dec_t.c.reference).where(
            dec_t.c.meeting_id != mid,
            dec_t.c.supersedes_id.in_(
                select(dec_t.c.id).where(dec_t.c.meeting_id == mid, dec_t.c.id.not_in(kept_decisions))
            ),
        )
    ).first()
    if superseded:
        raise PackageError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the package removes a decision that decision {reference} here supersedes; it cannot be removed "
                    "by an import.",
                ),
                reference=superseded.reference,
            ),
            where,
        )


def _refuse_reference_clash(session: Session, kind: str, record: dict[str, Any], path: tuple[Any, ...]) -> None:
    t = table(kind)
    other = session.execute(select(t.c.id).where(t.c.reference == record["reference"], t.c.id != record["id"])).first()
    if other:
        where = f"{path[0]}[{path[1]}]" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path[2:])
        raise PackageError(Message(REFERENCE_TAKEN[kind], reference=record["reference"]), f"{where}.reference")


def _chunks(ids: list[str], size: int = 500) -> list[list[str]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]

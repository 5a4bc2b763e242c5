"""Meeting packages between two databases: round trip, idempotence, reuse, conflicts, sign-offs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import SmallMeeting, small_meeting
from engine_fixtures import NewDatabase, Templates
from package_support import as_old_format, dump_database, load, save, without_sync_tables
from sqlalchemy import select, text

from unnm_desktop.domain import enums
from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.resources import resource_path
from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.desk.search import search
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.maintenance import check_database
from unnm_desktop.services.meeting import agenda, decisions, meetings
from unnm_desktop.services.minutes import signoff
from unnm_desktop.services.minutes.content import build_content
from unnm_desktop.services.package.format import FIELDS
from unnm_desktop.services.package.from_database import read_meeting, read_organizations, read_people
from unnm_desktop.services.package.importer import (
    PackageError,
    export_package,
    import_package,
    preview_import,
    read_package,
)
from unnm_desktop.services.package.schema import SUPPORTED_KEYWORDS, package_schema
from unnm_desktop.store import search_index
from unnm_desktop.store.models import AuditEvent, Organization, Person

ROOT = Path(__file__).resolve().parent.parent


_BUILT = pytest.StashKey[SmallMeeting]()


@pytest.fixture
def source(new_db: NewDatabase, templates: Templates, request: pytest.FixtureRequest) -> Iterator[ServiceContext]:
    """The rapporteur's new database; holding what `small_meeting(source)` builds when the test asks for `built`."""
    path = new_db("rapporteur", empty=False)
    if "built" in request.fixturenames:
        request.node.stash[_BUILT] = templates.copy_small_meeting_to(path, actor="Rapporteur")
        context = open_context(path, actor="Rapporteur")
    else:
        context = templates.open_new(path, actor="Rapporteur")
    yield context
    context.close()


@pytest.fixture
def built(source: ServiceContext, request: pytest.FixtureRequest) -> SmallMeeting:
    """`small_meeting(source)`, already built in `source`'s database (copied from a template)."""
    return request.node.stash[_BUILT]


@pytest.fixture
def demo_source(new_db: NewDatabase, templates: Templates) -> Iterator[ServiceContext]:
    """`source` after `demo.fill_demo(source)`, copied from the session's template."""
    context = templates.open_new(new_db("rapporteur", empty=False), actor="Rapporteur", demo_meetings=3)
    yield context
    context.close()


@pytest.fixture
def target(new_db: NewDatabase, templates: Templates) -> Iterator[ServiceContext]:
    context = templates.open_new(new_db("secretariat", empty=False), actor="Secretariat")
    yield context
    context.close()


def content(ctx: ServiceContext, meeting_id: str) -> dict:
    with ctx.session() as session:
        return build_content(session, meeting_id)


def directory_rows(ctx: ServiceContext, package: dict) -> tuple[list, list]:
    with ctx.session() as session:
        return (
            read_organizations(session, {o["id"] for o in package["organizations"]}),
            read_people(session, {p["id"] for p in package["people"]}),
        )


def audit_count(ctx: ServiceContext) -> int:
    with ctx.session() as session:
        return len(session.scalars(select(AuditEvent.seq)).all())


def test_round_trip_leaves_the_second_database_identical_for_each_meeting(
    demo_source: ServiceContext, target: ServiceContext, tmp_path: Path
) -> None:
    source = demo_source
    listed = meetings.list_meetings(source)
    assert {m.status for m in listed} == {"draft", "signed_off"}
    with source.session() as session:  # progress noted between meetings travels too
        session.execute(text("UPDATE action_point SET completion_note = 'Sent on 3 July — ✓'"))
        search_index.rebuild(session.connection())
    for meeting in listed:  # newest first: earlier meetings arrive as placeholders, then get filled in
        path = export_package(source, meeting.id, tmp_path / f"{meeting.reference.replace('/', '-')}.unnm.json")
        report = import_package(target, path)
        assert report.applied and not report.conflicts
        assert [m.result for m in report.meetings] in (["added"], ["changed"])
    for meeting in listed:
        assert content(target, meeting.id) == content(source, meeting.id)
        assert package_entry(target, meeting.id) == package_entry(source, meeting.id)
        assert search_entries(target, meeting.id) == search_entries(source, meeting.id)
        package = load(tmp_path / f"{meeting.reference.replace('/', '-')}.unnm.json")
        assert directory_rows(target, package) == directory_rows(source, package)
    assert check_database(target, backup=False).ok


def package_entry(ctx: ServiceContext, meeting_id: str) -> dict:
    """Every field of the meeting and its rows, beyond what the minutes show (e.g. completion notes)."""
    with ctx.session() as session:
        return read_meeting(session, meeting_id)[0]


def search_entries(ctx: ServiceContext, meeting_id: str) -> list[tuple]:
    with ctx.db.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT kind, record_id, folded FROM search_entry WHERE meeting_id = :m"), {"m": meeting_id}
        )
        return sorted(tuple(r) for r in rows)


def test_unusual_text_imports_exactly(source: ServiceContext, target: ServiceContext, tmp_path: Path) -> None:
    built = small_meeting(source, title="Göç ve İnsan Hareketliliği — اجتماع الشبكة 🌍")
    note = "İstanbul'da ışık\tşöyle:\r\n- ليلى الحسن ‏(RTL)‏ 👩🏽‍⚖️\n\n" + "Çok uzun not. " * 140_000
    agenda.set_notes(source, built.item_id, note)
    decision_id = decisions.add_decision(source, built.meeting_id, text="Karar: «göç» 𝔘𝔑", agenda_item_id=built.item_id)
    decisions.set_position(source, decision_id, built.orgs["PMM"], "reservation", statement="Çekince — تحفظ")
    path = export_package(source, built.meeting_id, tmp_path / "p.json")
    raw = path.read_bytes()
    assert "ışık".encode() in raw and b"\\u" not in raw  # UTF-8 as is, not escaped
    import_package(target, path)
    assert agenda.get_item(target, built.item_id).notes_md == note
    assert content(target, built.meeting_id) == content(source, built.meeting_id)


def test_importing_the_same_package_again_changes_nothing(
    demo_source: ServiceContext, target: ServiceContext, tmp_path: Path
) -> None:
    source = demo_source
    signed = next(m for m in meetings.list_meetings(source) if m.reference == "UNNM-TR/2021/1")
    path = export_package(source, signed.id, tmp_path / "p.json")
    import_package(target, path)
    before = dump_database(target)
    report = import_package(target, path)
    assert [m.result for m in report.meetings] == ["unchanged"]
    assert not report.people_added and not report.organizations_added and not report.placeholders_added
    assert dump_database(target) == before


def test_people_and_organisations_already_present_are_reused(
    source: ServiceContext, built: SmallMeeting, target: ServiceContext, tmp_path: Path
) -> None:
    second = meetings.create_next_meeting(source, built.meeting_id, title="Second", start="2023-12-07 10:00")
    import_package(target, export_package(source, built.meeting_id, tmp_path / "1.json"))
    with target.session() as session:
        people, orgs = session.query(Person).count(), session.query(Organization).count()
    report = import_package(target, export_package(source, second, tmp_path / "2.json"))
    assert report.people_added == [] and report.people_reused == len(load(tmp_path / "2.json")["people"])
    assert report.organizations_added == []
    with target.session() as session:
        assert (session.query(Person).count(), session.query(Organization).count()) == (people, orgs)
    # The starter directory has the same ids everywhere, so IOM is one record on both machines.
    assert directory.find_organization(target, "IOM").id == built.orgs["IOM"]


def test_a_change_on_one_side_only_is_taken(
    source: ServiceContext, built: SmallMeeting, target: ServiceContext, tmp_path: Path
) -> None:
    import_package(target, export_package(source, built.meeting_id, tmp_path / "1.json"))
    meetings.update_meeting(source, built.meeting_id, title="Renamed on the laptop", venue="UN House")
    agenda.set_notes(source, built.item_id, "Notes typed after the first export")
    report = import_package(target, export_package(source, built.meeting_id, tmp_path / "2.json"))
    assert [m.result for m in report.meetings] == ["changed"]
    assert content(target, built.meeting_id) == content(source, built.meeting_id)
    # The older package again: this database has moved on, so it is kept as it is.
    before = dump_database(target)
    report = import_package(target, tmp_path / "1.json")
    assert [m.result for m in report.meetings] == ["kept"] and not report.conflicts
    assert dump_database(target) == before
    # And back the other way: the secretariat's edit reaches the laptop as a plain change.
    meetings.update_meeting(target, built.meeting_id, title="Corrected by the secretariat")
    report = import_package(source, export_package(target, built.meeting_id, tmp_path / "3.json"))
    assert [m.result for m in report.meetings] == ["changed"]
    assert meetings.get_meeting(source, built.meeting_id).title == "Corrected by the secretariat"


def test_a_meeting_changed_on_both_sides_is_a_conflict_until_replace(
    source: ServiceContext, built: SmallMeeting, target: ServiceContext, tmp_path: Path
) -> None:
    """A package without a base (format 1, as older builds write it): decided per whole meeting, as it always was;
    tests/test_package_merge.py has the merge of packages that carry one."""
    import_package(target, export_package(source, built.meeting_id, tmp_path / "1.json"))
    meetings.update_meeting(source, built.meeting_id, title="Laptop title")
    meetings.update_meeting(target, built.meeting_id, title="Secretariat title")
    path = as_old_format(export_package(source, built.meeting_id, tmp_path / "2.json"))

    preview = preview_import(target, read_package(path))
    assert [m.result for m in preview.conflicts] == ["conflict"] and not preview.applied
    before = dump_database(target)
    report = import_package(target, path)
    assert [m.result for m in report.meetings] == ["conflict"]
    assert "both here and in the package" in report.conflicts[0].reason
    assert dump_database(target) == before
    assert meetings.get_meeting(target, built.meeting_id).title == "Secretariat title"

    report = import_package(target, path, on_conflict="replace")
    assert [m.result for m in report.meetings] == ["replaced"]
    if target.path is None:  # a server's backups are pg_dump's: none is made, and none is reported
        assert report.backup is None
    else:
        assert report.backup and Path(report.backup).is_file()
    assert content(target, built.meeting_id) == content(source, built.meeting_id)
    assert import_package(target, path).meetings[0].result == "unchanged"


def test_signed_off_minutes_here_are_never_altered(
    source: ServiceContext, built: SmallMeeting, target: ServiceContext, tmp_path: Path
) -> None:
    import_package(target, export_package(source, built.meeting_id, tmp_path / "1.json"))
    signoff.sign_off(target, built.meeting_id, [signoff.SignatoryInput("Ayşe Yılmaz", role="Chair")], backup=False)
    meetings.update_meeting(source, built.meeting_id, title="Edited after the handover")
    path = export_package(source, built.meeting_id, tmp_path / "2.json")
    before = without_sync_tables(dump_database(target))
    for choice in ("keep", "replace"):
        report = import_package(target, path, on_conflict=choice)
        assert [m.result for m in report.meetings] == ["conflict"] and report.conflicts[0].signed_off_here
        assert without_sync_tables(dump_database(target)) == before


def test_signed_off_minutes_travel_and_stay_consistent(
    source: ServiceContext, built: SmallMeeting, target: ServiceContext, tmp_path: Path
) -> None:
    signoff.sign_off(source, built.meeting_id, [signoff.SignatoryInput("Ayşe Yılmaz", role="Chair")], backup=False)
    import_package(target, export_package(source, built.meeting_id, tmp_path / "1.json"))
    assert (
        signoff.sign_offs(target, built.meeting_id)[0]["sha256"]
        == signoff.sign_offs(source, built.meeting_id)[0]["sha256"]
    )
    assert check_database(target, backup=False).ok


def test_tampered_signed_off_content_is_refused(
    source: ServiceContext, built: SmallMeeting, target: ServiceContext, tmp_path: Path
) -> None:
    agenda.set_notes(source, built.item_id, "The network agreed on the workplan.")
    signoff.sign_off(source, built.meeting_id, [signoff.SignatoryInput("Ayşe Yılmaz", role="Chair")], backup=False)
    package = load(export_package(source, built.meeting_id, tmp_path / "p.json"))
    before = dump_database(target)

    altered = json.loads(json.dumps(package))
    record = altered["meetings"][0]["sign_offs"][0]
    record["content_json"] = record["content_json"].replace("agreed on", "rejected")
    with pytest.raises(PackageError, match=r"meetings\[0\]\.sign_offs\[0\]\.content_sha256.*fingerprint"):
        import_package(target, save(altered, tmp_path / "a.json"))

    altered = json.loads(json.dumps(package))  # the rows changed, the signed-off content left alone
    altered["meetings"][0]["agenda_items"][0]["notes_md"] = "The network rejected the workplan."
    with pytest.raises(PackageError, match=r"meetings\[0\]\.sign_offs\[0\].*altered after sign-off"):
        import_package(target, save(altered, tmp_path / "b.json"))
    assert dump_database(target) == before


def test_audit_events_of_an_import(
    source: ServiceContext, built: SmallMeeting, target: ServiceContext, tmp_path: Path
) -> None:
    count = audit_count(target)
    report = import_package(target, export_package(source, built.meeting_id, tmp_path / "p.json"))
    with target.session() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.seq > count)).all()
    kinds = sorted((e.entity, e.action) for e in events)
    assert kinds == sorted([("meeting", "package_import")] + [("person", "package_import")] * len(report.people_added))
    meeting_event = next(e for e in events if e.entity == "meeting")
    assert json.loads(meeting_event.after_json)["sha256"] == report.meetings[0].package_sha256


def test_search_finds_an_imported_meeting_at_once(
    source: ServiceContext, target: ServiceContext, tmp_path: Path
) -> None:
    """The import writes with Core statements, which the index's ORM hook does not see: it re-indexes
    each meeting it wrote, in the same transaction."""
    built = small_meeting(source, title="Göç İdaresi ile eşgüdüm toplantısı")
    agenda.set_notes(source, built.item_id, "Işıklı Şırnak ziyareti")
    import_package(target, export_package(source, built.meeting_id, tmp_path / "p.json"))
    with target.session() as session:
        assert search_index.pending_records(session.connection()) == set()
    found = {(r.kind, r.meeting_id) for r in search(target, "esgudum")}
    assert found == {("meeting", built.meeting_id)}
    assert [r.agenda_item_id for r in search(target, "işıklı şırnak")] == [built.item_id]


def test_export_refuses_a_missing_folder_and_writes_nothing_half(
    source: ServiceContext, built: SmallMeeting, tmp_path: Path
) -> None:
    with pytest.raises(UserFacingError, match="does not exist"):
        export_package(source, built.meeting_id, tmp_path / "nowhere" / "p.json")
    target = tmp_path / "p.json"
    target.write_text("old", encoding="utf-8")
    export_package(source, built.meeting_id, target)
    assert load(target)["format"] == "unnm-meeting-package"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []


def test_the_schema_ships_with_the_app_and_matches_the_code() -> None:
    shipped = resource_path("schemas", "package-format.schema.json").read_text(encoding="utf-8")
    assert (ROOT / "docs" / "package-format.schema.json").read_text(encoding="utf-8") == shipped
    schema = package_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"

    def keywords(node: object) -> set[str]:
        found: set[str] = set()
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("properties", "$defs"):
                    for sub in value.values():
                        found |= keywords(sub)
                else:
                    found.add(key)
                    found |= keywords(value)
        elif isinstance(node, list):
            for item in node:
                found |= keywords(item)
        return found

    assert keywords(schema) <= SUPPORTED_KEYWORDS
    defs = schema["$defs"]
    for kind, definition in (
        ("organization", "organization"),
        ("alias", "alias"),
        ("person", "person"),
        ("meeting", "meeting"),
        ("attendance", "attendance"),
        ("agenda_item", "agendaItem"),
        ("decision", "decision"),
        ("position", "position"),
        ("action_point", "actionPoint"),
        ("follow_up", "followUp"),
        ("sign_off", "signOff"),
        ("signatory", "signatory"),
    ):
        assert set(FIELDS[kind][1]) <= set(defs[definition]["properties"]), kind
    assert defs["decision"]["properties"]["outcome"]["enum"] == [o.value for o in enums.Outcome]
    assert defs["position"]["properties"]["kind"]["enum"] == [k.value for k in enums.PositionKind]
    assert defs["meeting"]["properties"]["status"]["enum"] == [s.value for s in enums.MeetingStatus]


def test_a_superseded_decision_of_an_earlier_meeting_travels_with_the_later_one(
    source: ServiceContext, built: SmallMeeting, target: ServiceContext, tmp_path: Path
) -> None:
    earlier = decisions.add_decision(source, built.meeting_id, text="Workplan 2023", agenda_item_id=built.item_id)
    later_meeting = meetings.create_next_meeting(source, built.meeting_id, title="Next", start="2024-01-11 10:00")
    later = decisions.add_decision(source, later_meeting, text="Workplan 2024 replaces 2023")
    decisions.update_decision(source, later, supersedes_id=earlier)
    report = import_package(target, export_package(source, later_meeting, tmp_path / "later.json"))
    assert report.placeholders_added == [meetings.get_meeting(source, built.meeting_id).reference]
    assert content(target, later_meeting) == content(source, later_meeting)
    assert decisions.get_decision(target, earlier).text == "Workplan 2023"
    with pytest.raises(UserFacingError, match="only a placeholder"):
        export_package(target, built.meeting_id, tmp_path / "placeholder.json")
    report = import_package(target, export_package(source, built.meeting_id, tmp_path / "earlier.json"))
    assert [m.result for m in report.meetings] == ["changed"]  # the placeholder is filled in
    assert content(target, built.meeting_id) == content(source, built.meeting_id)


def test_a_locked_package_target_gives_the_clear_message_and_keeps_the_old_file(
    source: ServiceContext, built: SmallMeeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to replace a file another program holds open: the package export says so, as the
    Word export does (unnm_desktop/files.py), and the file there stays as it was."""
    import os

    target = tmp_path / "UNNM-TR_2023_1.unnmpkg"
    target.write_bytes(b"the package a colleague has open")
    events = audit_count(source)

    def locked(_source: object, _destination: object) -> None:
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(UserFacingError, match=r"UNNM-TR_2023_1\.unnmpkg cannot be replaced: it is open in another"):
        export_package(source, built.meeting_id, target)
    assert target.read_bytes() == b"the package a colleague has open"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []
    assert audit_count(source) == events  # nothing was written, so no export is recorded


def test_a_package_write_that_fails_leaves_no_half_written_file(
    source: ServiceContext, built: SmallMeeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    target = tmp_path / "p.unnmpkg"

    def disk_full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(UserFacingError, match=r"p.unnmpkg could not be written \(No space left on device\)"):
        export_package(source, built.meeting_id, target)
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".unnmpkg", ".tmp")] == []


def test_a_folder_as_package_target_asks_for_a_package_file_name(
    source: ServiceContext, built: SmallMeeting, tmp_path: Path
) -> None:
    with pytest.raises(UserFacingError, match=r"is a folder; give a file name ending in \.unnmpkg"):
        export_package(source, built.meeting_id, tmp_path)

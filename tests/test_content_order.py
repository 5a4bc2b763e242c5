"""The minutes' content has a total order (issue 15): the same records give the same content and fingerprint
whatever order their rows were written or are returned in, packages of signed-off minutes import into a fresh
database, and minutes signed off under the old rule (ties in the database's order) still verify and import."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from database_templates import DatabaseTemplates
from engine_fixtures import NewDatabase, Templates, outside_edit
from order_support import TIED_TEXT, as_the_old_rule_stored_it, content, tied_meetings, write_shuffled
from sqlalchemy import func, select

from unnm_desktop.export import export_meeting, verify_docx
from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.maintenance import check_database
from unnm_desktop.services.minutes.content import canonical_json, fingerprint, same_substance
from unnm_desktop.services.package.importer import export_package, import_package
from unnm_desktop.store.models import ActionFollowUp, ActionPoint, Meeting, SignOff

pytest_plugins = ("large_demo_fixtures",)

SEEDS = (1, 2, 3, 5, 8, 13)


def _stored_sign_off(ctx: ServiceContext, meeting_id: str) -> tuple[str, str]:
    with ctx.session() as session:
        record = session.scalars(
            select(SignOff).where(SignOff.meeting_id == meeting_id).order_by(SignOff.revision.desc())
        ).first()
        return record.content_json, record.content_sha256


def _assert_same_minutes(ctx: ServiceContext, expected: dict[str, dict], meeting_ids: tuple[str, ...]) -> None:
    """Same content and fingerprint from the live rows, read forwards and backwards; and the newest meeting
    (whose action points no later meeting has tracked since) rebuilds its stored signed-off content exactly."""
    for meeting_id in meeting_ids:
        for backwards in (False, True):
            live = content(ctx, meeting_id, backwards=backwards)
            assert live == expected[meeting_id]
            assert fingerprint(live) == fingerprint(expected[meeting_id])
        stored_json, stored_sha = _stored_sign_off(ctx, meeting_id)
        assert same_substance(json.loads(stored_json), expected[meeting_id])
    assert canonical_json(expected[meeting_ids[-1]]) == stored_json
    assert fingerprint(expected[meeting_ids[-1]]) == stored_sha
    assert check_database(ctx, backup=False).ok


def test_the_order_rows_were_written_in_changes_neither_content_nor_fingerprint(
    tmp_path: Path, templates: Templates, new_db: NewDatabase
) -> None:
    with templates.open_new(new_db("source", empty=False), actor="Rapporteur") as source:
        tied = tied_meetings(source)
        ids = (tied.earlier_id, tied.later_id)
        expected = {m: content(source, m) for m in ids}
        later = expected[tied.later_id]
        assert [f["action"]["text"] for f in later["follow_ups"]].count(TIED_TEXT) == 3  # the ties are there
        assert [a["text"] for a in later["actions"]] == [TIED_TEXT, TIED_TEXT]
        _assert_same_minutes(source, expected, ids)
        packages = {m: export_package(source, m, tmp_path / f"{m}.unnm.json") for m in ids}

    for seed in SEEDS:
        rng = random.Random(seed)
        order = list(ids) if seed % 2 else list(reversed(ids))  # the later meeting first leaves a placeholder
        with templates.open_new(new_db(f"shuffled-{seed}", empty=False), actor="Secretariat") as shuffled_db:
            for meeting_id in order:
                package = write_shuffled(packages[meeting_id], tmp_path / f"shuffled-{seed}-{meeting_id}.json", rng)
                report = import_package(shuffled_db, package, backup=False)
                assert report.meetings[0].result in ("added", "changed"), report.meetings[0]
            _assert_same_minutes(shuffled_db, expected, ids)
            again = {m: export_package(shuffled_db, m, tmp_path / f"again-{seed}-{m}.json") for m in ids}
        with templates.open_new(new_db(f"round-trip-{seed}", empty=False), actor="Secretariat") as round_trip:
            for meeting_id in order:
                assert import_package(round_trip, again[meeting_id], backup=False).meetings[0].result != "conflict"
            _assert_same_minutes(round_trip, expected, ids)


def _meetings_with_tied_follow_ups(ctx: ServiceContext) -> set[str]:
    """Meetings that follow up two action points of one earlier meeting with the same text (issue 15's case)."""
    with ctx.session() as session:
        rows = session.execute(
            select(ActionFollowUp.meeting_id)
            .join(ActionPoint, ActionPoint.id == ActionFollowUp.action_id)
            .group_by(ActionFollowUp.meeting_id, ActionPoint.meeting_id, ActionPoint.text)
            .having(func.count() > 1)
        )
        return set(rows.scalars())


@pytest.mark.sqlite_only("the 200-meeting demo is a SQLite template, built beside the first tests")
def test_every_signed_off_meeting_of_the_large_demo_imports_into_a_fresh_database(
    large_demo_template: Path, tmp_path: Path, database_templates: DatabaseTemplates
) -> None:
    """Each import compares the package's signed-off content with the rows it wrote, and refuses on a difference;
    the meetings with tied follow-ups are also compared with the source, read forwards and backwards."""
    with open_context(large_demo_template, read_only=True) as source:
        with source.session() as session:
            signed = session.execute(
                select(Meeting.id, Meeting.reference).where(Meeting.status == "signed_off").order_by(Meeting.start_utc)
            ).all()
        tied = _meetings_with_tied_follow_ups(source) & {meeting_id for meeting_id, _ in signed}
        assert len(signed) >= 190 and len(tied) >= 3  # 7 with the demo's seed
        with database_templates.open_new(tmp_path / "fresh.sqlite3", actor="Secretariat") as fresh:
            for meeting_id, reference in reversed(signed):  # newest first: each earlier one arrives as a placeholder
                package = export_package(source, meeting_id, tmp_path / "meeting.unnm.json")
                report = import_package(fresh, package, backup=False)
                assert report.meetings[0].result in ("added", "changed"), (reference, report.meetings[0])
            for meeting_id in sorted(tied):
                expected = content(source, meeting_id)
                assert content(fresh, meeting_id) == expected
                assert content(fresh, meeting_id, backwards=True) == expected


def _store_as_the_old_rule_did(ctx: ServiceContext, meeting_id: str) -> str:
    """Rewrite the meeting's sign-off as the code before issue 15 could have stored it: the same records, with
    ties in another order, fingerprinted in that order. Returns the old fingerprint."""
    stored_json, _ = _stored_sign_off(ctx, meeting_id)
    new = content(ctx, meeting_id)
    old = as_the_old_rule_stored_it(new)
    assert canonical_json(new) == stored_json
    assert old["follow_ups"] != new["follow_ups"] and old["attendance"] != new["attendance"]
    assert old["agenda"] != new["agenda"]  # the positions of the two IOMs
    old_sha = fingerprint(old)
    outside_edit(  # as the old code stored it: no audit event changes
        ctx.location,
        "UPDATE sign_off SET content_json = :content, content_sha256 = :sha WHERE meeting_id = :m",
        content=canonical_json(old),
        sha=old_sha,
        m=meeting_id,
    )
    return old_sha


def test_minutes_signed_off_under_the_old_rule_still_verify_and_import(
    tmp_path: Path, templates: Templates, new_db: NewDatabase
) -> None:
    with templates.open_new(new_db("old", empty=False), actor="Secretariat") as old_db:
        tied = tied_meetings(old_db)
        old_sha = _store_as_the_old_rule_did(old_db, tied.later_id)
        assert check_database(old_db, backup=False).ok
        for lang in ("en", "tr"):
            document = export_meeting(old_db, tied.later_id, tmp_path / f"old-{lang}.docx", lang)
            result = verify_docx(old_db, document)
            assert result.ok, result.problems
            assert result.fingerprint == old_sha
        packages = [export_package(old_db, m, tmp_path / f"{m}.json") for m in (tied.earlier_id, tied.later_id)]

    with templates.open_new(new_db("fresh", empty=False), actor="Secretariat") as fresh:
        for package in packages:
            report = import_package(fresh, package, backup=False)
            assert report.meetings[0].result == "added", report.meetings[0]
        assert _stored_sign_off(fresh, tied.later_id)[1] == old_sha  # the sign-off travels as it was
        assert check_database(fresh, backup=False).ok
        assert verify_docx(fresh, tmp_path / "old-en.docx").ok


def test_a_change_to_tied_records_is_still_found(templates: Templates, new_db: NewDatabase) -> None:
    """Ties may come in either order, but what the tied records say is still compared."""
    with templates.open_new(new_db("old", empty=False), actor="Secretariat") as ctx:
        tied = tied_meetings(ctx)
        _store_as_the_old_rule_did(ctx, tied.later_id)
        assert check_database(ctx, backup=False).ok
        outside_edit(
            ctx.location,
            "UPDATE attendance SET arrival_time = '11:45' WHERE meeting_id = :m AND person_id IN "
            "(SELECT id FROM person WHERE full_name = 'Ayşe Yılmaz') AND arrival_time IS NULL",
            m=tied.later_id,
        )
        report = check_database(ctx, backup=False)
        assert not report.ok
        assert tied.reference in str(report.problems[0])

"""`check` builds the live contents of all signed-off meetings together (`build_contents`, issue 11): each must
be exactly what `build_content` gives for that meeting alone (the same builder, whatever the batch), and every
fingerprint is still proven, by either road."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

import pytest
from engine_fixtures import outside_edit
from sqlalchemy import select

from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.maintenance import check_database
from unnm_desktop.services.meeting import actions, meetings
from unnm_desktop.services.minutes import content_rows
from unnm_desktop.services.minutes.content import build_content, build_contents, canonical_json
from unnm_desktop.store.models import Meeting, SignOff


def _all_ids(ctx: ServiceContext) -> list[str]:
    with ctx.session() as session:
        return list(session.scalars(select(Meeting.id).order_by(Meeting.start_utc)))


def _assert_same_as_build_content(ctx: ServiceContext, ids: list[str]) -> None:
    with ctx.session() as session:
        batched = dict(build_contents(session, ids))
        assert list(batched) == ids
        for meeting_id in ids:
            expected = build_content(session, meeting_id)
            assert batched[meeting_id] == expected
            # Equal as data and as the signed text: every list in the same order, every value of the same type.
            assert canonical_json(batched[meeting_id]) == canonical_json(expected)


def test_batched_contents_equal_build_content_for_every_demo_meeting(
    demo_ctx_of: Callable[[int], ServiceContext],
) -> None:
    # The three public-record meetings (DGMM under its old name, follow-ups of earlier meetings' actions, every
    # outcome and position kind) and synthetic ones (30 attendees, 8 items, 3 decisions, 5 actions each).
    ctx = demo_ctx_of(7)
    ids = _all_ids(ctx)
    assert len(ids) == 7
    _assert_same_as_build_content(ctx, ids)


def test_batched_contents_in_small_chunks_and_alone(
    demo_ctx_of: Callable[[int], ServiceContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = demo_ctx_of(5)
    ids = _all_ids(ctx)
    monkeypatch.setattr(content_rows, "CHUNK", 2)  # chunks of meetings, and of ids inside a chunk's queries
    _assert_same_as_build_content(ctx, list(reversed(ids)))
    monkeypatch.undo()
    # One meeting alone: the actions it follows up come from meetings outside the batch.
    newest = meetings.resolve_meeting(ctx, "UNNM-TR/2023/1")
    with ctx.session() as session:
        assert dict(build_contents(session, [newest]))[newest]["follow_ups"]
    _assert_same_as_build_content(ctx, [newest])
    with ctx.session() as session:
        assert dict(build_contents(session, ["no-such-meeting", newest])).keys() == {newest}


def test_batched_contents_follow_what_may_change_after_sign_off(
    demo_ctx_of: Callable[[int], ServiceContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tracked progress and directory corrections change the live content, not the minutes: the batch sees
    them as build_content does, and check takes the substance road for those meetings and finds them sound."""
    ctx = demo_ctx_of(3)
    earlier = meetings.resolve_meeting(ctx, "UNNM-TR/2021/1")
    draft = meetings.resolve_meeting(ctx, "UNNM-TR/2023/1")
    action = actions.list_actions(ctx, earlier)[0]
    assert action.status == "done"
    actions.record_follow_up(ctx, action.id, draft, note="Dropped after all.", status="dropped")
    pmm = directory.find_organization(ctx, "PMM")
    assert pmm is not None
    directory.update_organization(ctx, pmm.id, name_en="Presidency of Migration Management (corrected)")
    iom = directory.find_organization(ctx, "IOM")
    assert iom is not None
    directory.add_alias(ctx, iom.id, acronym="IOM-TR", name_en="IOM Türkiye office", valid_to="2020-12-31")
    _assert_same_as_build_content(ctx, _all_ids(ctx))

    import unnm_desktop.services.maintenance as maintenance

    compared = []
    real = maintenance.same_substance
    monkeypatch.setattr(maintenance, "same_substance", lambda *a: compared.append(1) or real(*a))
    assert check_database(ctx, backup=False).ok
    assert compared, "the changed meetings were compared by substance"


def _signed_off(ctx: ServiceContext, reference: str) -> tuple[str, str, str]:
    meeting_id = meetings.resolve_meeting(ctx, reference)
    with ctx.session() as session:
        record = session.scalars(select(SignOff).where(SignOff.meeting_id == meeting_id)).one()
        return record.id, record.content_json, record.content_sha256


def test_stored_text_respaced_still_verifies_and_edited_text_is_found(
    demo_ctx_of: Callable[[int], ServiceContext],
) -> None:
    ctx = demo_ctx_of(3)
    sign_off_id, text, _sha = _signed_off(ctx, "UNNM-TR/2019/1")
    # A copy spaced differently (as a package may carry it): its own hash differs, the content's does not.
    respaced = json.dumps(json.loads(text), ensure_ascii=False, indent=1)
    outside_edit(ctx.location, "UPDATE sign_off SET content_json = :text WHERE id = :id", text=respaced, id=sign_off_id)
    assert check_database(ctx, backup=False).ok

    for edited in (text.replace("UNNM-TR/2019/1", "UNNM-TR/2019/9", 1), text[:-1]):
        outside_edit(
            ctx.location, "UPDATE sign_off SET content_json = :text WHERE id = :id", text=edited, id=sign_off_id
        )
        report = check_database(ctx, backup=False)
        assert [str(p) for p in report.problems] == [
            "The signed-off minutes UNNM-TR/2019/1 no longer match their fingerprint: the stored signed-off text "
            "was changed outside UNNM Desktop."
        ]


@pytest.mark.parametrize(
    "edit",
    [
        "UPDATE agenda_item SET notes_md = notes_md || '.' WHERE meeting_id = :m AND position = "
        "(SELECT MAX(position) FROM agenda_item WHERE meeting_id = :m)",
        "UPDATE position SET statement = statement || ' (edited)' WHERE decision_id IN "
        "(SELECT id FROM decision WHERE meeting_id = :m) AND statement != ''",
        "DELETE FROM attendance WHERE id = (SELECT id FROM attendance WHERE meeting_id = :m LIMIT 1)",
        "UPDATE action_point SET text = text || ' (edited)' WHERE meeting_id = :m",
        "UPDATE meeting_objective SET objective = 22 WHERE meeting_id = :m AND objective = "
        "(SELECT MIN(objective) FROM meeting_objective WHERE meeting_id = :m)",
    ],
)
def test_an_outside_edit_of_any_signed_off_record_is_found(
    demo_ctx_of: Callable[[int], ServiceContext], edit: str
) -> None:
    ctx = demo_ctx_of(4)
    meeting_id = meetings.resolve_meeting(ctx, "UNNM-TR/2021/1")
    assert check_database(ctx, backup=False).ok
    assert outside_edit(ctx.location, edit, m=meeting_id) >= 1
    report = check_database(ctx, backup=False)
    assert [str(p) for p in report.problems] == [
        "The signed-off minutes UNNM-TR/2021/1 no longer match their fingerprint: the database was changed "
        "outside UNNM Desktop."
    ]


def test_batched_contents_include_what_the_session_has_not_written_yet(
    demo_ctx_of: Callable[[int], ServiceContext],
) -> None:
    """The batch reads below the ORM, so it flushes the session first, as the ORM's own queries do."""
    ctx = demo_ctx_of(3)
    draft = meetings.resolve_meeting(ctx, "UNNM-TR/2023/1")
    with ctx.session() as session:
        meeting = session.get(Meeting, draft)
        assert meeting is not None
        meeting.title = meeting.title + " (unsaved)"
        batched = dict(build_contents(session, [draft]))[draft]
        assert batched["meeting"]["title"].endswith(" (unsaved)")
        assert batched == build_content(session, draft)
        session.rollback()


_CHANGED = "The signed-off minutes {} no longer match their fingerprint: the database was changed outside UNNM Desktop."


@pytest.mark.parametrize(
    ("edit", "pointing_nowhere", "changed"),
    [
        (
            "UPDATE attendance SET person_id = 'no-such-person' WHERE id = (SELECT id FROM attendance "
            "WHERE meeting_id = :m AND person_id IS NOT NULL LIMIT 1)",
            "1 rows point to records that do not exist (first in table attendance).",
            ["UNNM-TR/2021/1"],
        ),
        (
            "UPDATE position SET organization_id = 'no-such-org' WHERE id = (SELECT id FROM position "
            "WHERE decision_id IN (SELECT id FROM decision WHERE meeting_id = :m) LIMIT 1)",
            "1 rows point to records that do not exist (first in table position).",
            ["UNNM-TR/2021/1"],
        ),
        (  # who is responsible is tracked after sign-off, so only the broken link is reported
            "UPDATE action_responsible SET organization_id = 'no-such-org' WHERE action_id = "
            "(SELECT id FROM action_point WHERE meeting_id = :m LIMIT 1)",
            "1 rows point to records that do not exist (first in table action_responsible).",
            [],
        ),
        (  # the 2019 action followed up in 2021 and 2023
            "DELETE FROM action_point WHERE id = (SELECT action_id FROM action_follow_up WHERE meeting_id = :m LIMIT 1)",
            "2 rows point to records that do not exist (first in table action_follow_up).",
            ["UNNM-TR/2019/1", "UNNM-TR/2021/1"],
        ),
    ],
)
@pytest.mark.sqlite_only("PostgreSQL enforces foreign keys on every connection: no row can point nowhere there")
def test_rows_pointing_nowhere_are_reported_not_a_crash(
    demo_ctx_of: Callable[[int], ServiceContext], edit: str, pointing_nowhere: str, changed: list[str]
) -> None:
    ctx = demo_ctx_of(3)
    meeting_id = meetings.resolve_meeting(ctx, "UNNM-TR/2021/1")
    with sqlite3.connect(ctx.db.path) as raw:  # foreign keys are not enforced on a plain connection
        assert raw.execute(edit, {"m": meeting_id}).rowcount == 1
    report = check_database(ctx, backup=False)
    assert [str(p) for p in report.problems] == [pointing_nowhere, *(_CHANGED.format(r) for r in changed)]

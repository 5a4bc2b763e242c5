"""One builder of the minutes' content (issue 11, "one helper per job"): `build_content` (one meeting: export,
sign-off, verification) is `build_contents` (many meetings: `check`) for one id, so the two entry points give the
same content, and the content of every signed-off meeting still matches the fingerprint stored at sign-off."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from unnm_desktop.domain.errors import NotFoundError
from unnm_desktop.services.context import open_context
from unnm_desktop.services.maintenance import signed_content_problem
from unnm_desktop.services.minutes.content import build_content, build_contents, canonical_json
from unnm_desktop.store.models import Meeting, SignOff

pytest_plugins = ("large_demo_fixtures",)


def test_both_entry_points_give_the_same_content_for_every_meeting_of_the_large_demo(
    large_demo_template: Path,
) -> None:
    with open_context(large_demo_template, read_only=True) as ctx, ctx.session() as session:
        ids = list(session.scalars(select(Meeting.id).order_by(Meeting.start_utc, Meeting.id)))
        assert len(ids) == 200
        together = dict(build_contents(session, ids))
        assert list(together) == ids
        follow_ups = 0
        for meeting_id in ids:
            alone = build_content(session, meeting_id)
            assert alone == together[meeting_id]
            # Equal as the signed text too: every list in the same order, every value of the same type.
            assert canonical_json(alone) == canonical_json(together[meeting_id])
            follow_ups += len(alone["follow_ups"])
        assert follow_ups > 100  # actions of earlier meetings, outside a one-meeting batch, are in the content


def test_every_signed_off_meeting_of_the_large_demo_matches_its_stored_fingerprint(large_demo_template: Path) -> None:
    with open_context(large_demo_template, read_only=True) as ctx, ctx.session() as session:
        latest = {}
        for record in session.scalars(select(SignOff).order_by(SignOff.revision)):
            latest[record.meeting_id] = record
        assert len(latest) >= 190
        for meeting_id, record in latest.items():
            assert signed_content_problem(session, meeting_id, record.content_json, record.content_sha256) is None


def test_content_of_a_meeting_that_does_not_exist_is_refused(large_demo_template: Path) -> None:
    with open_context(large_demo_template, read_only=True) as ctx, ctx.session() as session:
        with pytest.raises(NotFoundError):
            build_content(session, "no-such-meeting")
        assert dict(build_contents(session, ["no-such-meeting"])) == {}

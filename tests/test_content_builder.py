"""One builder of the minutes' content (issue 11, "one helper per job"): `build_content` (one meeting: export,
sign-off, verification) is `build_contents` (many meetings: `check`) for one id, so the two entry points give the
same content, and minutes signed off by the code before (two builders) still rebuild to the text they stored."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from sqlalchemy import select

from unnm_desktop.domain.errors import NotFoundError
from unnm_desktop.services.context import open_context
from unnm_desktop.services.minutes.content import build_content, build_contents, canonical_json, fingerprint
from unnm_desktop.store.models import Meeting, SignOff

pytest_plugins = ("large_demo_fixtures",)

BEFORE = Path(__file__).resolve().parent / "golden" / "pre-label-versions"


@pytest.mark.sqlite_only("the 200-meeting demo is a SQLite template, built beside the first tests")
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


def test_minutes_signed_off_by_earlier_code_rebuild_to_the_very_text_they_stored(tmp_path: Path) -> None:
    """tests/golden/pre-label-versions/ holds a database whose two sign-offs were made by the code of commit
    acc108e (the content then built through the ORM relationships): today's builder gives the same text, byte
    for byte, so every fingerprint taken before it still holds."""
    database = tmp_path / "before.sqlite3"
    database.write_bytes(gzip.decompress((BEFORE / "demo-0003.sqlite3.gz").read_bytes()))
    with open_context(database, actor="Verifier") as ctx, ctx.session() as session:
        records = session.scalars(select(SignOff)).all()
        assert len(records) == 2
        for record in records:
            content = build_content(session, record.meeting_id)
            assert canonical_json(content) == record.content_json
            assert fingerprint(content) == record.content_sha256


@pytest.mark.sqlite_only("the 200-meeting demo is a SQLite template, built beside the first tests")
def test_content_of_a_meeting_that_does_not_exist_is_refused(large_demo_template: Path) -> None:
    with open_context(large_demo_template, read_only=True) as ctx, ctx.session() as session:
        with pytest.raises(NotFoundError):
            build_content(session, "no-such-meeting")
        assert dict(build_contents(session, ["no-such-meeting"])) == {}

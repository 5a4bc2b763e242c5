"""A register copied with `unnm-desktop copy` is another register to a sync: it never stands in for its source."""

from __future__ import annotations

from pathlib import Path

from builders import small_meeting
from sqlalchemy import select
from sync_support import EMOJI, TURKISH, assert_converged

from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.copy_register import COPIED_FROM_KEY, copy_register
from unnm_desktop.services.meeting import meetings
from unnm_desktop.services.sync.base import REGISTER_ID_KEY
from unnm_desktop.services.sync.run import synchronise
from unnm_desktop.store.models import AppInfo


def _info(ctx: ServiceContext, key: str) -> str | None:
    with ctx.session() as session:
        return session.scalar(select(AppInfo.value).where(AppInfo.key == key))


def test_a_copy_gets_its_own_register_id_and_a_laptop_asks_rather_than_take_its_older_content(
    ctx: ServiceContext, laptop: ServiceContext, tmp_path: Path
) -> None:
    meeting = small_meeting(ctx, title=f"Ağ toplantısı {EMOJI}")
    synchronise(laptop, ctx)
    copied = tmp_path / "copy" / "register copy.sqlite3"
    copied.parent.mkdir()
    assert copy_register(ctx.db.location, copied, actor="Sekreterya").ok
    # The source goes on; the laptop takes its new title.
    meetings.update_meeting(ctx, meeting.meeting_id, title=f"Yeni başlık: {TURKISH}")
    synchronise(laptop, ctx)
    source_id = _info(ctx, REGISTER_ID_KEY)

    with open_context(copied, actor="Sekreterya") as copy:
        assert source_id is not None and _info(copy, REGISTER_ID_KEY) not in (None, source_id)
        assert _info(copy, COPIED_FROM_KEY) == source_id
        report = synchronise(laptop, copy)
        # The copy's older title is not taken for a change made there since the laptop's last exchange with the
        # source: the laptop has nothing exchanged with the copy yet, so the difference is a question.
        (question,) = report.conflicts
        assert (question.record, question.field) == (f"meeting/{meeting.meeting_id}", "title")
        assert (question.ours, question.theirs) == (f"Yeni başlık: {TURKISH}", f"Ağ toplantısı {EMOJI}")
        assert meetings.get_meeting(laptop, meeting.meeting_id).title == f"Yeni başlık: {TURKISH}"
        assert meetings.get_meeting(copy, meeting.meeting_id).title == f"Ağ toplantısı {EMOJI}"
    # The laptop's exchange with the source is untouched by it.
    again = synchronise(laptop, ctx)
    assert (again.pulled, again.pushed) == (0, 0)
    assert_converged(laptop, ctx)


def test_a_copy_of_a_register_that_never_synchronised_has_no_id_until_its_first_sync(
    ctx: ServiceContext, laptop: ServiceContext, tmp_path: Path
) -> None:
    small_meeting(ctx, title="Kopya")
    copied = tmp_path / "copy.sqlite3"
    assert copy_register(ctx.db.location, copied).ok
    with open_context(copied) as copy:
        assert _info(copy, REGISTER_ID_KEY) is None and _info(copy, COPIED_FROM_KEY) is None

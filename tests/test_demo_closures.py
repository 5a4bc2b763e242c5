"""The demo shows issue 14: the signed-off 2021 meeting has an open ad referendum position and a silence whose
deadline has passed; the app lists both as pending and proposes "adopted under silence procedure"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from export_support import all_text, open_docx

from unnm_desktop.export import export_meeting, verify_docx
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.meeting.meetings import resolve_meeting
from unnm_desktop.services.minutes.addenda import confirm, end_silence
from unnm_desktop.services.minutes.pending import pending_confirmations


def test_the_demo_has_a_signed_off_meeting_with_closures_open(
    demo_ctx_of: Callable[[int], ServiceContext], tmp_path: Path
) -> None:
    ctx = demo_ctx_of(3)  # the session's copy of fill_demo(ctx)
    pending = pending_confirmations(ctx)
    assert [(p.meeting_reference, p.decision_reference, p.kind, p.organization_acronym, p.deadline_text, p.overdue,
             p.proposal) for p in pending] == [
        ("UNNM-TR/2021/1", "UNNM-TR/2021/1/5", "silence", None, "2021-07-02 17:00", True, "adopted_under_silence"),
        ("UNNM-TR/2021/1", "UNNM-TR/2021/1/4", "confirmation", "UNHCR", "2021-07-30", True, None),
    ]  # fmt: skip
    meeting_id = resolve_meeting(ctx, "UNNM-TR/2021/1")
    path = export_meeting(ctx, meeting_id, tmp_path / "2021.docx", "en")
    text = all_text(open_docx(path))
    assert "UNHCR joined ad referendum; confirmation is due by 30 July 2021." in text
    assert "The text was put under silence procedure until 2 July 2021, 17:00 (Istanbul time)." in text
    assert verify_docx(ctx, path).ok
    # The secretariat closes both; the minutes stay as signed.
    assert confirm(ctx, "UNNM-TR/2021/1/4", "UNHCR", on="2021-07-20", note="E-mail of 20 July 2021").final
    assert end_silence(ctx, "UNNM-TR/2021/1/5", no_objection=True).outcome_after == "adopted"
    assert pending_confirmations(ctx) == []
    assert verify_docx(ctx, path).ok

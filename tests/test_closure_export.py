"""Issue 14 on paper: the minutes say open closures in words (label version 3, the silence's deadline in the
meeting's local time), an addendum exports to Word and PDF in English and Turkish with its fingerprint, and
`verify` proves it and the minutes it belongs to, and catches an edit to either."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from builders import SmallMeeting
from closure_support import OpenMeeting, signed_with_open_closures
from engine_fixtures import outside_edit
from export_support import all_text, open_docx, rewrite_part

from unnm_desktop.domain.clock import use_clock
from unnm_desktop.export import export_meeting, verify_docx
from unnm_desktop.export.addendum import export_addendum
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.minutes.addenda import confirm, end_silence
from unnm_desktop.store.address import Location

DEC_20 = datetime(2023, 12, 20, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def open_meeting(ctx: ServiceContext, small: SmallMeeting) -> OpenMeeting:
    return signed_with_open_closures(ctx, small)


def test_signed_minutes_say_the_open_closures_in_words(
    ctx: ServiceContext, open_meeting: OpenMeeting, tmp_path: Path
) -> None:
    english = all_text(open_docx(export_meeting(ctx, open_meeting.meeting_id, tmp_path / "en.docx", "en")))
    assert "UNHCR joined ad referendum; confirmation is due by 30 November 2023." in english
    assert "UNICEF joined ad referendum; confirmation is due by 15 December 2023." in english
    # 09:00 UTC is 12:00 in Istanbul: the deadline in the meeting's local time, not its UTC date.
    assert "The text was put under silence procedure until 10 November 2023, 12:00 (Istanbul time)." in english
    assert "The outcome will be recorded in an addendum to these minutes." in english
    turkish = all_text(open_docx(export_meeting(ctx, open_meeting.meeting_id, tmp_path / "tr.docx", "tr")))
    assert "UNHCR karara ad referendum katıldı; teyit için son tarih 30 Kasım 2023." in turkish
    assert "10 Kasım 2023, saat 12:00 (İstanbul saati) itibarıyla sona erecek sessiz onay usulüne sunuldu" in turkish
    for lang in ("en", "tr"):
        result = verify_docx(ctx, tmp_path / f"{lang}.docx")
        assert result.ok, result.problems


def test_the_silence_deadline_is_printed_in_the_meetings_own_time_zone(
    ctx: ServiceContext, small: SmallMeeting, tmp_path: Path
) -> None:
    from unnm_desktop.services.meeting import decisions, meetings

    meetings.update_meeting(ctx, small.meeting_id, time_zone="Europe/London")
    decisions.add_decision(
        ctx, small.meeting_id, text="Statement", outcome="under_silence", silence_deadline="2023-11-10 01:30"
    )  # 01:30 in Istanbul is 22:30 the day before in London
    text = all_text(open_docx(export_meeting(ctx, small.meeting_id, tmp_path / "draft.docx", "en")))
    assert "until 9 November 2023, 22:30 (Europe/London)" in text


def test_addendum_exports_in_english_and_turkish_and_verifies(
    ctx: ServiceContext, open_meeting: OpenMeeting, tmp_path: Path
) -> None:
    with use_clock(DEC_20):
        confirm(ctx, open_meeting.ad_referendum, "UNHCR", on="2023-11-18", note="E-mail ref. 2023/77")
        ended = end_silence(ctx, open_meeting.silence, no_objection=True)
    assert ended.number == 2
    english = open_docx(export_addendum(ctx, open_meeting.meeting_id, tmp_path / "ek1.en.docx", "en", number=1))
    titles = [p.text for p in english.paragraphs]
    assert "Addendum 1 to the minutes of UNNM Türkiye network meeting, 2 November 2023" in titles
    text = all_text(english)
    assert "UNHCR confirmed on 18 November 2023 that it joins the consensus" in text
    assert "How: E-mail ref. 2023/77" in text
    assert "Still awaited: the confirmation of UNICEF, due by 15 December 2023." in text
    assert open_meeting.sha256 in text
    turkish = open_docx(export_addendum(ctx, open_meeting.meeting_id, tmp_path / "ek2.tr.docx", "tr"))
    assert "UNNM Türkiye network meeting, 2 Kasım 2023 tutanağına Ek 2" in [p.text for p in turkish.paragraphs]
    assert "Bu ekten sonraki sonuç: Sessiz onay usulüyle kabul edildi" in all_text(turkish)
    assert "10 Kasım 2023, saat 12:00 (İstanbul saati) itibarıyla itiraz olmaksızın sona erdi" in all_text(turkish)
    assert ended.sha256 in all_text(turkish)
    for name in ("ek1.en.docx", "ek2.tr.docx"):
        result = verify_docx(ctx, tmp_path / name)
        assert result.ok, result.problems
        assert "addendum" in str(result.summary())
    pdf = export_addendum(ctx, open_meeting.meeting_id, tmp_path / "ek1.pdf", "tr", number=1)
    assert pdf.read_bytes().startswith(b"%PDF-")


def _exported(ctx: ServiceContext, open_meeting: OpenMeeting, tmp_path: Path) -> Path:
    with use_clock(DEC_20):
        confirm(ctx, open_meeting.ad_referendum, "UNHCR", on="2023-11-18", note="E-mail ref. 2023/77")
    path = export_addendum(ctx, open_meeting.meeting_id, tmp_path / "ek.docx", "en")
    assert verify_docx(ctx, path).ok
    return path


def test_an_edit_of_the_exported_addendum_is_caught(
    ctx: ServiceContext, open_meeting: OpenMeeting, tmp_path: Path
) -> None:
    path = _exported(ctx, open_meeting, tmp_path)
    rewrite_part(path, "word/document.xml", lambda xml: xml.replace(b"2023/77", b"2023/78"))
    result = verify_docx(ctx, path)
    assert not result.ok and "The text was changed after export" in result.problems[0]


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("UPDATE minutes_addendum SET note = 'Phone call'", "its note no longer matches its signed content"),
        ("UPDATE minutes_addendum SET outcome_after = 'adopted'", "its outcome no longer matches"),
        (
            "UPDATE minutes_addendum SET content_json = replace(content_json, '2023/77', '2023/78')",
            "no longer matches its fingerprint",
        ),
        ("UPDATE decision SET text = 'Rewritten' WHERE outcome = 'proposed'", "signed-off minutes were changed"),
    ],
    ids=["addendum-column", "addendum-outcome", "addendum-content", "the-minutes"],
)
def test_an_edit_of_the_addendum_or_its_minutes_in_the_database_is_caught(
    ctx: ServiceContext, open_meeting: OpenMeeting, tmp_path: Path, db_path: Location, statement: str, expected: str
) -> None:
    path = _exported(ctx, open_meeting, tmp_path)
    assert outside_edit(db_path, statement) == 1
    result = verify_docx(ctx, path)
    assert not result.ok and any(expected in problem for problem in result.problems), result.problems

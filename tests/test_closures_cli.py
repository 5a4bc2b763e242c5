"""`unnm-desktop confirm | silence-end | addendum export | pending` (issue 14), run as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from builders import SmallMeeting
from cli_runner import run
from closure_support import OpenMeeting, signed_with_open_closures
from export_support import all_text, open_docx

from unnm_desktop.services.context import ServiceContext
from unnm_desktop.store.address import Location


@pytest.fixture
def open_meeting(ctx: ServiceContext, small: SmallMeeting) -> OpenMeeting:
    built = signed_with_open_closures(ctx, small)
    ctx.close()  # the commands open the database themselves
    return built


def test_pending_lists_every_open_item_with_deadlines_and_the_proposal(
    open_meeting: OpenMeeting, db_path: Location
) -> None:
    result = run("pending", "--db", str(db_path), "--json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert items == [
        {
            "meeting": open_meeting.reference,
            "meeting_title": "UNNM Türkiye network meeting",
            "decision": open_meeting.silence,
            "kind": "silence",
            "organisation": None,
            "deadline": "2023-11-10T12:00+03:00",
            "time_zone": "Europe/Istanbul",
            "overdue": True,  # the real clock is long past 2023
            "proposal": "adopted_under_silence",
        },
        {
            "meeting": open_meeting.reference,
            "meeting_title": "UNNM Türkiye network meeting",
            "decision": open_meeting.ad_referendum,
            "kind": "confirmation",
            "organisation": "UNHCR",
            "deadline": "2023-11-30",
            "time_zone": "Europe/Istanbul",
            "overdue": True,
            "proposal": None,
        },
        {
            "meeting": open_meeting.reference,
            "meeting_title": "UNNM Türkiye network meeting",
            "decision": open_meeting.ad_referendum,
            "kind": "confirmation",
            "organisation": "UNICEF",
            "deadline": "2023-12-15",
            "time_zone": "Europe/Istanbul",
            "overdue": True,
            "proposal": None,
        },
    ]
    plain = run("pending", "--db", str(db_path))
    assert plain.returncode == 0 and "OVERDUE" in plain.stdout
    assert f"silence-end --decision {open_meeting.silence} --no-objection" in plain.stdout


def test_confirm_silence_end_and_addendum_export_then_verify(
    open_meeting: OpenMeeting, db_path: Location, tmp_path: Path
) -> None:
    db = ("--db", str(db_path))
    first = run("confirm", *db, "--decision", open_meeting.ad_referendum, "--org", "UNHCR", "--on", "2023-11-18",
                "--note", "E-posta, sayı 2023/77", "--by", "Işıl Doğan")  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert f"Recorded addendum 1 to the minutes of {open_meeting.reference}" in first.stdout
    second = run("confirm", *db, "--decision", open_meeting.ad_referendum.lower(), "--org", "unicef", "--json")
    assert second.returncode == 0, second.stderr
    shown = json.loads(second.stdout)
    assert (shown["number"], shown["kind"], shown["organisation"], shown["outcome_after"], shown["final"]) == (
        2, "confirmed", "UNICEF", "adopted_with_reservations", True
    )  # fmt: skip
    assert shown["minutes_fingerprint"] == open_meeting.sha256
    ended = run("silence-end", *db, "--decision", open_meeting.silence, "--no-objection", "--json")
    assert ended.returncode == 0, ended.stderr
    assert json.loads(ended.stdout)["outcome_after"] == "adopted"
    assert json.loads(run("pending", *db, "--json").stdout) == []
    out = tmp_path / "ek1.docx"
    exported = run("addendum", "export", *db, "--meeting", open_meeting.reference, "--number", "1", "--out", str(out),
                   "--lang", "tr")  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert "tutanağına Ek 1" in all_text(open_docx(out)) and "E-posta, sayı 2023/77" in all_text(open_docx(out))
    assert "Işıl Doğan tarafından kaydedildi ve imzalandı" in all_text(open_docx(out))
    verified = run("verify", str(out), *db)
    assert verified.returncode == 0 and "OK:" in verified.stdout and "addendum 1" in verified.stdout
    latest = tmp_path / "son.pdf"
    assert run("addendum", "export", *db, "--meeting", open_meeting.reference, "--out", str(latest)).returncode == 0
    assert latest.read_bytes().startswith(b"%PDF-")


def test_a_broken_silence_and_a_withdrawal(open_meeting: OpenMeeting, db_path: Location) -> None:
    db = ("--db", str(db_path))
    broken = run("silence-end", *db, "--decision", open_meeting.silence, "--broken-by", "MFA", "--on",
                 "2023-11-09 16:30", "--on-what", "paragraph 2", "--json")  # fmt: skip
    assert broken.returncode == 0, broken.stderr
    assert json.loads(broken.stdout)["outcome_after"] == "not_adopted"
    withdrawn = run("confirm", *db, "--decision", open_meeting.ad_referendum, "--org", "UNHCR", "--withdrawn")
    assert withdrawn.returncode == 0 and "now not adopted (final)" in withdrawn.stdout


def test_refusals_are_one_clear_sentence(open_meeting: OpenMeeting, db_path: Location, tmp_path: Path) -> None:
    db = ("--db", str(db_path))
    cases = [
        (("confirm", "--decision", "UNNM-TR/1999/9/9", "--org", "UNHCR"), "There is no decision “UNNM-TR/1999/9/9”."),
        (
            ("confirm", "--decision", open_meeting.ad_referendum, "--org", "IOM"),
            f"IOM has no open ad referendum position on decision {open_meeting.ad_referendum}.",
        ),
        (
            ("confirm", "--decision", open_meeting.ad_referendum, "--org", "UNHCR", "--on", "2023-10-01"),
            "2023-10-01 is before the meeting was held (2023-11-02)",
        ),
        (
            ("silence-end", "--decision", open_meeting.ad_referendum, "--no-objection"),
            f"Decision {open_meeting.ad_referendum} has no silence procedure running.",
        ),
        (
            ("addendum", "export", "--meeting", open_meeting.reference, "--out", str(tmp_path / "x.docx")),
            "have no addendum yet",
        ),
    ]
    for args, message in cases:
        result = run(*args, *db)
        assert result.returncode == 1 and message in result.stderr, (args, result.stderr)
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    neither = run("silence-end", *db, "--decision", open_meeting.silence)
    both = run("silence-end", *db, "--decision", open_meeting.silence, "--no-objection", "--broken-by", "MFA")
    assert neither.returncode == 2 and both.returncode == 2

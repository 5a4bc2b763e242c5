"""`unnm-desktop copy`: a register from a file to a server and back to a new file, the same to the last character."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from builders import small_meeting
from cli_runner import run as run_command
from sqlalchemy import func, select

from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.maintenance import signed_content_problem
from unnm_desktop.services.meeting import agenda, meetings
from unnm_desktop.services.minutes.content import build_content
from unnm_desktop.store.address import ServerAddress
from unnm_desktop.store.audit import verify_chain
from unnm_desktop.store.models import AuditEvent, Base, Meeting, SignOff

pytestmark = pytest.mark.sqlite_only("copies between a SQLite file (demo_ctx_of) and a server (server_address)")

TITLE = "Göç Ağı — İstanbul, Işık & Şule 🇹🇷 اجتماع الشبكة"
NOTES = "ŞEHİR planı: ılık İğdır, Çağrı Ünal; مرحبا بكم 👋🏽\n\n- göçmenler için"


def _run(*arguments: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`unnm-desktop ARGS` in a process of its own (forked from a warm interpreter: tests/cli_runner.py), in the
    test's environment updated with `env`."""
    done = run_command(*arguments, env=env)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def _copy(source: str | Path, target: str | Path) -> dict[str, Any]:
    done = _run("copy", "--from", str(source), "--to", str(target), "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["ok"] and report["problems"] == []
    for name, rows in report["tables"].items():
        assert rows["target"] == rows["source"] + (1 if name == "audit_event" else 0), name
        assert rows["same_values"], name
    return report


def _check(location: str | Path) -> None:
    done = _run("--db", str(location), "check")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "All is well." in done.stdout and "chain intact" in done.stdout


def _snapshot(ctx: ServiceContext) -> dict[str, Any]:
    """Everything the comparison needs: each meeting's content, the audit log, the latest sign-offs."""
    with ctx.session() as session:
        ids = session.scalars(select(Meeting.id).order_by(Meeting.id)).all()
        events = session.execute(select(AuditEvent.seq, AuditEvent.action, AuditEvent.hash, AuditEvent.after_json)
                                 .order_by(AuditEvent.seq)).all()  # fmt: skip
        signed = session.execute(select(SignOff.meeting_id, SignOff.content_json, SignOff.content_sha256)
                                 .where(SignOff.reopened_at.is_(None))).all()  # fmt: skip
        return {
            "rows": {
                table.name: [tuple(row) for row in session.execute(select(table).order_by(*table.primary_key))]
                for table in Base.metadata.sorted_tables
                if table.name not in ("app_info", "audit_event")
            },
            "contents": {meeting_id: build_content(session, meeting_id) for meeting_id in ids},
            "events": [tuple(event) for event in events],
            "signed": [tuple(row) for row in signed],
            "unproven": [row.meeting_id for row in signed if signed_content_problem(session, *row)],
            "chain_ok": verify_chain(session).ok,
        }


def test_a_register_goes_to_a_server_and_back_to_a_new_file_unchanged(
    demo_ctx_of: Callable[[int], ServiceContext], db_path: Path, server_address: ServerAddress, tmp_path: Path
) -> None:
    ctx = demo_ctx_of(5)
    meeting = small_meeting(ctx, title=TITLE)
    agenda.set_notes(ctx, meeting.item_id, NOTES)
    # A meeting pointing at another: a foreign key into its own table, filled after every row is in.
    meetings.create_next_meeting(ctx, meeting.meeting_id, title="Sonraki toplantı 🌍", start="2023-12-07 10:00")
    before = _snapshot(ctx)
    ctx.close()
    assert before["signed"] and before["unproven"] == [] and before["chain_ok"]

    to_server = _copy(db_path, server_address.url)
    assert to_server["tables"]["meeting"]["target"] == len(before["contents"])
    _check(server_address.url)
    back = tmp_path / "back" / "copy.sqlite3"
    _copy(server_address.url, back)
    _check(back)

    with open_context(back, read_only=True) as copied:
        after = _snapshot(copied)
        assert meetings.get_meeting(copied, meeting.meeting_id).title == TITLE
        assert agenda.get_item(copied, meeting.item_id).notes_md == NOTES
    assert after["rows"] == before["rows"]  # every value of every row, ids, times (aware UTC) and links included
    assert after["contents"] == before["contents"]
    assert after["signed"] and sorted(after["signed"]) == sorted(before["signed"])
    assert after["unproven"] == [] and after["chain_ok"]
    # The chain as it was, then one event per copy saying where it came from.
    assert after["events"][: len(before["events"])] == before["events"]
    copies = after["events"][len(before["events"]) :]
    assert [event[1] for event in copies] == ["copy", "copy"]
    assert json.loads(copies[0][3])["copied_from"] == str(db_path)
    assert json.loads(copies[1][3])["copied_from"] == server_address.display


def test_a_file_copied_to_a_file_is_verified(demo_ctx_of: Callable[[int], ServiceContext], db_path: Path) -> None:
    demo_ctx_of(5).close()
    target = db_path.with_name("offline.sqlite3")
    report = _copy(db_path, target)
    assert report["tables"]["sign_off"]["target"] > 0
    _check(target)


def _counts(location: Path | ServerAddress) -> tuple[int, int]:
    with open_context(location, read_only=True) as ctx, ctx.session() as session:
        return (session.scalar(select(func.count()).select_from(Meeting)) or 0,
                session.scalar(select(func.max(AuditEvent.seq))) or 0)  # fmt: skip


def test_a_server_database_holding_a_register_is_refused_and_left_as_it_was(
    demo_ctx_of: Callable[[int], ServiceContext], db_path: Path, server_address: ServerAddress
) -> None:
    demo_ctx_of(3).close()
    with open_context(server_address, actor="Test") as server:
        meetings.create_meeting(server, title="Ağ toplantısı", start="2026-05-12 10:00")
    before = _counts(server_address)
    done = _run("copy", "--from", str(db_path), "--to", server_address.url)
    assert done.returncode == 1
    assert "already holds a register (1 meetings" in done.stderr and "never merges" in done.stderr
    assert _counts(server_address) == before


def test_a_copy_to_a_file_that_exists_is_refused(demo_ctx_of: Callable[[int], ServiceContext], db_path: Path) -> None:
    demo_ctx_of(3).close()
    existing = db_path.with_name("other.sqlite3")
    existing.write_bytes(b"not to be touched")
    done = _run("copy", "--from", str(db_path), "--to", str(existing))
    assert done.returncode == 1
    assert f"There is already a file at {existing}" in done.stderr
    assert existing.read_bytes() == b"not to be touched"
    assert not existing.with_name("other.sqlite3.lock").exists()


def test_a_server_named_by_a_service_file_takes_a_copy(
    demo_ctx_of: Callable[[int], ServiceContext], db_path: Path, server_address: ServerAddress, tmp_path: Path
) -> None:
    """docs/server.md's way: postgresql:///?service=unnm, host, port, database and login in pg_service.conf."""
    demo_ctx_of(3).close()
    parts = urlsplit(server_address.url)
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[unnm]\nhost={parts.hostname}\nport={parts.port}\ndbname={server_address.database}\n"
                        f"user={parts.username}\n", encoding="utf-8")  # fmt: skip
    done = _run("copy", "--from", str(db_path), "--to", "postgresql:///?service=unnm",
                env={"PGSERVICEFILE": str(services)})  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "to service unnm in" in done.stdout
    with open_context(server_address, read_only=True) as copied:
        assert len(meetings.list_meetings(copied)) == 3

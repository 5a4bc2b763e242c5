"""Shared by the sync tests: a laptop (a SQLite file) beside the test's register (`ctx`, on either engine)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from database_templates import DatabaseTemplates

from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.maintenance import check_database
from unnm_desktop.services.sync.records import read_snapshot
from unnm_desktop.store.models import AuditEvent

# Turkish, Arabic (right to left) and emoji, which must come back byte for byte.
TURKISH = "İstanbul'da ılık Şubat: Çağrı, Işıl, Ömer Ünal — ğ Ğ ş Ş ı İ"
ARABIC = "مرحبا بكم في اجتماع الشبكة"
EMOJI = "👋🏽 🇹🇷 ✅"


@pytest.fixture
def laptop(database_templates: DatabaseTemplates, tmp_path: Path) -> Iterator[ServiceContext]:
    """The rapporteur's laptop: a new register file (migrated, the same starter directory as every register)."""
    path = database_templates.copy_to(tmp_path / "laptop" / "laptop.sqlite3")
    context = open_context(path, actor="Laptop Rapporteur")
    yield context
    context.close()


def records(ctx: ServiceContext) -> dict[Any, Any]:
    with ctx.session() as session:
        return read_snapshot(session).records


def assert_converged(laptop: ServiceContext, register: ServiceContext) -> dict[Any, Any]:
    mine, theirs = records(laptop), records(register)
    assert sorted(set(mine) ^ set(theirs)) == []
    assert {key: mine[key] for key in mine if mine[key] != theirs[key]} == {}
    return mine


def assert_checked(*contexts: ServiceContext) -> None:
    for ctx in contexts:
        report = check_database(ctx, backup=False)
        assert report.integrity == "ok" and list(report.problems) == [], (ctx.db.name, report.problems)


def audit_count(ctx: ServiceContext) -> int:
    from sqlalchemy import func, select

    with ctx.session() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def assert_synchronises_once(location: Any, laptop: ServiceContext, meeting_id: str, title: str) -> None:
    """A register (after an upgrade, say) synchronises with a new laptop: its meeting pulled, nothing asked, and a
    second run pulls nothing."""
    from unnm_desktop.services.meeting import meetings
    from unnm_desktop.services.sync.run import synchronise

    with open_context(location, actor="Sekreterya") as register:
        report = synchronise(laptop, register)
        assert report.conflicts == () and report.pushed == 0
        assert meetings.get_meeting(laptop, meeting_id).title == title
        assert_converged(laptop, register)
        assert synchronise(laptop, register).pulled == 0

"""Upgrade test of migration 0009 (issue 14): a register of revision 0008 holding signed-off minutes with an ad
referendum position still open, on a SQLite file and on a real PostgreSQL server, gets an empty addendum table;
its minutes keep their fingerprint, and a closure can then be recorded as addendum 1."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, text

from unnm_desktop.domain.clock import use_clock
from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.minutes.addenda import addenda, confirm
from unnm_desktop.services.minutes.pending import pending_confirmations
from unnm_desktop.services.minutes.verification import signed_versions
from unnm_desktop.store.address import ServerAddress
from unnm_desktop.store.schema import HEAD_REVISION, MIGRATIONS_DIR

ROWS = [
    "INSERT INTO organization (id, acronym, name_en, name_tr, kind, created_at, updated_at, version) VALUES"
    " ('o-1', 'UNHCR', 'UN Refugee Agency', 'BM Mülteciler Yüksek Komiserliği', 'un_entity',"
    " '2026-05-01 10:00:00', '2026-05-01 10:00:00', 1)",
    "INSERT INTO meeting (id, series, reference, title, start_utc, location, venue, modality, event_category,"
    " main_organisers, target_audience, language, time_zone, geographic_scope, sub_region, workstream_output,"
    " status, revision, created_at, updated_at, version) VALUES ('m-1', '', 'UNNM-TR/2026/9', 'Ağ toplantısı',"
    " '2026-05-12 07:00:00', 'Ankara', '', 'in_person', '', '', '', 'tr', 'Europe/Istanbul', '', '', '',"
    " 'signed_off', 1, '2026-05-12 10:00:00', '2026-05-12 10:00:00', 1)",
    "INSERT INTO decision (id, meeting_id, sequence, reference, text, method, outcome, created_at, updated_at,"
    " version) VALUES ('d-1', 'm-1', 1, 'UNNM-TR/2026/9/1', 'Çalışma planı kabul edildi.', 'consensus',"
    " 'proposed', '2026-05-12 10:00:00', '2026-05-12 10:00:00', 1)",
    "INSERT INTO position (id, decision_id, organization_id, kind, statement, ad_referendum_deadline, created_at,"
    " updated_at, version) VALUES ('p-1', 'd-1', 'o-1', 'ad_referendum', '', '2026-05-30',"
    " '2026-05-12 10:00:00', '2026-05-12 10:00:00', 1)",
    "INSERT INTO sign_off (id, meeting_id, revision, signed_at, content_json, content_sha256, label_version)"
    " VALUES ('s-1', 'm-1', 1, '2026-05-13 12:00:00', '{}',"
    " '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a', 2)",
]
JUNE = datetime(2026, 6, 2, 9, 0, tzinfo=timezone.utc)


def _config(connection: object) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def _after_upgrade(ctx: ServiceContext) -> None:
    assert addenda(ctx, "m-1") == []
    (version,) = signed_versions(ctx, "m-1")
    assert version.sha256 == "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"  # sha256 of "{}"
    with use_clock(JUNE):
        (item,) = pending_confirmations(ctx)
        assert (item.decision_reference, item.organization_acronym, item.overdue) == ("UNNM-TR/2026/9/1", "UNHCR", True)
        recorded = confirm(ctx, "UNNM-TR/2026/9/1", "UNHCR", on="2026-05-29", note="E-posta")
    assert (recorded.number, recorded.outcome_after, recorded.sign_off_id) == (1, "adopted", "s-1")


def test_0009_on_a_file(tmp_path: Path, isolated_folders: Path) -> None:
    path = tmp_path / "before-0009.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(_config(connection), "0008")
    with sqlite3.connect(path) as raw:
        assert "minutes_addendum" not in {row[0] for row in raw.execute("SELECT name FROM sqlite_master")}
        for statement in ROWS:
            raw.execute(statement)
    with engine.begin() as connection:
        command.upgrade(_config(connection), "0009")
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT count(*) FROM minutes_addendum").fetchone() == (0,)
    engine.dispose()
    with open_context(path, actor="Sekreterya") as ctx:
        _after_upgrade(ctx)


def test_0009_on_a_server(postgres_cluster: object, isolated_folders: Path) -> None:
    import psycopg

    admin_url = postgres_cluster.url("postgres")  # type: ignore[attr-defined]
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute("DROP DATABASE IF EXISTS unnm_at_0008")
        admin.execute("CREATE DATABASE unnm_at_0008")
    address = ServerAddress.parse(postgres_cluster.url("unnm_at_0008"))  # type: ignore[attr-defined]
    engine = create_engine(address.sqlalchemy_url())
    with engine.begin() as connection:
        command.upgrade(_config(connection), "0008")
        for statement in ROWS:
            connection.execute(text(statement))
    engine.dispose()
    with open_context(address, actor="Sekreterya") as ctx:
        with ctx.session() as session:
            assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION
        _after_upgrade(ctx)

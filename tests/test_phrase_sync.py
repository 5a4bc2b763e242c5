"""The phrase bank travels: migration 0010 on a file and on a server, packages (merged by id), sync (by field)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from builders import small_meeting
from server_fixtures import server_register_at
from sqlalchemy import create_engine
from sync_support import assert_converged

from unnm_desktop.services import phrases
from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.meeting import meetings
from unnm_desktop.services.package.importer import export_package, import_package, read_package
from unnm_desktop.services.sync.run import synchronise
from unnm_desktop.store.address import Location
from unnm_desktop.store.schema import MIGRATIONS_DIR

TURKISH_FORMULA = "Başkan, {ORG} temsilcisinin {…} önerisine ilişkin görüşleri İstanbul’da ele aldığını söyledi."


def _config(connection: object) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def _seeded_and_synchronised(location: Location, laptop: ServiceContext) -> None:
    """After the upgrade: the default bank is there, the same records as a new laptop's (nothing to merge),
    and a phrase edited on the upgraded register reaches the laptop."""
    with open_context(location, actor="Sekreterya") as register:
        bank = phrases.list_phrases(register)
        assert bank == phrases.list_phrases(laptop)
        assert "Ağ, {…} hususunu not aldı." in [p.text_tr for p in bank]
        assert meetings.get_meeting(register, "m-1").title == "Toplantı"
        report = synchronise(laptop, register)
        assert report.conflicts == () and report.pushed == 0
        phrases.update_phrase(register, bank[1].id, expected_version=1, text_tr=TURKISH_FORMULA)
        report = synchronise(laptop, register)
        assert report.conflicts == () and report.pulled == 1
        assert phrases.get_phrase(laptop, bank[1].id).text_tr == TURKISH_FORMULA
        assert_converged(laptop, register)


@pytest.mark.sqlite_only("a file of revision 0008 upgraded; the server's upgrade is the next test")
def test_0010_seeds_the_bank_of_an_existing_file(
    tmp_path: Path, isolated_folders: Path, laptop: ServiceContext
) -> None:
    path = tmp_path / "before-0010.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(_config(connection), "0008")
    with sqlite3.connect(path) as raw:
        assert "phrase" not in {row[0] for row in raw.execute("SELECT name FROM sqlite_master")}
        raw.execute(
            "INSERT INTO meeting (id, series, reference, title, start_utc, location, venue, modality, event_category,"
            " main_organisers, target_audience, language, time_zone, geographic_scope, sub_region, workstream_output,"
            " status, revision, created_at, updated_at, version) VALUES ('m-1', '', 'UNNM-TR/2026/9', 'Toplantı',"
            " '2026-12-03 07:00:00', 'Ankara', '', 'in_person', '', '', '', 'tr', 'Europe/Istanbul', '', '', '',"
            " 'draft', 0, '2026-12-01 10:00:00', '2026-12-01 10:00:00', 1)"
        )
    with engine.begin() as connection:
        command.upgrade(_config(connection), "0010")
    with sqlite3.connect(path) as raw:
        count, versions = raw.execute("SELECT count(*), group_concat(DISTINCT version) FROM phrase").fetchone()
        assert 25 <= count <= 40 and versions == "1"
    engine.dispose()
    _seeded_and_synchronised(path, laptop)


def test_0010_on_a_server_seeds_the_bank(postgres_cluster: object, laptop: ServiceContext) -> None:
    import psycopg

    address = server_register_at(postgres_cluster, "0008")  # type: ignore[arg-type]
    with psycopg.connect(postgres_cluster.url(address.database)) as raw:  # type: ignore[attr-defined]
        assert raw.execute("SELECT to_regclass('phrase')").fetchone() == (None,)
    _seeded_and_synchronised(address, laptop)  # opening it with the services brings it to head


def test_a_phrase_edited_on_each_side_merges_by_field_and_a_clash_waits(
    ctx: ServiceContext, laptop: ServiceContext
) -> None:
    synchronise(laptop, ctx)
    first, second = phrases.list_phrases(ctx)[:2]
    phrases.update_phrase(ctx, first.id, text_tr=TURKISH_FORMULA)
    phrases.update_phrase(laptop, first.id, text_en="The Chair recalled, for {ORG}, that {…}.")
    added = phrases.add_phrase(laptop, text_en="The Network thanked {ORG} for hosting the meeting.")
    phrases.update_phrase(ctx, second.id, text_en="Register's words.")
    phrases.update_phrase(laptop, second.id, text_en="Laptop's words.")
    report = synchronise(laptop, ctx)
    assert len(report.conflicts) == 1
    for side in (ctx, laptop):
        merged = phrases.get_phrase(side, first.id)
        assert (merged.text_en, merged.text_tr) == ("The Chair recalled, for {ORG}, that {…}.", TURKISH_FORMULA)
        assert phrases.get_phrase(side, added).text_en == "The Network thanked {ORG} for hosting the meeting."
    assert phrases.get_phrase(ctx, second.id).text_en == "Register's words."
    assert phrases.get_phrase(laptop, second.id).text_en == "Laptop's words."


def test_a_package_carries_the_bank_and_the_import_merges_it_by_id(
    ctx: ServiceContext, new_db: object, tmp_path: Path
) -> None:
    meeting = small_meeting(ctx)
    bank = phrases.list_phrases(ctx)
    added = phrases.add_phrase(ctx, text_tr=TURKISH_FORMULA)
    phrases.update_phrase(ctx, bank[0].id, text_en="The Chair opened the meeting at {…}.")
    out = export_package(ctx, meeting.meeting_id, tmp_path / "meeting.unnmpkg")
    carried = json.loads(out.read_text(encoding="utf-8"))["phrases"]
    assert {p["id"] for p in carried} == {p.id for p in bank} | {added}
    assert read_package(out).data["phrases"] == carried  # the schema accepts it

    with open_context(new_db("other"), actor="Laptop") as other:  # type: ignore[operator]
        own = phrases.add_phrase(other, text_en="A formula only this desk has, {…}.")
        phrases.delete_phrase(other, bank[2].id)
        report = import_package(other, out)
        assert report.applied
        merged = {p.id: p for p in phrases.list_phrases(other)}
        assert merged[added].text_tr == TURKISH_FORMULA
        assert merged[bank[0].id].text_en == "The Chair opened the meeting at {…}."
        assert merged[own].text_en == "A formula only this desk has, {…}."  # local phrases are never deleted
        assert bank[2].id in merged  # the package brings back a default the desk had removed
        again = import_package(other, out)  # nothing new: nothing changes
        assert {p.id: p for p in phrases.list_phrases(other)} == merged
        assert again.applied


@pytest.mark.sqlite_only("two laptops and an exchange folder: files only")
def test_a_phrase_travels_between_laptops_through_an_exchange_folder(
    database_templates: object, tmp_path: Path
) -> None:
    from unnm_desktop.services.sync.folder import FolderSide

    folder = tmp_path / "OneDrive - UN Migration" / "UNNM exchange"
    folder.mkdir(parents=True)
    first = open_context(database_templates.copy_to(tmp_path / "a" / "a.sqlite3"), actor="A")  # type: ignore[attr-defined]
    second = open_context(database_templates.copy_to(tmp_path / "b" / "b.sqlite3"), actor="B")  # type: ignore[attr-defined]
    try:
        for laptop in (first, second):
            assert synchronise(laptop, FolderSide(laptop, folder)).conflicts == ()
        added = phrases.add_phrase(first, text_tr=TURKISH_FORMULA, text_en="The Chair noted {ORG}'s views on {…}.")
        synchronise(first, FolderSide(first, folder))
        synchronise(second, FolderSide(second, folder))
        carried = phrases.get_phrase(second, added)
        assert (carried.text_tr, carried.text_en) == (TURKISH_FORMULA, "The Chair noted {ORG}'s views on {…}.")

        def contents(ctx: ServiceContext) -> list[tuple[str, int, str, str]]:
            return [(p.id, p.position, p.text_en, p.text_tr) for p in phrases.list_phrases(ctx)]

        assert contents(first) == contents(second)
    finally:
        first.close()
        second.close()

"""The three roles on a real server (issue 12): what each login may do is decided by PostgreSQL itself.

Raw SQL under each login shows the database refusing what the GUI would never offer (a rapporteur signing off,
editing signed-off minutes, merging people, anybody rewriting the audit log); the same refusals through the
services and the command line come out as one sentence.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from builders import small_meeting
from cli_runner import run as run_command
from database_templates import TEST_ACTOR
from server_fixtures import address_as

from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.desk import search
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.meeting import actions, agenda, attendance, meetings
from unnm_desktop.services.minutes import signoff
from unnm_desktop.store.address import ServerAddress
from unnm_desktop.store.audit import verify_chain
from unnm_desktop.store.errors import PermissionRefusedError
from unnm_desktop.store.server import make_server_engine
from unnm_desktop.store.server_roles import grant_role, set_up_roles

CHAIR = [signoff.SignatoryInput("Ayşe Yılmaz", role="Chair")]


@dataclass
class Register:
    """A database with the roles set up, a signed-off meeting and a draft one, and an address per login."""

    owner: ServerAddress
    as_role: dict[str, ServerAddress]
    signed_meeting: str
    signed_item: str
    signed_action: str
    draft_meeting: str
    draft_item: str
    person: str
    other_person: str

    def connect(self, role: str) -> psycopg.Connection:
        return psycopg.connect(self.as_role[role].url, autocommit=True)


def _cli(*arguments: str) -> subprocess.CompletedProcess[str]:
    """`unnm-desktop ARGS` in a process of its own (forked from a warm interpreter: tests/cli_runner.py)."""
    return run_command(*arguments)


def _init_and_grant(owner: ServerAddress, logins: dict[str, str]) -> None:
    engine = make_server_engine(owner)
    try:
        set_up_roles(engine)
        for role, login in logins.items():
            grant_role(engine, login, role)
    finally:
        engine.dispose()


@pytest.fixture
def register(postgres_cluster: object, server_address: ServerAddress, server_logins: dict[str, str]) -> Register:
    with open_context(server_address, actor=TEST_ACTOR) as ctx:
        signed = small_meeting(ctx, title="Signed-off meeting")
        action = actions.add_action(ctx, signed.meeting_id, text="Share the GCM report")
        signoff.sign_off(ctx, signed.meeting_id, CHAIR, backup=False)
        draft = small_meeting(ctx, title="Taslak toplantı")
        other = directory.create_person(ctx, full_name="Şule Öztürk")
    _init_and_grant(server_address, server_logins)
    return Register(
        owner=server_address,
        as_role={role: address_as(postgres_cluster, server_address, login) for role, login in server_logins.items()},  # type: ignore[arg-type]
        signed_meeting=signed.meeting_id,
        signed_item=signed.item_id,
        signed_action=action,
        draft_meeting=draft.meeting_id,
        draft_item=draft.item_id,
        person=draft.people["Işıl Doğan"],
        other_person=other,
    )


@pytest.fixture
def rapporteur_ctx(register: Register) -> Iterator[ServiceContext]:
    with open_context(register.as_role["rapporteur"], actor="İsmail Çelik") as ctx:
        yield ctx


def _refused(connection: psycopg.Connection, sql: str, parameters: tuple[object, ...] = ()) -> str | None:
    """Run `sql`; it must be refused as insufficient_privilege. Returns the refusing rule (None: the grants)."""
    with pytest.raises(psycopg.errors.InsufficientPrivilege) as refusal:
        connection.execute(sql, parameters)  # type: ignore[arg-type]
    return refusal.value.diag.constraint_name


COPY_MEETING = """
INSERT INTO meeting SELECT * FROM jsonb_populate_record(NULL::meeting,
    (SELECT to_jsonb(m) || jsonb_build_object('id', %s::text, 'reference', %s::text, 'title', %s::text, 'status', %s::text)
       FROM meeting m WHERE id = %s))
"""
COPY_ATTENDANCE = """
INSERT INTO attendance SELECT * FROM jsonb_populate_record(NULL::attendance,
    (SELECT to_jsonb(a) || jsonb_build_object('id', %s::text, 'meeting_id', %s::text) FROM attendance a WHERE id = (
        SELECT id FROM attendance WHERE meeting_id = %s ORDER BY id LIMIT 1)))
"""


def test_a_rapporteur_login_writes_drafts_and_nothing_signed_off(register: Register) -> None:
    with register.connect("rapporteur") as sql:
        # Drafts: a new meeting, its attendance, notes typed live, a new person and organisation mid-meeting.
        sql.execute(COPY_MEETING, ("raw-meeting", "RAW/1", "Göç Ağı — ham SQL", "draft", register.draft_meeting))
        sql.execute(COPY_ATTENDANCE, ("raw-attendance", "raw-meeting", register.draft_meeting))
        sql.execute("UPDATE agenda_item SET notes_md = %s WHERE id = %s", ("İlk not: ŞÇĞÜÖı", register.draft_item))
        sql.execute("INSERT INTO person (id, full_name, title, created_at, updated_at) "
                    "VALUES ('raw-person', 'Işık Yıldız', '', now(), now())")  # fmt: skip
        sql.execute("INSERT INTO organization (id, acronym, name_en, name_tr, kind, created_at, updated_at) "
                    "VALUES ('raw-org', 'GÖÇDER', 'Göç Derneği', '', 'ngo', now(), now())")  # fmt: skip
        sql.execute("UPDATE person SET title = 'Uzman' WHERE id = %s", (register.person,))
        # The search index: every writer keeps it in step.
        sql.execute("INSERT INTO search_pending (kind, record_id) VALUES ('agenda_item', %s) ON CONFLICT DO NOTHING",
                    (register.draft_item,))  # fmt: skip
        sql.execute("INSERT INTO search_entry (kind, record_id, folded) VALUES ('meeting', 'raw-meeting', 'gocagi')")
        # An earlier action's tracking may follow what a later meeting records, even after sign-off.
        sql.execute("UPDATE action_point SET status = 'done', completion_note = 'Tamamlandı' WHERE id = %s",
                    (register.signed_action,))  # fmt: skip

        # Signed-off minutes: no edit, no new row, no delete, no sign-off, no reopening.
        assert _refused(sql, "UPDATE agenda_item SET notes_md = 'değişti' WHERE id = %s", (register.signed_item,)) \
            == "unnm_signed_off_minutes"  # fmt: skip
        assert _refused(sql, "DELETE FROM attendance WHERE meeting_id = %s", (register.signed_meeting,)) \
            == "unnm_signed_off_minutes"  # fmt: skip
        assert _refused(sql, COPY_ATTENDANCE, ("late", register.signed_meeting, register.draft_meeting)) \
            == "unnm_signed_off_minutes"  # fmt: skip
        assert _refused(sql, "UPDATE action_point SET text = 'rewritten' WHERE id = %s", (register.signed_action,)) \
            == "unnm_signed_off_minutes"  # fmt: skip
        assert _refused(sql, "UPDATE meeting SET title = 'rewritten' WHERE id = %s", (register.signed_meeting,)) \
            == "unnm_signed_off_minutes"  # fmt: skip
        assert _refused(sql, "UPDATE meeting SET status = 'draft' WHERE id = %s", (register.signed_meeting,)) \
            == "unnm_reopen"  # fmt: skip
        assert _refused(sql, "UPDATE meeting SET status = 'signed_off' WHERE id = %s", (register.draft_meeting,)) \
            == "unnm_sign_off"  # fmt: skip
        assert _refused(sql, COPY_MEETING, ("m2", "RAW/2", "x", "signed_off", register.draft_meeting)) \
            == "unnm_sign_off"  # fmt: skip
        assert _refused(sql, "INSERT INTO sign_off (id, meeting_id, revision, signed_at, content_json, content_sha256) "
                             "VALUES ('s', %s, 0, now(), '{}', '')", (register.draft_meeting,)) is None  # fmt: skip
        assert _refused(sql, "UPDATE sign_off SET reopened_at = now()") is None
        # A cascade runs as the table's owner, yet still for this login: deleting a draft's action point may not
        # take with it what signed-off minutes recorded about it.
        sql.execute("INSERT INTO action_point (id, meeting_id, position, text, status, created_at, updated_at) "
                    "VALUES ('draft-action', %s, 0, 'Taslak eylem', 'open', now(), now())", (register.draft_meeting,))  # fmt: skip
        with psycopg.connect(register.owner.url, autocommit=True) as owner:
            owner.execute("INSERT INTO action_follow_up (id, action_id, meeting_id, note, created_at, updated_at) "
                          "VALUES ('signed-follow-up', 'draft-action', %s, 'Kaydedildi', now(), now())",
                          (register.signed_meeting,))  # fmt: skip
        assert _refused(sql, "DELETE FROM action_point WHERE id = 'draft-action'") == "unnm_signed_off_minutes"
        # Directory merges: no delete, no marking merged.
        assert _refused(sql, "DELETE FROM person WHERE id = %s", (register.other_person,)) is None
        assert _refused(sql, "DELETE FROM organization WHERE id = 'raw-org'") is None
        assert _refused(sql, "UPDATE person SET merged_into_id = %s WHERE id = %s",
                        (register.person, register.other_person)) == "unnm_directory_merge"  # fmt: skip
        # The audit log: append only.
        assert _refused(sql, "UPDATE audit_event SET actor = 'someone else'") is None
        assert _refused(sql, "DELETE FROM audit_event") is None
        assert _refused(sql, "TRUNCATE audit_event") is None

    with psycopg.connect(register.owner.url) as owner:
        notes = owner.execute("SELECT notes_md FROM agenda_item WHERE id = %s", (register.signed_item,)).fetchone()
        assert notes == ("",)
        assert owner.execute("SELECT count(*) FROM attendance WHERE meeting_id = 'raw-meeting'").fetchone() == (1,)
        assert owner.execute("SELECT status FROM meeting WHERE id = %s", (register.draft_meeting,)).fetchone() == (
            "draft",
        )


def test_a_reader_login_may_select_every_table_and_change_none(register: Register) -> None:
    with register.connect("reader") as sql:
        tables = [row[0] for row in sql.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        assert {"meeting", "audit_event", "sign_off", "person", "search_entry", "alembic_version"} <= set(tables)
        for table in tables:
            sql.execute(f"SELECT count(*) FROM {table}").fetchone()
            # Every column but the generated ones (search_entry.lexemes), which no one may insert into.
            columns = ", ".join(row[0] for row in sql.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s AND is_generated = 'NEVER'",
                (table,)))  # fmt: skip
            for statement in (f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {table} WHERE false",
                              f"DELETE FROM {table} WHERE false",
                              f"TRUNCATE {table}"):  # fmt: skip
                assert _refused(sql, statement) is None, statement
            column = sql.execute("SELECT column_name FROM information_schema.columns WHERE table_name = %s LIMIT 1",
                                 (table,)).fetchone()[0]  # fmt: skip
            assert _refused(sql, f"UPDATE {table} SET {column} = {column} WHERE false") is None, table
        assert _refused(sql, "CREATE TABLE mine (id int)") is None


def test_the_secretariat_signs_off_and_reopens_but_nobody_rewrites_the_audit_log(register: Register) -> None:
    with open_context(register.as_role["secretariat"], actor="Aylin") as ctx:
        signoff.sign_off(ctx, register.draft_meeting, CHAIR, backup=False)
        signoff.reopen_for_revision(ctx, register.signed_meeting, "Yazım hatası düzeltildi")
        directory.merge_people(ctx, register.person, register.other_person)
        assert meetings.get_meeting(ctx, register.draft_meeting).status == "signed_off"
        with ctx.session() as session:
            assert verify_chain(session).ok
    for who in ("secretariat", "owner"):
        address = register.owner if who == "owner" else register.as_role[who]
        with psycopg.connect(address.url, autocommit=True) as sql:
            for statement in ("UPDATE audit_event SET actor = 'someone else'", "DELETE FROM audit_event",
                              "TRUNCATE audit_event"):  # fmt: skip
                # The secretariat has no such grant; the owner, who has every grant, meets the trigger.
                rule = _refused(sql, statement)
                assert rule == ("unnm_audit_append_only" if who == "owner" else None), (who, statement)


def test_through_the_services_a_rapporteur_is_told_in_one_sentence(
    register: Register, rapporteur_ctx: ServiceContext
) -> None:
    ctx = rapporteur_ctx
    meeting_id = meetings.create_meeting(ctx, title="Çalıştay: İzmir", start="2026-05-12 10:00")
    item_id = agenda.add_item(ctx, meeting_id, title="Gündem")
    agenda.set_notes(ctx, item_id, "Notlar: ığüşöç İĞÜŞÖÇ")
    attendance.add_attendee(ctx, meeting_id, person_id=register.person)
    directory.create_person(ctx, full_name="Yeni Kişi")
    actions.record_follow_up(ctx, register.signed_action, meeting_id, note="Yapıldı", status="done")

    with pytest.raises(PermissionRefusedError) as refusal:
        signoff.sign_off(ctx, register.draft_meeting, CHAIR, backup=False)
    assert str(refusal.value) == "Your server login (rapporteur) may not sign off minutes; ask the secretariat."
    with pytest.raises(PermissionRefusedError) as refusal:
        signoff.reopen_for_revision(ctx, register.signed_meeting, "düzeltme")
    assert str(refusal.value) == (
        "Your server login (rapporteur) may not reopen signed-off minutes; ask the secretariat."
    )
    with pytest.raises(PermissionRefusedError) as refusal:
        directory.merge_people(ctx, register.person, register.other_person)
    assert "may not merge or delete people and organisations" in str(refusal.value)
    assert meetings.get_meeting(ctx, register.draft_meeting).status == "draft"
    with ctx.session() as session:
        assert verify_chain(session).ok
    assert agenda.get_item(ctx, item_id).notes_md == "Notlar: ığüşöç İĞÜŞÖÇ"


def test_through_the_services_a_reader_is_told_it_may_only_read(register: Register) -> None:
    with open_context(register.as_role["rapporteur"], actor="İsmail") as ctx:
        agenda.set_notes(ctx, register.draft_item, "Aranan söz: Şanlıurfa")  # waits in search_pending
    with open_context(register.as_role["reader"], actor="Işıl") as ctx:
        assert ctx.db.read_only  # seen as a read-only view, as a file another desk has open
        assert meetings.get_meeting(ctx, register.signed_meeting).status == "signed_off"
        assert {hit.id for hit in search.search(ctx, "sanliurfa")} == {register.draft_item}
        with pytest.raises(PermissionRefusedError) as refusal:
            meetings.create_meeting(ctx, title="Yok", start="2026-05-12 10:00")
    assert str(refusal.value) == (
        "Your server login (reader) may only read the register; ask the secretariat for a login that may write."
    )


def test_server_init_runs_again_after_an_upgrade_and_grant_says_what_it_did(
    postgres_cluster: object, register: Register, server_logins: dict[str, str]
) -> None:
    url = register.owner.url
    # An upgrade brings a table this version does not know: init again gives it its grants.
    with psycopg.connect(url, autocommit=True) as owner:
        owner.execute("CREATE TABLE desk_lease (meeting_id text PRIMARY KEY, holder text)")
    done = _cli("server", "init", "--db", url)
    assert done.returncode == 0, done.stderr
    assert "desk_lease" in done.stdout
    assert _cli("server", "init", "--db", url).returncode == 0
    with register.connect("rapporteur") as sql:
        sql.execute("INSERT INTO desk_lease VALUES ('m', 'İsmail')")
    with register.connect("reader") as sql:
        assert sql.execute("SELECT holder FROM desk_lease").fetchone() == ("İsmail",)
        assert _refused(sql, "DELETE FROM desk_lease") is None

    reader = server_logins["reader"]
    done = _cli("server", "grant", "--db", url, "--user", reader, "--role", "rapporteur")
    assert (done.returncode, done.stderr) == (0, "")
    assert f"{reader} is now rapporteur" in done.stdout and "unnm_reader" in done.stdout
    with psycopg.connect(address_as(postgres_cluster, register.owner, reader).url, autocommit=True) as sql:  # type: ignore[arg-type]
        sql.execute("UPDATE agenda_item SET notes_md = 'artık yazabilir' WHERE id = %s", (register.draft_item,))
    assert _cli("server", "grant", "--db", url, "--user", reader, "--role", "reader").returncode == 0

    missing = _cli("server", "grant", "--db", url, "--user", "nobody_here", "--role", "reader")
    assert missing.returncode == 1
    assert "There is no login nobody_here" in missing.stderr and "Traceback" not in missing.stderr
    assert _cli("server", "grant", "--db", url, "--user", reader, "--role", "chair").returncode == 2
    not_admin = _cli(
        "server", "grant", "--db", register.as_role["rapporteur"].url, "--user", reader, "--role", "secretariat"
    )
    assert not_admin.returncode == 1 and "may not give roles" in not_admin.stderr, not_admin.stderr
    a_file = _cli("server", "init", "--db", "register.sqlite3")
    assert a_file.returncode == 1 and "is a file, which has no roles" in a_file.stderr


def test_every_table_of_the_schema_has_its_place_in_the_role_matrix() -> None:
    """A table added to models.py must be given its grants (and rules) in store/server_roles.py, not a default."""
    from unnm_desktop.store.models import Base
    from unnm_desktop.store.server_refusals import BY_RULE
    from unnm_desktop.store.server_roles import KNOWN_TABLES, RULES

    assert set(Base.metadata.tables) | {"search_entry", "search_pending", "alembic_version"} == set(KNOWN_TABLES)
    assert set(BY_RULE) == set(RULES)  # every refusal a trigger gives has its sentence


def test_a_desk_whose_login_may_not_upgrade_the_register_is_told_who_may(register: Register) -> None:
    from unnm_desktop.store.errors import StorageError

    with psycopg.connect(register.owner.url, autocommit=True) as owner:
        # The register as an older version left it (migrations 0005 to 0010 not yet run).
        owner.execute("DROP TABLE phrase")
        owner.execute("DROP TABLE minutes_addendum")
        owner.execute("DROP TABLE sync_conflict")
        owner.execute("DROP TABLE sync_base")
        owner.execute("DROP TABLE meeting_leases")
        owner.execute("DROP INDEX ix_search_entry_lexemes")
        owner.execute("ALTER TABLE search_entry DROP COLUMN lexemes")
        owner.execute("DROP FUNCTION unnm_search_lexemes(text)")
        owner.execute("DROP FUNCTION unnm_search_words(text)")
        for table in ("meeting", "attendance", "agenda_item", "decision", "position", "action_point",
                      "action_follow_up", "organization", "person", "organization_alias"):  # fmt: skip
            owner.execute(f"ALTER TABLE {table} DROP COLUMN version")
        owner.execute("UPDATE alembic_version SET version_num = '0004'")
    with pytest.raises(StorageError) as refusal:
        open_context(register.as_role["rapporteur"], actor="İsmail")
    assert "needs upgrading to this version, which only the login that owns it may do" in str(refusal.value)
    assert _cli("server", "init", "--db", register.owner.url).returncode == 0
    open_context(register.as_role["rapporteur"], actor="İsmail").close()


def test_a_rapporteur_imports_draft_packages_but_not_signed_off_minutes(register: Register, tmp_path: Path) -> None:
    with open_context(tmp_path / "laptop.sqlite3", actor="Laptop") as laptop:
        draft = small_meeting(laptop, title="Laptop taslağı")
        signed = small_meeting(laptop, title="Laptop imzalı")
        for number, made in enumerate((draft, signed), start=1):
            meetings.update_meeting(laptop, made.meeting_id, reference=f"LAPTOP/{number}")
        signoff.sign_off(laptop, signed.meeting_id, CHAIR, backup=False)
    packages = {}
    for name, meeting_id in (("draft", draft.meeting_id), ("signed", signed.meeting_id)):
        packages[name] = tmp_path / f"{name}.unnmpkg"
        done = _cli("package", "export", "--db", str(tmp_path / "laptop.sqlite3"), "--meeting", meeting_id,
                    "--out", str(packages[name]))  # fmt: skip
        assert done.returncode == 0, done.stderr
    rapporteur = register.as_role["rapporteur"].url
    done = _cli("package", "import", "--db", rapporteur, str(packages["draft"]))
    assert done.returncode == 0, done.stderr
    refused = _cli("package", "import", "--db", rapporteur, str(packages["signed"]))
    assert refused.returncode == 1
    assert (
        refused.stderr
        == "unnm-desktop: Your server login (rapporteur) may not sign off minutes; ask the secretariat.\n"
    )
    with psycopg.connect(register.owner.url) as owner:
        titles = {row[0] for row in owner.execute("SELECT title FROM meeting")}
    assert "Laptop taslağı" in titles and "Laptop imzalı" not in titles
    done = _cli("package", "import", "--db", register.as_role["secretariat"].url, str(packages["signed"]))
    assert done.returncode == 0, done.stderr


def test_it_sets_up_an_empty_database_with_its_own_administrative_login(
    postgres_cluster: object, server_logins: dict[str, str]
) -> None:
    """IT's way: a login that may create roles (not a superuser) owns an empty database; `server init` makes the
    schema and the roles there, `server grant` gives the desks theirs."""
    admin_url = postgres_cluster.url("postgres")  # type: ignore[attr-defined]
    with psycopg.connect(admin_url, autocommit=True) as admin:
        if admin.execute("SELECT 1 FROM pg_roles WHERE rolname = 'it_admin'").fetchone() is None:
            admin.execute("CREATE ROLE it_admin LOGIN CREATEROLE")
        admin.execute("DROP DATABASE IF EXISTS unnm_office WITH (FORCE)")
        admin.execute("CREATE DATABASE unnm_office OWNER it_admin")
    try:
        url = postgres_cluster.url("unnm_office", user="it_admin")  # type: ignore[attr-defined]
        done = _cli("server", "init", "--db", url)
        assert done.returncode == 0, done.stderr
        assert "Tables this version does not name" not in done.stdout
        rapporteur = server_logins["rapporteur"]
        done = _cli("server", "grant", "--db", url, "--user", rapporteur, "--role", "rapporteur")
        assert done.returncode == 0, done.stderr
        as_rapporteur = ServerAddress.parse(postgres_cluster.url("unnm_office", user=rapporteur))  # type: ignore[attr-defined]
        with open_context(as_rapporteur, actor="İsmail") as ctx:
            meeting = small_meeting(ctx, title="Ofis toplantısı")
            with pytest.raises(PermissionRefusedError, match="may not sign off minutes"):
                signoff.sign_off(ctx, meeting.meeting_id, CHAIR, backup=False)
        # The owner counts as the secretariat, but does not rewrite the audit log either.
        with open_context(ServerAddress.parse(url), actor="IT") as ctx:
            signoff.sign_off(ctx, meeting.meeting_id, CHAIR, backup=False)
        with psycopg.connect(url, autocommit=True) as owner:
            assert _refused(owner, "DELETE FROM audit_event") == "unnm_audit_append_only"
    finally:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute("DROP DATABASE IF EXISTS unnm_office WITH (FORCE)")

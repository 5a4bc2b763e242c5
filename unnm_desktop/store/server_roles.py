"""The three roles of a register on a PostgreSQL server, and the rules the database itself enforces for them.

- unnm_secretariat: everything the app does (sign-off, reopening, directory merges, imports over signed-off
  minutes), except changing the audit log, which nobody may do;
- unnm_rapporteur: the drafts (meetings, attendance, agenda and notes, decisions and positions, action points and
  follow-ups), new people and organisations, the search index; not sign-off, reopening, merges, nor any change
  to signed-off minutes (a package import over them included), except an action point's tracking (its status,
  completion date and note), which a later meeting records;
- unnm_reader: SELECT only.

Grants say which tables a role may write; triggers say which rows (those of signed-off minutes), which changes
(a meeting's status becoming or ceasing to be signed off, a person or organisation marked merged) and that the
audit log is append-only for everybody. A trigger's refusal is SQLSTATE 42501 (insufficient_privilege) with
the rule's name as the error's constraint name (RULES), which store/server_refusals.py turns into one sentence.

None of this is an Alembic migration, on purpose: roles are objects of the whole cluster, not of one database,
and creating them needs a login with CREATEROLE, while the migrations run as whichever login opens the
database. `unnm-desktop server init` runs it as IT's administrative login, after bringing the schema to head;
it can be run again after an upgrade (everything here is dropped and made again, so new tables get their
grants). The tables stay owned by that login, never by unnm_secretariat: an owner may disable triggers.

A trigger asks whether the *login* (session_user) belongs to the secretariat, not current_user: foreign-key
cascades run as the table's owner, and must not let a rapporteur's delete reach signed-off minutes.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text

from unnm_desktop.store.advisory_locks import APP_LOCK_SPACE, MIGRATION_LOCK

SECRETARIAT = "unnm_secretariat"
RAPPORTEUR = "unnm_rapporteur"
READER = "unnm_reader"
ROLES = {"secretariat": SECRETARIAT, "rapporteur": RAPPORTEUR, "reader": READER}

# The constraint names a trigger's refusal carries (store/server_refusals.py reads them).
RULES = ("unnm_sign_off", "unnm_reopen", "unnm_signed_off_minutes", "unnm_directory_merge", "unnm_audit_append_only")

WRITE = "SELECT, INSERT, UPDATE, DELETE"

# table -> (the record the row belongs to, the column naming it[, columns that may change after sign-off])
SIGNED_OFF_GUARDS: dict[str, tuple[str, ...]] = {
    "meeting_objective": ("meeting", "meeting_id"),
    "attendance": ("meeting", "meeting_id"),
    "agenda_item": ("meeting", "meeting_id"),
    "agenda_item_objective": ("agenda_item", "agenda_item_id"),
    "decision": ("meeting", "meeting_id"),
    "decision_objective": ("decision", "decision_id"),
    "position": ("decision", "decision_id"),
    # A later meeting's matters arising, and the tracker, record what became of an action point.
    "action_point": ("meeting", "meeting_id", "status,completed_on,completion_note,updated_at,version"),
    "action_responsible": ("action_point", "action_id"),
    "action_follow_up": ("meeting", "meeting_id"),
}
# table -> (what the secretariat may do, what a rapporteur may do); the reader may SELECT every table.
KNOWN_TABLES: dict[str, tuple[str, str]] = {
    # The minutes: rapporteurs write drafts; the triggers keep signed-off minutes to the secretariat.
    **dict.fromkeys(("meeting", *SIGNED_OFF_GUARDS), (WRITE, WRITE)),
    # The directory: rapporteurs add people and organisations mid-meeting and correct them; deleting one, or
    # marking one merged into another (a merge), is the secretariat's.
    "person": (WRITE, "SELECT, INSERT, UPDATE"),
    "organization": (WRITE, "SELECT, INSERT, UPDATE"),
    "organization_alias": (WRITE, WRITE),
    "sign_off": (WRITE, "SELECT"),
    "signatory": (WRITE, "SELECT"),
    # Addenda to signed-off minutes (issue 14): the secretariat records closures; rapporteurs read them.
    "minutes_addendum": (WRITE, "SELECT"),
    "audit_event": ("SELECT, INSERT", "SELECT, INSERT"),
    # Derived data every writer keeps in step (the search index and its version in app_info).
    "search_entry": (WRITE, WRITE),
    "search_pending": (WRITE, WRITE),
    "app_info": (WRITE, WRITE),
    # Who is typing which meeting (services/meeting/leases.py): both writers take, renew and release leases.
    "meeting_leases": (WRITE, WRITE),
    # What a desk that synchronises with another register keeps about it (services/sync): its own bookkeeping.
    "sync_base": (WRITE, WRITE),
    "sync_conflict": (WRITE, WRITE),
    # The phrase bank (services/phrases.py): the secretariat keeps it (Desk menu), but a rapporteur's desk that
    # synchronises or imports a package carries phrase edits too.
    "phrase": (WRITE, WRITE),
    # Only the owner migrates.
    "alembic_version": ("SELECT", "SELECT"),
}
# A table added by a later migration and not named above: working data both writers need (its rules, if any,
# are added here with it). `server init` lists such tables.
DEFAULT_PRIVILEGES = (WRITE, WRITE)

DIRECTORY_GUARDS = ("person", "organization")


@dataclass(frozen=True)
class RolesReport:
    schema: str
    tables: tuple[str, ...]
    defaulted: tuple[str, ...]  # tables not in KNOWN_TABLES, given DEFAULT_PRIVILEGES


def set_up_roles(engine: Engine) -> RolesReport:
    """Create (or bring up to date) the roles, grants and triggers, in one transaction."""
    with engine.begin() as connection:
        # The same lock as migrations: no desk upgrades the schema while its grants are being made.
        connection.execute(text("SELECT pg_advisory_xact_lock(:space, :key)"),
                           {"space": APP_LOCK_SPACE, "key": MIGRATION_LOCK})  # fmt: skip
        schema = connection.execute(text("SELECT current_schema()")).scalar_one()
        tables = tuple(
            connection.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = :schema ORDER BY tablename"),
                {"schema": schema},
            ).scalars()
        )
        create_roles(connection)
        grant_database_and_schema(connection, schema)
        defaulted = grant_tables(connection, tables)
        grant_sequences(connection, schema)
        create_functions(connection, schema)
        create_triggers(connection, tables)
    return RolesReport(schema, tables, defaulted)


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def create_roles(connection: Connection) -> None:
    """The three group roles (NOLOGIN): logins are IT's, and get one of them with `server grant`."""
    for role in (SECRETARIAT, RAPPORTEUR, READER):
        exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": role}).first()
        if exists is None:
            connection.execute(text(f"CREATE ROLE {role} NOLOGIN"))


def grant_database_and_schema(connection: Connection, schema: str) -> None:
    """Connecting and using the schema; creating objects in it (PUBLIC's right before PostgreSQL 15) for nobody."""
    database = _quote(connection, connection.execute(text("SELECT current_database()")).scalar_one())
    name = _quote(connection, schema)
    connection.execute(text(f"GRANT CONNECT ON DATABASE {database} TO {SECRETARIAT}, {RAPPORTEUR}, {READER}"))
    connection.execute(text(f"GRANT USAGE ON SCHEMA {name} TO {SECRETARIAT}, {RAPPORTEUR}, {READER}"))
    connection.execute(text(f"REVOKE CREATE ON SCHEMA {name} FROM PUBLIC"))


def grant_tables(connection: Connection, tables: tuple[str, ...]) -> tuple[str, ...]:
    """Each table's privileges made afresh (REVOKE ALL first, so that running it again never widens them)."""
    defaulted = []
    for table in tables:
        secretariat, rapporteur = KNOWN_TABLES.get(table, DEFAULT_PRIVILEGES)
        if table not in KNOWN_TABLES:
            defaulted.append(table)
        name = _quote(connection, table)
        connection.execute(text(f"REVOKE ALL ON TABLE {name} FROM {SECRETARIAT}, {RAPPORTEUR}, {READER}"))
        connection.execute(text(f"GRANT {secretariat} ON TABLE {name} TO {SECRETARIAT}"))
        connection.execute(text(f"GRANT {rapporteur} ON TABLE {name} TO {RAPPORTEUR}"))
        connection.execute(text(f"GRANT SELECT ON TABLE {name} TO {READER}"))
    return tuple(defaulted)


def grant_sequences(connection: Connection, schema: str) -> None:
    """search_entry's id comes from a sequence: whoever indexes draws from it."""
    name = _quote(connection, schema)
    connection.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {name} TO {SECRETARIAT}, {RAPPORTEUR}"))
    connection.execute(text(f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA {name} TO {READER}"))


def create_functions(connection: Connection, schema: str) -> None:
    """The triggers' functions. Each pins its search_path (the schema, then pg_temp last), so that a temporary
    table of the same name as `meeting` cannot stand in for the real one."""
    path = f"pg_catalog, {_quote(connection, schema)}, pg_temp"
    for sql in (_REFUSE, _IS_SECRETARIAT, _SIGNED_OFF, _GUARD_MEETING, _GUARD_SIGNED_OFF, _GUARD_MERGE, _GUARD_AUDIT):
        connection.execute(text(sql.replace("{path}", path)))


def create_triggers(connection: Connection, tables: tuple[str, ...]) -> None:
    present = set(tables)
    guards: list[tuple[str, str, str]] = [("meeting", "BEFORE INSERT OR UPDATE OR DELETE", "unnm_guard_meeting()")]
    for table, arguments in SIGNED_OFF_GUARDS.items():
        quoted = ", ".join(f"'{argument}'" for argument in arguments)
        guards.append((table, "BEFORE INSERT OR UPDATE OR DELETE", f"unnm_guard_signed_off_minutes({quoted})"))
    guards += [(table, "BEFORE INSERT OR UPDATE", "unnm_guard_directory_merge()") for table in DIRECTORY_GUARDS]
    guards.append(("audit_event", "BEFORE UPDATE OR DELETE", "unnm_guard_audit_append_only()"))
    for table, timing, function in guards:
        if table not in present:
            continue
        name = _quote(connection, table)
        connection.execute(text(f"DROP TRIGGER IF EXISTS unnm_guard ON {name}"))
        connection.execute(
            text(f"CREATE TRIGGER unnm_guard {timing} ON {name} FOR EACH ROW EXECUTE FUNCTION {function}")
        )
    if "audit_event" in present:
        # TRUNCATE fires no row trigger: a statement trigger of its own.
        connection.execute(text("DROP TRIGGER IF EXISTS unnm_guard_truncate ON audit_event"))
        connection.execute(text("CREATE TRIGGER unnm_guard_truncate BEFORE TRUNCATE ON audit_event "
                                "FOR EACH STATEMENT EXECUTE FUNCTION unnm_guard_audit_append_only()"))  # fmt: skip


_REFUSE = """
CREATE OR REPLACE FUNCTION unnm_refuse(rule text, message text) RETURNS void
LANGUAGE plpgsql SET search_path = {path} AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', CONSTRAINT = rule, MESSAGE = message,
        HINT = 'Ask a login of the unnm_secretariat role.';
END $$
"""

# The secretariat, or the login owning the register's tables (IT's, which ran `server init`); superusers
# belong to every role. PL/pgSQL rather than SQL functions: their plans are kept for the connection, where a
# SQL function called from a trigger is planned again on every row (a millisecond per autosave).
_IS_SECRETARIAT = """
CREATE OR REPLACE FUNCTION unnm_is_secretariat() RETURNS boolean
LANGUAGE plpgsql STABLE SET search_path = {path} AS $$
BEGIN
    RETURN pg_has_role(session_user, 'unnm_secretariat', 'MEMBER')
        OR pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'meeting'::regclass), 'MEMBER');
END $$
"""

# Whether the record (`kind`, `record_id`) belongs to signed-off minutes.
_SIGNED_OFF = """
CREATE OR REPLACE FUNCTION unnm_minutes_signed_off(kind text, record_id text) RETURNS boolean
LANGUAGE plpgsql STABLE SET search_path = {path} AS $$
DECLARE
    meeting_status text;
BEGIN
    IF kind = 'meeting' THEN
        SELECT m.status INTO meeting_status FROM meeting m WHERE m.id = record_id;
    ELSIF kind = 'agenda_item' THEN
        SELECT m.status INTO meeting_status FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id
         WHERE a.id = record_id;
    ELSIF kind = 'decision' THEN
        SELECT m.status INTO meeting_status FROM decision d JOIN meeting m ON m.id = d.meeting_id
         WHERE d.id = record_id;
    ELSIF kind = 'action_point' THEN
        SELECT m.status INTO meeting_status FROM action_point p JOIN meeting m ON m.id = p.meeting_id
         WHERE p.id = record_id;
    ELSE
        RAISE EXCEPTION 'unnm_minutes_signed_off: unknown kind %', kind;
    END IF;
    RETURN coalesce(meeting_status = 'signed_off', false);
END $$
"""

_GUARD_MEETING = """
CREATE OR REPLACE FUNCTION unnm_guard_meeting() RETURNS trigger
LANGUAGE plpgsql SET search_path = {path} AS $$
BEGIN
    IF unnm_is_secretariat() THEN
        RETURN coalesce(NEW, OLD);
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status = 'signed_off' THEN
            PERFORM unnm_refuse('unnm_sign_off', 'only the secretariat signs off minutes');
        END IF;
    ELSIF OLD.status = 'signed_off' THEN
        IF TG_OP = 'UPDATE' AND NEW.status <> 'signed_off' THEN
            PERFORM unnm_refuse('unnm_reopen', 'only the secretariat reopens signed-off minutes');
        END IF;
        PERFORM unnm_refuse('unnm_signed_off_minutes', 'only the secretariat changes signed-off minutes');
    ELSIF TG_OP = 'UPDATE' AND NEW.status = 'signed_off' THEN
        PERFORM unnm_refuse('unnm_sign_off', 'only the secretariat signs off minutes');
    END IF;
    RETURN coalesce(NEW, OLD);
END $$
"""

# Arguments: the record a row belongs to ('meeting', 'agenda_item', 'decision', 'action_point'), the column
# naming it, and optionally the columns (comma-separated) that may still change once the minutes are signed off.
_GUARD_SIGNED_OFF = """
CREATE OR REPLACE FUNCTION unnm_guard_signed_off_minutes() RETURNS trigger
LANGUAGE plpgsql SET search_path = {path} AS $$
DECLARE
    kind text := TG_ARGV[0];
    old_key text;
    new_key text;
    tracking text[] := string_to_array(coalesce(TG_ARGV[2], ''), ',');
BEGIN
    IF unnm_is_secretariat() THEN
        RETURN coalesce(NEW, OLD);
    END IF;
    IF TG_OP <> 'INSERT' THEN
        old_key := to_jsonb(OLD) ->> TG_ARGV[1];
    END IF;
    IF TG_OP <> 'DELETE' THEN
        new_key := to_jsonb(NEW) ->> TG_ARGV[1];
    END IF;
    IF TG_OP = 'UPDATE' AND old_key IS NOT DISTINCT FROM new_key AND cardinality(tracking) > 0
       AND to_jsonb(OLD) - tracking = to_jsonb(NEW) - tracking THEN
        RETURN NEW;  -- only the tracking columns changed: allowed on signed-off minutes too
    END IF;
    IF (old_key IS NOT NULL AND unnm_minutes_signed_off(kind, old_key))
       OR (new_key IS DISTINCT FROM old_key AND new_key IS NOT NULL AND unnm_minutes_signed_off(kind, new_key)) THEN
        PERFORM unnm_refuse('unnm_signed_off_minutes', 'only the secretariat changes signed-off minutes');
    END IF;
    RETURN coalesce(NEW, OLD);
END $$
"""

# A merge marks the duplicate (merged_into_id) and points everything at the one kept; deleting the duplicate
# is refused by the grants (no DELETE on person or organization).
_GUARD_MERGE = """
CREATE OR REPLACE FUNCTION unnm_guard_directory_merge() RETURNS trigger
LANGUAGE plpgsql SET search_path = {path} AS $$
BEGIN
    IF NOT unnm_is_secretariat() AND NEW.merged_into_id IS NOT NULL
       AND (TG_OP = 'INSERT' OR OLD.merged_into_id IS DISTINCT FROM NEW.merged_into_id) THEN
        PERFORM unnm_refuse('unnm_directory_merge', 'only the secretariat merges people and organisations');
    END IF;
    RETURN NEW;
END $$
"""

# For everybody, the secretariat and the owner included: the hash chain is only ever extended.
_GUARD_AUDIT = """
CREATE OR REPLACE FUNCTION unnm_guard_audit_append_only() RETURNS trigger
LANGUAGE plpgsql SET search_path = {path} AS $$
BEGIN
    PERFORM unnm_refuse('unnm_audit_append_only', 'the audit log is append-only');
    RETURN NULL;
END $$
"""


@dataclass(frozen=True)
class GrantOutcome:
    login: str
    role: str
    revoked: tuple[str, ...]


_ROLES_PRESENT = text(f"SELECT rolname FROM pg_roles WHERE rolname IN ('{SECRETARIAT}', '{RAPPORTEUR}', '{READER}')")


class GrantRefused(Exception):
    """Why a login cannot be given a role: `reason` is 'no_login', 'not_login' or 'not_initialised'."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def grant_role(engine: Engine, login: str, role: str) -> GrantOutcome:
    """Make `login` (an existing login role) a member of exactly one of the three roles."""
    group = ROLES[role]
    with engine.begin() as connection:
        found = connection.execute(text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :login"),
                                   {"login": login}).first()  # fmt: skip
        if found is None:
            raise GrantRefused("no_login")
        if not found.rolcanlogin:
            raise GrantRefused("not_login")
        present = set(connection.execute(_ROLES_PRESENT).scalars())
        if present != set(ROLES.values()):
            raise GrantRefused("not_initialised")
        quoted = _quote(connection, login)
        revoked = []
        for other in ROLES.values():
            if other != group and _is_member(connection, login, other):
                connection.execute(text(f"REVOKE {other} FROM {quoted}"))
                revoked.append(other)
        connection.execute(text(f"GRANT {group} TO {quoted}"))
    return GrantOutcome(login, group, tuple(revoked))


def _is_member(connection: Connection, login: str, group: str) -> bool:
    """Directly granted (pg_auth_members), as REVOKE needs; a superuser's implicit membership does not count."""
    return (
        connection.execute(
            text(
                "SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member"
                " WHERE g.rolname = :group AND u.rolname = :login"
            ),
            {"group": group, "login": login},
        ).first()
        is not None
    )

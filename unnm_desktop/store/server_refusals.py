"""What PostgreSQL refused a server login, said in one sentence (the roles and rules of store/server_roles.py).

A refusal is SQLSTATE 42501 (insufficient_privilege): from the grants ("permission denied for table …") or
from a trigger of server_roles, whose rule is the error's constraint name. Database.session turns it into a
PermissionRefusedError, so that the GUI and the command line show the sentence, never a traceback.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Engine, text

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP
from unnm_desktop.store.errors import PermissionRefusedError

INSUFFICIENT_PRIVILEGE = "42501"

SIGN_OFF = QT_TRANSLATE_NOOP("Errors", "Your server login ({role}) may not sign off minutes; ask the secretariat.")
REOPEN = QT_TRANSLATE_NOOP(
    "Errors", "Your server login ({role}) may not reopen signed-off minutes; ask the secretariat."
)
SIGNED_OFF = QT_TRANSLATE_NOOP(
    "Errors", "Your server login ({role}) may not change signed-off minutes; ask the secretariat."
)
MERGE = QT_TRANSLATE_NOOP(
    "Errors", "Your server login ({role}) may not merge or delete people and organisations; ask the secretariat."
)
AUDIT = QT_TRANSLATE_NOOP("Errors", "The audit log is append-only: no server login may change or delete its entries.")
READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors", "Your server login ({role}) may only read the register; ask the secretariat for a login that may write."
)
OTHER = QT_TRANSLATE_NOOP("Errors", "Your server login ({role}) may not make this change; ask the secretariat.")

BY_RULE = {
    "unnm_sign_off": SIGN_OFF,
    "unnm_reopen": REOPEN,
    "unnm_signed_off_minutes": SIGNED_OFF,
    "unnm_directory_merge": MERGE,
    "unnm_audit_append_only": AUDIT,
}
# Refusals by the grants, by the table named in the (English) server message.
BY_TABLE = {"sign_off": SIGN_OFF, "signatory": SIGN_OFF, "person": MERGE, "organization": MERGE, "audit_event": AUDIT}
_TABLE = re.compile(r'permission denied for (?:table|relation) "?([A-Za-z_][A-Za-z0-9_]*)')

ROLE_NAMES = (("unnm_secretariat", "secretariat"), ("unnm_rapporteur", "rapporteur"), ("unnm_reader", "reader"))


def refusal_of(error: BaseException) -> Any:
    """The driver's error if `error` (a SQLAlchemy DBAPIError) is PostgreSQL's insufficient_privilege, else None."""
    original = getattr(error, "orig", None)
    return original if getattr(original, "sqlstate", None) == INSUFFICIENT_PRIVILEGE else None


def refused(engine: Engine, original: Any) -> PermissionRefusedError:
    """The sentence for a refusal the server gave the login of `engine` (asked afresh: the transaction is over)."""
    diagnostic = getattr(original, "diag", None)
    rule = getattr(diagnostic, "constraint_name", None)
    role = login_role(engine)
    template = BY_RULE.get(rule or "")
    if template is None:
        found = _TABLE.search(str(original))
        template = READ_ONLY if role == "reader" else BY_TABLE.get(found.group(1) if found else "", OTHER)
    return PermissionRefusedError(template, role=role)


def login_role(engine: Engine) -> str:
    """'secretariat', 'rapporteur' or 'reader', whichever role the login belongs to first; else its name."""
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT session_user, array(SELECT rolname FROM pg_roles WHERE rolname LIKE 'unnm\\_%' "
                    "AND pg_has_role(session_user, oid, 'MEMBER'))"
                )
            ).one()
    except Exception:  # the sentence matters more than the role's name
        return "?"
    login, groups = rows
    return next((short for group, short in ROLE_NAMES if group in groups), str(login))

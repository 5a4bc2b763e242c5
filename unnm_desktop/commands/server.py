"""`unnm-desktop server init|grant`: a register on a PostgreSQL server, its three roles and who has which."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from unnm_desktop.commands.common import Handler, db_option, db_path
from unnm_desktop.domain.errors import UserFacingError

if TYPE_CHECKING:
    from unnm_desktop.store.address import ServerAddress

ROLE_CHOICES = ("secretariat", "rapporteur", "reader")


def register(commands: Any) -> dict[str, Handler]:
    server = commands.add_parser(
        "server",
        help="set up a register on a PostgreSQL server: its schema, its roles, and which login has which",
        description="Run these as the server's administrative login (one that owns the database and may create "
        "roles). Roles: secretariat (everything), rapporteur (drafts; no sign-off, reopening, directory merges or "
        "changes to signed-off minutes), reader (read only). See docs/server.md.",
    )
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)

    init = actions.add_parser(
        "init",
        help="create or upgrade the schema and (again) the roles, grants and rules; safe to run after every upgrade",
    )
    db_option(init)

    grant = actions.add_parser(
        "grant",
        help="give an existing login one of the three roles (replacing any other of them it had)",
        description="The login must exist already: IT creates it (CREATE ROLE name LOGIN …, its password kept by "
        "PostgreSQL, never by this app), then gives it a role here.",
    )
    db_option(grant)
    grant.add_argument("--user", required=True, metavar="NAME", help="the login (a PostgreSQL role that can log in)")
    grant.add_argument("--role", required=True, choices=ROLE_CHOICES, help="the role to give it")
    return {"server": _run}


def _run(args: argparse.Namespace) -> int:
    return _init(args) if args.server_command == "init" else _grant(args)


def _server_address(args: argparse.Namespace) -> ServerAddress:
    from unnm_desktop.store.address import ServerAddress

    location = db_path(args)
    if not isinstance(location, ServerAddress):
        raise UserFacingError(
            f"server {args.server_command} works on a PostgreSQL server's database (--db postgresql://user@host/db); "
            f"{location} is a file, which has no roles."
        )
    return location


def _init(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import DBAPIError

    from unnm_desktop.services.context import open_context
    from unnm_desktop.store.server_roles import RAPPORTEUR, READER, SECRETARIAT, set_up_roles

    address = _server_address(args)
    with open_context(address, actor="server init") as ctx:
        try:
            report = set_up_roles(ctx.db.engine)
        except DBAPIError as error:
            raise UserFacingError(
                f"The roles could not be set up on {address.display} ({_first_line(error)}). Run server init as "
                "the login that owns the database and may create roles (CREATEROLE)."
            ) from None
    print(f"{address.display}: schema at head; roles {SECRETARIAT}, {RAPPORTEUR}, {READER} and their rules "
          f"set on {len(report.tables)} tables.")  # fmt: skip
    if report.defaulted:
        print("Tables this version does not name, readable and writable by both writing roles: "
              + ", ".join(report.defaulted))  # fmt: skip
    print(
        "Give each login its role: unnm-desktop server grant --db URL --user NAME --role secretariat|rapporteur|reader"
    )
    return 0


def _grant(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import DBAPIError

    from unnm_desktop.store.server import make_server_engine, unreachable
    from unnm_desktop.store.server_roles import GrantRefused, grant_role

    address = _server_address(args)
    engine = make_server_engine(address)
    try:
        outcome = grant_role(engine, args.user, args.role)
    except GrantRefused as refusal:
        raise UserFacingError(_GRANT_REFUSALS[refusal.reason].format(user=args.user, server=address.display)) from None
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) == "42501":
            raise UserFacingError(
                f"{address.user or 'This login'} may not give roles on {address.display} ({_first_line(error)}); "
                "run server grant as the login that ran server init."
            ) from None
        raise unreachable(address, error) from None
    finally:
        engine.dispose()
    replaced = f" (instead of {', '.join(outcome.revoked)})" if outcome.revoked else ""
    print(f"{outcome.login} is now {args.role} ({outcome.role}) on {address.display}{replaced}.")
    return 0


_GRANT_REFUSALS = {
    "no_login": "There is no login {user} on {server}. IT creates it first (CREATE ROLE {user} LOGIN, with a "
    "password kept by PostgreSQL), then gives it a role here.",
    "not_login": "{user} on {server} is a role that cannot log in; give the role to a login (CREATE ROLE … LOGIN).",
    "not_initialised": "{server} has no UNNM roles yet; run `unnm-desktop server init --db URL` first.",
}


def _first_line(error: BaseException) -> str:
    return str(getattr(error, "orig", None) or error).strip().splitlines()[0]

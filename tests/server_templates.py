"""The PostgreSQL side of tests/database_templates.py: template databases built once per session in the test
cluster, copied for each test by `CREATE DATABASE … TEMPLATE …` (a file copy inside the server, a few tens of
milliseconds), so that a test on a server starts from the very database a SQLite test gets.

The same methods as DatabaseTemplates, on ServerAddress targets instead of file paths. A copy is made ahead,
in a thread of its own (tests/ready_databases.py), while the test before runs: a test then renames a ready copy
instead of waiting for CREATE DATABASE; its database is dropped in that thread too.
"""

from __future__ import annotations

import copy
import itertools
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from builders import SmallMeeting, small_meeting
from database_templates import TEST_ACTOR, DatabaseTemplates
from postgres_server import PostgresCluster
from ready_databases import EMPTY, ReadyDatabases, create_statement

from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.store.address import ServerAddress

T = TypeVar("T")


class ServerTemplates:
    """Template databases on one server, each built on first use, and the per-test databases copied from them."""

    def __init__(self, server: Any, *, new_template: str | None = None, schema_template: str | None = None) -> None:
        """`server`: a running PostgresCluster (or the external server of UNNM_TEST_POSTGRES_URL);
        `new_template`: a database there already migrated and seeded by TEST_ACTOR; `schema_template`: one
        migrated only."""
        import psycopg

        self._server = server
        self._admin = psycopg.connect(server.url("postgres"), autocommit=True)
        self._templates: dict[tuple[int, str], str] = {(0, TEST_ACTOR): new_template} if new_template else {}
        self._made: dict[tuple[str, str], tuple[str, Any]] = {}
        self._schema: str | None = schema_template
        self._template_numbers = itertools.count(1)
        self._database_numbers = itertools.count(1)
        self._folder = Path(tempfile.mkdtemp(prefix="unnm-server-templates-"))
        # The throwaway cluster is deleted at the end of the session with every database in it: what is left
        # at the end is dropped only on an external server (UNNM_TEST_POSTGRES_URL).
        self._ready = ReadyDatabases(server.url("postgres"), clean_up_at_close=not isinstance(server, PostgresCluster))

    def close(self) -> None:
        self._ready.close()
        self._admin.close()
        shutil.rmtree(self._folder, ignore_errors=True)

    def address(self, database: str) -> ServerAddress:
        return ServerAddress.parse(self._server.url(database))

    def new_database(self, label: str = "db", *, empty: bool = True) -> ServerAddress:
        """An empty database (what the app migrates and seeds on first open): a server's "file not made yet";
        only its name when not `empty`, for a copy of a template to come."""
        target = self.address(f"unnm_{_slug(label)}_{next(self._database_numbers)}")
        if empty:
            self._copy_of(EMPTY, target.database)
        return target

    def drop(self, target: ServerAddress) -> None:
        """Dropped in the background (its name is never used again in the session)."""
        self._ready.drop_later(target.database)

    def template(self, *, demo_meetings: int = 0, actor: str = TEST_ACTOR) -> ServerAddress:
        """The template's address: never open it for writing; `copy_to` a test's own database instead."""
        key = (demo_meetings, actor)
        if key not in self._templates:
            name = f"unnm_template_{next(self._template_numbers)}"
            # From the migrated schema (migrations take a second or more on a server), seeded by `actor` below.
            self._create(name, self._schema_template())
            with DatabaseTemplates._folders_of(self._folder / name), self._opened(name, actor) as ctx:
                if demo_meetings:
                    from unnm_desktop.services.demo import fill_demo

                    fill_demo(ctx, total_meetings=demo_meetings)
            self._templates[key] = name
        return self.address(self._templates[key])

    def _schema_template(self) -> str:
        """A database migrated to head and nothing else: what the app's first open makes before it seeds."""
        if self._schema is None:
            from unnm_desktop.store.server import open_server_engine

            name = f"unnm_template_{next(self._template_numbers)}"
            self._create(name)
            open_server_engine(self.address(name)).dispose()
            self._schema = name
        return self._schema

    def copy_to(self, target: ServerAddress, *, demo_meetings: int = 0, actor: str = TEST_ACTOR) -> ServerAddress:
        """`target` becomes a copy of the template (whatever it held before is dropped)."""
        return self._copy(self.template(demo_meetings=demo_meetings, actor=actor).database, target)

    def copy_small_meeting_to(self, target: ServerAddress, *, actor: str = TEST_ACTOR) -> SmallMeeting:
        return self.copy_made_by("small meeting", small_meeting, target, actor=actor)

    def copy_made_by(
        self, name: str, build: Callable[[ServiceContext], T], target: ServerAddress, *, actor: str = TEST_ACTOR
    ) -> T:
        """What `build(open_context(target, actor=actor))` makes of a new database, by copying a template that
        `build` made once in the session (under `name`)."""
        key = (name, actor)
        if key not in self._made:
            made = self.address(f"unnm_template_{next(self._template_numbers)}")
            self.copy_to(made, actor=actor)
            with DatabaseTemplates._folders_of(self._folder / made.database), self._opened(made.database, actor) as ctx:
                result = build(ctx)
            self._made[key] = made.database, result
        database, result = self._made[key]
        self._copy(database, target)
        return copy.deepcopy(result)

    def open_new(self, target: ServerAddress, *, actor: str = TEST_ACTOR, demo_meetings: int = 0) -> ServiceContext:
        """What `open_context(target, actor=actor)` gives on a new database (followed by `fill_demo` when
        asked), made by copying."""
        return open_context(self.copy_to(target, actor=actor, demo_meetings=demo_meetings), actor=actor)

    def _opened(self, database: str, actor: str) -> ServiceContext:
        return open_context(self.address(database), actor=actor)

    def _create(self, name: str, template: str | None = None) -> None:
        self._admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self._admin.execute(create_statement(name, template) if template else f'CREATE DATABASE "{name}"')

    def _copy(self, template: str, target: ServerAddress) -> ServerAddress:
        self._copy_of(template, target.database)
        return target

    def _copy_of(self, template: str, name: str) -> None:
        """`name` becomes a copy of `template`: a ready copy renamed, when there is one."""
        self._admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        ready = self._ready.take(template)
        if ready is None:
            self._admin.execute(create_statement(name, template))
        else:
            self._admin.execute(f'ALTER DATABASE "{ready}" RENAME TO "{name}"')


def _slug(label: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in label.lower())[:30]

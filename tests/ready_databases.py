"""Copies of the server templates made ahead, and the tests' databases dropped, in a thread beside the tests.

CREATE DATABASE … TEMPLATE takes tens of milliseconds of waiting on the server for each of hundreds of tests
(more on a busy machine), while the test before it mostly waits on the server or on Qt timers: the copy of the
template a test will want is made during that wait, and the test only renames it (ALTER DATABASE … RENAME,
a catalogue change). A template is pooled once a test has copied it; a template nobody copies gets no copies.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
from typing import Any

EMPTY = "template0"  # what an empty database (the app migrates and seeds it on first open) is copied from
READY_PER_TEMPLATE = 2


def create_statement(name: str, template: str) -> str:
    # FILE_COPY: a template of a few megabytes is copied as files, faster than WAL_LOG's page by page.
    return f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY'


class ReadyDatabases:
    """Ready copies per template, topped up by a thread with a connection of its own; drops queued to it."""

    def __init__(self, admin_url: str, *, clean_up_at_close: bool) -> None:
        """`clean_up_at_close`: drop what is queued and the unused copies at close (an external server); a
        throwaway cluster is deleted whole instead."""
        self._admin_url = admin_url
        self._clean_up_at_close = clean_up_at_close
        self._condition = threading.Condition()
        self._ready: dict[str, list[str]] = {}  # in the order templates were first copied
        self._refused: set[str] = set()  # a template that could not be copied in the thread: copied by the test
        self._drops: list[str] = []
        self._closing = False
        self._numbers = itertools.count(1)
        self._thread = threading.Thread(target=self._run, name="ready-databases", daemon=True)
        self._thread.start()

    def take(self, template: str) -> str | None:
        """The name of a ready copy of `template` (to be renamed), or None: the caller copies it itself."""
        with self._condition:
            ready = self._ready.setdefault(template, [])
            self._condition.notify()
            return ready.pop(0) if ready else None

    def drop_later(self, database: str) -> None:
        with self._condition:
            self._drops.append(database)
            self._condition.notify()

    def close(self) -> None:
        with self._condition:
            self._closing = True
            self._condition.notify()
        self._thread.join()

    def _run(self) -> None:
        import psycopg

        with psycopg.connect(self._admin_url, autocommit=True) as admin:
            while True:
                with self._condition:
                    self._condition.wait_for(lambda: self._closing or self._has_work())
                    if self._closing:
                        break
                    template = self._template_to_top_up()
                    dropped = None if template is not None else self._drops.pop(0)
                if template is not None:
                    self._make_copy(admin, template)
                else:
                    _quietly(admin, f'DROP DATABASE IF EXISTS "{dropped}" WITH (FORCE)')
            if self._clean_up_at_close:
                with self._condition:
                    left = self._drops + [name for names in self._ready.values() for name in names]
                for name in left:
                    _quietly(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _has_work(self) -> bool:
        return self._template_to_top_up() is not None or bool(self._drops)

    def _template_to_top_up(self) -> str | None:
        """Copies first, for a test may be waiting for one; drops when every pool is full."""
        for template, ready in self._ready.items():
            if len(ready) < READY_PER_TEMPLATE and template not in self._refused:
                return template
        return None

    def _make_copy(self, admin: Any, template: str) -> None:
        name = f"unnm_ready_{next(self._numbers)}"
        try:
            admin.execute(create_statement(name, template))
        except Exception:  # e.g. someone connected to the template: the tests copy it themselves, and see why
            with self._condition:
                self._refused.add(template)
            return
        with self._condition:
            self._ready[template].append(name)


def _quietly(admin: Any, statement: str) -> None:
    # A database left behind is harmless: the session's end removes the cluster.
    with contextlib.suppress(Exception):
        admin.execute(statement)

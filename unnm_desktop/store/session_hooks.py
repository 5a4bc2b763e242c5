"""Hooks on a session factory, attached once per factory, remembered by the factory itself, not by its id().

Not SQLAlchemy's `event.contains`: its registry knows a listener by `id()` of the factory it was given, and for a
session factory that key outlives the factory (the listener is held by the Session class's own collection, which
never goes away). CPython gives a new factory the address of one that was freed, so the factory of a database
opened after another was closed could look hooked already and be left without its hooks: its search index stopped
following ORM edits (store/search_sync.py), one test run in ten, and on a server its flushes would not have waited
for the writers' lock (store/audit.py).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

Hook = Callable[..., Any]

# factory -> the (event name, hook) pairs attached to it; an entry goes with its factory.
_attached: weakref.WeakKeyDictionary[sessionmaker[Session], set[tuple[str, Hook]]] = weakref.WeakKeyDictionary()
# Databases may be opened on two threads at once (the GUI's loader and a command).
_lock = threading.Lock()


def listen_once(sessions: sessionmaker[Session], identifier: str, hook: Hook) -> None:
    """`hook` on the `identifier` event of every session `sessions` makes, unless this factory has it already."""
    with _lock:
        attached = _attached.setdefault(sessions, set())
        if (identifier, hook) in attached:
            return
        event.listen(sessions, identifier, hook)
        attached.add((identifier, hook))

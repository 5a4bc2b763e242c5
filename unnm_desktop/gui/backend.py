"""Opening the database on a background thread while the window appears.

`PendingContext` stands in for the ServiceContext until it exists: the GUI can be built and shown at
once (the first screen comes from services/quickread.py), and any use of the context before it is
ready simply waits for it. Writes never happen before the file has passed its checks, because every
write goes through the context.

The opening is in two parts. SQLite's quick_check of the file, which runs without the interpreter lock,
starts as soon as the writer lock is held (`begin_check`), beside the building of the window. The import
of SQLAlchemy's Core and of the opening's modules (the ORM and the models come after: `warm_up`), which
needs the interpreter, starts once the first screen is painted (`start`): on two cores the window would
otherwise be slowed down as much as the opening is sped up. The context is made only once the check has passed.

`ready` and `failed` are announced on the GUI thread: `is_ready` turns true there, in the same turn of
the event loop as `ready` is emitted, so a window that finds `is_ready` false and connects to `ready`
cannot miss it, however early the opening began.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal


class PendingContext(QObject):
    ready = Signal()
    failed = Signal(object)
    _opened = Signal()  # from the opening thread; announced on the GUI thread

    def __init__(self, path: Path | Any, actor: str, lock: Any) -> None:
        """`path`: the SQLite file, or a store.address.ServerAddress (then `lock` is None: a server has no
        file to lock or check)."""
        super().__init__()
        self.path = path
        self._actor = actor
        self._lock = lock
        self._context: Any = None
        self._error: BaseException | None = None
        self._done = threading.Event()
        self._announced = False
        self._thread = threading.Thread(target=self._open, name="open-database", daemon=True)
        self._start_lock = threading.Lock()
        self._started = False
        self._opened.connect(self._announce, Qt.ConnectionType.QueuedConnection)
        self._check = _FileCheck(path)

    def begin_check(self) -> None:
        """Start the file's quick_check now, beside the building of the window; `start` waits for it."""
        self._check.start()

    def start(self) -> None:
        """Begin opening: the imports, the engine, migrations if any. The GUI calls this once its first
        screen is painted, so that the two do not compete for the interpreter while the window appears.
        Calling it again does nothing."""
        with self._start_lock:
            if not self._started:
                self._started = True
                self._thread.start()

    def _open(self) -> None:
        try:
            self._check.start()  # beside the imports, if begin_check was not called
            skip_pyside_source_scan(NON_QT_PACKAGES)
            from unnm_desktop.services.context import open_context  # SQLAlchemy's Core (store/tables.py)

            self._check.refuse_if_damaged()
            self._context = open_context(self.path, actor=self._actor, lock=self._lock, checked=self._check.exists)
        except BaseException as error:  # reported on the GUI thread through `failed`
            self._error = error
            if self._lock is not None:
                self._lock.release()
        # The signal first, then the event: close() waits for the event, and nothing may still be running
        # on this thread when the application is torn down.
        self._opened.emit()
        self._done.set()

    def warm_up(self) -> None:
        """Once the window is interactive: load the ORM and the models and map them, on a thread of their own
        (~150 ms), so that the first edit or tab that needs them does not wait for it. Nothing on the way to
        interactive uses them (opening the database and its reads are Core's, store/tables.py), so this is the
        start's own work done after it, not before. An edit made meanwhile waits for the imports (Python's import
        lock); the models import nothing of the services, so the two threads cannot wait on each other."""

        def map_models() -> None:
            try:
                from sqlalchemy.orm import configure_mappers

                import unnm_desktop.store.models  # noqa: F401  (the models to map)

                configure_mappers()
            except Exception:  # the first use maps them again and reports what is wrong
                import logging

                logging.getLogger(__name__).exception("mapping the models failed")

        if self._opened_well():
            threading.Thread(target=map_models, name="map-models", daemon=True).start()

    def _announce(self) -> None:
        if self._error is None:
            self._announced = True
            self.ready.emit()
        else:
            self.failed.emit(self._error)

    @property
    def error(self) -> BaseException | None:
        return self._error

    @property
    def is_ready(self) -> bool:
        """True on the GUI thread from the turn of the event loop that emits `ready`."""
        return self._announced

    def wait(self) -> Any:
        self.start()
        self._done.wait()
        if self._error is not None:
            raise self._error
        return self._context

    def __getattr__(self, name: str) -> Any:
        # Only reached for attributes the stand-in itself lacks: those of the real context.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.wait(), name)

    @property
    def actor(self) -> str:
        return self._context.actor if self._opened_well() else self._actor

    @actor.setter
    def actor(self, value: str) -> None:
        self._actor = value
        if self._opened_well():
            self._context.actor = value

    def _opened_well(self) -> bool:
        return self._done.is_set() and self._error is None

    def close(self) -> None:
        self.start()
        self._thread.join()
        if self._context is not None:
            self._context.close()


class _FileCheck:
    """SQLite's quick_check of the file, on its own thread. SQLite releases the interpreter while it reads,
    so on a machine with two cores the check costs the window being built beside it almost nothing."""

    def __init__(self, path: Path | Any) -> None:
        self.path = path
        # A server's database is checked by PostgreSQL itself: nothing to read here.
        self.exists = isinstance(path, Path) and path.exists() and path.stat().st_size > 0
        self._verdict: list[str] = []
        self._thread = threading.Thread(target=self._run, name="check-database", daemon=True)
        self._start_lock = threading.Lock()
        self._started = False

    def start(self) -> None:
        with self._start_lock:
            if self.exists and not self._started:
                self._started = True
                self._thread.start()

    def _run(self) -> None:
        from unnm_desktop.store.backups import check_file

        self._verdict.append(check_file(self.path))

    def refuse_if_damaged(self) -> None:
        """Wait for the check (starting it if need be); raise DamagedDatabaseError unless SQLite said "ok"."""
        if not self.exists:
            return
        from unnm_desktop.store.lock import refuse_if_not_sqlite

        refuse_if_not_sqlite(self.path)
        self.start()
        self._thread.join()
        if self._verdict != ["ok"]:
            from unnm_desktop.store.database import refuse_damaged

            refuse_damaged(self.path, self._verdict[0] if self._verdict else "not checked")


# What the opening imports; none of it uses Qt: SQLAlchemy and what it brings of the standard library and
# of the other libraries, and the layers DESIGN.md keeps free of Qt.
NON_QT_PACKAGES = (
    "sqlalchemy",
    "typing_extensions",
    "platformdirs",
    "asyncio",
    "concurrent",
    "email",
    "importlib",
    "json",
    "sqlite3",
    "urllib",
    "unnm_desktop.domain",
    "unnm_desktop.store",
    "unnm_desktop.services",
)


def skip_pyside_source_scan(packages: tuple[str, ...], *, read_sources: bool = False) -> None:
    """Tell PySide beforehand that these packages' modules do not use it (with `read_sources`: whether
    each one does, from its file, as PySide would decide it; for the GUI's own modules).

    Once PySide6 is imported, its import hook (shibokensupport.feature) reads the source file of every
    module imported afterwards, looking for "PySide6", to decide whether its `__feature__` switches apply
    there; it records the answer in `pyside_feature_dict` (-1: ignore the module) and skips modules already
    in it. For the few hundred modules of SQLAlchemy and those of the standard library it brings, that
    reading (and inspect's search of sys.modules for each) costs 100-200 ms of the interpreter on the
    opening thread. Entering the answer first (-1, as PySide would) skips it. Nothing happens if this
    PySide has no such dictionary. PySide's answer for a module whose source names PySide6 is 0 ("no
    feature"); `read_sources` reads each file once and gives that answer, without inspect's search of
    sys.modules for every module (20-40 ms for the GUI's modules imported before the first paint).
    """
    feature_dict = getattr(sys.modules.get("shibokensupport.feature"), "pyside_feature_dict", None)
    if not isinstance(feature_dict, dict):
        return
    from importlib.util import find_spec

    for name in sys.stdlib_module_names:  # top-level modules of the standard library; packages are walked below
        feature_dict.setdefault(name, -1)
    for package in packages:
        if package in _ANSWERED:  # gui/app.py answers before the window is built; the opening thread again
            continue
        _ANSWERED.add(package)
        try:
            spec = find_spec(package)
        except (ImportError, ValueError):
            continue
        for root in (spec.submodule_search_locations or []) if spec else []:
            for folder, subfolders, files in os.walk(root):
                subfolders[:] = [name for name in subfolders if name != "__pycache__"]
                relative = os.path.relpath(folder, root)
                prefix = package if relative == "." else f"{package}.{relative.replace(os.sep, '.')}"
                for file in files:
                    if file.endswith(".py"):
                        name = prefix if file == "__init__.py" else f"{prefix}.{file[:-3]}"
                        if name not in feature_dict:
                            feature_dict[name] = _pyside_answer(os.path.join(folder, file)) if read_sources else -1


_ANSWERED: set[str] = set()


def _pyside_answer(source_file: str) -> int:
    """PySide's own test (shibokensupport.feature._mod_uses_pyside): 0 if the source names PySide6, else -1."""
    try:
        with open(source_file, encoding="utf-8") as source:
            return 0 if "PySide6" in source.read() else -1
    except (OSError, UnicodeDecodeError):
        return -1

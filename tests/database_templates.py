"""Databases built once per test session and copied for each test that needs one (issue 11: the suite's time).

Opening a new file runs every migration and seeds the starter directory (about 0.3 s here); `fill_demo` takes
2 s or more. A copy of a template made the same way, by the same actor, is the same database for a test, in a
few milliseconds. Templates are built in folders of their own, so their backups and logs never reach a test's.
A slow template (the large demo) can be built by a process of its own while the first tests run.
"""

from __future__ import annotations

import contextlib
import copy
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from builders import SmallMeeting, small_meeting
from shared_builds import built_once, slug

from unnm_desktop.services.context import ServiceContext, open_context

TEST_ACTOR = "Test Rapporteur"

T = TypeVar("T")

# The builder process: DatabaseTemplates._build(demo meetings, actor, folder), exactly as a test's process runs it;
# BUILT (or FAILED, with the error) is written beside the database for the other processes waiting for it.
_BUILD_IN_A_PROCESS = """
import sys, traceback
from pathlib import Path
from database_templates import BUILT, FAILED, DatabaseTemplates
folder = Path(sys.argv[3])
try:
    DatabaseTemplates._build(int(sys.argv[1]), sys.argv[2], folder)
except BaseException:
    (folder / FAILED).write_text(traceback.format_exc())
    raise
(folder / BUILT).write_text("")
"""
BUILT, FAILED = "built", "failed"


class DatabaseTemplates:
    """Template databases, each built on first use: empty (migrated, starter directory), with the demo, or with
    the meeting of tests/builders.small_meeting."""

    def __init__(self, folder: Path, *, shared_folder: Path | None = None) -> None:
        """`shared_folder`: under pytest-xdist, where the workers build each template once for all of them
        (tests/shared_builds.py); without it, this process builds its own in `folder`."""
        self._folder = folder
        self._shared_folder = shared_folder
        self._built: dict[tuple[int, str], Path] = {}
        self._building: dict[tuple[int, str], tuple[subprocess.Popen[str], Path]] = {}
        self._shared: set[tuple[int, str]] = set()  # built by this process for the other workers too
        self._elsewhere: dict[tuple[int, str], Path] = {}  # built by another worker into this folder
        self._folders = 0
        self._made: dict[tuple[str, str], tuple[Path, Any]] = {}

    def template(self, *, demo_meetings: int = 0, actor: str = TEST_ACTOR) -> Path:
        """The template's path: never open it for writing; `copy_to` a test's own file instead."""
        key = (demo_meetings, actor)
        if key in self._building:
            self._built[key] = self._finish_building(key)
        if key in self._elsewhere:
            self._built[key] = _wait_for_build(self._elsewhere.pop(key))
        if key not in self._built:
            self._built[key] = self._once(
                f"demo-{demo_meetings}-{slug(actor)}", lambda folder: self._build(demo_meetings, actor, folder)
            )
        return self._built[key]

    def start_building(self, *, demo_meetings: int, actor: str = TEST_ACTOR, shared_folder: Path | None = None) -> None:
        """Build a template in a process of its own from now on, on the core the tests leave idle (they mostly
        wait for typed keys); `template` waits for it. For the large demo: about 12 s off the suite's time.
        `shared_folder`: built there for the other pytest-xdist workers too (`built_elsewhere`), so that it is
        built once per run and `close` waits for it instead of ending it."""
        key = (demo_meetings, actor)
        if key in self._built or key in self._building:
            return
        folder = self._new_folder() if shared_folder is None else shared_folder
        if shared_folder is not None:
            folder.mkdir(parents=True)
            self._shared.add(key)
        process = subprocess.Popen(
            [sys.executable, "-c", _BUILD_IN_A_PROCESS, str(demo_meetings), actor, str(folder)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        )
        self._building[key] = (process, folder / "minutes.sqlite3")

    def built_elsewhere(self, *, demo_meetings: int, actor: str = TEST_ACTOR, shared_folder: Path) -> None:
        """The template is being built by another worker into `shared_folder` (`start_building`): wait for it."""
        self._elsewhere[(demo_meetings, actor)] = shared_folder

    def close(self) -> None:
        """End the builders no test waited for (their tests were deselected or failed before asking), except a
        shared one: another worker may be waiting for it."""
        for key, (process, _) in self._building.items():
            if key not in self._shared:
                process.kill()
            process.communicate()
        self._building.clear()

    def copy_to(self, target: Path, *, demo_meetings: int = 0, actor: str = TEST_ACTOR) -> Path:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.template(demo_meetings=demo_meetings, actor=actor), target)
        return target

    def copy_small_meeting_to(self, target: Path, *, actor: str = TEST_ACTOR) -> SmallMeeting:
        """What `small_meeting(open_context(target, actor=actor))` builds on a new database, made by copying: the
        database, and the ids of its meeting, people and organisations."""
        return self.copy_made_by("small meeting", small_meeting, target, actor=actor)

    def copy_made_by(
        self, name: str, build: Callable[[ServiceContext], T], target: Path, *, actor: str = TEST_ACTOR
    ) -> T:
        """What `build(open_context(target, actor=actor))` makes of a new database, by copying a template that
        `build` made once in the session (under `name`): the database, and a copy of what `build` returned."""
        key = (name, actor)
        if key not in self._made:

            def build_template(folder: Path) -> tuple[Path, T]:
                path = folder / "minutes.sqlite3"
                self.copy_to(path, actor=actor)
                with self._folders_of(folder), open_context(path, actor=actor) as ctx:
                    result = build(ctx)
                assert not path.with_name(path.name + "-wal").exists(), "the template's WAL was not checkpointed"
                return path, result

            self._made[key] = self._once(f"made-{slug(name)}-{slug(actor)}", build_template)
        path, result = self._made[key]
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        return copy.deepcopy(result)

    def open_new(self, path: Path, *, actor: str = TEST_ACTOR, demo_meetings: int = 0) -> ServiceContext:
        """What `open_context(path, actor=actor)` gives on a path where no database is yet (followed by
        `fill_demo(ctx, total_meetings=demo_meetings)` when asked), made by copying."""
        assert not path.exists(), f"{path} exists already"
        return open_context(self.copy_to(path, actor=actor, demo_meetings=demo_meetings), actor=actor)

    def _once(self, label: str, build: Callable[[Path], T]) -> T:
        """`build(folder)` in a new folder of this process's, or once per run for every worker."""
        if self._shared_folder is None:
            return build(self._new_folder())
        return built_once(self._shared_folder / label, build)

    def _new_folder(self) -> Path:
        self._folders += 1
        return self._folder / f"template-{self._folders}"

    def _finish_building(self, key: tuple[int, str]) -> Path:
        process, path = self._building.pop(key)
        output, _ = process.communicate(timeout=600)
        assert process.returncode == 0, f"building the template {key} failed:\n{output}"
        return path

    @staticmethod
    @contextlib.contextmanager
    def _folders_of(folder: Path) -> Iterator[None]:
        """The template's data, backups, logs and settings in its own folder, never a test's."""
        with pytest.MonkeyPatch.context() as patch:
            for name in ("DATA", "BACKUP", "LOG", "SETTINGS"):
                patch.setenv(f"UNNM_DESKTOP_{name}_DIR", str(folder / name.lower()))
            yield

    @staticmethod
    def _build(demo_meetings: int, actor: str, folder: Path) -> Path:
        from unnm_desktop.services.demo import fill_demo

        path = folder / "minutes.sqlite3"
        with DatabaseTemplates._folders_of(folder), open_context(path, actor=actor) as ctx:
            if demo_meetings:
                fill_demo(ctx, total_meetings=demo_meetings)
        # Closed: the write-ahead log is folded back into the file, so one file is the whole database.
        assert not path.with_name(path.name + "-wal").exists(), "the template's WAL was not checkpointed"
        return path


def _wait_for_build(folder: Path, timeout: float = 600) -> Path:
    """The database another worker's builder process makes in `folder`, once it says it is built."""
    deadline = time.monotonic() + timeout
    while not (folder / BUILT).exists():
        assert not (folder / FAILED).exists(), (
            f"building the template in {folder} failed:\n{(folder / FAILED).read_text()}"
        )
        assert time.monotonic() < deadline, f"the template in {folder} was not built within {timeout} s"
        time.sleep(0.1)
    return folder / "minutes.sqlite3"

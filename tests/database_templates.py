"""Databases built once per test session and copied for each test that needs one (issue 11: the suite's time).

Opening a new file runs every migration and seeds the starter directory (about 0.3 s here); `fill_demo` takes
2 s or more. A copy of a template made the same way, by the same actor, is the same database for a test, in a
few milliseconds. Templates are built in folders of their own, so their backups and logs never reach a test's.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from unnm_desktop.services.context import ServiceContext, open_context

TEST_ACTOR = "Test Rapporteur"


class DatabaseTemplates:
    """Template databases, each built on first use: empty (migrated, starter directory) or with the demo."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._built: dict[tuple[int, str], Path] = {}

    def template(self, *, demo_meetings: int = 0, actor: str = TEST_ACTOR) -> Path:
        """The template's path: never open it for writing; `copy_to` a test's own file instead."""
        key = (demo_meetings, actor)
        if key not in self._built:
            self._built[key] = self._build(demo_meetings, actor, self._folder / f"template-{len(self._built)}")
        return self._built[key]

    def copy_to(self, target: Path, *, demo_meetings: int = 0, actor: str = TEST_ACTOR) -> Path:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.template(demo_meetings=demo_meetings, actor=actor), target)
        return target

    def open_new(self, path: Path, *, actor: str = TEST_ACTOR, demo_meetings: int = 0) -> ServiceContext:
        """What `open_context(path, actor=actor)` gives on a path where no database is yet (followed by
        `fill_demo(ctx, total_meetings=demo_meetings)` when asked), made by copying."""
        assert not path.exists(), f"{path} exists already"
        return open_context(self.copy_to(path, actor=actor, demo_meetings=demo_meetings), actor=actor)

    @staticmethod
    def _build(demo_meetings: int, actor: str, folder: Path) -> Path:
        from unnm_desktop.services.demo import fill_demo

        path = folder / "minutes.sqlite3"
        with pytest.MonkeyPatch.context() as patch:
            for name in ("DATA", "BACKUP", "LOG"):
                patch.setenv(f"UNNM_DESKTOP_{name}_DIR", str(folder / name.lower()))
            with open_context(path, actor=actor) as ctx:
                if demo_meetings:
                    fill_demo(ctx, total_meetings=demo_meetings)
        # Closed: the write-ahead log is folded back into the file, so one file is the whole database.
        assert not path.with_name(path.name + "-wal").exists(), "the template's WAL was not checkpointed"
        return path

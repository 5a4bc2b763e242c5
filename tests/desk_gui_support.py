"""Shared by the tests of the Desk menu's windows and dialogs (tests/test_gui_desk_*.py): a main window on a
real database, and stand-ins for the dialogs that would wait for a person (message boxes, file dialogs)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import make_window  # noqa: F401 - the Desk tests take it from here
from PySide6.QtWidgets import QFileDialog, QMessageBox


class Boxes:
    """QMessageBox's static functions answered without a person; every text shown is kept."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[tuple[str, str, str]] = []

        def note(kind: str) -> Callable[..., QMessageBox.StandardButton]:
            def show(_parent: Any, title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
                self.shown.append((kind, title, text))
                return QMessageBox.StandardButton.Ok

            return show

        for kind in ("warning", "information", "critical", "question"):
            monkeypatch.setattr(QMessageBox, kind, note(kind))

    def kinds(self, kind: str) -> list[str]:
        return [text for k, _title, text in self.shown if k == kind]


class Files:
    """QFileDialog's save and open functions answered with a given file; what was offered is kept."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.save_as: Path | None = None
        self.open: Path | None = None
        self.offered: list[tuple[str, str]] = []  # (start path, filters)

        def get_save(_parent: Any, _caption: str, start: str, filters: str, *_a: Any) -> tuple[str, str]:
            self.offered.append((start, filters))
            return (str(self.save_as) if self.save_as else "", filters)

        def get_open(_parent: Any, _caption: str, start: str, filters: str, *_a: Any) -> tuple[str, str]:
            self.offered.append((start, filters))
            return (str(self.open) if self.open else "", filters)

        monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open)

    @property
    def offered_name(self) -> str:
        return Path(self.offered[-1][0]).name

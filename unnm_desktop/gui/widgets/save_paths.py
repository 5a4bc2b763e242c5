"""Where exports go: the one export folder (the folder last written to, else Documents, else home) and the
save dialog that starts there and adds the file's extension."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

if TYPE_CHECKING:
    from unnm_desktop.gui.shell import Shell


def export_folder(window: Shell) -> Path:
    """Where export and open dialogs start: the folder last written to, else Documents, else home."""
    folder = Path(window.settings.export_folder or "").expanduser()
    if window.settings.export_folder and folder.is_dir():
        return folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def ask_save_path(
    parent: QWidget, window: Shell, caption: str, name: str, suffix: str, kind: str, *, also: tuple[str, ...] = ()
) -> Path | None:
    """The file to write, chosen in a save dialog; `suffix` is added when the name ends in none of
    `suffix` and `also` (other extensions the format goes by). `caption` and `kind` (the filter's
    description, "Word document") come translated from the caller."""
    start = export_folder(window) / name
    patterns = " ".join(f"*{s}" for s in (suffix, *also))
    path, _chosen = QFileDialog.getSaveFileName(parent, caption, str(start), f"{kind} ({patterns})")
    if not path:
        return None
    target = Path(path)
    if not target.name.lower().endswith((suffix, *also)):
        target = target.with_name(target.name + suffix)
    return target


def remember_folder(window: Shell, written: Path) -> None:
    window.settings.export_folder = str(written.parent)

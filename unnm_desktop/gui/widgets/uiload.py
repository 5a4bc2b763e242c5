"""Load Qt Designer files from ui/ at run time (no generated code, no build step)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QApplication, QDialog, QVBoxLayout, QWidget

from unnm_desktop.gui.i18n import localize_date_edits
from unnm_desktop.resources import ui_dir

W = TypeVar("W", bound=QWidget)


def load_ui(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget tree of ui/<name>.ui; raise OSError with the path if it cannot be read."""
    path = ui_dir() / f"{name}.ui"
    try:
        content = path.read_bytes()
    except OSError:
        raise OSError(
            QCoreApplication.translate("UiLoad", "the interface file {path} cannot be read").format(path=path)
        ) from None
    handle = QBuffer()
    handle.setData(QByteArray(content))
    handle.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        widget = _loader().load(handle, parent)
    finally:
        handle.close()
    if widget is None:
        raise OSError(
            QCoreApplication.translate("UiLoad", "the interface file {path} is not a valid Qt Designer file").format(
                path=path
            )
        )
    if b'<widget class="QDate' in content:  # looking through a tree without one costs the start ~5 ms
        localize_date_edits(widget)  # the .ui files say yyyy-MM-dd; the screen follows the interface language
    return widget


def _loader() -> QUiLoader:
    """A QUiLoader without Qt Designer's custom-widget plugins, which no file in ui/ uses.

    QUiLoader's constructor loads every plugin in <library path>/designer (PySide's own, QQuickWidget's,
    QWebEngineView's: ~10 ms of the start for the first one). It looks for them in the application's library
    paths at that moment, so these are emptied for the construction and put back at once; the standard widgets
    (the only ones the .ui files name) are built into QUiLoader and stay available.
    """
    paths = QApplication.libraryPaths()
    QApplication.setLibraryPaths([])
    try:
        return QUiLoader()
    finally:
        QApplication.setLibraryPaths(paths)


def embed_ui(dialog: QDialog, name: str) -> QWidget:
    """Put the widgets of ui/<name>.ui inside `dialog` (QUiLoader cannot fill an existing instance)."""
    loaded = load_ui(name)
    if isinstance(loaded, QDialog):
        # A dialog-rooted .ui inside our dialog: Esc would close only the inner one and leave an empty
        # window. Its accept/reject become the outer dialog's.
        loaded.rejected.connect(dialog.reject)
        loaded.accepted.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(loaded)
    dialog.setWindowTitle(loaded.windowTitle())
    return loaded


def child(root: QWidget, kind: type[W], name: str) -> W:
    """A named child widget of the loaded tree; a missing one is a packaging error, said plainly."""
    found = root.findChild(kind, name)
    if found is None:
        raise LookupError(
            QCoreApplication.translate("UiLoad", "{kind} “{name}” is missing from the interface files").format(
                kind=kind.__name__, name=name
            )
        )
    return found

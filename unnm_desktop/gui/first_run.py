"""The first-run welcome: your name, the interface language, and how to start (empty, demo, a package).

    offer_first_run(window)   # in gui/app.py's run_gui, after the window is shown (never with --exit-when-ready)

It appears once: when the welcome was never completed and either no name was ever given or the database
has no meetings yet. UNNM_DESKTOP_NO_FIRST_RUN=1 suppresses it (the tests set it). Whatever the user does
with it, including closing it, it does not come back: File → Settings changes the name later.
Layout in ui/first_run_dialog.ui.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from unnm_desktop.gui.i18n import LANGUAGES, current_language, install_language, system_language
from unnm_desktop.gui.settings import AppSettings
from unnm_desktop.gui.widgets.busy import busy_cursor
from unnm_desktop.gui.widgets.uiload import child, load_ui

if TYPE_CHECKING:
    from unnm_desktop.gui.shell import MainShell

ENV_NO_FIRST_RUN = "UNNM_DESKTOP_NO_FIRST_RUN"
EMPTY, DEMO, IMPORT = "empty", "demo", "import"
PACKAGE_FILTER = QT_TRANSLATE_NOOP("FirstRunDialog", "Meeting packages (*.unnmpkg *.unnm.json);;All files (*)")


def suppressed() -> bool:
    return os.environ.get(ENV_NO_FIRST_RUN, "").strip() not in ("", "0")


def os_full_name() -> str:
    """The user's full name as the operating system knows it, else the login name, else ""."""
    name = ""
    try:
        if sys.platform == "win32":
            import ctypes

            size = ctypes.c_ulong(0)
            secur32 = ctypes.windll.secur32  # type: ignore[attr-defined]
            secur32.GetUserNameExW(3, None, ctypes.byref(size))  # 3 = NameDisplay
            buffer = ctypes.create_unicode_buffer(size.value or 1)
            if secur32.GetUserNameExW(3, buffer, ctypes.byref(size)):
                name = buffer.value
        else:
            import pwd

            name = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0]
    except Exception:  # no directory service, no passwd entry: the login name will do
        name = ""
    if name.strip():
        return name.strip()
    try:
        return getpass.getuser()
    except Exception:
        return ""


def has_meetings(ctx: Any) -> bool:
    from unnm_desktop.gui.lazy_services import meetings

    return bool(meetings.list_meetings(ctx, ""))


def wanted(settings: AppSettings, ctx: Any) -> bool:
    """Whether the welcome should appear now (the database must be open)."""
    if suppressed() or settings.first_run_done:
        return False
    return not (settings.has_display_name and has_meetings(ctx))


class FirstRunDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: AppSettings, *, offer_starts: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.settings = settings
        self.package_path: Path | None = None
        # A database that already has meetings needs no start: the welcome then asks only two questions.
        self.offer_starts = offer_starts
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._root: QWidget | None = None
        self._build(settings.ui_language or system_language())
        self.name_edit.setText(settings.display_name if settings.has_display_name else os_full_name())
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def _build(self, language: str) -> None:
        """Build the widgets in `language`; choosing another language builds them again, keeping the answers."""
        install_language(language)
        name, choice = (self.name_edit.text(), self.choice()) if self._root is not None else ("", EMPTY)
        root = load_ui("first_run_dialog")
        if isinstance(root, QDialog):  # its Esc and buttons act on this dialog (see uiload.embed_ui)
            root.rejected.connect(self.reject)
            root.accepted.connect(self.accept)
        if self._root is not None:
            self._layout.removeWidget(self._root)
            self._root.deleteLater()
        self._layout.addWidget(root)
        self._root = root
        self.setWindowTitle(root.windowTitle())
        self.name_edit = child(root, QLineEdit, "displayNameEdit")
        self.language = child(root, QComboBox, "uiLanguageCombo")
        self.message = child(root, QLabel, "firstRunMessage")
        self.radios = {
            EMPTY: child(root, QRadioButton, "startEmptyRadio"),
            DEMO: child(root, QRadioButton, "demoRadio"),
            IMPORT: child(root, QRadioButton, "importRadio"),
        }
        child(root, QGroupBox, "startGroup").setVisible(self.offer_starts)
        buttons = child(root, QDialogButtonBox, "buttons")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Later"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name_edit.setText(name)
        self.radios[choice].setChecked(True)
        self.language.setCurrentIndex(LANGUAGES.index(current_language()))
        self.language.currentIndexChanged.connect(self._language_chosen)

    def _language_chosen(self, index: int) -> None:
        # Queued: the combo box that emitted the signal is replaced by the rebuild.
        QTimer.singleShot(0, lambda: self._rebuild_in(LANGUAGES[index]))

    def _rebuild_in(self, language: str) -> None:
        if language == current_language():
            return
        self._build(language)
        self.language.setFocus()

    def choice(self) -> str:
        if not self.offer_starts:
            return EMPTY
        return next((key for key, radio in self.radios.items() if radio.isChecked()), EMPTY)

    def accept(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.message.setText(self.tr("Type your name: it is recorded in the audit log with every change you make."))
            self.name_edit.setFocus()
            return
        if self.choice() == IMPORT:
            path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import a meeting package"), str(Path.home()),
                                                        self.tr(PACKAGE_FILTER))  # fmt: skip
            if not path:
                self.message.setText(self.tr("No package chosen: choose the file, or another way to start."))
                self.radios[IMPORT].setFocus()
                return
            self.package_path = Path(path)
        self.settings.display_name = name
        self.settings.ui_language = LANGUAGES[self.language.currentIndex()]
        self.settings.first_run_done = True
        super().accept()

    def reject(self) -> None:
        self.settings.first_run_done = True  # shown once: File → Settings is there for the name
        self.settings.ui_language = current_language()  # the language chosen here stays, even when put off
        super().reject()


def run_first_run(window: MainShell) -> str | None:
    """Show the welcome over the window and do what was chosen; returns the choice, or None if put off.

    The window is built again when another interface language was chosen (gui/language_switch.py)."""
    from unnm_desktop.gui.language_switch import change_language

    dialog = FirstRunDialog(window.window(), window.settings, offer_starts=not has_meetings(window.ctx))
    accepted = dialog.exec()
    window = change_language(window, window.settings.ui_language)
    if not accepted:
        return None
    window.ctx.actor = window.settings.display_name
    choice = dialog.choice()
    if choice == DEMO:
        open_demo(window)
    elif choice == IMPORT and dialog.package_path is not None:
        import_package_file(window, dialog.package_path)
    else:
        welcome = QCoreApplication.translate("FirstRun", "Welcome, {name}. File → New meeting (Ctrl+N) starts one.")
        window.show_message(welcome.format(name=window.settings.display_name))
    return choice


def open_demo(window: MainShell) -> int:
    from unnm_desktop.services.demo import fill_demo

    with busy_cursor():
        added = fill_demo(window.ctx)
    window.refresh_meetings()
    added_text = QCoreApplication.translate(
        "FirstRun", "{count} demo meetings added; the people in them are fictional."
    )
    window.show_message(added_text.format(count=added))
    return added


def import_package_file(window: MainShell, path: Path) -> object:
    """The import of Desk → Import meeting package, for the chosen file: checked, previewed, then imported."""
    from unnm_desktop.gui.desk.package_dialogs import import_meeting_package

    report = import_meeting_package(window, path)
    if report is None:
        not_imported = QCoreApplication.translate(
            "FirstRun", "{file} was not imported; Desk → Import meeting package tries again."
        )
        window.show_message(not_imported.format(file=path.name))
    return report


class _Offer(QObject):
    """Waits for the database (opened on its own thread) and then shows the welcome once, if wanted."""

    def __init__(self, window: MainShell) -> None:
        super().__init__(window.window())
        self.window_ = window
        self.done = False

    @Slot()
    def run(self) -> None:
        if self.done:
            return
        self.done = True
        if getattr(self.window_.ctx, "error", None) is None and wanted(self.window_.settings, self.window_.ctx):
            run_first_run(self.window_)


def offer_first_run(window: MainShell) -> None:
    """The hook for run_gui: show the welcome when the database is ready, if it is wanted."""
    if suppressed() or window.settings.first_run_done:
        return  # decided without waiting for the database
    offer = _Offer(window)
    ready = getattr(window.ctx, "ready", None)
    if ready is not None:
        ready.connect(offer.run)  # queued to the GUI thread: the context is opened on its own thread
    if getattr(window.ctx, "is_ready", True):
        QTimer.singleShot(0, offer.run)


__all__ = ["ENV_NO_FIRST_RUN", "FirstRunDialog", "offer_first_run", "os_full_name", "run_first_run", "wanted"]

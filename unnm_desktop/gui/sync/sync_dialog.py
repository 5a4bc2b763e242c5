"""File → Synchronise…: the other side (a server, or an exchange folder / register file), and the run itself on a
thread of its own while the dialog shows it is busy and the window stays responsive.

Layout in ui/sync_dialog.ui. The last other side is remembered in the settings (an address never holds a
password: a typed one serves this run only). A refusal is one sentence under the fields, with everything typed
kept; a run that ends well closes the dialog with its `outcome` for the caller (gui/sync/command.py).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QWidget,
)

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.settings import AppSettings
from unnm_desktop.gui.widgets.uiload import child, embed_ui
from unnm_desktop.store.address import Location, ServerAddress, is_server_address, parse_location

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b00020;"
NOTE_STYLE = ""


@dataclass(frozen=True)
class SyncOutcome:
    """What a run gave: its report and the other side's register id, or the error that stopped it."""

    report: Any = None  # services.sync.views.SyncReport
    register_id: str = ""
    error: BaseException | None = None


def target_name(location: Location) -> str:
    """The other side as people read it: user@host:port/dbname, or the file's or folder's name."""
    return location.display if isinstance(location, ServerAddress) else location.name or str(location)


def report_sentence(report: Any, location: Location) -> str:
    """One sentence: what a run brought here, took there, and how many questions wait."""
    return QCoreApplication.translate(
        "SyncDialog",
        "Synchronised with {other}: records pulled {pulled}, pushed {pushed}, conflicts to review {conflicts}.",
    ).format(other=target_name(location), pulled=report.pulled, pushed=report.pushed, conflicts=len(report.conflicts))


def outcome_error_text(error: BaseException) -> str:
    """A run's failure in one sentence, whatever stopped it (never a traceback)."""
    if isinstance(error, UserFacingError):
        return error_text(error)
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "SyncDialog", "The other side cannot be used: {reason}. Nothing was changed."
        ).format(reason=error.strerror or str(error))
    return QCoreApplication.translate(
        "SyncDialog",
        "The synchronisation stopped on an unexpected problem (written to the log); nothing was half-written. "
        "Try again, or tell the secretariat.",
    )


class SyncRun(QObject):
    """One run on its own thread; `finished` carries its SyncOutcome, on the GUI thread."""

    finished = Signal(object)
    _done = Signal(object)  # from the run's thread

    def __init__(self, laptop: Any, location: Location, actor: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.laptop = laptop
        self.location = location
        self.actor = actor
        self._done.connect(self.finished.emit, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._work, name="synchronise", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _work(self) -> None:
        try:
            from unnm_desktop.services.sync.run import synchronise
            from unnm_desktop.services.sync.targets import opened_target, target_register_id

            with opened_target(self.location, actor=self.actor, laptop=self.laptop) as target:
                report = synchronise(self.laptop, target)
                outcome = SyncOutcome(report=report, register_id=target_register_id(target))
        except Exception as error:  # said in one sentence on the GUI thread
            if not isinstance(error, (UserFacingError, OSError)):
                log.exception("synchronise with %s failed", target_name(self.location))
            outcome = SyncOutcome(error=error)
        self._done.emit(outcome)


class SyncDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: AppSettings, laptop: Any, *,
                 again: Location | None = None) -> None:  # fmt: skip
        """`again`: the other side of the last run, synchronised with at once (the review's "Synchronise again")."""
        super().__init__(parent)
        self.setObjectName("syncDialog")
        self.settings = settings
        self.laptop = laptop
        self.outcome: SyncOutcome | None = None
        self.location: Location | None = None
        self._run: SyncRun | None = None
        root = embed_ui(self, "sync_dialog")
        root.installEventFilter(self)
        self.server_choice = child(root, QRadioButton, "serverRadio")
        self.folder_choice = child(root, QRadioButton, "folderRadio")
        self.address = child(root, QLineEdit, "addressEdit")
        self.password = child(root, QLineEdit, "passwordEdit")
        self.path = child(root, QLineEdit, "pathEdit")
        self.browse = child(root, QPushButton, "browseButton")
        self.busy = child(root, QProgressBar, "busyBar")
        self.message = child(root, QLabel, "syncMessage")
        self.busy.hide()
        where = getattr(laptop, "path", None) or getattr(laptop, "location", None)
        child(root, QLabel, "laptopNote").setText(
            self.tr("This register: {name}").format(name=target_name(where) if where is not None else "")
        )
        self.buttons = child(root, QDialogButtonBox, "buttons")
        self.start_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("&Synchronise"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.browse.clicked.connect(self.choose_folder)
        self.server_choice.toggled.connect(self._enable_fields)
        self.fields: list[QWidget] = [self.server_choice, self.folder_choice, self.address, self.password, self.path,
                                      self.browse]  # fmt: skip
        self._fill(again)
        self.resize(640, self.heightForWidth(640) if self.hasHeightForWidth() else self.sizeHint().height())
        if again is not None:
            self.start()

    def _fill(self, again: Location | None) -> None:
        remembered = self.settings.sync_target
        if again is not None:
            remembered = again.url if isinstance(again, ServerAddress) else str(again)
            if isinstance(again, ServerAddress):
                self.password.setText(again.password or "")
        on_server = is_server_address(remembered) if remembered else False
        if on_server:
            self.address.setText(remembered)
        else:
            self.path.setText(remembered)
            if not self.address.text() and self.settings.register_server:
                self.address.setText(self.settings.register_server)  # the server the app knows already
        (self.server_choice if on_server else self.folder_choice).setChecked(True)
        self._enable_fields(on_server)
        (self.address if on_server else self.path).setFocus()

    def _enable_fields(self, on_server: bool) -> None:
        for widget in (self.address, self.password):
            widget.setEnabled(on_server)
        for widget in (self.path, self.browse):
            widget.setEnabled(not on_server)

    def _say(self, text: str, *, problem: bool) -> None:
        self.message.setStyleSheet(ERROR_STYLE if problem else NOTE_STYLE)
        self.message.setText(text)

    def choose_folder(self) -> None:
        start = self.path.text().strip() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("The exchange folder"), start)
        if folder:
            self.path.setText(folder)
        self.path.setFocus()

    def chosen_location(self) -> Location | None:
        """The other side typed, or None after saying what is missing (the focus goes where it is missing)."""
        if self.server_choice.isChecked():
            typed = self.address.text().strip()
            if not is_server_address(typed):
                self._say(self.tr("Type the server's address, as postgresql://user@host:port/database."), problem=True)
                self.address.setFocus()
                return None
            address = ServerAddress.parse(typed)
            return ServerAddress(address.url, self.password.text() or address.password)
        typed = self.path.text().strip()
        if not typed:
            self._say(self.tr("Type or choose the exchange folder, or a register file."), problem=True)
            self.path.setFocus()
            return None
        location = parse_location(typed)
        own = getattr(self.laptop, "path", None)
        if isinstance(location, Path) and isinstance(own, Path) and location == own.resolve():
            self._say(self.tr("That is this register itself: choose the other side to synchronise with."), problem=True)
            self.path.setFocus()
            return None
        return location if isinstance(location, Path) else ServerAddress(location.url, location.password)

    def start(self) -> None:
        if self._run is not None:
            return
        location = self.chosen_location()
        if location is None:
            return
        self.location = location
        self._say(self.tr("Synchronising with {other}…").format(other=target_name(location)), problem=False)
        self._set_running(True)
        self._run = SyncRun(self.laptop, location, self.settings.display_name, self)
        self._run.finished.connect(self._finished)
        self._run.start()

    def _set_running(self, running: bool) -> None:
        self.busy.setVisible(running)
        for widget in self.fields:
            widget.setEnabled(not running)
        self.start_button.setEnabled(not running)
        self.cancel_button.setEnabled(not running)
        if not running:
            self._enable_fields(self.server_choice.isChecked())

    def _finished(self, outcome: SyncOutcome) -> None:
        self._run = None
        self._set_running(False)
        if outcome.error is not None:
            self._say(outcome_error_text(outcome.error), problem=True)
            self.start_button.setFocus()
            return
        self.outcome = outcome
        assert self.location is not None
        self.settings.sync_target = (
            self.location.url if isinstance(self.location, ServerAddress) else str(self.location)
        )
        self.settings.sync_register_id = outcome.register_id
        super().accept()

    # A run cannot be abandoned half-way from here: Escape and the window's close wait until it ends.
    def reject(self) -> None:
        if self._run is None:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._run is not None:
            event.ignore()
            return
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The loaded .ui is a dialog of its own: its Escape would hide it while the run goes on.
        keys = (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if self._run is not None and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            return event.key() in keys or super().eventFilter(watched, event)
        return super().eventFilter(watched, event)


__all__ = ["SyncDialog", "SyncOutcome", "SyncRun", "outcome_error_text", "report_sentence", "target_name"]

"""Help → User guide (docs/user-guide.md, or docs/user-guide.tr.md in the Turkish interface, rendered offline)
and Help → About (paths, versions, diagnostics).

    show_user_guide(window)   # one guide window, beside the main window; shown again when asked again
    AboutDialog(window).exec()

The guide and its screenshots are found with resources.docs_dir(): docs/ in a checkout, unnm_desktop/_data/docs
in a wheel or the bundle. Layouts in ui/user_guide_dialog.ui and ui/about_dialog.ui.
"""

from __future__ import annotations

import platform
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QUrl, qVersion
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QFontDatabase,
    QGuiApplication,
    QImageReader,
    QKeySequence,
    QShortcut,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from unnm_desktop import APP_NAME, __version__
from unnm_desktop.gui.i18n import current_language
from unnm_desktop.gui.widgets.uiload import child, embed_ui
from unnm_desktop.resources import docs_dir

if TYPE_CHECKING:
    from unnm_desktop.gui.shell import Shell

LICENCE = "MIT"  # pyproject.toml: license = "MIT" (a test keeps the two in step)
GUIDE_FILE = "user-guide.md"
GUIDE_FILES = {"tr": "user-guide.tr.md"}  # the guide in other interface languages, beside the English one
IMAGE_MAX_WIDTH = 760  # screenshots are 1280 px wide; the guide window is about 900


def guide_path() -> Path:
    """The guide in the interface language when there is one, else the English guide."""
    translated = GUIDE_FILES.get(current_language())
    if translated and (docs_dir() / translated).is_file():
        return docs_dir() / translated
    return docs_dir() / GUIDE_FILE


def slug(text: str) -> str:
    """The anchor GitHub gives a heading: "Before the meeting" -> "before-the-meeting"."""
    return re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")


def _image_fragments(document: QTextDocument) -> list[tuple[int, int, Any]]:
    """(position, length, image format) of every image in the document."""
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isImageFormat():
                found.append((fragment.position(), fragment.length(), fragment.charFormat().toImageFormat()))
            it += 1
        block = block.next()
    return found


def guide_images(document: QTextDocument) -> list[str]:
    return [image.name() for _position, _length, image in _image_fragments(document)]


class UserGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuideDialog")
        root = embed_ui(self, "user_guide_dialog")
        self.browser = child(root, QTextBrowser, "guideBrowser")
        self.find_edit = child(root, QLineEdit, "guideFindEdit")
        self.message = child(root, QLabel, "guideMessage")
        child(root, QPushButton, "findNextButton").clicked.connect(self.find_next)
        child(root, QPushButton, "contentsButton").clicked.connect(self.go_to_top)
        child(root, QDialogButtonBox, "buttons").rejected.connect(self.reject)
        self.find_edit.returnPressed.connect(self.find_next)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_find)
        QShortcut(QKeySequence.StandardKey.FindNext, self, activated=self.find_next)
        self.browser.anchorClicked.connect(self.follow_link)
        self.load()
        self.resize(900, 720)

    def load(self) -> None:
        path = guide_path()
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            self.browser.setPlainText(
                self.tr(
                    "The user guide is not in this installation (looked for {path}). "
                    "Help → Keyboard shortcuts lists every command."
                ).format(path=path)
            )
            return
        self.browser.setSearchPaths([str(path.parent)])  # "screenshots/agenda.png" resolves offline
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.setMarkdown(text)
        self._fit_images(path.parent)

    def _fit_images(self, folder: Path) -> None:
        """Scale wide screenshots down to the window (Markdown has no image width)."""
        cursor = QTextCursor(self.browser.document())
        for position, length, image_format in _image_fragments(self.browser.document()):
            size = QImageReader(str(folder / image_format.name())).size()  # the header only, not the pixels
            if not size.isValid() or size.width() <= IMAGE_MAX_WIDTH:
                continue
            image_format.setWidth(IMAGE_MAX_WIDTH)
            image_format.setHeight(size.height() * IMAGE_MAX_WIDTH / size.width())
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(image_format)

    def follow_link(self, url: QUrl) -> None:
        if url.hasFragment() and (not url.path() or url.path().endswith((GUIDE_FILE, *GUIDE_FILES.values()))):
            self.go_to_heading(url.fragment())
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)  # the user's browser or mail program, if there is a network
        else:
            self.message.setText(self.tr("“{link}” is not part of the user guide.").format(link=url.toString()))

    def go_to_heading(self, anchor: str) -> bool:
        # slug() again on the anchor: GitHub keeps the combining dot of a lower-cased "İ", slug() drops it.
        anchor = slug(anchor)
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and slug(block.text()) == anchor:
                cursor = QTextCursor(block)
                self.browser.setTextCursor(cursor)
                top = self.browser.document().documentLayout().blockBoundingRect(block).top()
                bar = self.browser.verticalScrollBar()
                bar.setValue(min(bar.maximum(), int(top)))
                return True
            block = block.next()
        return False

    def go_to_top(self) -> None:
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        self.browser.verticalScrollBar().setValue(0)
        self.browser.setFocus()

    def focus_find(self) -> None:
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def find_next(self) -> bool:
        text = self.find_edit.text().strip()
        if not text:
            self.focus_find()
            return False
        found = self.browser.find(text)
        if not found:  # from the top again
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            found = self.browser.find(text)
        self.message.setText("" if found else self.tr("“{text}” is not in the guide.").format(text=text))
        return found


def show_user_guide(parent: QWidget) -> UserGuideDialog:
    """Help → User guide: one guide window that stays open beside the main window (its child, found again)."""
    dialog = parent.findChild(UserGuideDialog)
    if dialog is None:
        dialog = UserGuideDialog(parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


# --- About -----------------------------------------------------------------------------------------------


def diagnostics(ctx: Any, settings: Any = None) -> list[tuple[str, str]]:
    """What support needs to know: version, folders and files, versions of Python, Qt and PySide, the system.

    Deliberately in English in both interface languages (not translated): the text is copied into messages
    to whoever supports the installation, and should read the same for every reader.
    """
    from PySide6 import __version__ as pyside_version

    from unnm_desktop.paths import backup_dir_for, data_dir, log_dir

    # A file, or a server's address (store/address.py: never with a password).
    location = ctx.path if ctx.path is not None else ctx.location
    on_server = not isinstance(location, (str, Path))
    language = getattr(settings, "ui_language", "") or "not chosen"
    store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "UNNM", "unnm-desktop")
    frozen = getattr(sys, "frozen", False)
    return [
        (APP_NAME, __version__),
        ("Licence", LICENCE),
        ("Data folder", str(data_dir())),
        ("Database", str(location)),
        (
            "Backup folder",
            "the server's (pg_dump; docs/server.md)" if on_server else str(backup_dir_for(Path(location))),
        ),
        ("Log folder", str(log_dir())),
        ("Settings file", store.fileName()),
        ("User guide", str(guide_path())),
        ("Interface language", language),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        ("Operating system", platform.platform()),
        ("Installation", "one-folder bundle" if frozen else f"Python package ({sys.executable})"),
    ]


def diagnostics_text(ctx: Any, settings: Any = None) -> str:
    rows = diagnostics(ctx, settings)
    width = max(len(label) for label, _value in rows)
    return "\n".join(f"{label + ':':<{width + 1}} {value}" for label, value in rows)


class AboutDialog(QDialog):
    def __init__(self, window: Shell) -> None:
        super().__init__(window.window())
        self.setObjectName("aboutDialog")
        root = embed_ui(self, "about_dialog")
        child(root, QLabel, "aboutTitle").setText(f"<h2>{APP_NAME} {__version__}</h2>")
        child(root, QLabel, "licenceLabel").setText(
            self.tr("Licence: {licence}. Free to use, copy and change; provided without warranty.").format(
                licence=LICENCE
            )
        )
        self.text = diagnostics_text(window.ctx, window.settings)  # English: see diagnostics()
        self.details = child(root, QPlainTextEdit, "diagnosticsText")
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))  # the columns line up
        self.details.setPlainText(self.text)
        self.copied = child(root, QLabel, "copiedNote")
        self.copy_button = child(root, QPushButton, "copyDiagnosticsButton")
        self.copy_button.clicked.connect(self.copy_diagnostics)
        child(root, QDialogButtonBox, "buttons").rejected.connect(self.reject)
        self.copy_button.setFocus()
        self.resize(760, 480)

    def copy_diagnostics(self) -> str:
        QGuiApplication.clipboard().setText(self.text)
        self.copied.setText(self.tr("Copied: paste it into your message."))
        return self.text


__all__ = ["AboutDialog", "UserGuideDialog", "diagnostics", "diagnostics_text", "show_user_guide"]


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: every menu command with its shortcut."""

    def __init__(self, parent: QWidget | None, actions: list[tuple[str, QAction]]) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = QTableWidget(len(actions), 3, self)
        table.setObjectName("shortcutsTable")
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Shortcut")])
        for row, (menu, action) in enumerate(actions):
            text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            for column, value in enumerate((menu, text, shortcut)):
                table.setItem(row, column, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(620, 560)

"""Minutes → Revision history…: every signed-off version of a meeting, each still exportable as signed.

Layout in ui/revisions_dialog.ui. "Export this version…" hands the chosen sign-off to the caller's export
(the same file dialog as Minutes → Export), which writes the content stored at that sign-off.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from unnm_desktop.gui.i18n import date_time, short_date
from unnm_desktop.gui.minutes.signoff_dialog import role_word
from unnm_desktop.gui.widgets.uiload import child, embed_ui
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.meeting import meetings
from unnm_desktop.services.minutes import signoff

REVISION, SIGNED_AT, SIGNATORIES, FINGERPRINT, REOPENED = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _signatory(name: str, title: str, role: str, signed_on: Any) -> str:
    """ "Chair: Ayşe Yılmaz (Chief of Mission), 02/11/2023" (the role and the date in the interface language)"""
    text = f"{role_word(role)}: {name}" if role else name
    if title:
        text += f" ({title})"
    return f"{text}, {short_date(signed_on)}" if signed_on else text


class RevisionsDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        ctx: ServiceContext,
        meeting_id: str,
        export_version: Callable[[str], object],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("revisionsDialog")
        self.ctx = ctx
        self.meeting_id = meeting_id
        self._export_version = export_version
        root = embed_ui(self, "revisions_dialog")
        self.intro = child(root, QLabel, "revisionsIntro")
        self.table = child(root, QTableWidget, "revisionsTable")
        self.export_button = child(root, QPushButton, "exportVersionButton")
        self.copy_button = child(root, QPushButton, "copyFingerprintButton")
        buttons = child(root, QDialogButtonBox, "buttons")
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export_selected)
        self.copy_button.clicked.connect(self.copy_fingerprint)
        self.table.doubleClicked.connect(lambda _index: self.export_selected())
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (REVISION, SIGNED_AT, FINGERPRINT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SIGNATORIES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REOPENED, QHeaderView.ResizeMode.Stretch)
        # Wrapped text needs the rows measured again whenever the columns change width.
        header.sectionResized.connect(lambda *_args: self.table.resizeRowsToContents())
        self.versions: list[dict[str, Any]] = []
        self.reload()
        self.resize(980, 420)

    def reload(self) -> None:
        detail = meetings.get_meeting(self.ctx, self.meeting_id)
        self.versions = signoff.sign_offs(self.ctx, self.meeting_id)
        fields = {"title": escape(detail.title), "reference": escape(detail.reference), "revision": detail.revision}
        if detail.status == "signed_off":
            state = self.tr("<b>{title}</b> ({reference}): signed off as revision {revision}.").format(**fields)
        elif detail.status == "circulated":
            state = self.tr("<b>{title}</b> ({reference}): revision {revision} is a circulated draft.").format(**fields)
        else:
            state = self.tr("<b>{title}</b> ({reference}): revision {revision} is a draft.").format(**fields)
        count = len(self.versions)
        if count == 1:
            listed = self.tr("1 signed-off version; it can be exported as it was signed.")
        elif count:
            listed = self.tr("{count} signed-off versions, newest last; each can be exported as it was signed.").format(
                count=count
            )
        else:
            listed = self.tr("No version has been signed off yet (Minutes → Sign off…).")
        self.intro.setText(f"{state}<br>{escape(listed)}")  # notr: markup around translated text
        self.table.setRowCount(0)
        for version in self.versions:
            row = self.table.rowCount()
            self.table.insertRow(row)
            current = version["reopened_at"] is None and detail.status == "signed_off"
            reopened = (
                f"{date_time(version['reopened_at'])}: {version['reopen_reason']}"
                if version["reopened_at"]
                else (self.tr("In force") if current else "—")
            )
            cells = {
                REVISION: str(version["revision"]),
                SIGNED_AT: date_time(version["signed_at"]),
                SIGNATORIES: "\n".join(_signatory(*s) for s in version["signatories"]),
                FINGERPRINT: version["sha256"][:12],
                REOPENED: reopened,
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, version["id"])
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, item)
            fingerprint = self.table.item(row, FINGERPRINT)
            fingerprint.setToolTip(f"SHA-256 {version['sha256']}")  # notr: the algorithm and the hash
            fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.table.item(row, REOPENED).setToolTip(version["reopen_reason"] or "")
        self.table.resizeRowsToContents()
        if count:
            self.table.selectRow(count - 1)
            self.table.setCurrentCell(count - 1, REVISION)
            self.table.setFocus()
        self.export_button.setEnabled(bool(count))
        self.copy_button.setEnabled(bool(count))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # now that the columns have their final widths

    def selected_id(self) -> str | None:
        row = self.table.currentRow()
        return self.versions[row]["id"] if 0 <= row < len(self.versions) else None

    def export_selected(self) -> None:
        sign_off_id = self.selected_id()
        if sign_off_id is not None:
            self._export_version(sign_off_id)

    def copy_fingerprint(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.versions):
            QGuiApplication.clipboard().setText(self.versions[row]["sha256"])


__all__ = ["RevisionsDialog"]

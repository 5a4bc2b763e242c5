"""Export addendum…: an addendum to signed-off minutes to Word or PDF, in English or Turkish, chosen in the same
save dialog as the minutes' export (gui/minutes/exporting.py); from Minutes → Export addendum… (the open meeting's
addenda) and from Desk → Pending confirmations (its history of addenda).

The Word file is written on a thread while the window shows the wait cursor and stays painted; a PDF is drawn by
Qt (QPdfWriter), which stays on the GUI thread under the same wait cursor.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.files import safe_file_stem
from unnm_desktop.gui.i18n import error_text, short_date
from unnm_desktop.gui.minutes.exporting import FILE_FILTERS, LANGUAGE_WORDS
from unnm_desktop.gui.widgets.busy import busy_cursor
from unnm_desktop.gui.widgets.messages import warn
from unnm_desktop.gui.widgets.save_paths import export_folder, remember_folder

if TYPE_CHECKING:
    from unnm_desktop.gui.shell import Shell
    from unnm_desktop.services.minutes.closure_views import AddendumView

CONTEXT = "AddendumExport"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _menu_words(text: str) -> str:
    return QCoreApplication.translate("MinutesMenu", text)  # the filters' words, as the minutes' export says them


def default_file_name(addendum: AddendumView) -> str:
    return f"{safe_file_stem(addendum.meeting_reference or addendum.meeting_title)}_addendum-{addendum.number}.docx"


def run_beside(function: Callable[[], Path]) -> Path:
    """`function()` on a thread under the wait cursor, the window kept painted (not answering keys meanwhile);
    its result, or its exception raised here."""
    outcome: dict[str, Any] = {}
    done = threading.Event()

    def work() -> None:
        try:
            outcome["value"] = function()
        except BaseException as error:  # raised again on the GUI thread
            outcome["error"] = error
        finally:
            done.set()

    with busy_cursor():
        threading.Thread(target=work, name="export-addendum", daemon=True).start()
        while not done.wait(0.02):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def export_addendum_file(shell: Shell, addendum: AddendumView, parent: QWidget | None = None,
                         language: str | None = None) -> Path | None:  # fmt: skip
    """Ask where (the format and language chosen in the save dialog), write the addendum; the file, or None."""
    parent = parent or shell.window()
    default_language = language if language in LANGUAGE_WORDS else "en"
    filters: dict[str, tuple[str, str]] = {}
    for kind in FILE_FILTERS:
        for lang, words in LANGUAGE_WORDS.items():
            filters[_menu_words(FILE_FILTERS[kind]).format(language=_menu_words(words))] = (kind, lang)
    selected = next(text for text, (kind, lang) in filters.items() if lang == default_language)
    caption = QCoreApplication.translate(
        "AddendumExport", "Export addendum {number} to the minutes of {reference}"
    ).format(number=addendum.number, reference=addendum.meeting_reference)
    start = export_folder(shell) / default_file_name(addendum)
    path, chosen = QFileDialog.getSaveFileName(parent, caption, str(start), ";;".join(filters), selected)
    if not path:
        return None
    target = Path(path)
    kind, lang = filters.get(chosen, (target.suffix.lower() if target.suffix.lower() in FILE_FILTERS else ".docx",
                                      default_language))  # fmt: skip
    if target.suffix.lower() not in FILE_FILTERS:
        target = target.with_name(target.name + kind)
    return write_addendum(shell, addendum, target, lang, parent)


def write_addendum(shell: Shell, addendum: AddendumView, target: Path, language: str,
                   parent: QWidget | None = None) -> Path | None:  # fmt: skip
    """Write the addendum to `target` (.docx on a thread, .pdf on the GUI thread), saying so in the status bar."""
    from unnm_desktop.export.addendum import export_addendum

    parent = parent or shell.window()
    ctx = shell.ctx

    def write() -> Path:
        return export_addendum(ctx, addendum.meeting_id, target, language, number=addendum.number)

    shell.show_message(
        QCoreApplication.translate("AddendumExport", "Exporting addendum {number}…").format(number=addendum.number)
    )
    try:
        if target.suffix.lower() == ".docx":
            written = run_beside(write)
        else:
            with busy_cursor():
                written = write()
    except UserFacingError as error:
        warn(parent, QCoreApplication.translate("AddendumExport", "Export failed"), error_text(error))
        return None
    except OSError as error:
        reason = error.strerror or str(error)
        warn(
            parent,
            QCoreApplication.translate("AddendumExport", "Export failed"),
            QCoreApplication.translate("AddendumExport", "{file} cannot be written: {reason}.").format(
                file=target, reason=reason
            ),
        )
        return None
    remember_folder(shell, written)
    shell.show_message(
        QCoreApplication.translate(
            "AddendumExport", "Addendum {number} to the minutes of {reference} exported to {path}"
        ).format(number=addendum.number, reference=addendum.meeting_reference, path=written)
    )
    return written


def choose_addendum(parent: QWidget, found: list[AddendumView]) -> AddendumView | None:
    """The only addendum, or the one chosen from a list (the latest offered first); None when cancelled."""
    if len(found) == 1:
        return found[0]
    ordered = sorted(found, key=lambda a: a.number, reverse=True)
    texts = [
        QCoreApplication.translate("AddendumExport", "Addendum {number} — decision {decision}, {date}").format(
            number=a.number, decision=a.decision_reference, date=short_date(a.occurred_on)
        )
        for a in ordered
    ]
    text, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("AddendumExport", "Export addendum"),
        QCoreApplication.translate("AddendumExport", "&Addendum:"),
        texts,
        0,
        False,
    )
    return ordered[texts.index(text)] if ok and text in texts else None


def export_open_meeting_addendum(host: Any) -> Path | None:
    """Minutes → Export addendum…: one of the open meeting's addenda (chosen when there are several)."""
    from unnm_desktop.gui.minutes.host import open_minutes
    from unnm_desktop.services.minutes.addenda import addenda

    detail = open_minutes(host)
    if detail is None:
        return None
    try:
        found = addenda(host.ctx, detail.id)
    except UserFacingError as error:
        warn(host.window(), QCoreApplication.translate("AddendumExport", "Export failed"), error_text(error))
        return None
    if not found:
        host.show_message(
            QCoreApplication.translate("AddendumExport", "The minutes of {reference} have no addendum yet.").format(
                reference=detail.reference
            )
        )
        return None
    chosen = choose_addendum(host.window(), found)
    if chosen is None:
        return None
    return export_addendum_file(host, chosen, language=detail.language)


__all__ = ["choose_addendum", "export_addendum_file", "export_open_meeting_addendum", "write_addendum"]

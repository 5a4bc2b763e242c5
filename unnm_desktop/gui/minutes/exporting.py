"""Minutes → Export to Word / PDF: the save dialog (format and language of the document), then the file written;
a file open in another program gets the offer of a free name beside it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from unnm_desktop.domain.errors import UserFacingError
from unnm_desktop.files import safe_file_stem
from unnm_desktop.gui.i18n import error_text
from unnm_desktop.gui.minutes.host import SIGNED_OFF, MinutesHost, ask, open_minutes, warn
from unnm_desktop.gui.widgets.busy import busy_cursor
from unnm_desktop.gui.widgets.save_paths import export_folder, remember_folder

if TYPE_CHECKING:
    from unnm_desktop.services.views import MeetingDetail

# The file dialog's choices: the format and the language of the exported document (chosen there, apart from
# the interface language).
FILE_FILTERS = {
    ".docx": QT_TRANSLATE_NOOP("MinutesMenu", "Word document in {language} (*.docx)"),
    ".pdf": QT_TRANSLATE_NOOP("MinutesMenu", "PDF document in {language} (*.pdf)"),
}
LANGUAGE_WORDS = {
    "en": QT_TRANSLATE_NOOP("MinutesMenu", "English"),
    "tr": QT_TRANSLATE_NOOP("MinutesMenu", "Turkish (Türkçe)"),
}
# The file dialog's caption, by format (None: either) and whether an earlier signed-off version is exported.
EXPORT_CAPTIONS = {
    (".docx", False): QT_TRANSLATE_NOOP("MinutesMenu", "Export {reference} to a Word document"),
    (".pdf", False): QT_TRANSLATE_NOOP("MinutesMenu", "Export {reference} to a PDF document"),
    (None, False): QT_TRANSLATE_NOOP("MinutesMenu", "Export {reference} to a Word or PDF document"),
    (".docx", True): QT_TRANSLATE_NOOP("MinutesMenu", "Export revision {version} of {reference} to a Word document"),
    (".pdf", True): QT_TRANSLATE_NOOP("MinutesMenu", "Export revision {version} of {reference} to a PDF document"),
    (None, True): QT_TRANSLATE_NOOP(
        "MinutesMenu", "Export revision {version} of {reference} to a Word or PDF document"
    ),
}


def default_file_name(detail: MeetingDetail, suffix: str, *, version: int | None = None) -> str:
    """Signed-off minutes are named after their reference; a draft or an older version says which it is."""
    stem = safe_file_stem(detail.reference or detail.title)
    if version is not None:
        stem += f"_rev{version}"
    elif detail.status != SIGNED_OFF:
        stem += f"_draft-r{detail.revision}" if detail.revision else "_draft"
    return stem + suffix


def _is_locked_target(error: UserFacingError, target: Path) -> bool:
    """The export could not replace an existing file (open in Word, or write-protected)."""
    return target.is_file() and (isinstance(error.__context__, PermissionError) or "cannot be replaced" in str(error))


def _translate(text: str) -> str:
    return QCoreApplication.translate("MinutesMenu", text)


def export_minutes(
    host: MinutesHost, suffix: str | None = None, *, sign_off_id: str | None = None, parent: QWidget | None = None
) -> Path | None:
    """Ask where (and in which language), then write the open meeting's minutes; returns the file written, or None.

    `suffix` ".docx" or ".pdf" (None: either, chosen in the dialog); `sign_off_id` an earlier signed-off
    version (from the revision history) instead of the current minutes.
    """
    detail = open_minutes(host)
    if detail is None:
        return None
    parent = parent or host.window()
    version = None
    if sign_off_id is not None:
        from unnm_desktop.services.minutes import signoff

        version = next((v["revision"] for v in signoff.sign_offs(host.ctx, detail.id) if v["id"] == sign_off_id), None)
    suffixes = (suffix,) if suffix else (".docx", ".pdf")
    default_language = detail.language if detail.language in LANGUAGE_WORDS else "en"
    filters: dict[str, tuple[str, str]] = {}
    for kind in suffixes:
        for language, words in LANGUAGE_WORDS.items():
            filters[_translate(FILE_FILTERS[kind]).format(language=_translate(words))] = (kind, language)
    selected = next(text for text, (kind, lang) in filters.items() if lang == default_language)
    caption = _translate(EXPORT_CAPTIONS[(suffix, version is not None)]).format(
        reference=detail.reference, version=version
    )
    start = export_folder(host) / default_file_name(detail, suffixes[0], version=version)
    path, chosen = QFileDialog.getSaveFileName(parent, caption, str(start), ";;".join(filters), selected)
    if not path:
        return None
    kind, language = filters.get(chosen, (suffixes[0], default_language))
    target = Path(path)
    if target.suffix.lower() not in FILE_FILTERS:
        target = target.with_name(target.name + kind)
    return write_minutes(host, detail.id, target, language, sign_off_id=sign_off_id, parent=parent)


def write_minutes(
    host: MinutesHost, meeting_id: str, target: Path, language: str | None, *, sign_off_id: str | None = None,
    parent: QWidget | None = None,
) -> Path | None:  # fmt: skip
    """Export to `target`; a file open in another program gets the offer of a free name beside it."""
    from unnm_desktop.export import export_meeting, suggest_free_name

    parent = parent or host.window()
    template = host.settings.word_template if target.suffix.lower() == ".docx" else ""
    if template and not Path(template).is_file():
        warn(
            parent,
            QCoreApplication.translate("MinutesMenu", "Word template missing"),
            QCoreApplication.translate(
                "MinutesMenu",
                "The Word template {template} chosen in File → Settings… cannot be found. Choose it again "
                "there, or use the built-in template.",
            ).format(template=template),
        )
        return None
    while True:
        try:
            with busy_cursor():
                written = export_meeting(
                    host.ctx, meeting_id, target, language, sign_off_id=sign_off_id, template=template or None,
                    stamps_as_prose=host.settings.stamps_as_prose,
                )  # fmt: skip
        except UserFacingError as error:
            if _is_locked_target(error, target):
                other = suggest_free_name(target)
                question = QCoreApplication.translate("MinutesMenu", "{problem}\n\nSave as “{name}” instead?").format(
                    problem=error_text(error), name=other.name
                )
                if ask(parent, QCoreApplication.translate("MinutesMenu", "File in use"), question):
                    target = other
                    continue
                return None
            warn(parent, QCoreApplication.translate("MinutesMenu", "Export failed"), error_text(error))
            return None
        break
    remember_folder(host, written)
    host.show_message(QCoreApplication.translate("MinutesMenu", "Minutes exported to {path}").format(path=written))
    return written

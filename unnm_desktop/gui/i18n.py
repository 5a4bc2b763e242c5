"""The interface language: Qt translators, the locale for dates and numbers, and locale-aware sorting.

English is the source language (the strings in the code and in ui/*.ui); Turkish comes from
resources/translations/unnm_desktop_tr.qm (compiled from the .ts kept by `packaging/update_translations.py`)
plus Qt's own qtbase_tr.qm for the standard buttons and the text fields' context menus.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCollator,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTime,
    QTranslator,
)
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit

from unnm_desktop.domain.clock import local
from unnm_desktop.domain.errors import Message, UserFacingError
from unnm_desktop.resources import resource_path

LANGUAGES = ("en", "tr")
LANGUAGE_NAMES = {"en": "English", "tr": "Türkçe"}  # each in its own language, never translated
_LOCALES = {"en": "en_GB", "tr": "tr_TR"}  # en_GB: day-month-year dates and 24-hour times, as in Türkiye

T = TypeVar("T")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

# Qt's own Turkish names the keys "Kontrol", "Seçenek" (the Mac's Option key), "Üst Karakter", "Vazgeç"...
# Keyboards sold in Türkiye print Ctrl, Alt, Shift, Esc, and so do the user guide and the app's own texts:
# the Turkish catalogue keeps these names as they are, and overrides Qt's in menus and the shortcut list.
KEY_NAMES = (
    QT_TRANSLATE_NOOP("QShortcut", "Ctrl"),
    QT_TRANSLATE_NOOP("QShortcut", "Alt"),
    QT_TRANSLATE_NOOP("QShortcut", "Shift"),
    QT_TRANSLATE_NOOP("QShortcut", "Meta"),
    QT_TRANSLATE_NOOP("QShortcut", "Esc"),
    QT_TRANSLATE_NOOP("QShortcut", "Del"),
    QT_TRANSLATE_NOOP("QShortcut", "Ins"),
    QT_TRANSLATE_NOOP("QShortcut", "Home"),
    QT_TRANSLATE_NOOP("QShortcut", "End"),
    QT_TRANSLATE_NOOP("QShortcut", "PgUp"),
    QT_TRANSLATE_NOOP("QShortcut", "PgDown"),
    QT_TRANSLATE_NOOP("QShortcut", "Tab"),
    QT_TRANSLATE_NOOP("QShortcut", "Backspace"),
)

_installed: list[QTranslator] = []
_current: str | None = None  # None until install_language is first called


def translations_dir() -> str:
    return str(resource_path("translations"))


def system_language() -> str:
    """Turkish on a Turkish system, English everywhere else."""
    return "tr" if QLocale.system().language() == QLocale.Language.Turkish else "en"


def chosen_language(stored: str) -> str:
    """The language chosen in Settings, or the system's when none was chosen yet."""
    return stored if stored in LANGUAGES else system_language()


def current_language() -> str:
    return _current or "en"


def install_language(language: str) -> bool:
    """Translate the interface into `language` from now on; False when its translation cannot be loaded.

    Widgets already built keep their texts: the main window is rebuilt after a change (MainWindow.reload).
    """
    global _current
    app = QCoreApplication.instance()
    if language == _current and (language == "en" or _installed):
        return True  # installing again would only reset texts set in code (QDialogButtonBox retranslates)
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    language = language if language in LANGUAGES else "en"
    loaded = True
    if language != "en" and app is not None:
        # Qt asks the translator installed last first: ours goes after Qt's, so that its key names win.
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
        ours = QTranslator(app)
        loaded = ours.load(f"unnm_desktop_{language}", translations_dir())
        if loaded:
            app.installTranslator(ours)
            _installed.append(ours)
    _current = language if loaded else "en"
    QLocale.setDefault(QLocale(_LOCALES[_current]))
    if app is not None:
        # The LanguageChange events are posted: deliver them now, so that they reach only the widgets that
        # exist already and cannot reset texts that widgets built next set in code (a button's "&Start").
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return loaded


def ui_locale() -> QLocale:
    """The locale of the interface language (en_GB or tr_TR), whatever the system's is."""
    return QLocale(_LOCALES[current_language()])


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def error_text(error: BaseException | str) -> str:
    """What to show for an error or a service's Message: in the interface language when it was written
    translatable (UserFacingError, domain.errors.Message), anything else as it is."""
    if isinstance(error, (UserFacingError, Message)):
        return error.translated(QCoreApplication.translate)
    return str(error)


# --- dates and times ------------------------------------------------------------------------------------


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def short_date(value: date | datetime | None) -> str:
    """02/11/2023 in English, 2.11.2023 in Turkish; times are shown in Istanbul time."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = local(value).date()
    return ui_locale().toString(_qdate(value), QLocale.FormatType.ShortFormat)


def long_date(value: date | datetime | None) -> str:
    """2 November 2023 / 2 Kasım 2023."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = local(value).date()
    return ui_locale().toString(_qdate(value), "d MMMM yyyy")


def clock_time(value: datetime) -> str:
    """14:05 in Istanbul time."""
    moment = local(value)
    return ui_locale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def date_time(value: datetime | None) -> str:
    """02/11/2023 14:05 / 2.11.2023 14:05, in Istanbul time."""
    if value is None:
        return ""
    return f"{short_date(value)} {clock_time(value)}"


def date_format() -> str:
    """The format of date fields: dd/MM/yyyy in English, d.MM.yyyy in Turkish (QDateEdit.displayFormat)."""
    return ui_locale().dateFormat(QLocale.FormatType.ShortFormat)


def typed_date(text: str) -> str:
    """A date typed in a table cell, as ISO YYYY-MM-DD for the services: written as the interface language
    writes dates (2.11.2023, 02/11/2023) or as ISO. Anything else comes back as typed, for the service to
    refuse with its message; "" stays "" (no date)."""
    text = text.strip()
    if not text or _ISO_DATE.fullmatch(text):
        return text
    for pattern in (date_format(), "d.M.yyyy", "d/M/yyyy", "d-M-yyyy"):
        parsed = ui_locale().toDate(text, pattern)
        if parsed.isValid():
            return parsed.toString("yyyy-MM-dd")
    return text


def localize_date_edits(root: QObject) -> None:
    """Date and date-time fields of a loaded .ui show dates as the interface language writes them."""
    for edit in root.findChildren(QDateTimeEdit):
        if isinstance(edit, QDateEdit):
            edit.setDisplayFormat(date_format())
        elif not isinstance(edit, QTimeEdit):
            edit.setDisplayFormat(ui_locale().dateTimeFormat(QLocale.FormatType.ShortFormat))


def qdatetime(value: datetime) -> QDateTime:
    moment = local(value)
    return QDateTime(_qdate(moment.date()), QTime(moment.hour, moment.minute, moment.second))


# --- sorting --------------------------------------------------------------------------------------------


def collator() -> QCollator:
    """Compares text the way the interface language sorts it: in Turkish c < ç < d and ı < i."""
    compare = QCollator(ui_locale())
    compare.setNumericMode(True)  # "item 9" before "item 10"
    compare.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return compare


def locale_sorted(items: Iterable[T], key: Callable[[T], str] = str) -> list[T]:
    """`items` sorted by `key` in the interface language's alphabetical order."""
    compare = collator().compare
    return sorted(items, key=functools.cmp_to_key(lambda a, b: compare(key(a), key(b))))

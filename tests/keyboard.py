"""Typing into the real window as a person does: key events through the real event loop, one at a time.

Every key goes where a real keyboard's would at that moment: to an open pop-up (a completer's list, which
passes on the keys it does not use), else to the widget that has the keyboard focus, after Qt's shortcut
map has had its chance (QTest delivers a ShortcutOverride first), with a pause between keys during which
timers, autosave and queued signals run. Every character is sent with the key code a keyboard gives it and
the character as its text, non-ASCII included (ş ğ ı İ Ö Ç Ü, Arabic, emoji): qtbot.keyClicks aborts the
process on those.

Modal dialogs opened with exec() block the caller: `answer_dialog` types into the next one from a timer set
before the key that opens it, as a person would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QDeadlineTimer, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import Shiboken

CHAR_DELAY_MS = 20  # a rapporteur's speed: 50 keys a second

_NAMED = {"\n": Qt.Key.Key_Return, "\t": Qt.Key.Key_Tab}


def focus_widget() -> QWidget:
    """The widget a real keyboard would type into now: an open pop-up (a completer's list grabs the keyboard and
    passes the keys it does not use on to its line edit), else the focus widget of the active window."""
    QApplication.processEvents()
    popup = QApplication.activePopupWidget()
    widget = (
        (popup and (popup.focusWidget() or popup))  # as Qt routes a key to a pop-up: to its focus widget
        or QApplication.focusWidget()
        or QApplication.activeModalWidget()
        or QApplication.activeWindow()
    )
    if widget is None:
        raise AssertionError("no widget has the keyboard focus: nothing would receive the keys")
    return widget


def type_keys(text: str, delay_ms: int = CHAR_DELAY_MS) -> None:
    """Type `text` into the focused widget, one key at a time; "\\n" is Enter and "\\t" is Tab."""
    for ch in text:
        widget = focus_widget()
        if ch in _NAMED:
            QTest.keyClick(widget, _NAMED[ch])
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key_of(ch), ch, Qt.KeyboardModifier.NoModifier)
        QTest.qWait(delay_ms)


def key_of(ch: str) -> Qt.Key:
    """The key code a real keyboard sends with `ch` (widgets such as date editors read the code, not only the
    text): Qt numbers a character's key by its upper case ("ş" → Key "Ş", "ı" → Key_I), like its X11 and
    Windows backends; a character with no such key (emoji) gets Key_unknown."""
    upper = ch.upper()
    if len(upper) != 1 or not ch.isprintable() or ord(upper) > 0xFFFF or (ch.isspace() and ch != " "):
        return Qt.Key.Key_unknown
    return Qt.Key(ord(upper))


def press(*sequences: str, delay_ms: int = CHAR_DELAY_MS) -> None:
    """Press keys by name as QKeySequence spells them: press("Ctrl+Shift+I"), press("Tab", "Tab", "Enter")."""
    for sequence in sequences:
        combination = QKeySequence(sequence)[0]
        key = combination.key()
        modifiers = combination.keyboardModifiers()
        if key == Qt.Key.Key_Tab and modifiers & Qt.KeyboardModifier.ShiftModifier:
            key = Qt.Key.Key_Backtab  # what a keyboard sends for Shift+Tab
        QTest.keyClick(focus_widget(), key, modifiers)
        QTest.qWait(delay_ms)


def wait_until(predicate: Callable[[], object], timeout_ms: int = 5000, message: str = "") -> None:
    """Let the event loop run until `predicate()` is true (e.g. the database holds what was typed)."""
    deadline = QDeadlineTimer(timeout_ms)
    while not predicate():
        if deadline.hasExpired():
            raise AssertionError(message or f"timed out after {timeout_ms} ms waiting for {predicate}")
        QTest.qWait(20)


def wait_saved(read: Callable[[], object], expected: object, timeout_ms: int = 5000) -> None:
    """Wait until `read()` (the database, read through the services) equals `expected`, i.e. what was typed is
    saved; on time-out the failure shows what the database holds instead."""
    try:
        wait_until(lambda: read() == expected, timeout_ms)
    except AssertionError:
        raise AssertionError(
            f"not saved as typed within {timeout_ms} ms:\n  database: {read()!r}\n  typed:    {expected!r}"
        ) from None


def answer_dialog(answer: Callable[[QWidget], None], timeout_ms: int = 5000, object_name: str = "") -> list[str]:
    """Answer the next modal dialog from a timer: call this *before* the key that opens it.

    `answer(dialog)` types into the dialog with `type_keys`/`press` once it is on screen and focused. The
    returned list receives the dialog's window title, or an error text if none appeared (check it after).
    With `object_name`, only the dialog of that name is answered: one dialog may open another while the first
    is still on screen, and each answer must reach its own.
    """
    seen: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or (object_name and dialog.objectName() != object_name):
            if deadline.hasExpired():
                seen.append(f"error: no {object_name or 'modal dialog'} appeared")
                return
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog.windowTitle())
        dialog.activateWindow()
        QTest.qWaitForWindowActive(dialog)
        answer(dialog)

    deadline = QDeadlineTimer(timeout_ms)
    QTimer.singleShot(0, poll)
    return seen


def answered(seen: list[str]) -> str:
    """After the key that opened a dialog answered by `answer_dialog`: its title, once it is closed; fails if
    no dialog appeared or if the answer left it open (it is then closed, so that the test goes on)."""
    wait_until(lambda: seen, message="no modal dialog appeared")
    if seen[0].startswith("error:"):
        raise AssertionError(seen[0])
    dialog = QApplication.activeModalWidget()
    if dialog is not None:
        dialog.close()
        raise AssertionError(f"the dialog “{seen[0]}” was still open after it was answered")
    return seen[0]


def choose(entry: str) -> None:
    """Pick an entry of the focused drop-down by typing its first letters, as a person does (non-editable
    combo boxes search their entries by the keys typed in quick succession)."""
    type_keys(entry, delay_ms=CHAR_DELAY_MS)


def activate(window: QWidget) -> None:
    """Offscreen there is no window manager: after a dialog closes, give the window the focus back, or the
    next shortcut goes nowhere."""
    window.activateWindow()
    window.raise_()
    QTest.qWaitForWindowActive(window)


@contextmanager
def stuck_dialogs_closed(after_ms: int = 10000) -> Iterator[list[str]]:
    """A modal dialog nobody answers blocks the test for ever (its exec() never returns): close any that stays
    open longer than `after_ms` and list its title, for the test to fail on instead of hanging."""
    closed: list[str] = []
    watched: dict[int, QDeadlineTimer] = {}

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            watched.clear()
            return
        deadline = watched.setdefault(Shiboken.getCppPointer(dialog)[0], QDeadlineTimer(after_ms))
        if deadline.hasExpired():
            closed.append(dialog.windowTitle() or dialog.objectName())
            dialog.close()
            watched.clear()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(250)
    try:
        yield closed
    finally:
        timer.stop()

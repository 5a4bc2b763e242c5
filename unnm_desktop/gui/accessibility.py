"""Accessibility of the main window: descriptions for screen readers, keyboard reach, readable colours.

    describe_controls(window)        # one hook line in MainWindow.__init__, after the menus are built
    unreachable_controls(widget)     # controls Tab cannot reach (tests keep this empty)
    error_colour(palette) / muted_colour(palette)   # colours that stay readable on light, dark and
                                                    # high-contrast palettes (instead of #b00020 / #666666)

Accessible *names* live in the .ui files beside each control; the longer *descriptions* (what the control
does and its shortcuts) are set here by object name, so the .ui files other work edits stay untouched,
and are translated in the "Accessibility" context. A description never replaces one a .ui file already gives.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

DESCRIPTIONS: dict[str, str] = {
    # meetings
    "meetingSearch": QT_TRANSLATE_NOOP(
        "Accessibility",
        "Type part of a title, reference or place; Turkish letters are optional (goc finds Göç). Ctrl+F comes here.",
    ),
    "meetingList": QT_TRANSLATE_NOOP(
        "Accessibility", "The meetings, newest first. Up and Down select one; it opens in the tabs on the right."
    ),
    "newMeetingButton": QT_TRANSLATE_NOOP(
        "Accessibility", "Creates a new meeting with the standing agenda items (Ctrl+N)."
    ),
    "nextMeetingButton": QT_TRANSLATE_NOOP(
        "Accessibility",
        "Creates the next meeting of the selected meeting's series: its attendees as expected, the standing "
        "items and the open action points (Ctrl+Shift+N).",
    ),
    "meetingTabs": QT_TRANSLATE_NOOP(
        "Accessibility",
        "Details Ctrl+1, Attendance Ctrl+2, Agenda and notes Ctrl+3, Decisions Ctrl+4, Action points Ctrl+5.",
    ),
    # details
    "titleEdit": QT_TRANSLATE_NOOP(
        "Accessibility", "The title of the meeting, as it appears at the top of the minutes."
    ),
    "referenceEdit": QT_TRANSLATE_NOOP(
        "Accessibility", "The meeting's reference, such as UNNM-TR/2023/1; decision numbers are built from it."
    ),
    "startEdit": QT_TRANSLATE_NOOP("Accessibility", "Start date and time, Istanbul time."),
    "endEdit": QT_TRANSLATE_NOOP("Accessibility", "End date and time, Istanbul time."),
    "chairCombo": QT_TRANSLATE_NOOP("Accessibility", "The person who chairs the meeting; needed before sign-off."),
    "rapporteurCombo": QT_TRANSLATE_NOOP("Accessibility", "The person who takes the minutes; needed before sign-off."),
    "objectivesList": QT_TRANSLATE_NOOP(
        "Accessibility", "The GCM objectives 1 to 23 the meeting addresses. Space ticks or unticks the selected one."
    ),
    "nextMeetingDateEdit": QT_TRANSLATE_NOOP(
        "Accessibility", "The date of the next meeting, printed at the end of the minutes."
    ),
    # attendance
    "attendeeSearch": QT_TRANSLATE_NOOP(
        "Accessibility",
        "Type a name, organisation or acronym and press Enter to add the person; Turkish letters are "
        "optional. An unknown name opens a short new-person form.",
    ),
    "attendanceTable": QT_TRANSLATE_NOOP(
        "Accessibility",
        "The attendees with organisation, role and status. Alt+Shift+1, 2, 3 or 4 marks the selected rows "
        "present, remote, apologies or absent.",
    ),
    "newPersonButton": QT_TRANSLATE_NOOP("Accessibility", "Adds a person who is not in the directory yet."),
    "bulkStatusCombo": QT_TRANSLATE_NOOP("Accessibility", "A status to give all selected attendees at once."),
    "applyStatusButton": QT_TRANSLATE_NOOP("Accessibility", "Gives the chosen status to all selected attendees."),
    "bulkRoleCombo": QT_TRANSLATE_NOOP("Accessibility", "A role to give all selected attendees at once."),
    "applyRoleButton": QT_TRANSLATE_NOOP("Accessibility", "Gives the chosen role to all selected attendees."),
    "removeAttendeeButton": QT_TRANSLATE_NOOP(
        "Accessibility", "Removes the selected attendees from this meeting (not from the directory)."
    ),
    "attendanceCounts": QT_TRANSLATE_NOOP(
        "Accessibility", "How many attend, by organisation and by UN and government side."
    ),
    # agenda and notes
    "agendaList": QT_TRANSLATE_NOOP(
        "Accessibility",
        "The agenda items in order. Alt+Up and Alt+Down move the selected item; Ctrl+Page Up and Ctrl+Page "
        "Down go to the previous or next item from anywhere.",
    ),
    "addItemButton": QT_TRANSLATE_NOOP("Accessibility", "Adds an agenda item after the selected one (Ctrl+Shift+A)."),
    "standingItemsButton": QT_TRANSLATE_NOOP(
        "Accessibility",
        "Adds the standing items: adoption of the agenda, approval of the previous minutes, matters arising, "
        "any other business.",
    ),
    "removeItemButton": QT_TRANSLATE_NOOP("Accessibility", "Removes the selected agenda item."),
    "itemTitleEdit": QT_TRANSLATE_NOOP("Accessibility", "The title of the selected agenda item."),
    "plannedMinutesSpin": QT_TRANSLATE_NOOP(
        "Accessibility", "How many minutes the agenda gives this item; the timer counts against it."
    ),
    "timerButton": QT_TRANSLATE_NOOP("Accessibility", "Starts or stops the timer of this item (F9)."),
    "timerLabel": QT_TRANSLATE_NOOP("Accessibility", "Time spent on this item against the planned minutes."),
    "notesEditor": QT_TRANSLATE_NOOP(
        "Accessibility",
        "The discussion notes of the selected item, saved as you type. Ctrl+Shift+I inserts the time and who "
        "takes the floor; Ctrl+B bold, Ctrl+I italic, Ctrl+Shift+8 a bulleted list.",
    ),
    "matterArisingTable": QT_TRANSLATE_NOOP(
        "Accessibility", "Action points of earlier meetings: record here what became of each, under matters arising."
    ),
    # decisions
    "decisionList": QT_TRANSLATE_NOOP("Accessibility", "The decisions of the selected agenda item."),
    "addDecisionButton": QT_TRANSLATE_NOOP(
        "Accessibility", "Adds a decision to the selected agenda item (Ctrl+Shift+E)."
    ),
    "removeDecisionButton": QT_TRANSLATE_NOOP("Accessibility", "Removes the selected decision."),
    "decisionText": QT_TRANSLATE_NOOP("Accessibility", "The text of the decision as it will read in the minutes."),
    "decisionMethod": QT_TRANSLATE_NOOP(
        "Accessibility", "How the decision was taken: consensus, silence procedure or chair's summary."
    ),
    "decisionOutcome": QT_TRANSLATE_NOOP(
        "Accessibility",
        "The outcome. One the positions do not allow is refused, with the reason shown beside it; "
        "Ctrl+Shift+O takes the suggested outcome.",
    ),
    "outcomeReason": QT_TRANSLATE_NOOP(
        "Accessibility", "Why the chosen outcome is not possible with the positions recorded."
    ),
    "suggestedOutcome": QT_TRANSLATE_NOOP("Accessibility", "The outcome the recorded positions allow."),
    "chairNoteEdit": QT_TRANSLATE_NOOP(
        "Accessibility",
        "The chair's note, printed under the decision and needed for not adopted without an objection. "
        "Ctrl+Shift+H inserts the chair's summary drafted from the positions; it follows them until edited.",
    ),
    "deferredToEdit": QT_TRANSLATE_NOOP("Accessibility", "The meeting or date a deferred decision goes to."),
    "decisionObjectivesButton": QT_TRANSLATE_NOOP(
        "Accessibility",
        "The GCM objectives of the decision; opens a list of the 23 objectives to type or tick them (Ctrl+Shift+M).",
    ),
    "allPresentJoinButton": QT_TRANSLATE_NOOP(
        "Accessibility",
        "Every attending organisation without a position joins the consensus; positions already recorded stay "
        "(Ctrl+Shift+J).",
    ),
    "positionsTable": QT_TRANSLATE_NOOP(
        "Accessibility",
        "One row per attending organisation: its position (joins, concern, stands aside, reservation, ad "
        "referendum, objects) and a statement for the record. Typing or F2 opens a cell; Tab saves and moves on.",
    ),
    # action points
    "actionsTable": QT_TRANSLATE_NOOP(
        "Accessibility",
        "The action points of this meeting: text, responsible organisations, due date and status. Overdue "
        "ones are marked.",
    ),
    "addActionButton": QT_TRANSLATE_NOOP("Accessibility", "Adds an action point (Ctrl+Shift+K)."),
    "removeActionButton": QT_TRANSLATE_NOOP("Accessibility", "Removes the selected action point."),
    "followUpsTable": QT_TRANSLATE_NOOP("Accessibility", "Action points of earlier meetings followed up at this one."),
    "saveStatus": QT_TRANSLATE_NOOP(
        "Accessibility", "When your last change was saved. Everything is saved as you type; there is no save button."
    ),
}

_CONTROLS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QAbstractButton,
             QTabWidget)  # fmt: skip


def describe_controls(root: QWidget) -> list[str]:
    """Give the main controls under `root` their descriptions; returns the names that were not found."""
    missing = []
    for name, text in DESCRIPTIONS.items():
        widget = root.findChild(QWidget, name)
        if widget is None:
            missing.append(name)
        elif not widget.accessibleDescription():
            widget.setAccessibleDescription(QCoreApplication.translate("Accessibility", text))
    return missing


def unreachable_controls(root: QWidget) -> list[str]:
    """Named, enabled controls under `root` that Tab never reaches (a shortcut alone is not enough)."""
    found = []
    for kind in _CONTROLS:
        for widget in root.findChildren(kind):
            name = widget.objectName()
            if not name or name.startswith("qt_") or not widget.isEnabled():
                continue
            if isinstance(widget, QAbstractButton) and not widget.isVisibleTo(root):
                continue
            if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                found.append(name)
    return sorted(set(found))


# --- colours ---------------------------------------------------------------------------------------------


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21; 4.5 is the minimum for body text)."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _readable(candidates: tuple[str, ...], palette: QPalette, role: QPalette.ColorRole) -> QColor:
    background = palette.color(role)
    best = max((QColor(c) for c in candidates), key=lambda c: contrast(c, background))
    for name in candidates:
        if contrast(QColor(name), background) >= 4.5:
            return QColor(name)
    return best


def error_colour(palette: QPalette, role: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    """A red for warnings and overdue dates that is readable on `role` of `palette`: #b00020 on light
    backgrounds, a light red on dark and high-contrast ones."""
    return _readable(("#b00020", "#ff8a80", "#ffb4ab"), palette, role)


def muted_colour(palette: QPalette, role: QPalette.ColorRole = QPalette.ColorRole.Base) -> QColor:
    """A secondary-text grey that stays readable: the palette's own placeholder colour when it contrasts enough."""
    own = palette.color(QPalette.ColorRole.PlaceholderText).name()
    return _readable((own, "#595959", "#b0b0b0"), palette, role)


__all__ = ["DESCRIPTIONS", "contrast", "describe_controls", "error_colour", "muted_colour", "unreachable_controls"]

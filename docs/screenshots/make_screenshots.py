"""Screenshots of the demo database for README and the user guides (English and Turkish).

    python docs/screenshots/make_screenshots.py [--language tr] [--scale 2] [--only agenda ...]

Runs offscreen (no display needed); writes docs/screenshots/*.png: each pane of the main window (details,
attendance, agenda, decisions, actions) and, at 100 %, the other windows the user guide shows (first-run,
signoff, revisions, register, search, tracker, pending (Desk → Pending confirmations), gcm-report, directory, high-contrast) and the rapporteur's
editors at work over the main window (action-editors: the Responsible cell with its suggestions; due-date:
the calendar of the Due cell; stamp: the intervention stamp dialog with "pm" typed; decision-objectives).
`--only sync` makes the sync shots (docs/screenshots/sync_shots.py): sync, File → Synchronise… with an exchange
folder, and sync-review, the review of three conflicts a run left. `--only server` makes the server shots (docs/screenshots/server_shots.py): server-connect, the "Connect to a
server…" dialog, and, on a throwaway PostgreSQL cluster (skipped without PostgreSQL's server binaries),
lease-banner, a meeting another desk is editing, and conflict-banner, the other desk's change to the notes.
A scale other than 1 adds its percentage to the names (agenda-200.png), Turkish adds -tr (agenda-tr.png,
agenda-200-tr.png).

Pop-ups and dialogs are top-level windows, which a grab of the main window leaves out, and offscreen there is
no window manager to draw their frames: those shots paint the pop-up where it opens over the main window,
and a dialog with a plain title bar carrying its own window title.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import server_shots
import sync_shots

HERE = Path(__file__).resolve().parent
PANES = {"details": 0, "attendance": 1, "agenda": 2, "decisions": 3, "actions": 4}
WINDOWS = ("first-run", "signoff", "register", "search", "tracker", "pending", "gcm-report", "directory", "revisions")
EDITORS = ("action-editors", "due-date", "stamp", "decision-objectives")
HIGH_CONTRAST = "high-contrast"
NAMES = (*PANES, *WINDOWS, *EDITORS, HIGH_CONTRAST, *server_shots.SHOTS, *sync_shots.SHOTS)
GROUPS = {"server": server_shots.SHOTS, "sync": sync_shots.SHOTS}

# The user's own data in the screenshots: in the language of the screenshot, as a user would type it.
USER_NAME = "Ayşe Yılmaz"
SEARCH = {"en": "goc", "tr": "göç"}
SIGNER_TITLE = {"en": "Chief of Mission", "tr": "Misyon Şefi"}
# Typed into the editors: part of an organisation's name without its Turkish letters, and a speaker's acronym.
RESPONSIBLE_TYPED = "UNHCR, goc"
SPEAKER_TYPED = "pm"
TITLE_BAR_HEIGHT = 28
REOPEN_REASON = {
    "en": "IOM asked to correct the title of its representative in the attendance list.",
    "tr": "IOM, katılım listesindeki temsilcisinin unvanının düzeltilmesini istedi.",
}


def high_contrast_palette() -> Any:
    """White on black with cyan selections, like a system high-contrast theme."""
    from PySide6.QtGui import QColor, QPalette

    black, white, cyan, grey = QColor("black"), QColor("white"), QColor("#00ffff"), QColor("#c0c0c0")
    palette = QPalette()
    roles = QPalette.ColorRole
    for role in (roles.Window, roles.Base, roles.AlternateBase, roles.Button, roles.ToolTipBase):
        palette.setColor(role, black)
    for role in (roles.WindowText, roles.Text, roles.ButtonText, roles.ToolTipText, roles.BrightText):
        palette.setColor(role, white)
    palette.setColor(roles.Highlight, cyan)
    palette.setColor(roles.HighlightedText, black)
    palette.setColor(roles.PlaceholderText, grey)
    palette.setColor(roles.Link, QColor("#ffff00"))
    palette.setColor(roles.Light, white)
    palette.setColor(roles.Midlight, grey)
    palette.setColor(roles.Mid, grey)
    palette.setColor(roles.Dark, white)
    palette.setColor(roles.Shadow, white)
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, grey)
    return palette


def overlay(base: Any, layers: list[tuple[Any, Any]]) -> Any:
    """The grab of `base` with each (pixmap, top-left point in base's coordinates) painted over it."""
    from PySide6.QtGui import QPainter, QPalette

    picture = base.grab()
    painter = QPainter(picture)
    painter.setPen(base.palette().color(QPalette.ColorRole.Dark))
    for pixmap, point in layers:
        painter.drawPixmap(point, pixmap)
        size = pixmap.deviceIndependentSize()  # a pop-up's thin frame, which offscreen grabs leave out
        painter.drawRect(point.x(), point.y(), round(size.width()) - 1, round(size.height()) - 1)
    painter.end()
    return picture


def framed(dialog: Any) -> Any:
    """The dialog's grab under a plain title bar with its window title, as a window manager would frame it."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

    inside = dialog.grab()
    width, height = dialog.width() + 2, dialog.height() + TITLE_BAR_HEIGHT + 1
    picture = QPixmap(round(width * inside.devicePixelRatio()), round(height * inside.devicePixelRatio()))
    picture.setDevicePixelRatio(inside.devicePixelRatio())
    picture.fill(QColor("#5a5a5a"))
    painter = QPainter(picture)
    painter.fillRect(QRect(1, 1, width - 2, TITLE_BAR_HEIGHT - 1), QColor("#3c3f41"))
    font = QFont(dialog.font())
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    title_rect = QRect(10, 1, width - 20, TITLE_BAR_HEIGHT - 1)
    painter.drawText(title_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, dialog.windowTitle())
    painter.drawPixmap(1, TITLE_BAR_HEIGHT, inside)
    painter.end()
    return picture


def ready_to_sign(ctx: Any, meeting_id: str) -> None:
    """Decide the draft's open decisions, as after the meeting: the ad referendum positions confirmed."""
    from unnm_desktop.domain.consensus import suggest_outcome
    from unnm_desktop.services.meeting import decisions

    for decision in decisions.list_decisions(ctx, meeting_id):
        if decision.outcome not in ("proposed", "under_silence"):
            continue
        for position in decision.positions:
            if position.kind == "ad_referendum":
                decisions.set_position(
                    ctx,
                    decision.id,
                    position.organization_id,
                    "joins",
                    statement=position.statement,
                    paragraph_ref=position.paragraph_ref,
                )
        kinds = [p.kind for p in decisions.get_decision(ctx, decision.id).positions]
        decisions.update_decision(ctx, decision.id, outcome=suggest_outcome(kinds).value)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0, help="device pixel ratio, e.g. 2 for 200 %%")
    parser.add_argument("--language", choices=("en", "tr"), default="en", help="interface language (default en)")
    parser.add_argument("--only", nargs="+", choices=(*NAMES, *GROUPS), metavar="NAME",
                        help=f"only these: {', '.join(NAMES)}; or server, or sync (the groups)")  # fmt: skip
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    work = Path(tempfile.mkdtemp(prefix="unnm-shots-"))
    os.environ["UNNM_DESKTOP_DATA_DIR"] = str(work / "data")
    os.environ["UNNM_DESKTOP_SETTINGS_DIR"] = str(work / "settings")
    os.environ["UNNM_DESKTOP_NO_FIRST_RUN"] = "1"

    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from unnm_desktop.export.labels import LANGUAGES, Labels
    from unnm_desktop.gui.directory.dialog import DirectoryDialog
    from unnm_desktop.gui.first_run import DEMO, FirstRunDialog
    from unnm_desktop.gui.i18n import install_language
    from unnm_desktop.gui.main_window import MainWindow
    from unnm_desktop.gui.minutes.revisions_dialog import RevisionsDialog
    from unnm_desktop.gui.minutes.signoff_dialog import SignOffDialog
    from unnm_desktop.gui.rapporteur.actions_page import ActionsModel
    from unnm_desktop.gui.rapporteur.decision_objectives import ObjectivesDialog
    from unnm_desktop.gui.rapporteur.intervention_dialog import InterventionDialog, speaker_choices
    from unnm_desktop.gui.settings import AppSettings, configure_settings_location
    from unnm_desktop.services import demo
    from unnm_desktop.services.context import open_context
    from unnm_desktop.services.meeting import agenda, attendance, decisions, meetings
    from unnm_desktop.services.minutes import signoff

    app = QApplication(sys.argv)
    if args.language != "en" and not install_language(args.language):
        sys.exit(f"The {args.language} translation cannot be loaded.")
    configure_settings_location()
    ctx = open_context(work / "demo.sqlite3", actor="Screenshots")
    demo.fill_demo(ctx)
    settings = AppSettings()
    settings.ui_language = args.language
    settings.display_name = USER_NAME
    window = MainWindow(ctx, settings)
    window.resize(1280, 800)
    window.show()
    latest = meetings.resolve_meeting(ctx, "UNNM-TR/2023/1")
    items = agenda.list_items(ctx, latest)
    with_decisions = {d.agenda_item_id for d in decisions.list_decisions(ctx, latest)}
    substantive = next(i for i in items if i.id in with_decisions)
    window.open_meeting(latest, substantive.id)

    suffix = ("" if args.scale == 1.0 else f"-{int(args.scale * 100)}") + ("" if args.language == "en" else "-tr")
    wanted = {shot for name in args.only for shot in GROUPS.get(name, (name,))} if args.only else set()
    wanted = wanted or set(NAMES if args.scale == 1.0 else PANES)

    def settle(wait_ms: int = 50) -> None:
        app.processEvents()
        QTest.qWait(wait_ms)
        app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle()
        path = args.out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path)

    def shoot(name: str, make: Callable[[], QWidget], size: tuple[int, int], prepare: Callable[[Any], object]) -> None:
        """Show the window `make` builds at `size` (at least its size hint), prepared, and save it."""
        if name not in wanted:
            return
        widget = make()
        widget.show()
        hint = widget.sizeHint()  # larger when the translation needs more room
        widget.resize(max(size[0], hint.width()), max(size[1], hint.height()))
        settle()
        prepare(widget)
        save(widget, name)
        widget.close()

    for name, tab in PANES.items():
        if name in wanted:
            window.show_tab(tab)
            save(window, name)

    def save_over_window(name: str, layers: list[tuple[Any, Any]]) -> None:
        settle()
        path = args.out / f"{name}{suffix}.png"
        overlay(window, layers).save(str(path))
        print(path)

    def below(widget: QWidget, popup: Any) -> QPoint:
        """Where a pop-up opens under `widget`, in the window's coordinates, kept inside the window."""
        point = widget.mapTo(window, QPoint(0, widget.height()))
        if point.x() + popup.width() > window.width():
            point.setX(widget.mapTo(window, QPoint(widget.width(), 0)).x() - popup.width())
        return point

    def centred_on(widget: QWidget, picture: Any) -> QPoint:
        centre = widget.mapTo(window, widget.rect().center())
        size = picture.deviceIndependentSize()
        return QPoint(centre.x() - round(size.width()) // 2, centre.y() - round(size.height()) // 2)

    def open_action_cell(column: int) -> Any:
        """The editor of the first action's `column`, opened as F2 would open it."""
        window.show_tab(PANES["actions"])
        page = window.actions
        index = page.model.index(0, column)
        page.table.setCurrentIndex(index)
        page.table.edit(index)
        settle()
        return page.editors.editor

    def close_action_cell(editor: Any, shown: str) -> None:
        editor.close_popup()
        editor.set_value(shown)  # as it was: closing the editor then saves nothing
        window.actions.editors.close_open_editor(save=False)
        settle()

    if "action-editors" in wanted:  # "UNHCR, goc": the suggestions for the part after the comma
        responsible = open_action_cell(ActionsModel.RESPONSIBLE)
        shown = responsible.value()
        responsible.selectAll()
        QTest.keyClicks(responsible, RESPONSIBLE_TYPED)
        settle(200)
        popup = responsible.popup
        save_over_window("action-editors", [(popup.grab(), below(responsible, popup))])
        close_action_cell(responsible, shown)

    if "due-date" in wanted:  # the calendar of the Due cell, opened with Alt+Down
        due = open_action_cell(ActionsModel.DUE)
        shown = due.value()
        QTest.keyClick(due, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        settle(200)
        calendar = due.calendar
        save_over_window("due-date", [(calendar.grab(), below(due, calendar))])
        close_action_cell(due, shown)

    if "stamp" in wanted:  # Ctrl+Shift+I in the notes, "pm" typed: PMM highlighted, the first Enter stamps it
        window.show_tab(PANES["agenda"])
        language = meetings.get_meeting(ctx, latest).language
        labels = Labels(language if language in LANGUAGES else "en")  # the minutes' words, as the window does
        attending = attendance.list_attendance(ctx, latest)
        dialog = InterventionDialog(
            window, speaker_choices(attending, labels["chair"], labels.word("role", "secretariat"))
        )
        dialog.show()
        dialog.resize(max(480, dialog.minimumSizeHint().width()), max(300, dialog.minimumSizeHint().height()))
        QTest.keyClicks(dialog.edit, SPEAKER_TYPED)
        settle(200)
        picture = framed(dialog)
        save_over_window("stamp", [(picture, centred_on(window.agenda.editor, picture))])
        dialog.reject()

    if "decision-objectives" in wanted:  # the GCM objectives button of the Decisions tab, its dialog open
        window.show_tab(PANES["decisions"])
        decision = window.decisions.decision
        own = list(decision.objectives) if decision is not None else []
        chosen = own or list(meetings.get_meeting(ctx, latest).objectives)
        dialog = ObjectivesDialog(window, chosen, from_meeting=not own and bool(chosen))
        dialog.show()
        settle(200)
        picture = framed(dialog)
        save_over_window("decision-objectives", [(picture, centred_on(window.centralWidget(), picture))])
        dialog.reject()
    window.show_tab(PANES["details"])

    def first_run(dialog: Any) -> None:
        dialog.radios[DEMO].setChecked(True)
        dialog.name_edit.setFocus()
        dialog.name_edit.selectAll()

    listed = meetings.list_meetings(ctx)
    draft = next(m for m in listed if m.status == "draft")
    signed = meetings.resolve_meeting(ctx, "UNNM-TR/2021/1")
    shoot("first-run", lambda: FirstRunDialog(window, window.settings), (614, 388), first_run)

    def register(dialog: Any) -> None:
        dialog.table.selectRow(1)  # a decision adopted with a reservation on record
        dialog.table.setFocus()

    def search(dialog: Any) -> None:
        dialog.query.setText(SEARCH[args.language])
        dialog.run_search()
        settle(300)

    def tracker(dialog: Any) -> None:
        rows = dialog.model.rows
        dialog.table.selectRow(next((n for n, r in enumerate(rows) if r.text.startswith("Circulate the draft")), 0))
        dialog.table.setFocus()

    def pending(dialog: Any) -> None:
        rows = dialog.model.rows  # the demo's overdue silence first: the app's proposal shown in the detail
        dialog.table.selectRow(next((n for n, r in enumerate(rows) if r.proposal), 0))
        dialog.table.setFocus()

    def gcm_report(dialog: Any) -> None:
        dialog.table.selectRow(22)  # objective 23, international cooperation: tagged most often
        dialog.table.setFocus()

    def directory(dialog: Any) -> None:
        pmm = next((org for org in dialog.organisations.model.rows if org.acronym == "PMM"), None)
        if pmm is not None:  # the Presidency of Migration Management and its earlier name, DGMM
            dialog.organisations.select(pmm.id)
        dialog.organisations.table.setFocus()

    desk = window.desk_menu
    shoot("register", desk.open_register, (1280, 800), register)
    shoot("search", desk.open_search, (1000, 560), search)
    shoot("tracker", desk.open_tracker, (1280, 800), tracker)
    shoot("pending", desk.open_pending, (1280, 800), pending)
    shoot("gcm-report", desk.open_gcm_report, (1280, 800), gcm_report)
    shoot("directory", lambda: DirectoryDialog(ctx, window), (1100, 700), directory)

    if "signoff" in wanted:
        ready_to_sign(ctx, draft.id)
        shoot("signoff", lambda: SignOffDialog(window, ctx, draft.id), (780, 560), lambda _d: None)

    if "revisions" in wanted:  # a correction after sign-off: revision 1 reopened, revision 2 in force
        signoff.reopen_for_revision(ctx, signed, REOPEN_REASON[args.language])
        chair = signoff.SignatoryInput(USER_NAME, SIGNER_TITLE[args.language], "Chair", date.today())
        signoff.sign_off(ctx, signed, [chair], backup=False)
        shoot("revisions", lambda: RevisionsDialog(window, ctx, signed, lambda _id: None), (980, 420), lambda _d: None)

    if HIGH_CONTRAST in wanted:
        window.open_meeting(latest, substantive.id)
        window.show_tab(PANES["agenda"])
        app.setPalette(high_contrast_palette())
        save(window, HIGH_CONTRAST)

    if server_shots.CONNECT in wanted:  # File → Connect to a server…, "A server" chosen and typed in
        dialog = server_shots.connect_dialog(window, settings)
        dialog.show()
        settle(200)
        dialog.password.deselect()  # showing the dialog selected what the focus is in: the cursor at its end
        settle()
        framed(dialog).save(str(args.out / f"{server_shots.CONNECT}{suffix}.png"))
        print(args.out / f"{server_shots.CONNECT}{suffix}.png")
        dialog.reject()
    shots = (
        (sync_shots.SYNC, lambda: sync_shots.sync_dialog(window, settings, ctx)),
        (sync_shots.REVIEW, lambda: sync_shots.review_dialog(window, ctx, latest, substantive.id, work)),
    )
    for name, make in shots:  # File → Synchronise… and the review of its conflicts
        if name in wanted:
            dialog = make()
            dialog.show()
            settle(200)
            framed(dialog).save(str(args.out / f"{name}{suffix}.png"))
            print(args.out / f"{name}{suffix}.png")
            dialog.reject()
    window.close()
    ctx.close()
    if wanted & set(server_shots.NEEDS_POSTGRES):
        with server_shots.demo_on_server(work / "demo.sqlite3") as address:
            if address is not None:
                server_shots.banners(address, settings, wanted, save, settle, USER_NAME)


if __name__ == "__main__":
    main()

"""The Turkish interface: the catalogue is in step with the code, complete and well formed, and no screen
string escapes translation (a literal handed straight to a widget, or an English text on a Turkish screen)."""

from __future__ import annotations

import ast
import re
import shutil
import sys
from pathlib import Path

import pytest
from builders import SmallMeeting

from unnm_desktop.domain.consensus import OUTCOME_WORDS_EN, POSITION_WORDS_EN
from unnm_desktop.gui.widgets import vocabulary

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import update_translations  # noqa: E402

TS = update_translations.ts_path("tr")


def catalogue() -> dict[tuple[str, str], tuple[str, str]]:
    return update_translations.messages(TS)


@pytest.mark.skipif(shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) is None
                    and shutil.which("pyside6-lupdate") is None, reason="PySide6 tools are installed with PySide6")  # fmt: skip
def test_catalogue_is_in_step_with_the_code_and_the_qm_is_compiled() -> None:
    problems = update_translations.out_of_step("tr")
    assert not problems, "run python packaging/update_translations.py:\n" + "\n".join(problems)


def test_every_string_has_a_turkish_translation() -> None:
    missing = update_translations.untranslated("tr")
    assert not missing, f"{len(missing)} strings without Turkish, e.g. {missing[:5]}"
    assert len(catalogue()) > 900  # the whole interface, not a handful


def _fields(text: str) -> list[str]:
    return sorted(re.findall(r"\{[^{}]*\}", text))


def _has_accelerator(text: str) -> bool:
    return "&" in re.sub(r"&&|&\w+;", "", text)


def test_translations_keep_fields_accelerators_and_markup() -> None:
    problems = []
    for (context, source), (text, _kind) in catalogue().items():
        if not text:
            continue  # test_every_string_has_a_turkish_translation reports it
        if _fields(source) != _fields(text):
            problems.append(f"[{context}] {source!r}: fields {_fields(text)}")
        # Errors are never widget texts with mnemonics: an "&" there means "and" ("People & organisations").
        if context != "Errors" and _has_accelerator(source) != _has_accelerator(text):
            problems.append(f"[{context}] {source!r}: accelerator lost or added in {text!r}")
        if re.findall(r"</?\w+", source).__len__() != re.findall(r"</?\w+", text).__len__():
            problems.append(f"[{context}] {source!r}: markup differs in {text!r}")
        if re.findall(r"%\d", source) != re.findall(r"%\d", text) and sorted(re.findall(r"%\d", source)) != sorted(
            re.findall(r"%\d", text)
        ):
            problems.append(f"[{context}] {source!r}: %-markers differ")
    assert not problems, "\n".join(problems)


def test_the_turkish_terms_of_the_glossary_are_used() -> None:
    words = {source: text for (context, source), (text, _k) in catalogue().items() if context == "Vocabulary"}
    assert words["Reservation"] == "Çekince"
    assert words["Consensus"] == "Uzlaşı"
    assert words["Objects"].startswith("İtiraz")  # str.lower() would make "i̇": Turkish needs QLocale
    menus = {source: text for (context, source), (text, _k) in catalogue().items() if context == "MainWindow"}
    assert menus["&File"].replace("&", "") == "Dosya"
    assert menus["&Help"].replace("&", "") == "Yardım"


def test_the_screen_words_of_outcomes_and_positions_are_the_domains() -> None:
    assert {k: v for k, v in vocabulary.OUTCOME.items()} == {o.value: w for o, w in OUTCOME_WORDS_EN.items()}
    assert {k: v for k, v in vocabulary.POSITION.items()} == {p.value: w for p, w in POSITION_WORDS_EN.items()}


# --- no literal reaches a widget without tr() -------------------------------------------------------------

# Methods and constructors whose string arguments people read.
_SHOWN = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "showMessage", "addMenu", "setTabText", "addTab",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels", "setHeaderLabel", "addItem",
    "addItems", "insertItem", "setItemText", "setTitle", "setInformativeText", "setDetailedText", "setLabelText",
    "information", "warning", "critical", "question", "about", "getOpenFileName", "getSaveFileName",
    "getExistingDirectory", "getItem", "getText", "getInt", "addButton", "setSpecialValueText", "setPrefix",
    "setSuffix", "setHtml", "setMarkdown", "setPlainText", "setNameFilter", "setNameFilters", "setWindowIconText",
    "QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu", "QToolButton",
    "QMessageBox", "message_box",
}  # fmt: skip


def _literal_words(node: ast.AST) -> bool:
    """Whether `node` is text typed in the code that a person would read (not passed through tr)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return len(re.findall(r"[A-Za-z]", node.value)) >= 2
    if isinstance(node, ast.JoinedStr):
        return any(_literal_words(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _literal_words(node.left) or _literal_words(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _literal_words(node.func.value)
    return False


def untranslated_literals(path: Path) -> list[str]:
    found = []
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or "# notr" in lines[node.lineno - 1]:
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name not in _SHOWN:
            continue
        for argument in [*node.args, *(keyword.value for keyword in node.keywords)]:
            items = argument.elts if isinstance(argument, (ast.List, ast.Tuple)) else [argument]
            for item in items:
                if _literal_words(item):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}({ast.unparse(item)[:60]})")
    return found


def test_no_screen_text_is_handed_to_a_widget_without_tr() -> None:
    found = [
        line for path in sorted((ROOT / "unnm_desktop" / "gui").rglob("*.py")) for line in untranslated_literals(path)
    ]
    assert not found, "wrap these in tr() / QCoreApplication.translate:\n" + "\n".join(found)


def test_the_literal_check_catches_what_it_should(tmp_path: Path) -> None:
    sample = ROOT / "unnm_desktop" / "gui" / "_sample_for_test.py"
    sample.write_text(
        'label.setText("Saved")\nlabel.setText(f"Saved {when}")\nbox.setWindowTitle("Export {x}".format(x=1))\n'
        'label.setText(self.tr("Saved"))\nlabel.setText("")\nlabel.setObjectName("saveStatus")\n'
        'QAction("&Quit", self)\nlabel.setText("UNNM-TR")  # notr: a reference, the same in every language\n',
        encoding="utf-8",
    )
    try:
        found = untranslated_literals(sample)
    finally:
        sample.unlink()
    assert [line.split(" ", 1)[0].rsplit(":", 1)[1] for line in found] == ["1", "2", "3", "7"]


def literals_lupdate_cannot_see(path: Path) -> list[str]:
    """Literal texts handed to a module's own wrapper of QCoreApplication.translate (`def _tr(text): return
    translate(CONTEXT, text)`): they are translated at run time but lupdate never collects them, so they stay
    English in every language."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrappers = {
        function.name
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef)
        for call in ast.walk(function)
        if isinstance(call, ast.Call)
        and getattr(call.func, "attr", getattr(call.func, "id", "")) == "translate"
        and len(call.args) >= 2
        and not isinstance(call.args[1], ast.Constant)
    }
    return [
        f"{path.relative_to(ROOT)}:{call.lineno} {call.func.id}({ast.unparse(call.args[0])[:60]})"
        for call in ast.walk(tree)
        if isinstance(call, ast.Call)
        and isinstance(call.func, ast.Name)
        and call.func.id in wrappers
        and call.args
        and _literal_words(call.args[0])
    ]


def test_no_literal_text_goes_through_a_wrapper_lupdate_cannot_see() -> None:
    found = [
        line for path in sorted((ROOT / "unnm_desktop").rglob("*.py")) for line in literals_lupdate_cannot_see(path)
    ]
    assert not found, 'write QCoreApplication.translate("Context", "…") where the text is:\n' + "\n".join(found)


def test_the_wrapper_check_catches_what_it_should() -> None:
    sample = ROOT / "unnm_desktop" / "gui" / "_sample_wrapper_for_test.py"
    sample.write_text(
        "def _tr(text):\n    return QCoreApplication.translate(CONTEXT, text)\n"
        '_tr("Export failed")\n_tr(WORDS[kind])\nQCoreApplication.translate("Ctx", "Seen by lupdate")\n',
        encoding="utf-8",
    )
    try:
        found = literals_lupdate_cannot_see(sample)
    finally:
        sample.unlink()
    assert [line.split(" ", 1)[0].rsplit(":", 1)[1] for line in found] == ["3"]


# --- no English on a Turkish screen -----------------------------------------------------------------------


def _english_matchers() -> tuple[set[str], list[re.Pattern[str]]]:
    """The English sources whose Turkish differs: exact texts, and templates with {fields} as patterns."""
    exact: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for (_context, source), (text, _kind) in catalogue().items():
        if not text or text.replace("&", "") == source.replace("&", ""):
            continue
        plain = source.replace("&&", "\0").replace("&", "").replace("\0", "&")
        if _fields(source):
            pieces = re.split(r"\{[^{}]*\}", plain)
            if sum(len(piece.strip()) for piece in pieces) >= 4:
                patterns.append(re.compile(".+".join(re.escape(piece) for piece in pieces), re.DOTALL))
        else:
            exact.add(plain)
    return exact, patterns


def screen_texts(root: object) -> list[tuple[str, str]]:
    """(where, text) of everything a person can read in `root`: titles, labels, buttons, tabs, combo items,
    table headers and cells, menus and actions, tooltips, placeholders, accessible names and descriptions."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMenu,
        QPlainTextEdit,
        QTabWidget,
        QTextEdit,
        QWidget,
    )

    found: list[tuple[str, str]] = []

    def add(where: str, text: object) -> None:
        if isinstance(text, str) and text.strip():
            found.append((where, text))

    def add_actions(owner: str, actions: list) -> None:  # type: ignore[type-arg]
        for action in actions:
            add(f"{owner} action", action.text())
            add(
                f"{owner} action tooltip",
                action.toolTip() if action.toolTip() != action.text().replace("&", "") else "",
            )
            add(f"{owner} action status tip", action.statusTip())
            if action.menu() is not None:
                add_actions(f"{owner} › {action.text()}", action.menu().actions())

    widgets = [root, *root.findChildren(QWidget)]  # type: ignore[attr-defined]
    for widget in widgets:
        name = widget.objectName() or type(widget).__name__
        if widget.objectName().startswith("qt_"):
            continue
        if widget.isWindow():
            add(f"{name} title", widget.windowTitle())
        add(f"{name} tooltip", widget.toolTip())
        add(f"{name} accessible name", widget.accessibleName())
        add(f"{name} accessible description", widget.accessibleDescription())
        if isinstance(widget, (QLabel, QAbstractButton)):
            add(f"{name} text", widget.text())
        elif isinstance(widget, QGroupBox):
            add(f"{name} title", widget.title())
        elif isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            add(f"{name} placeholder", widget.placeholderText())
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(f"{name} tab", widget.tabText(index))
                add(f"{name} tab tooltip", widget.tabToolTip(index))
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(f"{name} item", widget.itemText(index))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model: one column, and Qt keeps its columnCount private
                columns = 1
            for column in range(columns):
                add(f"{name} header", model.headerData(column, Qt.Orientation.Horizontal))
                add(f"{name} header tooltip", model.headerData(column, Qt.Orientation.Horizontal,
                                                               Qt.ItemDataRole.ToolTipRole))  # fmt: skip
            for row in range(min(model.rowCount(QModelIndex()), 30)):
                for column in range(columns):
                    index = model.index(row, column)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        add(f"{name} cell", model.data(index, role))
        if isinstance(widget, QMenu) or widget is root:
            add_actions(name, QWidget.actions(widget))  # MainWindow.actions is the Actions page
    return found


def english_on_screen(root: object) -> list[str]:
    from unnm_desktop.gui.i18n import LANGUAGE_NAMES

    exact, patterns = _english_matchers()
    exact -= set(LANGUAGE_NAMES.values())  # the language choices name each language in itself: "English"
    leaks = []
    for where, text in screen_texts(root):
        plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        if plain in exact or any(pattern.fullmatch(plain) for pattern in patterns):
            leaks.append(f"{where}: {text!r}")
    return leaks


def test_the_main_window_in_turkish_shows_no_english(qtbot, ctx, small: SmallMeeting, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from gui_helpers import make_window

    from unnm_desktop.gui.i18n import install_language
    from unnm_desktop.gui.tabs import ACTIONS, ATTENDANCE, DECISIONS, DETAILS

    assert install_language("tr")
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    window.refresh_meetings(small.meeting_id)
    window.autosaver.flush()
    for tab in (DETAILS, ATTENDANCE, DECISIONS, ACTIONS):
        window.show_tab(tab)
    window.decisions.add_decision()
    window.actions.add_action()
    leaks = english_on_screen(window)
    assert not leaks, "English on the Turkish screen:\n" + "\n".join(leaks)
    assert len(screen_texts(window)) > 300  # the walk reads the whole window


def test_the_screen_check_sees_an_english_text(qtbot) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from unnm_desktop.gui.i18n import install_language

    assert install_language("tr")
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QLabel(QCoreApplication.translate("MinutesMenu", "Settings saved.")))
    fine = english_on_screen(root)
    layout.addWidget(QLabel("Settings saved."))  # notr: the leak this test plants
    assert fine == [] and len(english_on_screen(root)) == 1


def test_every_dialog_in_turkish_shows_no_english(qtbot, ctx, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from gui_helpers import make_window

    from unnm_desktop.gui.desk.package_dialogs import PackageImportDialog
    from unnm_desktop.gui.desk.tracker_window import MarkDoneDialog
    from unnm_desktop.gui.directory.dialog import DirectoryDialog
    from unnm_desktop.gui.directory.import_dialog import DirectoryImportDialog
    from unnm_desktop.gui.directory.new_person_dialog import NewPersonDialog
    from unnm_desktop.gui.first_run import FirstRunDialog
    from unnm_desktop.gui.help_dialogs import AboutDialog, ShortcutsDialog, UserGuideDialog
    from unnm_desktop.gui.i18n import install_language
    from unnm_desktop.gui.minutes.revisions_dialog import RevisionsDialog
    from unnm_desktop.gui.minutes.signoff_dialog import ReopenDialog, SignOffDialog
    from unnm_desktop.gui.rapporteur.new_meeting_dialog import NewMeetingDialog
    from unnm_desktop.gui.settings_dialog import SettingsDialog
    from unnm_desktop.services.context import open_context
    from unnm_desktop.services.demo import fill_demo
    from unnm_desktop.services.directory.csv_import import read_table
    from unnm_desktop.services.meeting import meetings
    from unnm_desktop.services.package.importer import export_package, read_package

    fill_demo(ctx)
    assert install_language("tr")
    window = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    window.settings.ui_language = "tr"
    listed = meetings.list_meetings(ctx)
    draft = next(m for m in listed if m.status == "draft")
    signed = next(m for m in listed if m.status == "signed_off")
    data = "Ad Soyad;Kurum\nÇiğdem Güneş;IOM\n".encode("cp1254")
    encoding, delimiter, columns, _rows = read_table(data)
    other = open_context(tmp_path / "other.sqlite3")
    tracker = window.desk_menu.open_tracker()
    dialogs = {
        "new meeting": NewMeetingDialog(window, series_of="UNNM-TR/2023/1"),
        "new person": NewPersonDialog(window, ctx, "Ayşe Yılmaz"),
        "shortcuts": ShortcutsDialog(window, window.menu_actions),
        "settings": SettingsDialog(window, window.settings),
        "welcome": FirstRunDialog(window, window.settings),
        "sign-off": SignOffDialog(window, ctx, draft.id),
        "reopen": ReopenDialog(window, ctx, signed.id),
        "revisions": RevisionsDialog(window, ctx, signed.id, lambda _id: None),
        "directory": DirectoryDialog(ctx, window),
        "CSV import": DirectoryImportDialog(window, ctx, tmp_path / "a.csv", data, columns, encoding, delimiter),
        "package import": PackageImportDialog(window, other, read_package(export_package(ctx, draft.id,
                                                                                         tmp_path / "p.unnmpkg"))),
        "user guide": UserGuideDialog(window),
        "about": AboutDialog(window),
        "search": window.desk_menu.open_search(),
        "register": window.desk_menu.open_register(),
        "tracker": tracker,
        "GCM report": window.desk_menu.open_gcm_report(),
        "mark done": MarkDoneDialog(tracker, ctx, tracker.model.rows[-1]),
    }  # fmt: skip
    try:
        leaks = []
        for name, dialog in dialogs.items():
            qtbot.addWidget(dialog)
            leaks += [f"{name}: {leak}" for leak in english_on_screen(dialog)]
            assert screen_texts(dialog), name
        assert not leaks, "English on Turkish screens:\n" + "\n".join(leaks)
    finally:
        other.close()


def test_a_stale_qm_is_noticed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ts = tmp_path / "unnm_desktop_tr.ts"
    text = TS.read_text(encoding="utf-8")
    assert "<translation>Uzlaşı</translation>" in text
    ts.write_text(text.replace("<translation>Uzlaşı</translation>", "<translation>Mutabakat</translation>", 1),
                  encoding="utf-8")  # fmt: skip
    monkeypatch.setattr(update_translations, "ts_path", lambda _language: ts)
    assert update_translations.stale_qm("tr") == ["unnm_desktop_tr.qm is stale: [Vocabulary] 'Consensus'"]

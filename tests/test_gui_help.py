"""Help → User guide (offline, with its screenshots), Help → About (paths, versions, Copy diagnostics), and the
accessibility of the main window and of these dialogs."""

from __future__ import annotations

import platform
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyboard import activate, press
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication, QImage, QPalette, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from unnm_desktop import __version__
from unnm_desktop.gui import help_dialogs
from unnm_desktop.gui.accessibility import (
    DESCRIPTIONS,
    contrast,
    describe_controls,
    error_colour,
    muted_colour,
    unreachable_controls,
)
from unnm_desktop.gui.first_run import FirstRunDialog
from unnm_desktop.gui.help_dialogs import AboutDialog, UserGuideDialog, guide_images, guide_path, show_user_guide
from unnm_desktop.gui.main_window import MainWindow
from unnm_desktop.gui.settings import AppSettings
from unnm_desktop.gui.sync.review_dialog import SyncReviewDialog
from unnm_desktop.gui.sync.sync_dialog import SyncDialog
from unnm_desktop.paths import backup_dir_for, data_dir, log_dir
from unnm_desktop.resources import docs_dir
from unnm_desktop.services.context import ServiceContext

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.fixture
def window(qtbot, ctx: ServiceContext) -> Iterator[MainWindow]:
    win = MainWindow(ctx, AppSettings())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _menu_shortcuts(window: MainWindow) -> dict[str, str]:
    return {action.text().replace("&", ""): action.shortcut().toString() for menu, action in window.menu_actions
            if menu == "Help"}  # fmt: skip


# --- the user guide ------------------------------------------------------------------------------------------


def test_help_menu_opens_the_guide_on_f1(window: MainWindow) -> None:
    shortcuts = _menu_shortcuts(window)
    assert shortcuts["User guide"] == "F1"
    assert shortcuts["Keyboard shortcuts"] == "Ctrl+F1"
    assert "About UNNM Desktop" in shortcuts
    user_guide = next(a for m, a in window.menu_actions if m == "Help" and a.text() == "&User guide")
    user_guide.trigger()
    dialog = window.findChild(UserGuideDialog, "userGuideDialog")
    assert dialog is not None and dialog.isVisible()
    assert show_user_guide(window) is dialog  # one guide window, shown again


def test_the_guide_renders_offline_with_its_screenshots(qtbot, window: MainWindow) -> None:
    dialog = show_user_guide(window)
    text = dialog.browser.toPlainText()
    for heading in ("Before the meeting", "During the meeting", "Sign off", "Export to Word or PDF",
                    "Meeting packages between computers", "If the computer crashes or the power goes"):  # fmt: skip
        assert heading in text, heading
    images = guide_images(dialog.browser.document())
    assert len(images) >= 8
    assert {"screenshots/first-run.png", "screenshots/agenda-200.png", "screenshots/high-contrast.png"} <= set(images)
    for name in images:
        assert (docs_dir() / name).is_file(), name
        assert dialog.browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(name)), name
    assert str(docs_dir()) in dialog.browser.searchPaths()
    document = dialog.browser.document()
    qtbot.waitUntil(lambda: document.resource(QTextDocument.ResourceType.ImageResource, QUrl(images[0])) is not None,
                    timeout=5_000)  # fmt: skip


def test_f1_opens_the_guide_with_its_wide_screenshots_fitted_to_the_window(window: MainWindow) -> None:
    activate(window)
    press("F1")
    dialog = window.findChild(UserGuideDialog, "userGuideDialog")
    assert dialog is not None and dialog.isVisible()
    fitted = 0
    for _position, _length, image_format in help_dialogs._image_fragments(dialog.browser.document()):
        real = QImage(str(docs_dir() / image_format.name())).size()
        assert not real.isEmpty(), image_format.name()
        if real.width() > help_dialogs.IMAGE_MAX_WIDTH:
            fitted += 1
            assert image_format.width() == help_dialogs.IMAGE_MAX_WIDTH, image_format.name()
            assert image_format.height() == pytest.approx(real.height() * image_format.width() / real.width())
        else:
            assert image_format.width() == 0, image_format.name()  # its own size
    assert fitted >= 5


def test_every_link_of_the_contents_reaches_a_heading(qtbot) -> None:
    dialog = UserGuideDialog(None)
    qtbot.addWidget(dialog)
    anchors = re.findall(r"\]\(#([^)]+)\)", guide_path().read_text(encoding="utf-8"))
    assert len(anchors) >= 10
    for anchor in anchors:
        assert dialog.go_to_heading(anchor), anchor


def test_find_in_the_guide(qtbot) -> None:
    dialog = UserGuideDialog(None)
    qtbot.addWidget(dialog)
    dialog.find_edit.setText("ad referendum")
    assert dialog.find_next()
    assert dialog.browser.textCursor().selectedText().lower() == "ad referendum"
    dialog.find_edit.setText("no such words in the guide")
    assert not dialog.find_next()
    assert "is not in the guide" in dialog.message.text()


def test_a_missing_guide_is_said_plainly(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(help_dialogs, "docs_dir", lambda: tmp_path)
    dialog = UserGuideDialog(None)
    qtbot.addWidget(dialog)
    assert "not in this installation" in dialog.browser.toPlainText()


def test_the_guide_goes_into_the_wheel_and_the_bundle(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    wheel = PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert {"docs/user-guide.md", "docs/screenshots"} <= set(wheel["only-include"])
    assert wheel["sources"]["docs"] == "unnm_desktop/_data/docs"
    from test_packaging_files import run_spec

    (analysis,) = run_spec("linux", monkeypatch).Analysis
    datas = {(Path(source).resolve(), Path(target).as_posix()) for source, target in analysis.kwargs["datas"]}
    assert ((ROOT / "docs" / "user-guide.md").resolve(), "unnm_desktop/_data/docs") in datas
    dialog = UserGuideDialog(None)
    qtbot.addWidget(dialog)
    for name in guide_images(dialog.browser.document()):
        assert ((ROOT / "docs" / name).resolve(), "unnm_desktop/_data/docs/screenshots") in datas, name
    assert not any(source.suffix == ".py" and "docs" in source.parts for source, _target in datas)


# --- About ---------------------------------------------------------------------------------------------------


def test_about_shows_paths_and_copies_diagnostics(qtbot, window: MainWindow, ctx: ServiceContext) -> None:
    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "aboutDialog"
    shown = dialog.details.toPlainText()
    for expected in (__version__, "MIT", str(data_dir()), str(ctx.path), str(backup_dir_for(ctx.path)),
                     str(log_dir()), platform.python_version()):  # fmt: skip
        assert expected in shown, expected
    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied == shown
    assert platform.platform() in copied and "Qt:" in copied and "PySide6:" in copied
    assert "Copied" in dialog.copied.text()


def test_the_licence_is_the_projects() -> None:
    assert PYPROJECT["project"]["license"] == help_dialogs.LICENCE


def test_help_about_opens_the_dialog(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append(self.objectName()) or 0)
    next(a for m, a in window.menu_actions if m == "Help" and "About" in a.text()).trigger()
    assert opened == ["aboutDialog"]


# --- accessibility -------------------------------------------------------------------------------------------


def test_main_controls_have_descriptions_and_are_reachable(window: MainWindow) -> None:
    from unnm_desktop.gui.tabs import ACTIONS, ATTENDANCE, DECISIONS, DETAILS

    for tab in (DETAILS, ATTENDANCE, DECISIONS, ACTIONS):  # their widgets are loaded when first shown
        window.show_tab(tab)
    for name in DESCRIPTIONS:  # given as the window is built, or a tab's widgets are loaded
        widget = window.findChild(QWidget, name)
        assert widget is not None and widget.accessibleDescription(), name
    assert describe_controls(window) == []  # every name in DESCRIPTIONS exists in the window
    assert unreachable_controls(window) == []


@pytest.mark.parametrize("make", [
    lambda parent: FirstRunDialog(parent, AppSettings()),
    lambda parent: AboutDialog(parent),
    lambda parent: UserGuideDialog(parent),
    lambda parent: SyncDialog(parent, AppSettings(), parent.ctx),
    lambda parent: SyncReviewDialog(parent, parent.ctx, "no-register"),
], ids=["first-run", "about", "user-guide", "sync", "sync-review"])  # fmt: skip
def test_new_dialogs_are_named_and_reachable(qtbot, window: MainWindow, make) -> None:  # type: ignore[no-untyped-def]
    dialog = make(window)
    qtbot.addWidget(dialog)
    assert unreachable_controls(dialog) == []
    for kind in (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractButton):
        for widget in dialog.findChildren(kind):
            if not widget.objectName() or widget.objectName().startswith("qt_"):
                continue
            if isinstance(widget, QAbstractButton) and widget.text():
                continue
            assert widget.accessibleName(), widget.objectName()
            assert widget.accessibleDescription(), widget.objectName()


def _palette(background: str, placeholder: str) -> QPalette:
    palette = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        palette.setColor(role, background)
    palette.setColor(QPalette.ColorRole.PlaceholderText, placeholder)
    return palette


def test_warning_and_muted_colours_stay_readable_on_light_and_dark() -> None:
    light = _palette("#ffffff", "#a0a0a0")  # a light theme's faint placeholder grey
    dark = _palette("#000000", "#3a3a3a")  # too dark to read on black
    assert error_colour(light).name() == "#b00020"
    assert error_colour(dark).name() != "#b00020"
    for palette in (light, dark):
        assert contrast(error_colour(palette), palette.color(QPalette.ColorRole.Window)) >= 4.5
        assert contrast(muted_colour(palette), palette.color(QPalette.ColorRole.Base)) >= 4.5

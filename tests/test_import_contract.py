"""The import contract (.importlinter, run by lint-imports in CI): the layers hold and no package of
unnm_desktop has an import cycle; the windows that act on the main window use only gui/shell.Shell."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from importlinter.cli import lint_imports

from unnm_desktop.gui.shell import MainShell, Shell

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "unnm_desktop" / "gui"

# The desk windows and the dialogs that act on the main window: typed against Shell, never MainWindow.
SHELL_USERS = (
    "desk/filtered_window",
    "desk/parts",
    "desk/gcm_report_dialog",
    "desk/package_dialogs",
    "desk/register_window",
    "desk/search_dialog",
    "desk/tracker_window",
    "directory/import_dialog",
    "help_dialogs",
    "widgets/save_paths",
)
# The main window's own parts and helpers: typed against MainShell (the Shell and a few more members).
MAIN_SHELL_USERS = ("desk/menu", "first_run", "language_switch", "session_watch", "settings_dialog")
# The only modules that may import gui/main_window: app.py builds the window (the Minutes menu and its commands
# are typed against gui/minutes/host.MinutesHost, a Shell with the three members they add).
MAY_IMPORT_THE_MAIN_WINDOW = {"app", "main_window"}


def test_the_project_keeps_its_import_contract(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    assert lint_imports(config_filename=str(ROOT / ".importlinter"), no_cache=True, no_logo=True) == 0


def test_the_contract_refuses_a_cycle_and_a_broken_layer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The same contracts on a package made to break them: proof the check can fail.
    package = tmp_path / "knot"
    for name, body in {
        "__init__.py": "",
        "domain.py": "from knot import gui\n",  # a lower layer importing the GUI
        "gui/__init__.py": "",
        "gui/window.py": "from knot.gui import menu\n",
        "gui/menu.py": "from knot.gui import window\n",  # window <-> menu
    }.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(body, encoding="utf-8")
    config = tmp_path / ".importlinter"
    config.write_text(
        "[importlinter]\nroot_package = knot\n\n"
        "[importlinter:contract:layers]\nname = layers\ntype = layers\nlayers =\n    knot.gui\n    knot.domain\n\n"
        "[importlinter:contract:acyclic]\nname = acyclic\ntype = acyclic_siblings\nancestors =\n    knot\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.chdir(tmp_path)
    assert lint_imports(config_filename=str(config), no_cache=True, no_logo=True) == 1
    for contract in ("layers", "acyclic"):
        assert lint_imports(config_filename=str(config), limit_to_contracts=(contract,), no_cache=True) == 1


def _shell_members(protocol: type = Shell) -> set[str]:
    members: set[str] = set()
    for cls in protocol.__mro__:
        if cls in (Shell, MainShell):
            members |= set(cls.__annotations__) | {name for name in vars(cls) if not name.startswith("_")}
    return members - {"__annotations__"}


def _uses_of_the_main_window(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, attribute) of every `window.x`, `self.window.x` and `self.window_.x`: the names these modules give
    the Shell."""
    uses = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        target = node.value
        if (isinstance(target, ast.Name) and target.id == "window") or (
            isinstance(target, ast.Attribute)
            and (target.attr == "window_" or (target.attr == "window" and getattr(target.value, "id", "") == "self"))
        ):
            uses.append((node.lineno, node.attr))
    return uses


@pytest.mark.parametrize("module", SHELL_USERS)
def test_windows_acting_on_the_main_window_use_only_the_shell(module: str) -> None:
    source = (GUI / f"{module}.py").read_text(encoding="utf-8")
    assert "MainWindow" not in source and "gui.main_window" not in source
    members = _shell_members()
    assert {"ctx", "settings", "reveal", "show_message"} <= members
    strays = [(line, name) for line, name in _uses_of_the_main_window(ast.parse(source)) if name not in members]
    assert strays == [], f"{module} reaches past the Shell: {strays}"


@pytest.mark.parametrize("module", MAIN_SHELL_USERS)
def test_the_main_windows_parts_use_only_the_main_shell(module: str) -> None:
    source = (GUI / f"{module}.py").read_text(encoding="utf-8")
    assert "gui.main_window" not in source and "MainWindow" not in source, f"{module} names the main window"
    members = _shell_members(MainShell)
    strays = [(line, name) for line, name in _uses_of_the_main_window(ast.parse(source)) if name not in members]
    assert strays == [], f"{module} reaches past the MainShell: {strays}"


def _imports_the_main_window(tree: ast.AST) -> bool:
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.ImportFrom):
            names = [node.module or ""] + [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        if any(name.startswith("unnm_desktop.gui.main_window") for name in names):
            return True
    return False


def test_only_the_app_imports_the_main_window() -> None:
    importers = {
        path.relative_to(GUI).with_suffix("").as_posix()
        for path in GUI.rglob("*.py")
        if _imports_the_main_window(ast.parse(path.read_text(encoding="utf-8")))
    }
    assert importers <= MAY_IMPORT_THE_MAIN_WINDOW, importers - MAY_IMPORT_THE_MAIN_WINDOW
    assert _imports_the_main_window(ast.parse("if TYPE_CHECKING:\n    from unnm_desktop.gui.main_window import X\n"))
    assert _imports_the_main_window(ast.parse("from unnm_desktop.gui import main_window\n"))


def test_the_tab_ids_live_in_one_module() -> None:
    for path in sorted(GUI.rglob("*.py")):
        if path.name == "tabs.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Tuple) and {getattr(e, "id", "") for e in t.elts} >= {"DETAILS", "AGENDA"}
                for t in node.targets
            ):
                pytest.fail(f"{path.name}:{node.lineno} defines the tab ids again")
            if isinstance(node, ast.ImportFrom) and node.module == "unnm_desktop.gui.main_window":
                names = {alias.name for alias in node.names}
                assert not names & {"DETAILS", "ATTENDANCE", "AGENDA", "DECISIONS", "ACTIONS"}, path.name


@pytest.mark.parametrize("protocol", [Shell, MainShell])
def test_main_window_provides_every_member_of_the_shell(protocol: type) -> None:
    from unnm_desktop.gui.main_window import MainWindow

    annotated = {name for cls in protocol.__mro__ for name in getattr(cls, "__annotations__", {})}
    missing = [name for name in _shell_members(protocol) - annotated if not callable(getattr(MainWindow, name, None))]
    assert missing == []

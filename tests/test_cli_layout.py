"""The command line's layout: cli.py assembles, commands/ holds every subcommand, and the GUI's start stays light."""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
from pathlib import Path

from unnm_desktop import cli

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = ROOT / "unnm_desktop" / "commands"

# Everything main() loads before it hands over to the GUI or to a handler: no database layer, no Qt.
HEAVY = ("sqlalchemy", "alembic", "PySide6", "docx", "unnm_desktop.services", "unnm_desktop.store",
         "unnm_desktop.export")  # fmt: skip

# Runs main() as the program does, with a stand-in gui.app that reports what was loaded when the GUI starts.
GUI_START_PROBE = """
import json, sys, types
import unnm_desktop.gui
stand_in = types.ModuleType("unnm_desktop.gui.app")
def run_gui(db, **options):
    print(json.dumps({"modules": sorted(sys.modules), "db": db, **options}))
    return 0
stand_in.run_gui = run_gui
stand_in.exit_now = lambda status: print(json.dumps({"exit_now": status}))
sys.modules["unnm_desktop.gui.app"] = stand_in
from unnm_desktop.cli import main
sys.argv[1:] = ["--db", "x.sqlite3", "--language", "tr", "--exit-when-ready"]
raise SystemExit(main())
"""

HELP_PROBE = """
import json, sys
from unnm_desktop.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def _imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found |= {node.module, *(f"{node.module}.{alias.name}" for alias in node.names)}
    return found


def _heavy(modules: list[str]) -> list[str]:
    return [name for name in modules if name.startswith(HEAVY)]


def test_commands_never_import_cli() -> None:
    for module in sorted(COMMANDS.glob("*.py")):
        imported = _imported_modules(module)
        assert not {"unnm_desktop.cli", "unnm_desktop.cli.main"} & imported, module.name
        assert "importlib" not in imported, module.name
    assert "importlib" not in _imported_modules(ROOT / "unnm_desktop" / "cli.py")


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (action,) = (action for action in parser._actions if isinstance(action, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_subcommand_has_its_handler_and_takes_db() -> None:
    parser, handlers = cli.build_parser()
    commands = _subcommands(parser)
    assert list(commands) == [
        "demo", "list", "check", "restore", "export", "verify", "package",
        "search", "register", "actions", "gcm-report", "import-directory",
        "confirm", "silence-end", "addendum", "pending", "copy", "server", "sync",
    ]  # fmt: skip
    assert set(handlers) == set(commands)
    groups = ("package", "addendum", "server")
    leaves = {name: sub for name, sub in commands.items() if name not in groups}
    for group in groups:
        leaves |= {f"{group} {name}": sub for name, sub in _subcommands(commands[group]).items()}
    for name, subparser in leaves.items():
        assert "--db" in subparser._option_string_actions, name


def test_the_gui_starts_without_the_database_layer_and_ends_the_process(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", GUI_START_PROBE], capture_output=True, text=True, timeout=120,
                            cwd=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    started, ended = (json.loads(line) for line in result.stdout.splitlines())
    assert _heavy(started["modules"]) == []
    assert (started["db"], started["language"], started["exit_when_ready"]) == ("x.sqlite3", "tr", True)
    assert started["open_package"] is None
    assert ended == {"exit_now": 0}


def test_help_loads_no_database_layer() -> None:
    for arguments in (
        ["--help"],
        ["register", "--help"],
        ["package", "import", "--help"],
        ["server", "grant", "--help"],
    ):
        result = subprocess.run([sys.executable, "-c", HELP_PROBE, *arguments], capture_output=True, text=True,
                                timeout=120)  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("usage: unnm-desktop")
        assert _heavy(json.loads(result.stderr.splitlines()[-1])) == []

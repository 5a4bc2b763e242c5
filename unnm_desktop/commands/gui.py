"""The GUI's start from the command line: its options, a double-clicked package file, handing over to gui/app.

Imports nothing of Qt, SQLAlchemy or the services until the GUI is actually started: every command
loads this module.
"""

from __future__ import annotations

import argparse

PACKAGE_SUFFIXES = (".unnmpkg", ".unnm.json")


def add_gui_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="start the GUI, print 'painted in N ms' and 'interactive in N ms' (database open) and exit",
    )
    parser.add_argument(
        "--language",
        choices=("en", "tr"),
        help="interface language of the GUI for this run (default: the one chosen in Settings, else the system's)",
    )


def take_package_argument(argv: list[str]) -> str | None:
    """`unnm-desktop FILE.unnmpkg` (how the desktop opens a double-clicked package): take the file out
    of the arguments; the GUI starts and offers to import it."""
    for index, token in enumerate(argv):
        if token.startswith("-"):
            continue
        if index > 0 and argv[index - 1] == "--db":
            continue
        if token.lower().endswith(PACKAGE_SUFFIXES):
            del argv[index]
            return token
        return None
    return None


def start_gui(args: argparse.Namespace, open_package: str | None, *, end_process: bool) -> int:
    """Run the window until it closes; with `end_process` (the program itself, not a test calling
    cli.main) end the process right after, skipping the interpreter's teardown: see gui/app.py exit_now."""
    from unnm_desktop.gui.app import run_gui

    status = run_gui(args.db, exit_when_ready=args.exit_when_ready, open_package=open_package, language=args.language)
    if end_process:
        from unnm_desktop.gui.app import exit_now

        exit_now(status)
    return status

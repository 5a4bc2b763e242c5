"""The `unnm-desktop` command: assembles the parser from unnm_desktop/commands/ and dispatches to it.

No command starts the GUI; the others work on a database (a file or a server's). Errors are one sentence on stderr with exit
status 1; bad usage exits 2 (argparse).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from unnm_desktop import __version__
from unnm_desktop.commands import gui
from unnm_desktop.commands.common import Handler, db_option, run_command


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    """The whole command line, and each subcommand's handler by name."""
    from unnm_desktop.commands import closures, copy_register, desk, meetings, package, server, sync

    parser = argparse.ArgumentParser(
        prog="unnm-desktop",
        description="Minutes and consensus decisions of the UN Network on Migration in Türkiye.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    db_option(parser, top_level=True)
    gui.add_gui_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    handlers: dict[str, Handler] = {}
    for group in (meetings, package, desk, closures, copy_register, server, sync):  # in the order `--help` lists them
        handlers.update(group.register(commands))
    return parser, handlers


def _gui_arguments(arguments: list[str]) -> argparse.Namespace | None:
    """The arguments when they only start the GUI (its options and --db, no command), else None.

    The GUI's start then needs neither the command modules nor their subparsers. Anything else (a
    command, --help, --version, a mistake) is left to the whole parser, which says it as always.
    """
    parser = argparse.ArgumentParser(prog="unnm-desktop", add_help=False, allow_abbrev=False, exit_on_error=False)
    db_option(parser, top_level=True)
    gui.add_gui_options(parser)
    try:
        args, rest = parser.parse_known_args(arguments)
    except argparse.ArgumentError:  # e.g. --language xx: the whole parser gives the message
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    package_file = gui.take_package_argument(arguments)
    args = _gui_arguments(arguments)
    if args is None:
        parser, handlers = build_parser()
        args = parser.parse_args(arguments)
    from unnm_desktop.logging_setup import setup_logging

    log_file = setup_logging()
    if args.command is None:
        return gui.start_gui(args, package_file, end_process=argv is None)
    if args.exit_when_ready:
        print("unnm-desktop: --exit-when-ready only goes with the GUI (no command).", file=sys.stderr)
        return 2
    return run_command(args.command, handlers[args.command], args, log_file)

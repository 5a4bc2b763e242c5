"""Every `unnm-desktop` subcommand, one module per family; cli.py only assembles the parser and dispatches.

- common.py    what they share: --db and the database it names, JSON output, one-sentence errors
- gui.py       starting the GUI (no command): its options, a double-clicked package file
- meetings.py  demo, list, check, restore, export, verify
- package.py   package export|import
- desk.py      search, register, actions, gcm-report, import-directory
- closures.py  confirm, silence-end, addendum export, pending (issue 14)

Each family module defines `register(commands) -> dict[str, Handler]`: it adds its subparsers to `commands`
(calling `common.db_option` on each, so every command takes --db) and returns the handlers, each
`handler(args) -> int` raising UserFacingError for a clear one-sentence failure. Modules here never import
cli.py. They import services, SQLAlchemy and Qt inside the handlers, not at module level: every command
loads them all to build the parser (the GUI's start does not: cli.py reads its options with a small parser).
"""

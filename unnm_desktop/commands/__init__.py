"""Groups of `unnm-desktop` subcommands kept out of cli.py so that it stays readable.

Each module defines `register(commands, db_option) -> dict[str, handler]`: it adds its subparsers to
`commands` (calling `db_option(parser)` on each, so every command takes --db) and returns the handlers,
each `handler(args) -> int` raising UserFacingError for a clear one-sentence failure. Import services
inside the handlers, not at module level: the GUI's start-up must not pay for them.
"""

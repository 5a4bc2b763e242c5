"""What a package is refused for, and where in the document: `PackageError`, `SchemaProblem`, `Location`."""

from __future__ import annotations

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, Message, UserFacingError

Location = tuple[str | int, ...]
"""Where a value sits in a package document: its keys and list indices from the top, e.g. ("meetings", 0, "title")."""


class PackageError(UserFacingError):
    """A package that cannot be imported; the message says what is wrong and where. Nothing was changed.

    `problem` is a clause ending with its full stop, such as `Message("the file is empty.")` (a Message, so
    that the GUI shows it in the interface language); `where` is a JSON path; `source` the file's name in quotes.
    """

    def __init__(self, problem: str, where: str | None = None, source: str | None = None) -> None:
        self.problem = problem
        self.where = where
        self.source = source
        if source and where:
            template = QT_TRANSLATE_NOOP("Errors", "The package {source} cannot be imported (at {where}): {problem}")
        elif source:
            template = QT_TRANSLATE_NOOP("Errors", "The package {source} cannot be imported: {problem}")
        elif where:
            template = QT_TRANSLATE_NOOP("Errors", "The package cannot be imported (at {where}): {problem}")
        else:
            template = QT_TRANSLATE_NOOP("Errors", "The package cannot be imported: {problem}")
        super().__init__(template, source=source, where=where, problem=problem)


class SchemaProblem(Exception):
    """Where a package breaks its schema or rules; `problem` is a clause ending with its full stop (a Message)."""

    def __init__(self, location: Location, problem: str) -> None:
        super().__init__(problem)
        self.location = location
        self.problem = problem


def json_path(location: Location) -> str:
    """`location` as the reader sees it: `meetings[0].decisions[2].outcome`."""
    text = ""
    for part in location:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or Message(QT_TRANSLATE_NOOP("Errors", "the top level"))

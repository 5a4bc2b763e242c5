"""How the schema validator names what it expected and what it found, in words a rapporteur reads."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, Message

_A_LIST = Message(QT_TRANSLATE_NOOP("Errors", "a list"))
_AN_OBJECT = Message(QT_TRANSLATE_NOOP("Errors", "an object"))
_TYPE_WORDS = {
    "string": Message(QT_TRANSLATE_NOOP("Errors", "text")),
    "integer": Message(QT_TRANSLATE_NOOP("Errors", "a whole number")),
    "number": Message(QT_TRANSLATE_NOOP("Errors", "a number")),
    "boolean": Message(QT_TRANSLATE_NOOP("Errors", "true or false")),
    "null": "null",
    "array": _A_LIST,
    "object": _AN_OBJECT,
}


def either_type(names: list[str]) -> str:
    """ "text or null", for JSON Schema type names, each word translated in the GUI."""
    words = [_TYPE_WORDS[name] for name in names]
    result = words[0]
    for word in words[1:]:
        result = Message(QT_TRANSLATE_NOOP("Errors", "{first} or {second}"), first=result, second=word)
    return result


def describe_value(value: Any) -> str:
    """`value` as a problem names it: "the text “…”", "the number 3", "a list"…"""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value[:60] + ("…" if len(value) > 60 else "")
        return Message(QT_TRANSLATE_NOOP("Errors", "the text “{text}”"), text=shown)
    if isinstance(value, (int, float)):
        return Message(QT_TRANSLATE_NOOP("Errors", "the number {number}"), number=value)
    return _A_LIST if isinstance(value, list) else _AN_OBJECT


def describe_pattern(pattern: str) -> str:
    """The form a schema `pattern` asks for, as a person would write it (the pattern itself if unknown)."""
    if "[0-9a-f]{8}" in pattern:
        return Message(QT_TRANSLATE_NOOP("Errors", "a lower-case UUID such as 3f2b8c1e-9a4d-4c3b-8e2f-1a2b3c4d5e6f"))
    if "[0-9a-f]{64}" in pattern:
        return Message(QT_TRANSLATE_NOOP("Errors", "64 lower-case hexadecimal digits"))
    if "T[0-9]{2}" in pattern:
        return Message(QT_TRANSLATE_NOOP("Errors", "UTC as YYYY-MM-DDTHH:MM:SS+00:00"))
    if "[0-9]{4}-" in pattern:
        return "YYYY-MM-DD"
    if "[0-5][0-9]" in pattern:
        return "HH:MM"
    return pattern


def format_problem(name: str, value: str) -> str | None:
    """Why `value` is not of the schema `format` `name` ("date", "date-time"), or None when it is."""
    try:
        if name == "date":
            date.fromisoformat(value)
        elif name == "date-time":
            datetime.fromisoformat(value)
    except ValueError:
        if name == "date":
            return Message(QT_TRANSLATE_NOOP("Errors", "“{value}” is not a real date."), value=value)
        return Message(QT_TRANSLATE_NOOP("Errors", "“{value}” is not a real date and time."), value=value)
    return None

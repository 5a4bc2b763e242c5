"""Reading a package file strictly, and checking it against its JSON Schema.

The schema (resources/schemas/package-format.schema.json, a copy of docs/package-format.schema.json) is the
source of truth for the package's structure. The small validator below understands exactly the keywords
that schema uses (a test keeps it so) and stops at the first problem, which it names with its JSON path,
e.g. `meetings[0].decisions[2].outcome`. Nothing here needs a third-party library.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date, datetime
from functools import cache
from typing import Any

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, Message, UserFacingError
from unnm_desktop.resources import load_json

SUPPORTED_KEYWORDS = frozenset(
    {
        "$schema",
        "$id",
        "$ref",
        "title",
        "description",
        "type",
        "const",
        "enum",
        "anyOf",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minLength",
        "maxLength",
        "pattern",
        "minimum",
        "maximum",
        "format",
    }
)

Path = tuple[str | int, ...]


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


def json_path(path: Path) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or Message(QT_TRANSLATE_NOOP("Errors", "the top level"))


# --- strict JSON -------------------------------------------------------------------------------------------

_UTF16 = QT_TRANSLATE_NOOP(
    "Errors",
    "the file is saved as UTF-16 text; meeting packages are UTF-8 (save it again as UTF-8, or export it again).",
)
_MAGIC = (
    (
        b"PK\x03\x04",
        QT_TRANSLATE_NOOP(
            "Errors",
            "the file is a ZIP archive (or a Word/Excel file), not a meeting package; unpack it and import the .json "
            "inside.",
        ),
    ),
    (
        b"\x1f\x8b",
        QT_TRANSLATE_NOOP("Errors", "the file is a gzip-compressed file, not a meeting package; decompress it first."),
    ),
    (
        b"SQLite format 3\x00",
        QT_TRANSLATE_NOOP(
            "Errors",
            "the file is a UNNM Desktop database, not a meeting package; export a package from it instead.",
        ),
    ),
    (b"%PDF", QT_TRANSLATE_NOOP("Errors", "the file is a PDF document, not a meeting package.")),
    (b"\xff\xfe", _UTF16),
    (b"\xfe\xff", _UTF16),
)


class _Refused(ValueError):
    """Why a text is not acceptable JSON: `message` is a clause ending with its full stop (a Message)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            owner = result.get("id") or dict(pairs).get("id")
            if isinstance(owner, str):
                raise _Refused(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "the key “{key}” appears twice in the same object (in the record with id {owner}); a "
                            "package never repeats a key.",
                        ),
                        key=key[:80],
                        owner=owner,
                    )
                )
            raise _Refused(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Errors", "the key “{key}” appears twice in the same object; a package never repeats a key."
                    ),
                    key=key[:80],
                )
            )
        result[key] = value
    return result


def _constant(name: str) -> Any:
    raise _Refused(
        Message(QT_TRANSLATE_NOOP("Errors", "it contains {name}, which is not a number JSON allows."), name=name)
    )


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Refused(Message(QT_TRANSLATE_NOOP("Errors", "the number {number} is too large."), number=text[:40]))
    return value


def parse_json_text(text: str) -> Any:
    """json.loads that refuses repeated keys, NaN/Infinity and absurd numbers or nesting (raises ValueError)."""
    try:
        return json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant, parse_float=_float)
    except _Refused:
        raise
    except RecursionError:
        raise _Refused(
            Message(QT_TRANSLATE_NOOP("Errors", "it is nested too deeply to be a meeting package."))
        ) from None
    except json.JSONDecodeError as error:
        if error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated string"):
            raise _Refused(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "the file ends in the middle of the data: it was cut off (copied or downloaded incompletely); "
                        "export it again.",
                    )
                )
            ) from None
        raise _Refused(
            Message(
                QT_TRANSLATE_NOOP("Errors", "it is not valid JSON: {reason} (line {line}, column {column})."),
                reason=error.msg,  # Python's own words, in English
                line=error.lineno,
                column=error.colno,
            )
        ) from None
    except ValueError as error:  # e.g. an integer with thousands of digits
        raise _Refused(
            Message(QT_TRANSLATE_NOOP("Errors", "it contains a value that cannot be read ({reason})."), reason=error)
        ) from None


def load_bytes(data: bytes, source: str | None = None) -> Any:
    """The JSON document in `data`, or PackageError saying why it is not one."""
    if not data.strip():
        raise PackageError(Message(QT_TRANSLATE_NOOP("Errors", "the file is empty.")), source=source)
    for magic, problem in _MAGIC:
        if data.startswith(magic):
            raise PackageError(Message(problem), source=source)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a byte-order mark some editors add; harmless
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise PackageError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the file is not UTF-8 text (byte {byte} cannot be read); it is not a meeting package or was "
                    "damaged.",
                ),
                byte=error.start,
            ),
            source=source,
        ) from None
    if text.lstrip()[:1] not in ("{", "["):
        raise PackageError(
            Message(QT_TRANSLATE_NOOP("Errors", "the file is not JSON, so it is not a meeting package.")), source=source
        )
    try:
        return parse_json_text(text)
    except _Refused as error:
        raise PackageError(error.message, source=source) from None


# --- the schema --------------------------------------------------------------------------------------------


@cache
def package_schema() -> dict[str, Any]:
    return load_json("schemas", "package-format.schema.json")


class SchemaProblem(Exception):
    """Where a package breaks its schema or rules; `problem` is a clause ending with its full stop (a Message)."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(problem)
        self.path = path
        self.problem = problem


_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
    "array": (list,),
    "object": (dict,),
}
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
_MUST_BE = QT_TRANSLATE_NOOP("Errors", "this must be {wanted}, not {actual}.")


def _either(words: list[str]) -> str:
    """ "a or b or c", each word translated in the GUI."""
    result = words[0]
    for word in words[1:]:
        result = Message(QT_TRANSLATE_NOOP("Errors", "{first} or {second}"), first=result, second=word)
    return result


def _has_type(value: Any, name: str) -> bool:
    if isinstance(value, bool) and name in ("integer", "number"):
        return False
    return isinstance(value, _TYPES[name])


def _describe(value: Any) -> str:
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


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _check_format(name: str, value: str) -> str | None:
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


def validate(value: Any, schema: dict[str, Any], path: Path = ()) -> None:
    """Raise SchemaProblem for the first place where `value` breaks `schema`."""
    _validate(value, schema, path, package_schema() if "$defs" not in schema else schema)


def _validate(value: Any, schema: dict[str, Any], path: Path, root: dict[str, Any]) -> None:
    if "$ref" in schema:
        _validate(value, root["$defs"][schema["$ref"].rsplit("/", 1)[1]], path, root)
    if "anyOf" in schema:
        problems = []
        for option in schema["anyOf"]:
            try:
                _validate(value, option, path, root)
                break
            except SchemaProblem as problem:
                problems.append(problem)
        else:
            raise next((p for p in problems if "null" not in p.problem), problems[0])
    if "type" in schema:
        names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_has_type(value, n) for n in names):
            wanted = _either([_TYPE_WORDS[n] for n in names])
            raise SchemaProblem(path, Message(_MUST_BE, wanted=wanted, actual=_describe(value)))
    if "const" in schema and (value != schema["const"] or type(value) is not type(schema["const"])):
        raise SchemaProblem(path, Message(_MUST_BE, wanted=json.dumps(schema["const"]), actual=_describe(value)))
    if "enum" in schema and not any(value == e and type(value) is type(e) for e in schema["enum"]):
        allowed = ", ".join("null" if e is None else str(e) for e in schema["enum"])
        raise SchemaProblem(
            path,
            Message(
                QT_TRANSLATE_NOOP("Errors", "{value} is not allowed here; use one of: {allowed}."),
                value=_describe(value),
                allowed=allowed,
            ),
        )
    if isinstance(value, str):
        if len(value) > schema.get("maxLength", math.inf):
            raise SchemaProblem(
                path,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Errors", "the text is {length} characters long; at most {limit} are allowed here."
                    ),
                    length=f"{len(value):,}",
                    limit=f"{schema['maxLength']:,}",
                ),
            )
        if len(value) < schema.get("minLength", 0):
            raise SchemaProblem(path, Message(QT_TRANSLATE_NOOP("Errors", "this cannot be empty.")))
        if "pattern" in schema and not _regex(schema["pattern"]).search(value):
            raise SchemaProblem(
                path,
                Message(
                    QT_TRANSLATE_NOOP("Errors", "{value} is not in the expected form ({form})."),
                    value=_describe(value),
                    form=_form(schema),
                ),
            )
        if "format" in schema:
            problem = _check_format(schema["format"], value)
            if problem:
                raise SchemaProblem(path, problem)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if value < schema.get("minimum", -math.inf) or value > schema.get("maximum", math.inf):
            raise SchemaProblem(
                path,
                Message(
                    QT_TRANSLATE_NOOP("Errors", "{value} is out of range ({minimum} to {maximum})."),
                    value=_describe(value),
                    minimum=schema.get("minimum"),
                    maximum=schema.get("maximum"),
                ),
            )
    elif isinstance(value, list):
        if len(value) > schema.get("maxItems", math.inf):
            raise SchemaProblem(
                path,
                Message(
                    QT_TRANSLATE_NOOP("Errors", "the list has {count} entries; at most {limit} are allowed."),
                    count=f"{len(value):,}",
                    limit=f"{schema['maxItems']:,}",
                ),
            )
        if len(value) < schema.get("minItems", 0):
            raise SchemaProblem(
                path,
                Message(
                    QT_TRANSLATE_NOOP("Errors", "the list needs at least {count} entries."), count=schema["minItems"]
                ),
            )
        if schema.get("uniqueItems"):
            seen = set()
            for index, item in enumerate(value):
                key = json.dumps(item, sort_keys=True)
                if key in seen:
                    raise SchemaProblem(
                        (*path, index),
                        Message(QT_TRANSLATE_NOOP("Errors", "{value} is listed twice."), value=_describe(item)),
                    )
                seen.add(key)
        if "items" in schema:
            for index, item in enumerate(value):
                _validate(item, schema["items"], (*path, index), root)
    elif isinstance(value, dict):
        for name in schema.get("required", ()):
            if name not in value:
                raise SchemaProblem(
                    path, Message(QT_TRANSLATE_NOOP("Errors", "the field “{name}” is missing."), name=name)
                )
        properties = schema.get("properties", {})
        if schema.get("additionalProperties") is False:
            for name in value:
                if name not in properties:
                    raise SchemaProblem(
                        path,
                        Message(
                            QT_TRANSLATE_NOOP("Errors", "the field “{name}” is not part of the package format."),
                            name=name[:80],
                        ),
                    )
        for name, subschema in properties.items():
            if name in value:
                _validate(value[name], subschema, (*path, name), root)


def _form(schema: dict[str, Any]) -> str:
    pattern = schema["pattern"]
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

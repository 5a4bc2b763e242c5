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

from unnm_desktop.domain.errors import UserFacingError
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
    """A package that cannot be imported; the message says what is wrong and where. Nothing was changed."""

    def __init__(self, problem: str, where: str | None = None, source: str | None = None) -> None:
        self.problem = problem
        self.where = where
        self.source = source
        prefix = f"The package {source} cannot be imported" if source else "The package cannot be imported"
        located = f" (at {where})" if where else ""
        super().__init__(f"{prefix}{located}: {problem}")


def json_path(path: Path) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "the top level"


# --- strict JSON -------------------------------------------------------------------------------------------

_MAGIC = (
    (
        b"PK\x03\x04",
        "a ZIP archive (or a Word/Excel file), not a meeting package; unpack it and import the .json inside",
    ),
    (b"\x1f\x8b", "a gzip-compressed file, not a meeting package; decompress it first"),
    (b"SQLite format 3\x00", "a UNNM Desktop database, not a meeting package; export a package from it instead"),
    (b"%PDF", "a PDF document, not a meeting package"),
    (b"\xff\xfe", "saved as UTF-16 text; meeting packages are UTF-8 (save it again as UTF-8, or export it again)"),
    (b"\xfe\xff", "saved as UTF-16 text; meeting packages are UTF-8 (save it again as UTF-8, or export it again)"),
)


class _Refused(ValueError):
    pass


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            owner = result.get("id") or dict(pairs).get("id")
            where = f" (in the record with id {owner})" if isinstance(owner, str) else ""
            raise _Refused(
                f"the key “{key[:80]}” appears twice in the same object{where}; a package never repeats a key"
            )
        result[key] = value
    return result


def _constant(name: str) -> Any:
    raise _Refused(f"it contains {name}, which is not a number JSON allows")


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Refused(f"the number {text[:40]} is too large")
    return value


def parse_json_text(text: str) -> Any:
    """json.loads that refuses repeated keys, NaN/Infinity and absurd numbers or nesting (raises ValueError)."""
    try:
        return json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant, parse_float=_float)
    except _Refused:
        raise
    except RecursionError:
        raise _Refused("it is nested too deeply to be a meeting package") from None
    except json.JSONDecodeError as error:
        if error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated string"):
            raise _Refused(
                "the file ends in the middle of the data: it was cut off (copied or downloaded incompletely); "
                "export it again"
            ) from None
        raise _Refused(f"it is not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})") from None
    except ValueError as error:  # e.g. an integer with thousands of digits
        raise _Refused(f"it contains a value that cannot be read ({error})") from None


def load_bytes(data: bytes, source: str | None = None) -> Any:
    """The JSON document in `data`, or PackageError saying why it is not one."""
    if not data.strip():
        raise PackageError("the file is empty.", source=source)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise PackageError(f"the file is {what}.", source=source)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a byte-order mark some editors add; harmless
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise PackageError(
            f"the file is not UTF-8 text (byte {error.start} cannot be read); it is not a meeting package or was damaged.",
            source=source,
        ) from None
    if text.lstrip()[:1] not in ("{", "["):
        raise PackageError("the file is not JSON, so it is not a meeting package.", source=source)
    try:
        return parse_json_text(text)
    except ValueError as error:
        raise PackageError(f"{error}.", source=source) from None


# --- the schema --------------------------------------------------------------------------------------------


@cache
def package_schema() -> dict[str, Any]:
    return load_json("schemas", "package-format.schema.json")


class SchemaProblem(Exception):
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
_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
    "array": "a list",
    "object": "an object",
}


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
        return f"the text “{value[:60]}{'…' if len(value) > 60 else ''}”"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    return "a list" if isinstance(value, list) else "an object"


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
        return f"“{value}” is not a real {'date' if name == 'date' else 'date and time'}"
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
            wanted = " or ".join(_TYPE_WORDS[n] for n in names)
            raise SchemaProblem(path, f"this must be {wanted}, not {_describe(value)}")
    if "const" in schema and (value != schema["const"] or type(value) is not type(schema["const"])):
        raise SchemaProblem(path, f"this must be {json.dumps(schema['const'])}, not {_describe(value)}")
    if "enum" in schema and not any(value == e and type(value) is type(e) for e in schema["enum"]):
        allowed = ", ".join("null" if e is None else str(e) for e in schema["enum"])
        raise SchemaProblem(path, f"{_describe(value)} is not allowed here; use one of: {allowed}")
    if isinstance(value, str):
        if len(value) > schema.get("maxLength", math.inf):
            raise SchemaProblem(
                path, f"the text is {len(value):,} characters long; at most {schema['maxLength']:,} are allowed here"
            )
        if len(value) < schema.get("minLength", 0):
            raise SchemaProblem(path, "this cannot be empty")
        if "pattern" in schema and not _regex(schema["pattern"]).search(value):
            raise SchemaProblem(path, f"{_describe(value)} is not in the expected form ({_form(schema)})")
        if "format" in schema:
            problem = _check_format(schema["format"], value)
            if problem:
                raise SchemaProblem(path, problem)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if value < schema.get("minimum", -math.inf) or value > schema.get("maximum", math.inf):
            raise SchemaProblem(
                path, f"{_describe(value)} is out of range ({schema.get('minimum')} to {schema.get('maximum')})"
            )
    elif isinstance(value, list):
        if len(value) > schema.get("maxItems", math.inf):
            raise SchemaProblem(
                path, f"the list has {len(value):,} entries; at most {schema['maxItems']:,} are allowed"
            )
        if len(value) < schema.get("minItems", 0):
            raise SchemaProblem(path, f"the list needs at least {schema['minItems']} entries")
        if schema.get("uniqueItems"):
            seen = set()
            for index, item in enumerate(value):
                key = json.dumps(item, sort_keys=True)
                if key in seen:
                    raise SchemaProblem((*path, index), f"{_describe(item)} is listed twice")
                seen.add(key)
        if "items" in schema:
            for index, item in enumerate(value):
                _validate(item, schema["items"], (*path, index), root)
    elif isinstance(value, dict):
        for name in schema.get("required", ()):
            if name not in value:
                raise SchemaProblem(path, f"the field “{name}” is missing")
        properties = schema.get("properties", {})
        if schema.get("additionalProperties") is False:
            for name in value:
                if name not in properties:
                    raise SchemaProblem(path, f"the field “{name[:80]}” is not part of the package format")
        for name, subschema in properties.items():
            if name in value:
                _validate(value[name], subschema, (*path, name), root)


def _form(schema: dict[str, Any]) -> str:
    pattern = schema["pattern"]
    if "[0-9a-f]{8}" in pattern:
        return "a lower-case UUID such as 3f2b8c1e-9a4d-4c3b-8e2f-1a2b3c4d5e6f"
    if "[0-9a-f]{64}" in pattern:
        return "64 lower-case hexadecimal digits"
    if "T[0-9]{2}" in pattern:
        return "UTC as YYYY-MM-DDTHH:MM:SS+00:00"
    if "[0-9]{4}-" in pattern:
        return "YYYY-MM-DD"
    if "[0-5][0-9]" in pattern:
        return "HH:MM"
    return pattern

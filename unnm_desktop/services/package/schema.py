"""Checking a package document against its JSON Schema, with a validator for exactly the keywords it uses.

The schema (resources/schemas/package-format.schema.json, a copy of docs/package-format.schema.json) is the
source of truth for the package's structure. The small validator below understands exactly the keywords
that schema uses (a test keeps it so) and stops at the first problem, which it names with its JSON path,
e.g. `meetings[0].decisions[2].outcome`. Nothing here needs a third-party library. Reading the file itself
(its kind, encoding and strict JSON) is `strict_json`'s job.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from typing import Any

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, Message
from unnm_desktop.resources import load_json
from unnm_desktop.services.package.problems import Location, SchemaProblem
from unnm_desktop.services.package.schema_words import describe_pattern, describe_value, either_type, format_problem

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

Schema = dict[str, Any]

_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
    "array": (list,),
    "object": (dict,),
}
_MUST_BE = QT_TRANSLATE_NOOP("Errors", "this must be {wanted}, not {actual}.")


@cache
def package_schema() -> Schema:
    return load_json("schemas", "package-format.schema.json")


def validate(value: Any, schema: Schema, location: Location = ()) -> None:
    """Raise SchemaProblem for the first place where `value` breaks `schema`."""
    _validate(value, schema, location, package_schema() if "$defs" not in schema else schema)


def _validate(value: Any, schema: Schema, location: Location, root: Schema) -> None:
    """Every keyword of `schema` in turn: those for any value, then those for the value's kind."""
    if "$ref" in schema:
        _validate(value, root["$defs"][schema["$ref"].rsplit("/", 1)[1]], location, root)
    if "anyOf" in schema:
        _check_any_of(value, schema["anyOf"], location, root)
    _check_type(value, schema, location)
    _check_const(value, schema, location)
    _check_enum(value, schema, location)
    if isinstance(value, str):
        _check_text(value, schema, location)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        _check_number(value, schema, location)
    elif isinstance(value, list):
        _check_list(value, schema, location, root)
    elif isinstance(value, dict):
        _check_object(value, schema, location, root)


# --- keywords for any value ------------------------------------------------------------------------------


def _check_any_of(value: Any, options: list[Schema], location: Location, root: Schema) -> None:
    problems = []
    for option in options:
        try:
            _validate(value, option, location, root)
            return
        except SchemaProblem as problem:
            problems.append(problem)
    # "must be null" is seldom the useful news when the value was meant to be something else.
    raise next((p for p in problems if "null" not in p.problem), problems[0])


def _has_type(value: Any, name: str) -> bool:
    if isinstance(value, bool) and name in ("integer", "number"):
        return False
    return isinstance(value, _TYPES[name])


def _check_type(value: Any, schema: Schema, location: Location) -> None:
    if "type" not in schema:
        return
    names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
    if not any(_has_type(value, n) for n in names):
        raise SchemaProblem(location, Message(_MUST_BE, wanted=either_type(names), actual=describe_value(value)))


def _check_const(value: Any, schema: Schema, location: Location) -> None:
    if "const" in schema and (value != schema["const"] or type(value) is not type(schema["const"])):
        raise SchemaProblem(
            location, Message(_MUST_BE, wanted=json.dumps(schema["const"]), actual=describe_value(value))
        )


def _check_enum(value: Any, schema: Schema, location: Location) -> None:
    if "enum" in schema and not any(value == e and type(value) is type(e) for e in schema["enum"]):
        allowed = ", ".join("null" if e is None else str(e) for e in schema["enum"])
        raise SchemaProblem(
            location,
            Message(
                QT_TRANSLATE_NOOP("Errors", "{value} is not allowed here; use one of: {allowed}."),
                value=describe_value(value),
                allowed=allowed,
            ),
        )


# --- keywords for one kind of value ----------------------------------------------------------------------


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _check_text(value: str, schema: Schema, location: Location) -> None:
    if len(value) > schema.get("maxLength", math.inf):
        raise SchemaProblem(
            location,
            Message(
                QT_TRANSLATE_NOOP("Errors", "the text is {length} characters long; at most {limit} are allowed here."),
                length=f"{len(value):,}",
                limit=f"{schema['maxLength']:,}",
            ),
        )
    if len(value) < schema.get("minLength", 0):
        raise SchemaProblem(location, Message(QT_TRANSLATE_NOOP("Errors", "this cannot be empty.")))
    if "pattern" in schema and not _regex(schema["pattern"]).search(value):
        raise SchemaProblem(
            location,
            Message(
                QT_TRANSLATE_NOOP("Errors", "{value} is not in the expected form ({form})."),
                value=describe_value(value),
                form=describe_pattern(schema["pattern"]),
            ),
        )
    problem = format_problem(schema["format"], value) if "format" in schema else None
    if problem:
        raise SchemaProblem(location, problem)


def _check_number(value: float, schema: Schema, location: Location) -> None:
    if value < schema.get("minimum", -math.inf) or value > schema.get("maximum", math.inf):
        raise SchemaProblem(
            location,
            Message(
                QT_TRANSLATE_NOOP("Errors", "{value} is out of range ({minimum} to {maximum})."),
                value=describe_value(value),
                minimum=schema.get("minimum"),
                maximum=schema.get("maximum"),
            ),
        )


def _check_list(value: list[Any], schema: Schema, location: Location, root: Schema) -> None:
    if len(value) > schema.get("maxItems", math.inf):
        raise SchemaProblem(
            location,
            Message(
                QT_TRANSLATE_NOOP("Errors", "the list has {count} entries; at most {limit} are allowed."),
                count=f"{len(value):,}",
                limit=f"{schema['maxItems']:,}",
            ),
        )
    if len(value) < schema.get("minItems", 0):
        raise SchemaProblem(
            location,
            Message(QT_TRANSLATE_NOOP("Errors", "the list needs at least {count} entries."), count=schema["minItems"]),
        )
    if schema.get("uniqueItems"):
        _check_unique(value, location)
    if "items" in schema:
        for index, item in enumerate(value):
            _validate(item, schema["items"], (*location, index), root)


def _check_unique(value: list[Any], location: Location) -> None:
    seen = set()
    for index, item in enumerate(value):
        key = json.dumps(item, sort_keys=True)
        if key in seen:
            raise SchemaProblem(
                (*location, index),
                Message(QT_TRANSLATE_NOOP("Errors", "{value} is listed twice."), value=describe_value(item)),
            )
        seen.add(key)


def _check_object(value: dict[str, Any], schema: Schema, location: Location, root: Schema) -> None:
    for name in schema.get("required", ()):
        if name not in value:
            raise SchemaProblem(
                location, Message(QT_TRANSLATE_NOOP("Errors", "the field “{name}” is missing."), name=name)
            )
    properties = schema.get("properties", {})
    if schema.get("additionalProperties") is False:
        _check_no_other_fields(value, properties, location)
    for name, subschema in properties.items():
        if name in value:
            _validate(value[name], subschema, (*location, name), root)


def _check_no_other_fields(value: dict[str, Any], properties: dict[str, Schema], location: Location) -> None:
    for name in value:
        if name not in properties:
            raise SchemaProblem(
                location,
                Message(
                    QT_TRANSLATE_NOOP("Errors", "the field “{name}” is not part of the package format."),
                    name=name[:80],
                ),
            )

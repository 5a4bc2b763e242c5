"""Reading a package file strictly: its kind, its encoding, and JSON without repeated keys, NaN or absurd numbers."""

from __future__ import annotations

import json
import math
from typing import Any

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, Message
from unnm_desktop.services.package.problems import PackageError

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
            raise _Refused(_repeated_key(key, result.get("id") or dict(pairs).get("id")))
        result[key] = value
    return result


def _repeated_key(key: str, owner: Any) -> Message:
    if isinstance(owner, str):
        return Message(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the key “{key}” appears twice in the same object (in the record with id {owner}); a "
                "package never repeats a key.",
            ),
            key=key[:80],
            owner=owner,
        )
    return Message(
        QT_TRANSLATE_NOOP("Errors", "the key “{key}” appears twice in the same object; a package never repeats a key."),
        key=key[:80],
    )


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
        raise _Refused(_decode_problem(text, error)) from None
    except ValueError as error:  # e.g. an integer with thousands of digits
        raise _Refused(
            Message(QT_TRANSLATE_NOOP("Errors", "it contains a value that cannot be read ({reason})."), reason=error)
        ) from None


def _decode_problem(text: str, error: json.JSONDecodeError) -> Message:
    if error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated string"):
        return Message(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the file ends in the middle of the data: it was cut off (copied or downloaded incompletely); "
                "export it again.",
            )
        )
    return Message(
        QT_TRANSLATE_NOOP("Errors", "it is not valid JSON: {reason} (line {line}, column {column})."),
        reason=error.msg,  # Python's own words, in English
        line=error.lineno,
        column=error.colno,
    )


def load_bytes(data: bytes, source: str | None = None) -> Any:
    """The JSON document in `data`, or PackageError saying why it is not one."""
    text = _json_text(data, source)
    try:
        return parse_json_text(text)
    except _Refused as error:
        raise PackageError(error.message, source=source) from None


def _json_text(data: bytes, source: str | None) -> str:
    """`data` as text that may be JSON, or PackageError saying what kind of file it is instead."""
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
    return text

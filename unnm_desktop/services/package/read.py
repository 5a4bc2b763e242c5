"""`read_package`: a package file checked through and through before anything touches a database.

In order: the file (size, kind, UTF-8, strict JSON), the header (format name and version), the schema,
the text (no control characters, NFC), canonical times, then the rules between records: unique ids,
references that resolve, one row per (meeting, person) and the like, the consensus rules on every decision,
the sign-offs' fingerprints, and finally each meeting's seal (the hash written at export).
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, Message
from unnm_desktop.domain.text import clean_text
from unnm_desktop.services.package.format import (
    BASE_CONTENT_VERSION,
    DATE,
    DATETIME,
    FIELDS,
    FORMAT_NAME,
    FORMAT_VERSION,
    FORMAT_VERSIONS,
    MAX_FILE_BYTES,
    meeting_hash,
)
from unnm_desktop.services.package.problems import Location, PackageError, SchemaProblem, json_path
from unnm_desktop.services.package.rules import Rules
from unnm_desktop.services.package.schema import package_schema, validate
from unnm_desktop.services.package.strict_json import load_bytes


@dataclass
class Package:
    """A package that passed every check of `read_package`; `data` is the parsed document."""

    data: dict[str, Any]
    source: str = "package"
    file_sha256: str = ""
    hashes: list[str] = field(default_factory=list)  # meetings[i]'s content hash, as verified

    @property
    def meetings(self) -> list[dict[str, Any]]:
        return self.data["meetings"]

    @property
    def created_at(self) -> str:
        return self.data["created_at"]

    @property
    def created_by(self) -> str:
        return self.data["created_by"]

    @property
    def app_version(self) -> str:
        return self.data["app_version"]


def read_package(path: Path | str) -> Package:
    """Read and check a package file; PackageError (one sentence, with the place) if it cannot be imported."""
    path = Path(path)
    source = f"“{path.name}”"
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise PackageError(Message(QT_TRANSLATE_NOOP("Errors", "it is a folder, not a file.")), source=source)
        if size > MAX_FILE_BYTES:
            raise PackageError(
                Message(
                    QT_TRANSLATE_NOOP("Errors", "the file is {size} MB; a meeting package is at most {limit} MB."),
                    size=f"{size / 1e6:,.0f}",
                    limit=MAX_FILE_BYTES // 2**20,
                ),
                source=source,
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise PackageError(
            Message(QT_TRANSLATE_NOOP("Errors", "there is no file {path}."), path=path), source=source
        ) from None
    except OSError as error:
        raise PackageError(
            Message(QT_TRANSLATE_NOOP("Errors", "the file cannot be read ({reason})."), reason=error.strerror or error),
            source=source,
        ) from None
    return package_from_bytes(data, source)


def package_from_bytes(data: bytes, source: str = "package") -> Package:
    document = load_bytes(data, source)
    package = Package(document, source, hashlib.sha256(data).hexdigest())
    try:
        check_document(package)
    except SchemaProblem as problem:
        raise PackageError(problem.problem, json_path(problem.location), source) from None
    return package


def check_document(package: Package) -> None:
    document = package.data
    _check_header(document)
    validate(document, package_schema())
    for location, text in _strings(document, ()):
        _check_text(location, text)
    _check_times(document)
    Rules(document).check()
    _check_bases(document)
    for index, meeting in enumerate(document["meetings"]):
        digest = meeting_hash(meeting)
        if digest != meeting["sync"]["content_sha256"]:
            raise SchemaProblem(
                ("meetings", index),
                Message(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "the meeting's content does not match the hash written when the package was made, so the file "
                        "was changed after export; export it again from the original database.",
                    )
                ),
            )
        package.hashes.append(digest)


def _check_header(document: Any) -> None:
    if not isinstance(document, dict):
        raise SchemaProblem(
            (), Message(QT_TRANSLATE_NOOP("Errors", "the file holds a JSON list, not a meeting package."))
        )
    name = document.get("format")
    if name != FORMAT_NAME:
        if isinstance(name, str):
            raise SchemaProblem(
                ("format",),
                Message(
                    QT_TRANSLATE_NOOP(
                        "Errors", "this is not a UNNM Desktop meeting package (its format is “{format}”)."
                    ),
                    format=name,
                ),
            )
        raise SchemaProblem(
            ("format",),
            Message(QT_TRANSLATE_NOOP("Errors", "this is not a UNNM Desktop meeting package (its format is missing).")),
        )
    version = document.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise SchemaProblem(
            ("version",),
            Message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the package was written in format version {version} by a newer UNNM Desktop; this one reads "
                    "version {supported}: update UNNM Desktop to import it.",
                ),
                version=version,
                supported=FORMAT_VERSION,
            ),
        )
    if version not in FORMAT_VERSIONS or not isinstance(version, int) or isinstance(version, bool):
        raise SchemaProblem(
            ("version",),
            Message(
                QT_TRANSLATE_NOOP("Errors", "the format version must be {supported}, not {version}."),
                supported=" or ".join(str(known) for known in FORMAT_VERSIONS),
                version=json.dumps(version),
            ),
        )


def _strings(value: Any, location: Location) -> Iterator[tuple[Location, str]]:
    if isinstance(value, str):
        yield location, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*location, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*location, index))


def _check_text(location: Location, text: str) -> None:
    if clean_text(text) == text:
        return
    for position, ch in enumerate(text):
        if clean_text(ch) != ch or 0xD800 <= ord(ch) <= 0xDFFF:
            raise SchemaProblem(
                location,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "the text contains the control character U+{code} at position {position}, which UNNM Desktop "
                        "never stores (it cannot go into a Word document); the file was not made by UNNM Desktop or "
                        "was altered.",
                    ),
                    code=f"{ord(ch):04X}",
                    position=position + 1,
                ),
            )
    if not unicodedata.is_normalized("NFC", text):
        raise SchemaProblem(
            location,
            Message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the text is not in Unicode normal form C, as UNNM Desktop always stores it; the file was altered.",
                )
            ),
        )


_TIME_KEYS = frozenset(
    {name for _, columns in FIELDS.values() for name, kind in columns.items() if kind in (DATE, DATETIME)}
    | {"created_at", "changed_at"}
)


def _check_times(document: dict[str, Any]) -> None:
    """Dates and times in the one spelling UNNM Desktop writes, so that they hash alike everywhere."""
    for location, text in _strings(document, ()):
        if not location or location[-1] not in _TIME_KEYS:
            continue
        try:
            canonical = (
                datetime.fromisoformat(text).isoformat() if "T" in text else date.fromisoformat(text).isoformat()
            )
        except ValueError:
            continue  # the schema has already refused what does not parse
        if canonical != text:
            raise SchemaProblem(
                location,
                Message(
                    QT_TRANSLATE_NOOP("Errors", "“{text}” must be written as “{canonical}”."),
                    text=text,
                    canonical=canonical,
                ),
            )


def _check_bases(document: dict[str, Any]) -> None:
    """A meeting's base (version 2) is that meeting as it was, once: its own id, no base of its own, no id twice."""
    for index, meeting in enumerate(document["meetings"]):
        base = meeting["sync"].get("base_content")
        if base is None:
            continue
        where: Location = ("meetings", index, "sync", "base_content")
        if document["version"] < BASE_CONTENT_VERSION:
            raise SchemaProblem(
                where,
                Message(
                    QT_TRANSLATE_NOOP("Errors", "a package of format version 1 carries no base; the file was altered.")
                ),
            )
        if base["id"] != meeting["id"] or "sync" in base:
            raise SchemaProblem(
                where,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Errors", "the base must be the same meeting as it was, without a base of its own."
                    )
                ),
            )
        seen: set[str] = set()
        for record_id in _base_ids(base):
            if record_id in seen:
                raise SchemaProblem(
                    where,
                    Message(QT_TRANSLATE_NOOP("Errors", "the id {id} is used twice in the base."), id=record_id),
                )
            seen.add(record_id)


def _base_ids(base: dict[str, Any]) -> Iterator[str]:
    yield base["id"]
    for name in ("attendance", "agenda_items", "decisions", "action_points", "follow_ups", "sign_offs"):
        for record in base[name]:
            yield record["id"]
            for child in (*record.get("positions", ()), *record.get("signatories", ())):
                yield child["id"]

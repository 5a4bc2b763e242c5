"""A corpus of broken and hostile packages, made from a valid export: each is refused with one clear message
that says what is wrong and where, and the database is left exactly as it was."""

from __future__ import annotations

import copy
import gzip
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from database_templates import TEST_ACTOR, DatabaseTemplates
from engine_fixtures import NewDatabase, Templates
from package_support import dump_database, save

from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.meeting import meetings
from unnm_desktop.services.package.importer import PackageError, export_package, import_package, read_package


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory, database_templates: DatabaseTemplates) -> dict[str, bytes]:
    """Packages of the demo's signed-off 2021 meeting (with follow-ups of 2019) and its draft 2023 meeting."""
    folder = tmp_path_factory.mktemp("hostile-source")
    with database_templates.open_new(folder / "source.sqlite3", actor="Rapporteur", demo_meetings=3) as ctx:
        result = {}
        for meeting in meetings.list_meetings(ctx):
            result[meeting.reference] = export_package(ctx, meeting.id, folder / "p.json").read_bytes()
    return result


@pytest.fixture(scope="module")
def package_2019(tmp_path_factory: pytest.TempPathFactory, exported: dict[str, bytes]) -> Path:
    path = tmp_path_factory.mktemp("hostile-2019") / "2019.json"
    path.write_bytes(exported["UNNM-TR/2019/1"])
    return path


@pytest.fixture
def target(new_db: NewDatabase, templates: Templates, package_2019: Path) -> Iterator[ServiceContext]:
    """A database that already holds a meeting, so that 'unchanged' means something: a new database into which
    the 2019 package was imported (a copy of a template made so once)."""
    location = new_db("target", empty=False)
    templates.copy_made_by("2019 imported", lambda ctx: import_package(ctx, package_2019), location)
    context = open_context(location, actor=TEST_ACTOR)
    yield context
    context.close()


def refused(ctx: ServiceContext, path: Path, pattern: str) -> str:
    before = dump_database(ctx)
    with pytest.raises(PackageError) as info:
        import_package(ctx, path)
    message = str(info.value)
    assert re.search(pattern, message), message
    assert "\n" not in message and "Traceback" not in message and len(message) < 700, message
    assert dump_database(ctx) == before
    return message


Doc = dict[str, Any]


def _decision_with_positions(doc: Doc) -> Doc:
    return next(d for d in doc["meetings"][0]["decisions"] if d["positions"])


def _set(path: str, value: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        node: Any = doc
        for part in parents:
            node = node[part]
        node[last] = value

    return change


def _delete(path: str) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        node: Any = doc
        for part in parents:
            node = node[part]
        del node[last]

    return change


def _objection_on_adopted(doc: Doc) -> None:
    decision = _decision_with_positions(doc)
    decision["outcome"] = "adopted"
    decision["positions"][0]["kind"] = "objects"


def _duplicate_id(doc: Doc) -> None:
    rows = doc["meetings"][0]["attendance"]
    rows[1]["id"] = rows[0]["id"]


def _duplicate_person(doc: Doc) -> None:
    rows = doc["meetings"][0]["attendance"]
    rows[1]["person_id"] = rows[0]["person_id"]


def _nobody(doc: Doc) -> None:
    doc["meetings"][0]["attendance"][0].update(person_id=None, organization_id=None)


def _tamper_signed_content(doc: Doc) -> None:
    record = doc["meetings"][0]["sign_offs"][-1]
    record["content_json"] = record["content_json"].replace("UNNM", "UNMN", 1)


def _with_base(change: Callable[[Doc], None], version: int = 2) -> Callable[[Doc], None]:
    """The meeting's own content as its base (format 2), then `change` made to the base."""

    def add(doc: Doc) -> None:
        meeting = doc["meetings"][0]
        base = copy.deepcopy({name: value for name, value in meeting.items() if name != "sync"})
        change(base)
        doc["version"] = version
        meeting["sync"]["base_content"] = base

    return add


def _base_id_twice(base: Doc) -> None:
    base["attendance"][1]["id"] = base["attendance"][0]["id"]


def _base_with_a_base(base: Doc) -> None:
    base["sync"] = {"content_sha256": "0" * 64, "base_sha256": None, "changed_at": None}


# (id, change to the parsed package, expected message); each package is re-sealed unless the id says unsealed.
DOCUMENT_CASES: list[tuple[str, Callable[[Doc], None], str]] = [
    ("wrong-format-name", _set("format", "minutes-package"), r"at format\).*not a UNNM Desktop meeting package"),
    ("no-format-name", _delete("format"), r"its format is missing"),
    ("newer-version", _set("version", 3), r"at version\).*newer UNNM Desktop"),
    ("version-as-text", _set("version", "1"), r"at version\).*must be 1"),
    ("version-as-boolean", _set("version", True), r"at version\).*must be 1"),
    ("missing-field", _delete("meetings.0.title"), r"at meetings\[0\]\).*“title” is missing"),
    ("unknown-field", _set("meetings.0.secret", "x"), r"“secret” is not part of the package format"),
    ("wrong-type", _set("meetings.0.revision", "1"), r"meetings\[0\]\.revision\).*whole number"),
    ("float-for-integer", _set("meetings.0.revision", 1.5), r"meetings\[0\]\.revision\).*whole number"),
    ("boolean-for-integer", _set("meetings.0.revision", True), r"meetings\[0\]\.revision\).*whole number"),
    ("list-for-object", _set("meetings.0.sync", []), r"meetings\[0\]\.sync\).*an object, not a list"),
    ("id-not-uuid", _set("meetings.0.attendance.0.id", "42"), r"meetings\[0\]\.attendance\[0\]\.id\).*UUID"),
    (
        "id-upper-case",
        _set("meetings.0.id", "3F2B8C1E-9A4D-4C3B-8E2F-1A2B3C4D5E6F"),
        r"meetings\[0\]\.id\).*lower-case UUID",
    ),
    ("missing-id", _delete("meetings.0.attendance.0.id"), r"attendance\[0\]\).*“id” is missing"),
    ("duplicate-id", _duplicate_id, r"meetings\[0\]\.attendance\[1\]\.id\).*used twice"),
    (
        "person-who-is-not-there",
        _set("meetings.0.attendance.0.person_id", "00000000-0000-4000-8000-000000000000"),
        r"attendance\[0\]\.person_id\).*not in the package",
    ),
    (
        "action-that-is-not-there",
        _set("meetings.0.follow_ups.0.action_id", "00000000-0000-4000-8000-000000000000"),
        r"follow_ups\[0\]\.action_id\).*action point .* not in the package",
    ),
    (
        "agenda-item-that-is-not-there",
        _set("meetings.0.decisions.0.agenda_item_id", "00000000-0000-4000-8000-000000000000"),
        r"decisions\[0\]\.agenda_item_id\).*not in the package",
    ),
    (
        "previous-meeting-that-is-not-there",
        _set("meetings.0.previous_meeting_id", "00000000-0000-4000-8000-000000000000"),
        r"previous_meeting_id\).*not in the package",
    ),
    ("huge-note", _set("meetings.0.agenda_items.0.notes_md", "x" * 2_000_001), r"notes_md\).*at most 2,000,000"),
    ("huge-title", _set("meetings.0.title", "T" * 501), r"meetings\[0\]\.title\).*at most 500"),
    ("bell-in-title", _set("meetings.0.title", "Network\x07 meeting"), r"meetings\[0\]\.title\).*U\+0007"),
    ("nul-in-note", _set("meetings.0.agenda_items.0.notes_md", "a\x00b"), r"notes_md\).*U\+0000"),
    ("escape-in-name", _set("people.0.full_name", "Ay\x1bşe"), r"people\[0\]\.full_name\).*U\+001B"),
    ("not-nfc", _set("meetings.0.title", "Türkiye s\u0327"), r"meetings\[0\]\.title\).*normal form C"),
    (
        "bad-outcome",
        _set("meetings.0.decisions.0.outcome", "adoptd"),
        r"decisions\[0\]\.outcome\).*use one of: proposed",
    ),
    ("objection-on-adopted", _objection_on_adopted, r"decisions\[\d+\]\.outcome\).*consensus rules.*objects"),
    ("time-with-z", _set("meetings.0.start_utc", "2021-06-24T07:00:00Z"), r"start_utc\).*YYYY-MM-DDTHH:MM:SS\+00:00"),
    (
        "time-with-zero-fraction",
        _set("meetings.0.start_utc", "2021-06-24T07:00:00.000000+00:00"),
        r"start_utc\).*must be written as “2021-06-24T07:00:00\+00:00”",
    ),
    ("impossible-date", _set("meetings.0.next_meeting_date", "2021-02-30"), r"next_meeting_date\).*not a real date"),
    ("ends-before-start", _set("meetings.0.end_utc", "2000-01-01T00:00:00+00:00"), r"end_utc\).*ends before"),
    ("nobody-attending", _nobody, r"attendance\[0\]\).*a person or an organisation"),
    ("person-listed-twice", _duplicate_person, r"attendance\[1\]\.person_id\).*already listed"),
    ("objective-out-of-range", _set("meetings.0.objectives", [24]), r"objectives\[0\]\).*out of range"),
    ("objective-twice", _set("meetings.0.objectives", [3, 3]), r"objectives\[1\]\).*listed twice"),
    ("signed-off-without-sign-off", _set("meetings.0.sign_offs", []), r"meetings\[0\]\.status\).*no current sign-off"),
    (
        "signed-content-not-json",
        _set("meetings.0.sign_offs.0.content_json", '{"a": '),
        r"content_json\).*cannot be read",
    ),
    ("signed-content-tampered", _tamper_signed_content, r"content_sha256\).*does not match its fingerprint"),
    ("created-by-number", _set("created_by", 7), r"at created_by\).*must be text"),
    ("no-meetings", _set("meetings", []), r"at meetings\).*at least 1"),
    ("unsealed-edit", _set("meetings.0.title", "Edited by hand"), r"at meetings\[0\]\).*changed after export"),
    ("base-in-version-1", _with_base(lambda base: None, version=1), r"sync\.base_content\).*version 1 carries no base"),
    ("base-of-another-meeting", _with_base(_set("id", "0" * 8 + "-0000-4000-8000-" + "0" * 12)), r"same meeting"),
    ("base-with-a-base", _with_base(_base_with_a_base), r"base_content\).*without a base of its own"),
    ("base-id-twice", _with_base(_base_id_twice), r"base_content\).*used twice in the base"),
    ("base-unknown-field", _with_base(_set("extra", 1)), r"base_content\).*“extra” is not part of the package"),
    ("base-wrong-type", _with_base(_set("number", "1")), r"base_content\.number\).*must be"),
    ("base-control-character", _with_base(_set("title", "Bell\u0007")), r"base_content\.title\).*U\+0007"),
    ("base-too-long", _with_base(_set("title", "x" * 501)), r"base_content\.title\).*at most 500"),
    ("base-time-spelling", _with_base(_set("start_utc", "2021-03-04T10:00:00Z")), r"base_content\.start_utc\)"),
]


@pytest.mark.parametrize(("case", "change", "pattern"), DOCUMENT_CASES, ids=[c[0] for c in DOCUMENT_CASES])
def test_broken_document_is_refused(
    target: ServiceContext,
    exported: dict[str, bytes],
    tmp_path: Path,
    case: str,
    change: Callable[[Doc], None],
    pattern: str,
) -> None:
    document = json.loads(exported["UNNM-TR/2021/1"])
    change(document)
    path = tmp_path / "broken.json"
    try:  # re-sealed, so that the check under test is reached rather than the seal's
        save(document, path, sealed=case != "unsealed-edit")
    except (KeyError, TypeError, IndexError):  # a change that breaks the meeting's shape cannot be re-sealed
        save(document, path, sealed=False)
    refused(target, path, pattern)
    with pytest.raises(PackageError):
        read_package(path)


def _text_with(exported: bytes, old: str, new: str) -> bytes:
    text = exported.decode("utf-8")
    assert old in text
    return text.replace(old, new, 1).encode("utf-8")


def _zip(data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("meeting.json", data)
    return buffer.getvalue()


# (id, change to the file's bytes, expected message)
BYTE_CASES: list[tuple[str, Callable[[bytes], bytes], str]] = [
    ("empty", lambda raw: b"", r"the file is empty"),
    ("blank", lambda raw: b"  \n", r"the file is empty"),
    ("not-json", lambda raw: b"Minutes of the network meeting\n", r"not JSON"),
    ("truncated-in-the-middle", lambda raw: raw[: len(raw) // 2], r"cut off"),
    ("truncated-at-the-end", lambda raw: raw.rstrip()[:-1], r"cut off"),
    (
        "broken-in-the-middle",
        lambda raw: raw.replace(b'"meetings":', b'"meetings" ', 1),
        r"not valid JSON.*\(line \d+, column \d+\)",
    ),
    ("zip", _zip, r"ZIP archive"),
    ("gzip", gzip.compress, r"gzip"),
    ("database", lambda raw: b"SQLite format 3\x00" + b"\x00" * 100, r"database, not a meeting package"),
    ("pdf", lambda raw: b"%PDF-1.7\n", r"PDF"),
    ("utf-16", lambda raw: raw.decode("utf-8").encode("utf-16"), r"UTF-16"),
    ("latin-1", lambda raw: raw.decode("utf-8").encode("latin-1", "replace").replace(b"?", b"\xfc"), r"not UTF-8"),
    ("top-level-list", lambda raw: b"[" + raw + b"]", r"JSON list, not a meeting package"),
    ("nan", lambda raw: _text_with(raw, '"revision": 1', '"revision": NaN'), r"NaN"),
    ("infinity", lambda raw: _text_with(raw, '"revision": 1', '"revision": -Infinity'), r"-Infinity"),
    ("huge-exponent", lambda raw: _text_with(raw, '"revision": 1', '"revision": 1e999'), r"too large"),
    ("endless-digits", lambda raw: _text_with(raw, '"revision": 1', '"revision": ' + "9" * 5000), r"cannot be read"),
    ("deep-list", lambda raw: b"[" * 200_000 + b"]" * 200_000, r"nested too deeply"),
    (
        "deep-inside",
        lambda raw: _text_with(raw, '"created_by": ', '"x": ' + "[" * 200_000 + "]" * 200_000 + ', "created_by": '),
        r"nested too deeply",
    ),
    (
        "duplicate-key",
        lambda raw: _text_with(raw, '"version": 1', '"version": 1, "version": 1'),
        r"the key “version” appears twice",
    ),
    (
        "lone-surrogate",
        lambda raw: _text_with(raw, '"created_by": "', '"created_by": "\\ud83d'),
        r"created_by\).*U\+D83D",
    ),
]


@pytest.mark.parametrize(("change", "pattern"), [c[1:] for c in BYTE_CASES], ids=[c[0] for c in BYTE_CASES])
def test_broken_file_is_refused(
    target: ServiceContext, exported: dict[str, bytes], tmp_path: Path, change: Callable[[bytes], bytes], pattern: str
) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(change(exported["UNNM-TR/2021/1"]))
    refused(target, path, pattern)


def test_a_file_over_the_size_limit_is_refused_unread(target: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(201 * 1024 * 1024)  # sparse: nothing is written, nothing should be read
    refused(target, path, r"at most 200 MB")


def test_a_folder_or_a_missing_file_is_refused(target: ServiceContext, tmp_path: Path) -> None:
    refused(target, tmp_path, r"folder")
    refused(target, tmp_path / "absent.json", r"there is no file")


def test_a_reference_taken_by_another_meeting_here_is_refused(
    target: ServiceContext, exported: dict[str, bytes], tmp_path: Path
) -> None:
    meetings.create_meeting(target, title="Unrelated meeting", start="2021-05-01 10:00", reference="UNNM-TR/2021/1")
    path = tmp_path / "p.json"
    path.write_bytes(exported["UNNM-TR/2021/1"])
    refused(target, path, r"meetings\[0\]\.reference\).*already has the reference UNNM-TR/2021/1")


def test_records_of_another_meeting_here_are_refused(
    target: ServiceContext, exported: dict[str, bytes], tmp_path: Path
) -> None:
    (tmp_path / "2023.json").write_bytes(exported["UNNM-TR/2023/1"])
    import_package(target, tmp_path / "2023.json")
    document = json.loads(exported["UNNM-TR/2023/1"])
    document["meetings"][0].update(id="0badc0de-0000-4000-8000-000000000001", reference="UNNM-TR/2023/99")
    for index, decision in enumerate(document["meetings"][0]["decisions"], start=1):
        decision["reference"] = f"UNNM-TR/2023/99/{index}"
    refused(target, save(document, tmp_path / "copy.json"), r"attendance\[0\]\.id\).*belongs to another meeting")


def test_rows_altered_under_an_intact_sign_off_are_refused_after_writing_began(
    target: ServiceContext, exported: dict[str, bytes], tmp_path: Path
) -> None:
    document = json.loads(exported["UNNM-TR/2021/1"])
    altered = copy.deepcopy(document)
    altered["meetings"][0]["decisions"][0]["text"] += " (as amended)"
    refused(target, save(altered, tmp_path / "altered.json"), r"sign_offs\[\d+\]\).*altered after sign-off")

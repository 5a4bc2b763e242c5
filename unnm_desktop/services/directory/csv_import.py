"""People and organisations imported from a CSV file: a preview first (how columns map to fields, sample
rows, what each row will do, duplicates), then the import in one transaction, audited.

Encoding: the file is decoded as UTF-8 (a byte-order mark is dropped) when it is valid UTF-8 throughout,
else as Windows-1254, the Turkish code page Excel uses for "CSV" on Turkish Windows; a file that is
neither is refused. Separator: comma, semicolon (Excel in Turkish), tab or |, whichever the header uses.

Duplicates: a person whose name folds the same (`fold`: "AYŞE YILMAZ" = "Ayşe Yılmaz" = "ayse yilmaz")
or who has the same e-mail as someone in the directory or earlier in the file is skipped; organisations
are matched by acronym (also former acronyms, as `directory.acronym_key` compares them) or by name.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, Message, UserFacingError, ValidationError
from unnm_desktop.domain.text import clean_text, fold
from unnm_desktop.services.common import apply_changes
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory.entries import ORG_CLEANERS, PERSON_CLEANERS, acronym_key
from unnm_desktop.store.models import Organization, Person
from unnm_desktop.store.types import new_id

FIELDS = (
    "full_name",
    "first_name",
    "last_name",
    "title",
    "email",
    "organization",
    "organization_name",
    "organization_kind",
)
_HEADERS = {  # folded header words -> field
    "full_name": "name|full name|fullname|person|participant|contact|ad soyad|adi soyadi|ad soyadi|isim|isim soyisim|katilimci",
    "first_name": "first name|given name|forename|ad|adi",
    "last_name": "last name|surname|family name|soyad|soyadi|soyisim",
    "title": "title|job title|position|function|unvan|unvani|gorev|gorevi|pozisyon",
    "email": "email|e mail|mail|email address|e posta|eposta|e posta adresi",
    "organization": "organisation|organization|org|acronym|agency|entity|institution|kurum|kurulus|kisaltma|kurum kisaltmasi",
    "organization_name": "organisation name|organization name|org name|agency name|institution name|kurum adi|kurulus adi",
    "organization_kind": "organisation type|organization type|kind|type|kurum turu|tur",
}
_HEADER_FIELDS = {words: name for name, options in _HEADERS.items() for words in options.split("|")}
_KINDS = {
    "un": "un_entity", "un entity": "un_entity", "un agency": "un_entity", "bm": "un_entity",
    "government": "government", "gov": "government", "kamu": "government", "devlet": "government",
    "civil society": "civil_society", "ngo": "civil_society", "cso": "civil_society", "stk": "civil_society",
    "sivil toplum": "civil_society", "intergovernmental": "intergovernmental", "igo": "intergovernmental",
}  # fmt: skip
MAX_BYTES = 5_000_000
SAMPLE_ROWS = 5


@dataclass(frozen=True)
class PlannedRow:
    line: int  # line of the file (the header is line 1)
    full_name: str
    title: str
    email: str | None
    organization: str  # as written in the file
    organization_id: str | None  # the existing organisation it matched
    new_organization: tuple[str, str, str] | None  # (acronym, name, kind) to create
    action: str  # "person" (add), "organization" (add), "skip" (duplicate or empty), "error"
    reason: str = ""  # why skipped, or what is wrong (a Message: the GUI shows it with error_text)


@dataclass(frozen=True)
class DirectoryPreview:
    encoding: str  # "utf-8", "utf-8-sig" or "cp1254"
    delimiter: str
    columns: tuple[str, ...]
    mapping: dict[str, int]  # field -> column index
    sample: tuple[tuple[str, ...], ...]
    rows: tuple[PlannedRow, ...]
    records: tuple[tuple[str, ...], ...] = field(repr=False, default=())

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def duplicates(self) -> tuple[PlannedRow, ...]:
        return tuple(row for row in self.rows if row.action == "skip" and row.reason.startswith("same"))


@dataclass(frozen=True)
class ImportSummary:
    people: int
    organizations: int
    skipped: int
    errors: int


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): strict UTF-8 (BOM dropped) first, else Windows-1254."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1254"), "cp1254"
    except UnicodeDecodeError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file is neither UTF-8 nor Windows-1254 (Turkish) text (byte {byte}); save it from Excel as "
                "“CSV UTF-8”.",
            ),
            byte=error.start + 1,
        ) from None


def guess_mapping(columns: tuple[str, ...]) -> dict[str, int]:
    mapping: dict[str, int] = {}
    for index, header in enumerate(columns):
        key = re.sub(r"[^0-9a-z]+", " ", fold(header)).strip()
        name = _HEADER_FIELDS.get(key)
        if name and name not in mapping:
            mapping[name] = index
    return mapping


def read_table(data: bytes) -> tuple[str, str, tuple[str, ...], list[tuple[str, ...]]]:
    """(encoding, delimiter, header, rows) of CSV bytes; cells cleaned as every input is."""
    if len(data) > MAX_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The file is {size} MB; a directory file of at most 5 MB is read."),
            size=len(data) // 1_000_000,
        )
    text, encoding = decode(data)
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t|", key=first_line.count) if first_line.strip() else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        table = [tuple(clean_text(cell).strip() for cell in row) for row in reader]
    except csv.Error as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The file is not readable as CSV: {reason}."), reason=error
        ) from None
    if not table or not any(table[0]):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The file is empty; the first line should name the columns (name, e-mail, organisation…)."
            )
        )
    return encoding, delimiter, table[0], table[1:]


def preview_import(
    ctx: ServiceContext, source: Path | bytes, mapping: dict[str, int] | None = None
) -> DirectoryPreview:
    """What importing `source` would do; `mapping` (field -> column index) overrides the guessed one."""
    if isinstance(source, Path):
        try:
            data = source.read_bytes()
        except OSError as error:
            raise UserFacingError(
                QT_TRANSLATE_NOOP("Errors", "{path} cannot be read: {reason}."), path=source, reason=error.strerror
            ) from None
    else:
        data = source
    encoding, delimiter, columns, records = read_table(data)
    chosen = dict(guess_mapping(columns) if mapping is None else mapping)
    unknown = sorted(set(chosen) - set(FIELDS))
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{field}” is not a directory field; use one of: {allowed}."),
            field=unknown[0],
            allowed=", ".join(FIELDS),
        )
    if any(not 0 <= index < len(columns) for index in chosen.values()):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The file has {count} columns; a column number in the mapping is outside them."
            ),
            count=len(columns),
        )
    if not ({"full_name", "first_name", "last_name", "organization", "organization_name"} & set(chosen)):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No column holds names or organisations; name the columns (e.g. “Name”, “Organisation”, “E-mail”) "
                "or give the mapping.",
            )
        )
    with ctx.session() as session:
        rows = _plan(session, records, chosen)
    return DirectoryPreview(encoding, delimiter, columns, chosen, tuple(records[:SAMPLE_ROWS]), rows, tuple(records))


def _cell(record: tuple[str, ...], mapping: dict[str, int], name: str) -> str:
    index = mapping.get(name)
    return record[index] if index is not None and index < len(record) else ""


def _name_key(name: str) -> str:
    return " ".join(fold(name).split())


def _plan(session: object, records: list[tuple[str, ...]], mapping: dict[str, int]) -> tuple[PlannedRow, ...]:
    orgs: dict[str, str] = {}
    for org in session.scalars(select(Organization).where(Organization.merged_into_id.is_(None))):  # type: ignore[attr-defined]
        for key in [acronym_key(org.acronym), _name_key(org.name_en), _name_key(org.name_tr)] + [
            acronym_key(a.acronym) for a in org.aliases
        ]:
            if key:
                orgs.setdefault(key, org.id)
    people: dict[str, str] = {}
    for person, org in session.execute(  # type: ignore[attr-defined]
        select(Person, Organization.acronym).outerjoin(Organization).where(Person.merged_into_id.is_(None))
    ).all():
        label = f"{person.full_name} ({org})" if org else person.full_name
        people.setdefault(f"name:{_name_key(person.full_name)}", label)
        if person.email:
            people.setdefault(f"email:{person.email.casefold()}", label)
    new_orgs: dict[str, tuple[str, str, str]] = {}
    planned = []
    for line, record in enumerate(records, start=2):
        planned.append(_plan_row(line, record, mapping, orgs, people, new_orgs))
    return tuple(planned)


# Why a row is skipped (PlannedRow.reason); a duplicate's reason starts with "same" (DirectoryPreview.duplicates).
_SAME_NAME = QT_TRANSLATE_NOOP("Errors", "same name as {other}")
_SAME_EMAIL = QT_TRANSLATE_NOOP("Errors", "same e-mail as {other}")
_ALREADY_IN_DIRECTORY = Message(QT_TRANSLATE_NOOP("Errors", "already in the directory"))
_EMPTY_ROW = Message(QT_TRANSLATE_NOOP("Errors", "empty row"))


def _plan_row(line, record, mapping, orgs, people, new_orgs) -> PlannedRow:  # type: ignore[no-untyped-def]
    name = _cell(record, mapping, "full_name") or " ".join(
        part for part in (_cell(record, mapping, "first_name"), _cell(record, mapping, "last_name")) if part
    )
    email = _cell(record, mapping, "email") or None
    org_text = _cell(record, mapping, "organization")
    org_name = _cell(record, mapping, "organization_name")
    row = PlannedRow(line, name, _cell(record, mapping, "title"), email, org_text or org_name, None, None, "skip")
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        return replace(
            row,
            action="error",
            reason=Message(QT_TRANSLATE_NOOP("Errors", "“{email}” is not an e-mail address."), email=email),
        )
    org_id = next(
        (orgs[k] for k in (acronym_key(org_text), _name_key(org_text), _name_key(org_name)) if k in orgs), None
    )
    new_org = None
    if (org_text or org_name) and org_id is None:
        acronym = (
            org_text
            if org_text and len(org_text) <= 20 and org_text.count(" ") <= 2
            else _initials(org_text or org_name)
        )
        kind = _KINDS.get(
            re.sub(r"[^0-9a-z]+", " ", fold(_cell(record, mapping, "organization_kind"))).strip(), "other"
        )
        if acronym_key(acronym) in orgs:
            return replace(
                row,
                action="error",
                reason=Message(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The acronym {acronym} made from the name is taken; add an acronym column."
                    ),
                    acronym=acronym,
                ),
            )
        new_org = new_orgs.get(acronym_key(acronym)) or (acronym, org_name or org_text, kind)
    row = replace(row, organization_id=org_id, new_organization=new_org)
    if not name:
        if new_org is None:
            return replace(row, reason=_ALREADY_IN_DIRECTORY if org_id else _EMPTY_ROW)
        if acronym_key(new_org[0]) in new_orgs:
            return replace(row, reason=Message(QT_TRANSLATE_NOOP("Errors", "organisation already earlier in the file")))
        new_orgs[acronym_key(new_org[0])] = new_org
        return replace(row, action="organization")
    keys = {f"name:{_name_key(name)}": _SAME_NAME, f"email:{email.casefold()}" if email else "": _SAME_EMAIL}
    duplicate = next((Message(what, other=people[key]) for key, what in keys.items() if key and key in people), None)
    for key in keys:  # a later row repeating this one is a duplicate too, even if this one is skipped
        if key:
            people.setdefault(key, Message(QT_TRANSLATE_NOOP("Errors", "{name} (line {line})"), name=name, line=line))
    if duplicate:
        return replace(row, reason=duplicate)
    if len(name) > 300:
        return replace(
            row, action="error", reason=Message(QT_TRANSLATE_NOOP("Errors", "The name is longer than 300 characters."))
        )
    if new_org is not None:
        new_orgs.setdefault(acronym_key(new_org[0]), new_org)
    return replace(row, action="person")


def _initials(name: str) -> str:
    letters = "".join(word[0] for word in re.findall(r"\w+", name) if word[0].isalpha())
    return (letters.upper() or name[:20])[:20]


def apply_import(ctx: ServiceContext, preview: DirectoryPreview) -> ImportSummary:
    """Import what the preview showed, planned again inside the transaction; all or nothing, audited."""
    with ctx.session() as session:
        rows = _plan(session, list(preview.records), preview.mapping)
        created_orgs: dict[str, str] = {}
        people = 0
        for row in rows:
            org_id = row.organization_id
            if row.new_organization is not None and row.action in ("person", "organization"):
                acronym, name, kind = row.new_organization
                org_id = created_orgs.get(acronym_key(acronym))
                if org_id is None:
                    org = Organization(acronym="", name_en="", name_tr="", kind="other")
                    _, after = apply_changes(org, {"acronym": acronym, "name_en": name, "kind": kind}, ORG_CLEANERS)
                    session.add(org)
                    session.flush()
                    ctx.audit(session, "organization", org.id, "create", after={**after, "source": "CSV import"})
                    org_id = created_orgs[acronym_key(acronym)] = org.id
            if row.action == "person":
                person = Person(full_name="", title="")
                values = {"full_name": row.full_name, "title": row.title, "email": row.email, "organization_id": org_id}
                _, after = apply_changes(person, values, PERSON_CLEANERS)
                session.add(person)
                session.flush()
                ctx.audit(
                    session, "person", person.id, "create", after={**after, "source": f"CSV import, line {row.line}"}
                )
                people += 1
        summary = ImportSummary(
            people, len(created_orgs), sum(r.action == "skip" for r in rows), sum(r.action == "error" for r in rows)
        )
        ctx.audit(
            session, "directory", new_id(), "import_csv", after={**summary.__dict__, "encoding": preview.encoding}
        )
    return summary

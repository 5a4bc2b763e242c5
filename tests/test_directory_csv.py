"""Directory import from CSV: encodings (UTF-8, UTF-8 with BOM, Windows-1254), the column-mapping preview,
duplicates (Turkish-folded names, same e-mail), and the import in one audited transaction."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from unnm_desktop.domain.errors import ValidationError
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.directory.csv_import import apply_import, decode, guess_mapping, preview_import
from unnm_desktop.store.models import AuditEvent, Person

CSV = (
    "Ad Soyad;Unvan;E-posta;Kurum\r\n"
    "Şükrü Öztürk;Uzman;sukru@example.org;PMM\r\n"
    "Işıl Çağlar;Koordinatör;isil@example.org;KAMER\r\n"
    "İSMAİL ÇELİK;Müdür;;DGMM\r\n"
    "Gülşen Yıldız;;GULSEN@EXAMPLE.ORG;UNHCR\r\n"
    "gulsen yildiz;;other@example.org;UNHCR\r\n"
    ";;;Göç Araştırmaları Derneği\r\n"
    "Ayşe Kaya;;not-an-address;IOM\r\n"
)


@pytest.fixture
def existing(ctx: ServiceContext) -> ServiceContext:
    directory.create_person(ctx, full_name="İsmail Çelik", organization_id=directory.find_organization(ctx, "PMM").id)  # type: ignore[union-attr]
    directory.create_person(ctx, full_name="Gülşen Y.", email="gulsen@example.org")
    return ctx


@pytest.mark.parametrize(
    ("encoding", "expected"), [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp1254", "cp1254")]
)
def test_turkish_names_survive_each_encoding(encoding: str, expected: str) -> None:
    text, detected = decode(CSV.encode(encoding))
    assert detected == expected
    assert text == CSV and "Şükrü Öztürk" in text and "İSMAİL ÇELİK" in text


def test_bytes_that_are_neither_utf8_nor_cp1254_are_refused() -> None:
    with pytest.raises(ValidationError, match="neither UTF-8 nor Windows-1254"):
        decode(b"name\n\x81\x8d\x90\n")


def test_preview_maps_columns_flags_duplicates_and_changes_nothing(existing: ServiceContext) -> None:
    ctx = existing
    preview = preview_import(ctx, CSV.encode("cp1254"))
    assert (preview.encoding, preview.delimiter) == ("cp1254", ";")
    assert preview.columns == ("Ad Soyad", "Unvan", "E-posta", "Kurum")
    assert preview.mapping == {"full_name": 0, "title": 1, "email": 2, "organization": 3}
    assert preview.sample[0] == ("Şükrü Öztürk", "Uzman", "sukru@example.org", "PMM")
    rows = {row.line: row for row in preview.rows}
    assert rows[2].action == "person" and rows[2].organization_id == directory.find_organization(ctx, "PMM").id  # type: ignore[union-attr]
    assert rows[3].action == "person" and rows[3].new_organization == ("KAMER", "KAMER", "other")
    assert rows[4].action == "skip" and rows[4].reason == "same name as İsmail Çelik (PMM)"  # DGMM is PMM's old name
    assert rows[5].action == "skip" and rows[5].reason.startswith("same e-mail as Gülşen Y.")
    assert rows[6].action == "skip" and rows[6].reason == "same name as Gülşen Yıldız (line 5)"
    assert rows[7].action == "organization" and rows[7].new_organization[0] == "GAD"  # type: ignore[index]
    assert rows[8].action == "error" and "e-mail" in rows[8].reason
    assert preview.count("person") == 2 and len(preview.duplicates) == 3
    with ctx.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 2


def test_apply_imports_in_one_audited_transaction(existing: ServiceContext) -> None:
    ctx = existing
    preview = preview_import(ctx, ("\ufeff" + CSV).encode("utf-8"))
    assert preview.encoding == "utf-8-sig"
    summary = apply_import(ctx, preview)
    assert (summary.people, summary.organizations, summary.skipped, summary.errors) == (2, 2, 3, 1)
    people = {p.full_name: p for p in directory.list_people(ctx)}
    assert people["Işıl Çağlar"].organization_acronym == "KAMER" and people["Işıl Çağlar"].title == "Koordinatör"
    assert people["Şükrü Öztürk"].email == "sukru@example.org"
    assert directory.find_organization(ctx, "GAD").name_en == "Göç Araştırmaları Derneği"  # type: ignore[union-attr]
    with ctx.session() as session:
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(5)).all()
    assert events[0].action == "import_csv" and '"people": 2' in events[0].after_json
    assert {e.entity for e in events[1:]} == {"person", "organization"}
    again = apply_import(ctx, preview_import(ctx, CSV.encode("utf-8")))
    assert (again.people, again.organizations) == (0, 0)  # a second import adds nothing


def test_mapping_can_be_given_and_first_and_last_names_combine(ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_bytes(
        "Given name,Surname,Agency,Agency name,Type\nElif,Doğan,ASAM,Association for Solidarity,NGO\n".encode("cp1254")
    )
    preview = preview_import(ctx, path)
    assert preview.mapping == {
        "first_name": 0,
        "last_name": 1,
        "organization": 2,
        "organization_name": 3,
        "organization_kind": 4,
    }
    row = preview.rows[0]
    assert row.full_name == "Elif Doğan" and row.new_organization == (
        "ASAM",
        "Association for Solidarity",
        "civil_society",
    )
    custom = preview_import(ctx, path, {"full_name": 1, "organization": 2})
    assert custom.rows[0].full_name == "Doğan"
    with pytest.raises(ValidationError, match="not a directory field"):
        preview_import(ctx, path, {"phone": 1})
    with pytest.raises(ValidationError, match="No column holds names"):
        preview_import(ctx, b"Phone,Fax\n1,2\n")
    with pytest.raises(ValidationError, match="empty"):
        preview_import(ctx, b"")
    assert guess_mapping(("E-Mail", "ADI SOYADI", "Kuruluş")) == {"email": 0, "full_name": 1, "organization": 2}

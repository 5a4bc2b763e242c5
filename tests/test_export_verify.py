"""verify: an untouched export passes; a changed character, an outside SQL edit, an unknown fingerprint or a
broken audit chain fails, naming what differs."""

from __future__ import annotations

import zipfile
from pathlib import Path

from engine_fixtures import NewDatabase, outside_edit
from export_support import (
    meeting_id,
    read_part,
    rewrite_part,
)

from unnm_desktop.export import export_meeting, verify_docx
from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.minutes import signoff
from unnm_desktop.services.minutes.verification import database_problems, find_signed_version
from unnm_desktop.store.address import Location

SIGNED = "UNNM-TR/2021/1"

pytest_plugins = ("export_fixtures",)


def _signed_export(ctx: ServiceContext, folder: Path, lang: str | None = None) -> Path:
    return export_meeting(ctx, meeting_id(ctx, SIGNED), folder / "signed.docx", lang)


def test_an_untouched_export_verifies(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    for lang in ("en", "tr"):
        result = verify_docx(demo_ctx, _signed_export(demo_ctx, tmp_path, lang))
        assert result.ok, result.problems
        assert result.reference == SIGNED and result.revision == 1 and len(result.fingerprint or "") == 64
        assert "unaltered" in result.summary()


def test_a_resaved_file_with_the_same_text_still_verifies(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    """Word splits runs and re-packs the zip when it saves: the bytes change, the text does not."""
    path = _signed_export(demo_ctx, tmp_path)

    def split_runs(xml: bytes) -> bytes:
        text = xml.decode()
        old = "<w:t>Adopted by consensus, with reservations on record</w:t>"
        assert old in text
        return text.replace(
            old,
            '<w:t xml:space="preserve">Adopted by </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>consensus, with reservations on record</w:t>',
            1,
        ).encode()

    rewrite_part(path, "word/document.xml", split_runs)
    repacked = tmp_path / "repacked.docx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(repacked, "w", zipfile.ZIP_STORED) as target:
        for info in reversed(source.infolist()):
            target.writestr(info.filename, source.read(info.filename))
    assert verify_docx(demo_ctx, repacked).ok


def test_one_changed_character_in_the_word_xml_fails(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    path = _signed_export(demo_ctx, tmp_path)
    before = read_part(path, "word/document.xml")
    rewrite_part(
        path,
        "word/document.xml",
        lambda xml: xml.replace(b"cannot agree to paragraph 6.3", b"cannot agree to paragraph 6.4", 1),
    )
    assert read_part(path, "word/document.xml") != before
    result = verify_docx(demo_ctx, path)
    assert not result.ok
    assert "changed after export" in result.problems[0] and "paragraph 6.4" in result.problems[0]
    assert "paragraph 6.3" in result.problems[0]


def test_a_deleted_paragraph_and_a_damaged_file_fail(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    path = _signed_export(demo_ctx, tmp_path)
    rewrite_part(path, "word/document.xml", lambda xml: xml.replace(b"Joined the consensus: ", b"", 1))
    assert "changed after export" in verify_docx(demo_ctx, path).problems[0]
    rewrite_part(path, "word/document.xml", lambda xml: xml.replace(b"<w:body>", b"<w:bodx>", 1))
    assert "damaged" in verify_docx(demo_ctx, path).problems[0]
    (tmp_path / "plain.docx").write_bytes(b"PK not really")
    assert "damaged" in verify_docx(demo_ctx, tmp_path / "plain.docx").problems[0]


def test_a_direct_sql_edit_of_the_database_fails(demo_ctx: ServiceContext, demo_db: Location, tmp_path: Path) -> None:
    path = _signed_export(demo_ctx, tmp_path)
    outside_edit(demo_db, "UPDATE decision SET text = text || ' (amended)' WHERE reference = :r", r=f"{SIGNED}/1")
    result = verify_docx(demo_ctx, path)
    assert not result.ok
    assert len(result.problems) == 1, result.problems  # the document itself is still the signed text
    assert "no longer matches its fingerprint" in result.problems[0] and "decisions[0].text" in result.problems[0]


def test_an_edit_of_the_stored_signed_off_text_fails(
    demo_ctx: ServiceContext, demo_db: Location, tmp_path: Path
) -> None:
    path = _signed_export(demo_ctx, tmp_path)
    outside_edit(demo_db, "UPDATE sign_off SET content_json = replace(content_json, 'DGILF joins', 'DGILF agrees')")
    result = verify_docx(demo_ctx, path)
    assert not result.ok
    assert any("stored signed-off text was changed" in p for p in result.problems)


def test_an_unknown_fingerprint_fails(demo_ctx: ServiceContext, tmp_path: Path, new_db: NewDatabase) -> None:
    path = _signed_export(demo_ctx, tmp_path)
    other = new_db("other")
    with open_context(other, actor="Other secretariat") as fresh:
        result = verify_docx(fresh, path)
    assert not result.ok and "unknown to this database" in result.problems[0]
    rewrite_part(path, "docProps/custom.xml", lambda xml: xml.replace(result.fingerprint.encode(), b"0" * 64))
    assert "unknown to this database" in verify_docx(demo_ctx, path).problems[0]


def test_a_broken_audit_chain_fails(demo_ctx: ServiceContext, demo_db: Location, tmp_path: Path) -> None:
    path = _signed_export(demo_ctx, tmp_path)
    outside_edit(demo_db, "UPDATE audit_event SET actor = 'Someone else' WHERE seq = 3")
    result = verify_docx(demo_ctx, path)
    assert not result.ok and result.problems == [
        "The database's audit chain is broken: audit event 3 was changed after it was written."
    ]


def test_drafts_and_foreign_documents_are_not_verified(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    import docx

    draft = export_meeting(demo_ctx, meeting_id(demo_ctx, "UNNM-TR/2023/1"), tmp_path / "draft.docx")
    assert "draft export (revision 0)" in verify_docx(demo_ctx, draft).problems[0]
    foreign = tmp_path / "foreign.docx"
    docx.Document().save(str(foreign))
    assert "not an UNNM Desktop export" in verify_docx(demo_ctx, foreign).problems[0]
    assert "no file" in verify_docx(demo_ctx, tmp_path / "missing.docx").problems[0]
    assert "No database" in verify_docx(None, _signed_export(demo_ctx, tmp_path)).problems[0]


def test_an_earlier_signed_off_version_still_verifies_after_reopening(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    mid = meeting_id(demo_ctx, SIGNED)
    path = _signed_export(demo_ctx, tmp_path)
    signoff.reopen_for_revision(demo_ctx, mid, "Spelling of a name in item 4")
    result = verify_docx(demo_ctx, path)
    assert result.ok, result.problems
    assert "reopened for revision (Spelling of a name in item 4)" in result.notes[0]
    version = find_signed_version(demo_ctx, result.fingerprint or "")
    assert version is not None and not version.current and database_problems(demo_ctx, version).ok
    # the reopened meeting exports as a draft of revision 2; the signed version stays exportable
    again = export_meeting(demo_ctx, mid, tmp_path / "signed-again.docx", sign_off_id=version.id)
    assert verify_docx(demo_ctx, again).ok
    assert (
        "draft export (revision 2)"
        in verify_docx(demo_ctx, export_meeting(demo_ctx, mid, tmp_path / "d.docx")).problems[0]
    )


def test_the_fast_chain_check_agrees_with_the_store(demo_ctx: ServiceContext, demo_db: Location) -> None:
    from unnm_desktop.services.minutes.verification import audit_chain_problem
    from unnm_desktop.store.audit import verify_chain

    with demo_ctx.session() as session:
        assert audit_chain_problem(session) is None and verify_chain(session).ok
    outside_edit(demo_db, "DELETE FROM audit_event WHERE seq = 7")
    with demo_ctx.session() as session:
        assert audit_chain_problem(session) == verify_chain(session).problem == "audit event 7 is missing"

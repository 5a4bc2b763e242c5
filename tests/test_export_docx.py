"""Word export of the demo minutes, opened again with python-docx: order, tables, decisions, fields, marks."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.table import Table
from engine_fixtures import outside_edit
from export_support import (
    W,
    all_text,
    blocks,
    meeting_id,
    open_docx,
    paragraphs_with_style,
    read_part,
)

from unnm_desktop.export import export_meeting
from unnm_desktop.export.docx_text import read_custom_properties
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.minutes import signoff
from unnm_desktop.store.address import Location

SIGNED, DRAFT = "UNNM-TR/2021/1", "UNNM-TR/2023/1"

pytest_plugins = ("export_fixtures",)


def _export(ctx: ServiceContext, reference: str, folder: Path, lang: str | None = None) -> Path:
    return export_meeting(ctx, meeting_id(ctx, reference), folder / "minutes.docx", lang)


def test_sections_follow_the_order_of_un_minutes(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    document = open_docx(_export(demo_ctx, DRAFT, tmp_path))
    assert document.paragraphs[0].text == "United Nations Network on Migration in Türkiye"
    assert paragraphs_with_style(document, "Title") == ["UN Network on Migration Türkiye Meeting"]
    assert paragraphs_with_style(document, "Heading 1") == [
        "Attendance",
        "1. Adoption of the agenda",
        "2. Approval of the minutes of the previous meeting",
        "3. Matters arising",
        "4. GCM implementation in Türkiye",
        "5. Regular pathways, labour migration and inclusion",
        "6. Protection: irregular migration, smuggling, trafficking and children",
        "7. Regional review, data and the Network's work plan",
        "8. Any other business and closing",
        "Action points",
        "GCM objectives addressed",
        "Date of the next meeting",
        "Signatures",
    ]
    header_table = next(b for b in blocks(document) if isinstance(b, Table))
    facts = {row.cells[0].text: row.cells[1].text for row in header_table.rows}
    assert facts["Reference"] == DRAFT
    assert facts["Date"] == "Thursday, 2 November 2023"
    assert facts["Time"] == "10:00–13:00 (Istanbul time)"
    assert facts["Venue"] == "IOM Türkiye Main Office, Ankara"
    assert facts["Chair"].startswith("Catherine Moreau") and facts["Rapporteur"].startswith("Işıl Doğan")
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)


def test_attendance_groups_un_entities_and_government_apart(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    document = open_docx(_export(demo_ctx, DRAFT, tmp_path))
    assert paragraphs_with_style(document, "Heading 2")[:3] == [
        "United Nations entities",
        "Government counterparts",
        "Other organisations and observers",
    ]
    tables = [b for b in blocks(document) if isinstance(b, Table)]
    un, government, other = tables[1:4]
    assert [c.text for c in un.rows[0].cells] == ["Organisation", "Participant", "Participation"]
    un_text, government_text = all_cells(un), all_cells(government)
    assert "IOM\nInternational Organization for Migration" in un_text
    assert "PMM\nPresidency of Migration Management" in government_text and "PMM" not in un_text
    assert any(cell.startswith("ICMPD\n") for cell in all_cells(other))
    assert any("Online" in cell for cell in un_text), "remote participants are marked"
    assert "Apologies: UN Women (Ingrid Solberg)." in [p.text for p in document.paragraphs]


def all_cells(table: Table) -> list[str]:
    return [cell.text for row in table.rows for cell in row.cells]


def test_decisions_with_outcome_in_words_positions_and_statements(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    document = open_docx(_export(demo_ctx, SIGNED, tmp_path))
    texts = [p.text for p in document.paragraphs]
    assert paragraphs_with_style(document, "Decision Label") == [
        "Decision UNNM-TR/2021/1/1",
        "Decision UNNM-TR/2021/1/2",
        "Decision UNNM-TR/2021/1/3",
        "Decision UNNM-TR/2021/1/4",
        "Decision UNNM-TR/2021/1/5",
    ]
    assert paragraphs_with_style(document, "Outcome") == [
        "Outcome: Adopted by consensus, with reservations on record",
        "Outcome: No consensus; deferred to the next meeting",
        "Outcome: Not adopted; no consensus",
        "Outcome: Proposed; not yet decided",  # signed off with UNHCR's confirmation still awaited (issue 14)
        "Outcome: Under silence procedure (Silence procedure)",
    ]
    statements = paragraphs_with_style(document, "Statement")
    assert "Joined the consensus: DGMM." in statements
    assert any(s.startswith("DGILF — Reservation, para. 4.2: DGILF joins") for s in statements)
    assert any(s.startswith("UNHCR — Stands aside, para. 3.4: ") for s in statements)
    assert any(s.startswith("DGMM — Objects, para. 6.3: DGMM cannot agree") for s in statements)
    assert any(
        s.startswith("TNP — Ad referendum (awaiting confirmation), para. 1 (ii), confirmation due by")
        for s in statements
    )
    # each decision comes after its item's heading and before the next one
    index = texts.index("Decision UNNM-TR/2021/1/3")
    assert texts.index("6. Proposed working modalities and SOPs of the Network") < index
    assert index < texts.index("7. Any other business")


def test_action_points_and_follow_ups_are_tables(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    document = open_docx(_export(demo_ctx, DRAFT, tmp_path))
    tables = [b for b in blocks(document) if isinstance(b, Table)]
    actions = next(t for t in tables if t.rows[0].cells[1].text == "Action" and t.rows[0].cells[0].text == "No.")
    assert [c.text for c in actions.rows[0].cells] == ["No.", "Action", "Responsible", "Deadline", "Status"]
    assert len(actions.rows) == 7
    first = [c.text for c in actions.rows[1].cells]
    assert first[0] == "1." and first[2] == "IOM, UNRCO" and first[3] == "15 December 2023" and first[4] == "Open"
    follow_ups = next(t for t in tables if len(t.columns) == 4 and t.rows[0].cells[2].text == "Follow-up")
    assert len(follow_ups.rows) == 7 and "(UNNM-TR/2021/1)" in follow_ups.rows[1].cells[0].text
    header_row = actions.rows[0]._tr
    assert header_row.find(f"{W}trPr/{W}tblHeader") is not None, "the header row repeats on each page"


def test_markdown_notes_become_paragraphs_lists_bold_and_italic(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    document = open_docx(_export(demo_ctx, DRAFT, tmp_path))
    items = [p for p in document.paragraphs if p.style.name == "Minutes List"]
    assert any(
        p.text == "1.\tdata-driven policymaking, including better use of administrative data (objective 1);"
        for p in items
    )
    assert any(p.text.startswith("•\tthe cost and complexity") for p in items)
    bold = [r.text for p in document.paragraphs for r in p.runs if r.bold]
    italic = [r.text for p in document.paragraphs for r in p.runs if r.italic]
    assert "Champion Country" in bold and "Türk Kızılay" in italic
    assert not any("**" in p.text for p in document.paragraphs)


def test_page_number_fields_and_draft_marking(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    path = _export(demo_ctx, DRAFT, tmp_path)
    document = open_docx(path)
    footer = read_part(path, "word/footer1.xml").decode()
    assert "Page " in footer and " of " in footer
    assert (
        'w:fldCharType="begin"' in footer and " PAGE </w:instrText>" in footer and " NUMPAGES </w:instrText>" in footer
    )
    header = "\n".join(p.text for p in document.sections[0].header.paragraphs)
    assert "DRAFT — revision 0" in header and DRAFT in header
    assert paragraphs_with_style(document, "Draft Mark") == ["DRAFT — revision 0"]
    properties = read_custom_properties(read_part(path, "docProps/custom.xml"))
    assert properties["status"] == "draft" and properties["fingerprint"] == ""
    assert "Fingerprint" not in footer


def test_signed_off_export_carries_the_fingerprint(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    mid = meeting_id(demo_ctx, SIGNED)
    sha = signoff.sign_offs(demo_ctx, mid)[-1]["sha256"]
    path = _export(demo_ctx, SIGNED, tmp_path)
    document = open_docx(path)
    properties = read_custom_properties(read_part(path, "docProps/custom.xml"))
    assert properties["fingerprint"] == sha and len(sha) == 64
    assert properties["meeting id"] == mid and properties["revision"] == "1"
    assert properties["status"] == "signed_off" and properties["content format"] == "unnm-minutes/1"
    footer = "".join(p.text for p in document.sections[0].footer.paragraphs)
    assert f"Fingerprint: {sha[:12]}" in footer and sha not in footer
    assert "DRAFT" not in all_text(document) and "DRAFT" not in document.sections[0].header.paragraphs[0].text
    core = document.core_properties
    assert core.title == f"GCM Needs Assessment Validation Meeting ({SIGNED})"
    assert core.author == "Işıl Doğan" and core.created is not None and core.identifier == f"sha256:{sha}"
    signatures = [p.text for t in document.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    assert "Name: Tomasz Kowalczyk" in signatures
    assert any(p.endswith(sha) for p in paragraphs_with_style(document, "Minutes Small"))


def test_signed_off_minutes_are_exported_as_signed_not_from_live_rows(
    demo_ctx: ServiceContext, demo_db: Location, tmp_path: Path
) -> None:
    outside_edit(demo_db, "UPDATE meeting SET title = 'Changed behind our back' WHERE reference = :r", r=SIGNED)
    document = open_docx(_export(demo_ctx, SIGNED, tmp_path))
    assert paragraphs_with_style(document, "Title") == ["GCM Needs Assessment Validation Meeting"]


def test_turkish_labels(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    document = open_docx(_export(demo_ctx, SIGNED, tmp_path, lang="tr"))
    text = all_text(document)
    headings = paragraphs_with_style(document, "Heading 1")
    assert headings[0] == "Katılımcılar" and headings[-4:] == [
        "Eylem maddeleri",
        "Ele alınan GCM hedefleri",
        "Bir sonraki toplantı",
        "İmza",
    ]
    assert "Toplantı Tutanağı" in text and "Sorumlu" in text and "Son tarih" in text and "Durum" in text
    assert "Sonuç: Uzlaşı ile kabul edildi; çekinceler kayda geçirildi" in text
    assert "DGILF — Çekince, para. 4.2" in text and "DGMM — İtiraz, para. 6.3" in text
    assert "Perşembe" in text and "Haziran" in text
    assert "Sayfa " in read_part_text(document)


def read_part_text(document: docx.document.Document) -> str:
    return "".join(p.text for p in document.sections[0].footer.paragraphs)


def test_a_user_template_without_our_styles_falls_back(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    letterhead = docx.Document()
    letterhead.sections[0].header.paragraphs[0].text = "Letterhead of the Secretariat"
    letterhead.add_paragraph("Template body text that must not appear in the minutes")
    styles = letterhead.styles.element
    for style in list(styles):
        name = style.find(f"{W}name")
        if name is not None and name.get(f"{W}val") in ("Title", "Heading 2", "Table Grid", "Quote"):
            styles.remove(style)
    template = tmp_path / "letterhead.docx"
    letterhead.save(str(template))
    out = export_meeting(demo_ctx, meeting_id(demo_ctx, SIGNED), tmp_path / "x.docx", template=template)
    document = open_docx(out)
    text = all_text(document)
    assert "Template body text" not in text and "GCM Needs Assessment Validation Meeting" in text
    header = [p.text for p in document.sections[0].header.paragraphs]
    assert header[0] == "Letterhead of the Secretariat" and SIGNED in header[-1]
    assert document.paragraphs[1].style.name == "Heading 1"  # the title, without a Title style
    assert round(document.sections[0].page_width.mm) == 210 and round(document.sections[0].page_height.mm) == 297


def test_a_template_that_is_not_a_word_file_gives_a_clear_message(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    import pytest

    from unnm_desktop.domain.errors import UserFacingError

    bad = tmp_path / "letterhead.docx"
    bad.write_text("not a zip")
    with pytest.raises(UserFacingError, match="cannot be used"):
        export_meeting(demo_ctx, meeting_id(demo_ctx, SIGNED), tmp_path / "x.docx", template=bad)
    assert not (tmp_path / "x.docx").exists()


def test_a_circulated_draft_carries_its_revision_number(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    mid = meeting_id(demo_ctx, DRAFT)
    assert signoff.circulate(demo_ctx, mid) == 1
    document = open_docx(_export(demo_ctx, DRAFT, tmp_path))
    assert paragraphs_with_style(document, "Draft Mark") == ["DRAFT — revision 1"]
    assert "DRAFT — revision 1" in "\n".join(p.text for p in document.sections[0].header.paragraphs)
    turkish = open_docx(export_meeting(demo_ctx, mid, tmp_path / "taslak.docx", "tr"))
    assert paragraphs_with_style(turkish, "Draft Mark") == ["TASLAK — revizyon 1"]

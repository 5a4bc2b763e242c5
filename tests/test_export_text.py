"""Hostile text end to end: Turkish, Arabic (right-to-left), emoji, 100,000-character notes, XML-invalid
characters that reached the database from outside. Both exports must succeed and say it right.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import small_meeting
from engine_fixtures import outside_edit
from export_support import W, all_text, open_docx

from unnm_desktop.export import export_meeting
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.meeting import agenda, decisions
from unnm_desktop.store.address import Location

ARABIC = "ناقش الاجتماع حماية الأطفال المهاجرين في تركيا، وأكد على أهمية التنسيق."
TURKISH = "İŞÇİ ĞÜÇLÜ: ığüşöç — Işıl, İsmail ve Ayşe görüşlerini bildirdi."
EMOJI = "Agreed 👍🏽 — families 👨‍👩‍👧 first 🇹🇷"


@pytest.fixture
def hostile(ctx: ServiceContext, db_path: Location) -> str:
    meeting = small_meeting(ctx, title="Toplantı: Göç ve Uyum — İzmir 👍")
    lines = [f"Line {n} of the long statement, with ş and ğ  " for n in range(2000)]
    filler = "Uzun tutanak metni, ölçülü ve açık. " * 1500
    notes = "\n\n".join(
        [
            TURKISH,
            ARABIC,
            f"**Bold** *italic* {EMOJI}",
            "\n".join(lines).rstrip(),
            "- first point\n- second point\n  - nested point\n1. one\n2. two",
            filler,
        ]
    )
    assert len(notes) > 100_000
    agenda.set_notes(ctx, meeting.item_id, notes)
    decision = decisions.add_decision(
        ctx, meeting.meeting_id, text=f"{TURKISH}\n{ARABIC}", agenda_item_id=meeting.item_id
    )
    decisions.set_position(ctx, decision, meeting.orgs["UNICEF"], "concern", statement=ARABIC)
    # What no service would let through (PostgreSQL itself refuses a NUL character in text).
    nul = "\x00" if isinstance(db_path, Path) else ""
    outside_edit(
        db_path,
        "UPDATE agenda_item SET notes_md = notes_md || :added WHERE id = :id",
        added="\n\nBroken\x01 \x0b text\x1f with \ufffe controls",
        id=meeting.item_id,
    )
    outside_edit(
        db_path, "UPDATE decision SET text = text || :added WHERE id = :id", added=f" and{nul} more\x08", id=decision
    )
    outside_edit(
        db_path, "UPDATE person SET title = :title WHERE full_name = :name", title="Uzman\x02 🧑‍💼", name="Ayşe Yılmaz"
    )
    return meeting.meeting_id


def test_word_export_of_hostile_text(ctx: ServiceContext, hostile: str, tmp_path: Path) -> None:
    path = export_meeting(ctx, hostile, tmp_path / "hostile.docx", "tr")
    document = open_docx(path)
    text = all_text(document)
    for expected in (TURKISH, ARABIC, "👨‍👩‍👧", "🇹🇷", "Toplantı: Göç ve Uyum — İzmir 👍", "ليلى الحسن", "Uzman 🧑‍💼"):
        assert expected in text
    assert "Broken  text with  controls" in text and "and more" in text
    assert not any(ch in text for ch in "\x00\x01\x02\x08\x0b\x1f\ufffe")
    assert len(text) > 100_000

    arabic = next(p for p in document.paragraphs if p.text == ARABIC)
    ppr = arabic._p.pPr
    assert ppr.find(f"{W}bidi") is not None, "an Arabic paragraph runs right to left"
    assert ppr.find(f"{W}jc") is None, "and is not forced to the right"
    assert all(r._r.find(f"{W}rPr/{W}rtl") is not None for r in arabic.runs)
    turkish = next(p for p in document.paragraphs if p.text == TURKISH)
    assert turkish._p.pPr.find(f"{W}bidi") is None
    cells = [c for t in document.tables for row in t.rows for c in row.cells if c.text.startswith("ليلى")]
    assert cells and cells[0].paragraphs[0]._p.pPr.find(f"{W}bidi") is not None
    statement = next(p for p in document.paragraphs if p.text.startswith("UNICEF — "))
    assert statement._p.pPr.find(f"{W}bidi") is None, "a Latin paragraph quoting Arabic stays left to right"
    assert any(r._r.find(f"{W}rPr/{W}rtl") is not None for r in statement.runs)


def test_one_run_per_line_in_long_multi_line_paragraphs(ctx: ServiceContext, hostile: str, tmp_path: Path) -> None:
    document = open_docx(export_meeting(ctx, hostile, tmp_path / "hostile.docx"))
    long = next(p for p in document.paragraphs if p.text.startswith("Line 0 of the long statement"))
    assert long.text.count("\n") == 1999
    assert len(long.runs) == 2000
    assert all(len(r._r.findall(f"{W}br")) <= 1 for r in long.runs)


@pytest.mark.usefixtures("qapp")  # not a QGuiApplication of the exporter's: later widget tests need theirs
def test_pdf_export_of_hostile_text(ctx: ServiceContext, hostile: str, tmp_path: Path) -> None:
    path = export_meeting(ctx, hostile, tmp_path / "hostile.pdf", "tr")
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert pdf_pages(data) > 20


def pdf_pages(data: bytes) -> int:
    import re

    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def test_the_model_never_hands_invalid_xml_to_a_renderer(ctx: ServiceContext, hostile: str) -> None:
    from unnm_desktop.export.builder import build_document
    from unnm_desktop.export.model import Para
    from unnm_desktop.services.minutes.verification import minutes_source

    document = build_document(minutes_source(ctx, hostile).content, lang="en", signed=None)
    texts: list[str] = []
    for block in document.blocks:
        if isinstance(block, Para):
            texts.append(block.text)
        else:
            for row in block.rows:
                for cell in row:
                    texts.extend([cell] if isinstance(cell, str) else [p.text for p in cell])
    bad = [t for t in texts if any(ord(ch) < 32 and ch not in "\n\t" for ch in t) or "\ufffe" in t]
    assert not bad

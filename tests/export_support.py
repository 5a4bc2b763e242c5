"""Shared helpers of the export tests: reading and changing .docx files (fixtures: export_fixtures.py)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.document import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.meeting.meetings import resolve_meeting

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def meeting_id(ctx: ServiceContext, reference: str) -> str:
    return resolve_meeting(ctx, reference)


def blocks(document: Document) -> list[Paragraph | Table]:
    """Top-level paragraphs and tables of the body, in order."""
    found: list[Paragraph | Table] = []
    for child in document.element.body.iterchildren():
        if child.tag == f"{W}p":
            found.append(Paragraph(child, document))
        elif child.tag == f"{W}tbl":
            found.append(Table(child, document))
    return found


def paragraphs_with_style(document: Document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style is not None and p.style.name == style]


def all_text(document: Document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def open_docx(path: Path) -> Document:
    return docx.Document(str(path))


def rewrite_part(path: Path, part: str, change) -> None:  # type: ignore[no-untyped-def]
    """Replace one part of a .docx (zip) with change(old_bytes), keeping every other part as it was."""
    with zipfile.ZipFile(path) as archive:
        entries = [(info, archive.read(info.filename)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            archive.writestr(info, change(data) if info.filename == part else data)


def read_part(path: Path, part: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(part)

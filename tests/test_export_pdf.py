"""PDF export through Qt (QtGui only): a valid A4 PDF, several pages, same sections as the Word file."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from export_support import (
    meeting_id,
)

from unnm_desktop.export import export_meeting
from unnm_desktop.export.builder import build_document
from unnm_desktop.export.pdf_render import to_html
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.minutes.verification import minutes_source
from unnm_desktop.store.address import Location

pytest_plugins = ("export_fixtures",)

# pytest-qt's application: a QGuiApplication made by the exporter would stop later widget tests from
# creating their QApplication (Qt aborts), so in-process tests that paint PDFs use the shared one.
pytestmark = pytest.mark.usefixtures("qapp")


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def test_pdf_of_signed_and_draft_minutes(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    for reference in ("UNNM-TR/2021/1", "UNNM-TR/2023/1"):
        path = export_meeting(demo_ctx, meeting_id(demo_ctx, reference), tmp_path / "minutes.pdf")
        data = path.read_bytes()
        assert data.startswith(b"%PDF-1.") and data.rstrip().endswith(b"%%EOF")
        assert pdf_pages(data) > 1
        box = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
        assert box and (round(float(box[1])), round(float(box[2]))) == (595, 842), "A4"
    assert not list(tmp_path.glob(".~*")), "no temporary file left behind"


def test_pdf_renders_the_same_sections_as_word(demo_ctx: ServiceContext) -> None:
    source = minutes_source(demo_ctx, meeting_id(demo_ctx, "UNNM-TR/2021/1"))
    model = build_document(source.content, lang="tr", signed=source.signed)
    html = to_html(model)
    positions = [
        html.index(text)
        for text in ("Katılımcılar", "1. Adoption of the agenda", "Karar UNNM-TR/2021/1/1", "Eylem maddeleri", "İmza")
    ]
    assert positions == sorted(positions)
    assert "Uzlaşı ile kabul edildi; çekinceler kayda geçirildi" in html
    assert model.short_fingerprint and model.page_label == "Sayfa {x} / {y}"


def test_pdf_export_needs_no_widgets(demo_db: Location, tmp_path: Path) -> None:
    """In a process of its own (this one has QtWidgets loaded by the GUI tests): a PDF export imports QtGui
    only, never QtWidgets."""
    out = tmp_path / "m.pdf"
    script = (
        "import sys\n"
        "from unnm_desktop.export import export_meeting\n"
        "from unnm_desktop.services.context import open_context\n"
        "from unnm_desktop.services.meeting.meetings import resolve_meeting\n"
        "from unnm_desktop.store.address import parse_location\n"
        f"with open_context(parse_location({str(demo_db)!r})) as ctx:\n"
        f"    export_meeting(ctx, resolve_meeting(ctx, 'UNNM-TR/2019/1'), {str(out)!r})\n"
        "print('PySide6.QtGui' in sys.modules, 'PySide6.QtWidgets' in sys.modules)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "False"]
    assert out.read_bytes().startswith(b"%PDF")


def test_print_preview_paints_the_same_pages_on_a_printer(demo_ctx: ServiceContext, tmp_path: Path) -> None:
    from PySide6.QtGui import QPdfWriter

    from unnm_desktop.export import paint_meeting

    writer = QPdfWriter(str(tmp_path / "printed.pdf"))
    pages = paint_meeting(demo_ctx, meeting_id(demo_ctx, "UNNM-TR/2023/1"), writer, "tr")
    del writer
    assert pages > 1 and pdf_pages((tmp_path / "printed.pdf").read_bytes()) == pages

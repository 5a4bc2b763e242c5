"""The notes are stored as Markdown made from the editor's HTML; it must read back identically."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from unnm_desktop.gui.rapporteur.html_to_markdown import html_to_markdown

DOCUMENTS = [
    "Plain paragraph.\n\nSecond paragraph.\n",
    "Para **bold**, *italic*, ***both***; literal \\*stars\\*, a\\_b, \\`tick\\`, \\[x\\] and \\<tag>.\n",
    "- item a\n- item **b**\n  - nested *one*\n  - nested two\n- item c\n\nAfter the list.\n",
    "1. first\n2. second\n   1. inner\n3. third\n",
    "# Heading\n\n## Sub-heading\n\nText.\n",
    "1986\\. was a year\n\n\\# not a heading\n\n\\- not a list\n\n\\> not a quote\n",
    "10:42 — PMM: İstanbul’da ışık, ŞĞÇÖÜ 👍🏽🇹🇷 — ليلى الحسن قالت إن البيانات مهمة.\n",
    "Line one  \nline two in the same paragraph\n",
]


@pytest.mark.parametrize("markdown", DOCUMENTS)
def test_round_trip_through_the_editor_is_exact(qapp, markdown: str) -> None:
    original = QTextDocument()
    original.setMarkdown(markdown)
    converted = html_to_markdown(original.toHtml())
    again = QTextDocument()
    again.setMarkdown(converted)
    assert again.toPlainText() == original.toPlainText()
    assert again.toHtml() == original.toHtml(), converted


def test_empty_document_gives_empty_notes(qapp) -> None:
    assert html_to_markdown(QTextDocument().toHtml()) == ""


def test_long_note_converts(qapp) -> None:
    document = QTextDocument()
    document.setMarkdown(("Göç yönetimi **veri** paragrafı. " * 40 + "\n\n") * 60)
    converted = html_to_markdown(document.toHtml())
    again = QTextDocument()
    again.setMarkdown(converted)
    assert again.toPlainText() == document.toPlainText()

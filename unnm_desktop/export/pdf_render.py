"""The document model -> PDF through Qt (QtGui only: QPdfWriter, QTextDocument, QPainter; no widgets).

The model becomes rich text for a QTextDocument laid out on A4 pages; each page is painted with a running
header (network, reference, DRAFT mark) and a footer ("Page X of Y" and, when signed off, the short
fingerprint). The same function prints to a QPrinter for the GUI's print preview.
"""

from __future__ import annotations

import os
import re
from html import escape
from pathlib import Path

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, UserFacingError
from unnm_desktop.domain.text import first_strong_is_rtl
from unnm_desktop.export import model as m
from unnm_desktop.files import atomic_write

_MARGIN_X, _MARGIN_TOP, _MARGIN_BOTTOM = 22.0, 24.0, 22.0
_BLUE, _DARK, _GREY, _RED = "#006db0", "#1f2a44", "#595959", "#c00000"
_CSS_PT = f"""
p {{ margin-top: 0; margin-bottom: 5pt; }}
p.network {{ font-size: 8.5pt; font-weight: bold; color: {_BLUE}; margin-bottom: 2pt; }}
p.title {{ font-size: 19pt; font-weight: bold; color: {_DARK}; margin-bottom: 2pt; }}
p.subtitle {{ font-size: 12.5pt; color: {_GREY}; margin-bottom: 8pt; }}
p.draft {{ font-size: 12.5pt; font-weight: bold; color: {_RED}; margin-bottom: 6pt; }}
p.heading1 {{ font-size: 12.5pt; font-weight: bold; color: {_BLUE}; margin-top: 14pt; margin-bottom: 5pt; }}
p.heading2 {{ font-size: 11pt; font-weight: bold; color: {_DARK}; margin-top: 8pt; margin-bottom: 4pt; }}
p.heading3 {{ font-size: 10.5pt; font-weight: bold; font-style: italic; color: {_DARK}; margin-top: 6pt; margin-bottom: 3pt; }}
p.list {{ margin-bottom: 3pt; }}
table.list {{ margin-bottom: 4pt; }}
p.meta {{ font-size: 9.5pt; color: {_GREY}; margin-bottom: 4pt; }}
p.decision_label {{ font-size: 10.5pt; font-weight: bold; color: {_BLUE}; margin-top: 8pt; margin-bottom: 2pt; margin-left: 9pt; }}
p.decision {{ background-color: #eef5fb; margin-left: 9pt; margin-bottom: 3pt; }}
p.decision_note {{ font-size: 9.5pt; color: {_GREY}; margin-left: 9pt; margin-bottom: 3pt; }}
p.outcome {{ font-weight: bold; margin-left: 9pt; margin-bottom: 4pt; }}
p.statement {{ font-size: 10pt; margin-left: 18pt; margin-bottom: 3pt; }}
p.small {{ font-size: 8.5pt; color: {_GREY}; margin-top: 4pt; margin-bottom: 4pt; }}
p.cell, p.cell_header {{ font-size: 9.5pt; margin-bottom: 0; }}
p.cell_header {{ font-weight: bold; }}
p.signature {{ margin-bottom: 7pt; }}
"""


def _css(pixels_per_point: float, horizontal_per_point: float) -> str:
    """Qt's rich text takes font sizes in points; vertical margins in CSS pixels (1/96 inch), which it scales
    to the device; horizontal margins and indents in pixels of the layout device itself."""

    def length(match: re.Match[str]) -> str:
        factor = pixels_per_point if match.group(1) in ("margin-top", "margin-bottom") else horizontal_per_point
        return f"{match.group(1)}: {float(match.group(2)) * factor:.0f}px"

    return re.sub(r"(margin-[a-z]+|text-indent): (-?[\d.]+)pt", length, _CSS_PT)


def _ensure_application() -> None:
    """Qt needs an application for fonts. The GUI has its QApplication already; the CLI gets an offscreen
    QGuiApplication here. (A process that will show widgets later must create its QApplication first.)"""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _ensure_application.app = QGuiApplication([])  # type: ignore[attr-defined]


def to_html(model: m.MinutesDocument, pixels_per_point: float = 1.0, horizontal_per_point: float = 1.0) -> str:
    parts = ["<html><body>"]
    blocks = model.blocks
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if isinstance(block, m.Table):
            parts.append(_table(block, pixels_per_point))
        elif block.role == m.LIST:
            end = index
            while end < len(blocks) and isinstance(blocks[end], m.Para) and blocks[end].role == m.LIST:  # type: ignore[union-attr]
                end += 1
            parts.append(_list(blocks[index:end], pixels_per_point, horizontal_per_point))  # type: ignore[arg-type]
            index = end
            continue
        else:
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            whole = isinstance(following, m.Table) and following.kind == m.PLAIN  # e.g. the signature block
            parts.append(_paragraph(block, pixels_per_point, keep_whole_table=whole))
        index += 1
    parts.append("</body></html>")
    return "".join(parts)


def _spans(spans: list[m.Span]) -> str:
    out = []
    for span in spans:
        if span is m.BREAK or span.text == "\n":
            out.append("<br/>")
            continue
        text = escape(span.text, quote=False).replace("\n", "<br/>").replace("\t", "&nbsp;&nbsp;&nbsp;&nbsp;")
        if span.bold:
            text = f"<b>{text}</b>"
        if span.italic:
            text = f"<i>{text}</i>"
        out.append(text)
    return "".join(out)


_KEEP_WITH_NEXT = frozenset({m.HEADING1, m.HEADING2, m.HEADING3, m.DECISION_LABEL})


def _paragraph(para: m.Para, pixels_per_point: float, *, keep_whole_table: bool = False) -> str:
    attributes = f' class="{para.role}"'
    if any("\u0590" <= ch <= "\u08ff" for span in para.spans for ch in span.text) and first_strong_is_rtl(para.text):
        attributes += ' dir="rtl"'
    if para.role in _KEEP_WITH_NEXT:  # marked for _keep_headings_with_next: 2 = with the whole table after it
        attributes += f' style="-qt-user-state: {2 if keep_whole_table else 1};"'
    return f"<p{attributes}>{_spans(para.spans) or '&nbsp;'}</p>"


def _list(items: list[m.Para], pixels_per_point: float, horizontal_per_point: float) -> str:
    """List items as rows of a borderless table (marker | text): Qt has no hanging indent for our own markers."""
    marker_width = 20 * pixels_per_point
    parts = []
    level = None
    for item in items:
        if item.level != level:
            if level is not None:
                parts.append("</table>")
            level = item.level
            margin = (4 + level * 18) * horizontal_per_point
            parts.append(
                f'<table class="list" cellspacing="0" cellpadding="0" style="margin-left: {margin:.0f}px; margin-top: {2 * pixels_per_point:.0f}px; margin-bottom: {5 * pixels_per_point:.0f}px;">'
            )
        text = _paragraph(m.Para(m.LIST, item.spans), pixels_per_point)
        marker = escape(item.marker) or "&nbsp;"
        parts.append(f'<tr><td width="{marker_width:.0f}"><p class="list">{marker}</p></td><td>{text}</td></tr>')
    parts.append("</table>")
    return "".join(parts)


def _table(table: m.Table, pixels_per_point: float) -> str:
    total = sum(table.widths) or 1.0
    widths = [f"{100 * w / total:.0f}%" for w in table.widths]
    ruled = table.kind == m.GRID
    border = ' border="1" style="border-color: #a6a6a6; border-style: solid; border-collapse: collapse;"'
    padding = (4 if ruled else 2) * pixels_per_point
    parts = [f'<table width="100%" cellspacing="0" cellpadding="{padding:.0f}"{border if ruled else ""}>']
    if table.header:
        parts.append("<thead><tr>")
        for width, text in zip(widths, table.header, strict=False):
            parts.append(f'<td width="{width}" bgcolor="#dce9f5"><p class="cell_header">{escape(text)}</p></td>')
        parts.append("</tr></thead>")
    for row in table.rows:
        parts.append("<tr>")
        for width, cell in zip(widths, row, strict=False):
            paragraphs = cell if isinstance(cell, list) else [m.Para(m.CELL, [m.Span(str(cell))] if cell else [])]
            inner = "".join(_paragraph(p, pixels_per_point) for p in paragraphs) or "&nbsp;"
            parts.append(f'<td width="{width}">{inner}</td>')
        parts.append("</tr>")
    parts.append("</table>")
    return "".join(parts)


def paint(model: m.MinutesDocument, device: object) -> int:
    """Lay the minutes out on `device` (a QPdfWriter or QPrinter, A4) and paint every page; returns pages."""
    from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QPageLayout, QPageSize, QPainter, QTextDocument

    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # type: ignore[attr-defined]
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)  # type: ignore[attr-defined]
    scale = device.resolution() / 25.4  # type: ignore[attr-defined]
    page_w, page_h = 210 * scale, 297 * scale
    body = QRectF(_MARGIN_X * scale, _MARGIN_TOP * scale, page_w - 2 * _MARGIN_X * scale, 0)
    body.setHeight(page_h - _MARGIN_TOP * scale - _MARGIN_BOTTOM * scale)

    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)  # type: ignore[arg-type]
    font = QFont("Arial")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(10.5)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    pixels_per_point = 96 / 72  # Qt scales CSS pixels (1/96 inch) to the device itself
    horizontal = device.resolution() / 72  # type: ignore[attr-defined]
    document.setDefaultStyleSheet(_css(pixels_per_point, horizontal))
    document.setHtml(to_html(model, pixels_per_point, horizontal))
    document.setPageSize(QSizeF(body.width(), body.height()))
    _keep_headings_with_next(document, body.height(), 4 * font.pointSizeF() * device.resolution() / 72)  # type: ignore[attr-defined]
    pages = document.pageCount()

    painter = QPainter()
    if not painter.begin(device):  # type: ignore[arg-type]
        raise UserFacingError(QT_TRANSLATE_NOOP("Errors", "The PDF file could not be opened for writing."))
    small = QFont(font)
    small.setPointSizeF(8)
    try:
        for index in range(pages):
            if index:
                device.newPage()  # type: ignore[attr-defined]
            painter.save()
            painter.translate(body.left(), body.top() - index * body.height())
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, index * body.height(), body.width(), body.height())
            painter.setClipRect(context.clip)
            document.documentLayout().draw(painter, context)
            painter.restore()
            painter.setFont(small)
            painter.setPen(Qt.GlobalColor.darkGray)
            top = QRectF(body.left(), 10 * scale, body.width(), 6 * scale)
            network, _, reference = model.header_text.partition("\t")
            painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), network)
            painter.drawText(top, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), reference)
            painter.drawLine(QPointF(body.left(), 16.5 * scale), QPointF(body.right(), 16.5 * scale))
            if model.draft_mark:
                bold = QFont(small)
                bold.setBold(True)
                painter.setFont(bold)
                painter.setPen(Qt.GlobalColor.darkRed)
                mark = QRectF(body.left(), 17 * scale, body.width(), 5 * scale)
                painter.drawText(mark, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), model.draft_mark)
                painter.setFont(small)
                painter.setPen(Qt.GlobalColor.darkGray)
            footer_y = page_h - 14 * scale
            painter.drawLine(QPointF(body.left(), footer_y), QPointF(body.right(), footer_y))
            text = model.page_label.format(x=index + 1, y=pages)
            if model.short_fingerprint:
                text += f"   ·   {model.fingerprint_label}: {model.short_fingerprint}"
            line = QRectF(body.left(), footer_y + 1 * scale, body.width(), 6 * scale)
            painter.drawText(line, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), text)
    finally:
        painter.end()
    return pages


def _keep_headings_with_next(document: object, page_height: float, room: float) -> int:
    """Qt has no keep-with-next: a heading that would end a page (less than `room` below it, or the whole table
    after it for state 2) starts the next one. Returns how many headings moved."""
    from PySide6.QtGui import QTextCursor, QTextFormat

    layout = document.documentLayout()  # type: ignore[attr-defined]
    block = document.begin()  # type: ignore[attr-defined]
    moved = 0
    while block.isValid():
        state = block.userState()
        if state in (1, 2):
            rect = layout.blockBoundingRect(block)
            offset = rect.top() % page_height
            table = QTextCursor(block.next()).currentTable() if state == 2 and block.next().isValid() else None
            need = layout.frameBoundingRect(table).height() if table is not None else room
            if offset > 0 and page_height - offset < rect.height() + min(need, page_height / 2):
                block_format = block.blockFormat()
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(block_format)
                # lay out again from here before measuring the next heading (incremental layout is stale)
                document.markContentsDirty(block.position(), document.characterCount() - block.position())  # type: ignore[attr-defined]
                document.pageCount()  # type: ignore[attr-defined]
                moved += 1
        block = block.next()
    return moved


def write_pdf(model: m.MinutesDocument, target: Path) -> Path:
    _ensure_application()
    from PySide6.QtGui import QPdfWriter

    def write(temporary: Path) -> None:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(300)
        writer.setTitle(f"{model.title} ({model.reference})")
        writer.setCreator(f"UNNM Desktop — {model.network}")
        paint(model, writer)
        del writer  # closes the file

    return atomic_write(target, write)

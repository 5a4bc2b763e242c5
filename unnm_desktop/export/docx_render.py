"""The document model -> a Word document (python-docx) on the minutes template, A4.

Paragraphs and tables are built as WordprocessingML elements with style ids resolved once per export (a
style missing from a user's template falls back, see `docx_parts.PARAGRAPH_STYLES`): no per-paragraph
style lookup by name, no `table.cell()`. One run per line; Arabic paragraphs get `<w:bidi/>` and their
right-to-left runs `<w:rtl/>`, without right alignment.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from docx.shared import Cm
from lxml.etree import SubElement, _Element

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, UserFacingError
from unnm_desktop.domain.text import first_strong_is_rtl
from unnm_desktop.export import docx_parts
from unnm_desktop.export.model import BREAK, CELL, CELL_HEADER, GRID, LIST, MinutesDocument, Para, Span, Table
from unnm_desktop.resources import resource_path

_TAGS = "p pPr pStyle bidi spacing ind r rPr b bCs i iCs rtl t tab br tbl tblPr tblStyle tblW tblLayout"
_TAGS += " tblLook tblGrid gridCol tr trPr tblHeader cantSplit tc tcPr tcW shd keepNext color tblBorders top left bottom right insideH insideV lang"
_W = {name: qn(f"w:{name}") for name in _TAGS.split()}
_VAL, _WIDTH, _TYPE = qn("w:val"), qn("w:w"), qn("w:type")
_SPACE = qn("xml:space")
_RTL_CHAR = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_RTL_RUN = re.compile(f"{_RTL_CHAR.pattern}+(?:[\\s\\d.,:;!?()\u060c\u061b\u061f-]+{_RTL_CHAR.pattern}+)*")
# In a right-to-left paragraph everything but left-to-right words (Latin, Greek, Cyrillic) runs right to left.
_LTR_RUN = re.compile(
    "[A-Za-z\u00c0-\u02af\u0370-\u04ff\u1e00-\u1eff]+(?:[\\s\\d.,:;'’()-]+[A-Za-z\u00c0-\u02af\u0370-\u04ff\u1e00-\u1eff]+)*"
)
_LIST_INDENT = 360  # twips per nesting level
_HEADER_FILL = "DCE9F5"


def default_template() -> Path:
    return resource_path("templates", "minutes.docx")


def open_template(template: Path | None) -> Document:
    path = Path(template) if template else default_template()
    try:
        return docx.Document(str(path)) if path.is_file() or template else docx.Document()
    except Exception as error:  # python-docx raises several kinds for a file that is not a Word document
        raise UserFacingError(
            QT_TRANSLATE_NOOP(
                "Errors", "The template {path} cannot be used ({reason}); choose a .docx file made in Word."
            ),
            path=path,
            reason=error,
        ) from None


def render(model: MinutesDocument, template: Path | None = None) -> Document:
    """The minutes as a python-docx Document (not yet saved)."""
    document = open_template(template)
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    for section in document.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section = document.sections[-1]
    text_width = int(section.page_width.twips - section.left_margin.twips - section.right_margin.twips)
    styles, table_styles = docx_parts.resolve_styles(document)
    writer = _Writer(styles, table_styles, text_width)
    sect_pr = body.sectPr
    body.remove(sect_pr)
    blocks = model.blocks
    for index, block in enumerate(blocks):
        if isinstance(block, Para):
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            ends_list = block.role == LIST and not (isinstance(following, Para) and following.role == LIST)
            body.append(writer.paragraph(block, ends_list=ends_list))
        else:
            body.append(writer.table(block))
    body.append(sect_pr)
    _header_and_footer(document, model, writer)
    docx_parts.set_properties(document, model)
    return document


class _Writer:
    def __init__(self, styles: dict[str, str | None], table_styles: dict[str, str | None], text_width: int) -> None:
        self.styles = styles
        self.table_styles = table_styles
        self.text_width = text_width

    def paragraph(self, para: Para, *, ends_list: bool = False) -> _Element:
        p = OxmlElement("w:p")
        ppr = SubElement(p, _W["pPr"])
        style_id = self.styles.get(para.role)
        if style_id:
            SubElement(ppr, _W["pStyle"]).set(_VAL, style_id)
        rtl = any(_RTL_CHAR.search(span.text) for span in para.spans)
        paragraph_rtl = rtl and first_strong_is_rtl(para.text)
        if paragraph_rtl:
            SubElement(ppr, _W["bidi"])
        if ends_list:
            SubElement(ppr, _W["spacing"]).set(qn("w:after"), "120")
        if para.role == LIST:
            indent = SubElement(ppr, _W["ind"])
            indent.set(qn("w:left"), str(_LIST_INDENT * (para.level + 1)))
            indent.set(qn("w:hanging"), str(_LIST_INDENT))
        if para.marker:
            run = SubElement(p, _W["r"])
            self._text(run, para.marker)
            SubElement(run, _W["tab"])
        self.runs(p, para.spans, rtl, paragraph_rtl)
        return p

    def runs(self, p: _Element, spans: list[Span], rtl: bool = False, paragraph_rtl: bool = False) -> None:
        last = None
        for span in spans:
            if span is BREAK or span.text == "\n":
                SubElement(last if last is not None else SubElement(p, _W["r"]), _W["br"])
                last = None
                continue
            lines = span.text.split("\n") if "\n" in span.text else (span.text,)
            for index, line in enumerate(lines):
                if index:
                    SubElement(last if last is not None else SubElement(p, _W["r"]), _W["br"])
                    last = None
                pieces = _rtl_pieces(line, paragraph_rtl) if rtl else ((line, False),)
                for text, right_to_left in pieces:
                    if text:
                        last = self._run(p, text, span.bold, span.italic, right_to_left)

    def _run(self, p: _Element, text: str, bold: bool, italic: bool, rtl: bool) -> _Element:
        run = SubElement(p, _W["r"])
        if bold or italic or rtl:
            rpr = SubElement(run, _W["rPr"])
            if bold:
                SubElement(rpr, _W["b"])
                if rtl:
                    SubElement(rpr, _W["bCs"])
            if italic:
                SubElement(rpr, _W["i"])
                if rtl:
                    SubElement(rpr, _W["iCs"])
            if rtl:
                SubElement(rpr, _W["rtl"])
        self._text(run, text)
        return run

    @staticmethod
    def _text(run: _Element, text: str) -> None:
        for index, piece in enumerate(text.split("\t") if "\t" in text else (text,)):
            if index:
                SubElement(run, _W["tab"])
            if piece:
                element = SubElement(run, _W["t"])
                element.text = piece
                if piece[0] == " " or piece[-1] == " ":
                    element.set(_SPACE, "preserve")

    def table(self, table: Table) -> _Element:
        tbl = OxmlElement("w:tbl")
        tblpr = SubElement(tbl, _W["tblPr"])
        style_id = self.table_styles.get(table.kind)
        if style_id:
            SubElement(tblpr, _W["tblStyle"]).set(_VAL, style_id)
        width = SubElement(tblpr, _W["tblW"])
        width.set(_WIDTH, "5000")
        width.set(_TYPE, "pct")
        if table.kind == GRID and not style_id:
            _borders(tblpr)
        SubElement(tblpr, _W["tblLayout"]).set(_TYPE, "fixed")
        look = SubElement(tblpr, _W["tblLook"])
        look.set(_VAL, "04A0" if table.header else "0000")
        total = sum(table.widths) or 1.0
        widths = [str(int(self.text_width * w / total)) for w in table.widths]
        grid = SubElement(tbl, _W["tblGrid"])
        for w in widths:
            SubElement(grid, _W["gridCol"]).set(_WIDTH, w)
        if table.header:
            self._row(tbl, widths, [[Para(CELL_HEADER, [Span(h)])] for h in table.header], header=True)
        for row in table.rows:
            self._row(tbl, widths, row, header=False)
        return tbl

    def _row(self, tbl: _Element, widths: list[str], cells: list[object], *, header: bool) -> None:
        tr = SubElement(tbl, _W["tr"])
        trpr = SubElement(tr, _W["trPr"])
        SubElement(trpr, _W["cantSplit"])
        if header:
            SubElement(trpr, _W["tblHeader"])
        for width, cell in zip(widths, cells, strict=False):
            tc = SubElement(tr, _W["tc"])
            tcpr = SubElement(tc, _W["tcPr"])
            tcw = SubElement(tcpr, _W["tcW"])
            tcw.set(_WIDTH, width)
            tcw.set(_TYPE, "dxa")
            if header:
                shd = SubElement(tcpr, _W["shd"])
                shd.set(_VAL, "clear")
                shd.set(qn("w:color"), "auto")
                shd.set(qn("w:fill"), _HEADER_FILL)
            paragraphs = cell if isinstance(cell, list) else [Para(CELL, [Span(str(cell))] if cell else [])]
            for para in paragraphs or [Para(CELL, [])]:
                tc.append(self.paragraph(para))


def _rtl_pieces(text: str, paragraph_rtl: bool) -> list[tuple[str, bool]]:
    """Split a line into (text, right_to_left) pieces, so that Arabic runs carry `<w:rtl/>`."""
    pieces: list[tuple[str, bool]] = []
    position = 0
    pattern = _LTR_RUN if paragraph_rtl else _RTL_RUN
    for match in pattern.finditer(text):
        pieces.append((text[position : match.start()], paragraph_rtl))
        pieces.append((match.group(0), not paragraph_rtl))
        position = match.end()
    pieces.append((text[position:], paragraph_rtl))
    return pieces


def _borders(tblpr: _Element) -> None:
    borders = SubElement(tblpr, _W["tblBorders"])
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = SubElement(borders, _W[side])
        edge.set(_VAL, "single")
        edge.set(qn("w:sz"), "4")
        edge.set(qn("w:color"), "A6A6A6")


def _reusable_paragraph(part: object) -> _Element:
    """The part's last paragraph if it is empty (as in our template), else a new one."""
    element = part._element  # type: ignore[attr-defined]
    paragraphs = element.findall(_W["p"])
    last = paragraphs[-1] if paragraphs else None
    if last is not None and not last.findall(f".//{_W['r']}"):
        return last
    p = OxmlElement("w:p")
    element.append(p)
    return p


def _set_style(p: _Element, style_id: str | None) -> None:
    ppr = p.find(_W["pPr"])
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        p.insert(0, ppr)
    if style_id and ppr.find(_W["pStyle"]) is None:
        ppr.insert(0, OxmlElement("w:pStyle", {_VAL: style_id}))


def _header_and_footer(document: Document, model: MinutesDocument, writer: _Writer) -> None:
    section = document.sections[-1]
    header = _reusable_paragraph(section.header)
    _set_style(header, writer.styles["header"])
    writer.runs(header, [Span(model.header_text)])
    if model.draft_mark:
        mark = OxmlElement("w:p")
        header.addnext(mark)
        _set_style(mark, writer.styles["header_draft"])
        run = writer._run(mark, model.draft_mark, True, False, False)
        SubElement(run.find(_W["rPr"]), _W["color"]).set(_VAL, "C00000")
    footer = _reusable_paragraph(section.footer)
    _set_style(footer, writer.styles["footer"])
    docx_parts.add_field_runs(footer, model.page_label)
    if model.short_fingerprint:
        writer.runs(footer, [Span(f"   ·   {model.fingerprint_label}: {model.short_fingerprint}")])


def write_docx(model: MinutesDocument, target: Path, template: Path | None = None) -> Path:
    from unnm_desktop.files import atomic_write

    document = render(model, template)
    return atomic_write(target, lambda temporary: document.save(str(temporary)))

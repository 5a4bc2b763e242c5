"""Build resources/templates/minutes.docx, the Word template of the exported minutes.

    python packaging/make_template.py [OUT]

A4, Arial, named styles the exporter uses (see unnm_desktop/export/docx_parts.py: PARAGRAPH_STYLES):
Title, Subtitle, Heading 1-3, "Network", "Draft Mark", "Minutes Body", "Minutes List", "Minutes Meta",
"Decision Label", "Decision", "Decision Note", "Outcome", "Statement", "Minutes Small", "Table Text", "Table Heading",
"Signature", Header, "Header Draft", Footer, and the table styles "Minutes Table" (ruled) and
"Minutes Plain Table". The header and footer each hold one empty paragraph that the exporter fills.
A user's own template (letterhead) may lack any of these: the exporter falls back to the next best style.
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from docx.shared import Cm, Pt, RGBColor

FONT = "Arial"
UN_BLUE = RGBColor(0x00, 0x6D, 0xB0)
DARK = RGBColor(0x1F, 0x2A, 0x44)
GREY = RGBColor(0x59, 0x59, 0x59)
RED = RGBColor(0xC0, 0x00, 0x00)
TEXT_WIDTH = Cm(21.0 - 2 * 2.2)
ROOT = Path(__file__).resolve().parent.parent


def set_fonts(element, size: float | None = None) -> None:  # type: ignore[no-untyped-def]
    """Explicit Arial for Latin, complex-script (Arabic) and East Asian text; no theme fonts."""
    rpr = element.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        element.append(rpr)
    for old in rpr.findall(qn("w:rFonts")):
        rpr.remove(old)
    fonts = OxmlElement("w:rFonts")
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    rpr.insert(0, fonts)
    if size is not None:
        for tag in ("w:sz", "w:szCs"):
            for old in rpr.findall(qn(tag)):
                rpr.remove(old)
            value = OxmlElement(tag)
            value.set(qn("w:val"), str(int(size * 2)))
            rpr.append(value)


def border(ppr, side: str, color: str, size: int, space: int) -> None:  # type: ignore[no-untyped-def]
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        # w:pBdr goes after w:keepNext/w:keepLines/w:pageBreakBefore/w:widowControl, before spacing
        anchor = ppr.find(qn("w:spacing"))
        if anchor is not None:
            anchor.addprevious(borders)
        else:
            ppr.append(borders)
    edge = OxmlElement(f"w:{side}")
    for key, value in (("w:val", "single"), ("w:sz", str(size)), ("w:space", str(space)), ("w:color", color)):
        edge.set(qn(key), value)
    borders.append(edge)


def paragraph_style(doc, name: str, base: str | None = "Normal", **options):  # type: ignore[no-untyped-def]
    styles = doc.styles
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    if base and name != base:
        style.base_style = styles[base]
    style.quick_style = True
    pf, font = style.paragraph_format, style.font
    pf.space_before = Pt(options.get("before", 0))
    pf.space_after = Pt(options.get("after", 6))
    pf.line_spacing = options.get("line", 1.1)
    pf.keep_with_next = True if options.get("keep") else None
    pf.left_indent = Cm(options.get("indent", 0))
    pf.alignment = options.get("align")  # none: bidi (Arabic) paragraphs then run from the right on their own
    font.bold = options.get("bold", False)
    font.italic = options.get("italic", False)
    font.all_caps = options.get("caps", False)
    font.color.rgb = options.get("color", RGBColor(0, 0, 0))
    set_fonts(style.element, options.get("size", 10.5))
    ppr = style.element.get_or_add_pPr()
    for old in ppr.findall(qn("w:pBdr")):
        ppr.remove(old)
    for side, color, size, space in options.get("borders", ()):
        border(ppr, side, color, size, space)
    if "shade" in options:
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), options["shade"])
        anchor = ppr.find(qn("w:spacing"))
        if anchor is not None:
            anchor.addprevious(shd)
        else:
            ppr.append(shd)
    return style


def table_style(doc, name: str, *, ruled: bool):  # type: ignore[no-untyped-def]
    style = doc.styles.add_style(name, WD_STYLE_TYPE.TABLE)
    style.base_style = doc.styles["Normal Table"]
    style.quick_style = True
    tblpr = OxmlElement("w:tblPr")
    if ruled:
        borders = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            edge = OxmlElement(f"w:{side}")
            for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "A6A6A6")):
                edge.set(qn(key), value)
            borders.append(edge)
        tblpr.append(borders)
    margins = OxmlElement("w:tblCellMar")
    for side, width in (("top", 40), ("left", 85), ("bottom", 40), ("right", 85)):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:w"), str(width))
        edge.set(qn("w:type"), "dxa")
        margins.append(edge)
    tblpr.append(margins)
    style.element.append(tblpr)
    return style


def build(out: Path) -> None:
    doc = docx.Document()
    package = doc.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
            del package.rels[rid]
    # python-docx's default has ~100 table styles and a Word 2010 copy of all styles: 800 kB of XML that every
    # export would parse and write again. Keep what the minutes use.
    for rid, rel in list(doc.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects") or rel.reltype == RELATIONSHIP_TYPE.CUSTOM_XML:
            del doc.part.rels[rid]
    keep_tables = {"Normal Table", "Table Grid"}
    for style in list(doc.styles):
        if style.type == WD_STYLE_TYPE.TABLE and style.name not in keep_tables:
            style.element.getparent().remove(style.element)
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)

    defaults = doc.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}")
    set_fonts(defaults, 10.5)

    paragraph_style(doc, "Normal", None, after=6)
    paragraph_style(doc, "Network", size=9.5, color=UN_BLUE, bold=True, after=2)
    paragraph_style(doc, "Title", size=20, bold=True, color=DARK, after=2, line=1.0)
    paragraph_style(doc, "Subtitle", size=13, color=GREY, after=10)
    paragraph_style(
        doc,
        "Draft Mark",
        size=13,
        bold=True,
        color=RED,
        after=8,
        borders=[("top", "C00000", 8, 2), ("bottom", "C00000", 8, 2)],
    )
    paragraph_style(
        doc,
        "Heading 1",
        size=13,
        bold=True,
        color=UN_BLUE,
        before=16,
        after=6,
        keep=True,
        borders=[("bottom", "9DC3E6", 4, 1)],
    )
    paragraph_style(doc, "Heading 2", size=11, bold=True, color=DARK, before=10, after=4, keep=True)
    paragraph_style(doc, "Heading 3", size=10.5, bold=True, italic=True, color=DARK, before=8, after=3, keep=True)
    paragraph_style(doc, "Minutes Body", after=6)
    paragraph_style(doc, "Minutes List", "Minutes Body", after=3)
    paragraph_style(doc, "Minutes Meta", "Minutes Body", size=9.5, color=GREY, after=4)
    paragraph_style(
        doc, "Decision Label", "Minutes Body", bold=True, color=UN_BLUE, before=8, after=2, keep=True, indent=0.3
    )
    paragraph_style(
        doc,
        "Decision",
        "Minutes Body",
        indent=0.3,
        after=3,
        keep=True,
        shade="EEF5FB",
        borders=[("left", "006DB0", 18, 6)],
    )
    paragraph_style(doc, "Outcome", "Minutes Body", indent=0.3, bold=True, after=4)
    paragraph_style(doc, "Statement", "Minutes Body", size=10, indent=0.6, after=3)
    paragraph_style(doc, "Minutes Small", "Minutes Body", size=8.5, color=GREY, before=3, after=4)
    paragraph_style(doc, "Decision Note", "Minutes Body", size=9.5, color=GREY, indent=0.3, after=3)
    paragraph_style(doc, "Table Text", "Normal", size=9.5, after=0, line=1.0)
    paragraph_style(doc, "Table Heading", "Table Text", size=9.5, bold=True, line=1.0, after=0)
    paragraph_style(doc, "Signature", "Minutes Body", after=4)
    header = paragraph_style(doc, "Header", None, size=8.5, color=GREY, after=0, borders=[("bottom", "BFBFBF", 4, 4)])
    header.paragraph_format.tab_stops.clear_all()
    header.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    paragraph_style(doc, "Header Draft", None, size=8.5, bold=True, color=RED, after=0, align=WD_ALIGN_PARAGRAPH.RIGHT)
    footer = paragraph_style(
        doc,
        "Footer",
        None,
        size=8.5,
        color=GREY,
        after=0,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        borders=[("top", "BFBFBF", 4, 4)],
    )
    footer.paragraph_format.tab_stops.clear_all()
    table_style(doc, "Minutes Table", ruled=True)
    table_style(doc, "Minutes Plain Table", ruled=False)

    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.0)
    section.header_distance = section.footer_distance = Cm(1.0)
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    section.header.paragraphs[0].style = doc.styles["Header"]
    section.footer.paragraphs[0].style = doc.styles["Footer"]

    core = doc.core_properties
    core.title = "UNNM minutes template"
    core.author = "UNNM Desktop"
    core.comments = "Template of the minutes exported by UNNM Desktop; built by packaging/make_template.py."
    core.revision = 1
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(out))
    print(f"wrote {out}")


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "templates" / "minutes.docx")

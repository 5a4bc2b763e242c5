"""The parts of a .docx that python-docx has no API for: custom properties, PAGE/NUMPAGES fields, and styles
that may be missing from a user's template.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from xml.sax.saxutils import escape

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from lxml import etree
from lxml.etree import SubElement

from unnm_desktop import __version__
from unnm_desktop.export import model
from unnm_desktop.export.docx_text import CUSTOM_NS, PROPERTY_PREFIX, VT_NS
from unnm_desktop.export.model import MinutesDocument

_LANGUAGE_TAGS = {"en": "en-GB", "tr": "tr-TR"}

_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"

# Each role's style, then its fallbacks; None = the template's default paragraph style.
PARAGRAPH_STYLES: dict[str, tuple[str, ...]] = {
    model.NETWORK: ("Network", "Subtitle", "Minutes Body"),
    model.TITLE: ("Title", "Heading 1"),
    model.SUBTITLE: ("Subtitle", "Heading 2"),
    model.DRAFT_MARK: ("Draft Mark", "Intense Quote", "Heading 2"),
    model.HEADING1: ("Heading 1",),
    model.HEADING2: ("Heading 2", "Heading 1"),
    model.HEADING3: ("Heading 3", "Heading 2"),
    model.BODY: ("Minutes Body", "Body Text"),
    model.LIST: ("Minutes List", "List Paragraph", "Minutes Body"),
    model.META: ("Minutes Meta", "Minutes Body"),
    model.DECISION_LABEL: ("Decision Label", "Heading 3"),
    model.DECISION: ("Decision", "Quote", "Minutes Body"),
    model.DECISION_NOTE: ("Decision Note", "Minutes Meta", "Minutes Body"),
    model.OUTCOME: ("Outcome", "Decision", "Minutes Body"),
    model.STATEMENT: ("Statement", "Minutes Body"),
    model.SMALL: ("Minutes Small", "Caption", "Minutes Body"),
    model.CELL: ("Table Text", "No Spacing"),
    model.CELL_HEADER: ("Table Heading", "Table Text", "No Spacing"),
    model.SIGNATURE: ("Signature", "Minutes Body"),
    "header": ("Header",),
    "header_draft": ("Header Draft", "Header"),
    "footer": ("Footer",),
}
TABLE_STYLES: dict[str, tuple[str, ...]] = {
    model.GRID: ("Minutes Table", "Table Grid"),
    model.PLAIN: ("Minutes Plain Table", "Normal Table"),
}


def resolve_styles(document: Document) -> tuple[dict[str, str | None], dict[str, str | None]]:
    """Role -> style id present in this document (first of the candidates found), read once per export."""
    by_type: dict[WD_STYLE_TYPE, dict[str, str]] = {WD_STYLE_TYPE.PARAGRAPH: {}, WD_STYLE_TYPE.TABLE: {}}
    for style in document.styles:
        names = by_type.get(style.type)
        if names is not None and style.name:
            names[style.name.lower()] = style.style_id

    def pick(candidates: tuple[str, ...], kind: WD_STYLE_TYPE) -> str | None:
        for name in candidates:
            found = by_type[kind].get(name.lower())
            if found:
                return found
        return None

    paragraph = {role: pick(names, WD_STYLE_TYPE.PARAGRAPH) for role, names in PARAGRAPH_STYLES.items()}
    table = {kind: pick(names, WD_STYLE_TYPE.TABLE) for kind, names in TABLE_STYLES.items()}
    return paragraph, table


def add_field_runs(paragraph: etree._Element, label: str, run_properties: etree._Element | None = None) -> None:
    """Write "Page {x} of {y}" as text runs around real PAGE and NUMPAGES fields."""
    for piece in re.split(r"(\{x\}|\{y\})", label):
        if piece == "{x}":
            _field(paragraph, "PAGE", run_properties)
        elif piece == "{y}":
            _field(paragraph, "NUMPAGES", run_properties)
        elif piece:
            _run(paragraph, run_properties).append(_text(piece))


def _run(paragraph: etree._Element, run_properties: etree._Element | None) -> etree._Element:
    run = OxmlElement("w:r")
    if run_properties is not None:
        run.append(_copy(run_properties))
    paragraph.append(run)
    return run


def _copy(element: etree._Element) -> etree._Element:
    return etree.fromstring(etree.tostring(element))


def _text(value: str) -> etree._Element:
    element = OxmlElement("w:t")
    element.text = value
    if value != value.strip():
        element.set(qn("xml:space"), "preserve")
    return element


def _field(paragraph: etree._Element, instruction: str, run_properties: etree._Element | None) -> None:
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    _run(paragraph, run_properties).append(begin)
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    _run(paragraph, run_properties).append(code)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    _run(paragraph, run_properties).append(separate)
    _run(paragraph, run_properties).append(_text("1"))
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    _run(paragraph, run_properties).append(end)


def set_custom_properties(document: Document, values: dict[str, str | int]) -> None:
    """Store our values as custom document properties (File > Properties > Custom in Word)."""
    package = document.part.package
    existing = next((r for r in package.rels.values() if r.reltype == RELATIONSHIP_TYPE.CUSTOM_PROPERTIES), None)
    kept: list[tuple[str, str]] = []
    if existing is not None:
        root = etree.fromstring(existing.target_part.blob)
        for prop in root.findall(f"{{{CUSTOM_NS}}}property"):
            if not prop.get("name", "").startswith(PROPERTY_PREFIX) and len(prop):
                kept.append((prop.get("name", ""), etree.tostring(prop[0], encoding="unicode")))
    items = kept + [(PROPERTY_PREFIX + name, _value_xml(value)) for name, value in values.items()]
    body = "".join(
        f'<property fmtid="{_FMTID}" pid="{pid}" name="{escape(name, {chr(34): "&quot;"})}">{xml}</property>'
        for pid, (name, xml) in enumerate(items, start=2)
    )
    blob = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{CUSTOM_NS}" xmlns:vt="{VT_NS}">{body}</Properties>'
    ).encode()
    if existing is not None:
        existing.target_part._blob = blob
    else:
        part = Part(PackURI("/docProps/custom.xml"), CONTENT_TYPE.OFC_CUSTOM_PROPERTIES, blob, package)
        package.relate_to(part, RELATIONSHIP_TYPE.CUSTOM_PROPERTIES)


def _value_xml(value: str | int) -> str:
    kind = "i4" if isinstance(value, int) else "lpwstr"
    return f"<vt:{kind}>{escape(str(value))}</vt:{kind}>"


def set_properties(document: Document, model: MinutesDocument) -> None:
    now = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
    core = document.core_properties
    core.author = model.author
    core.last_modified_by = model.author
    core.title = f"{model.title} ({model.reference})"
    core.subject = model.network
    core.keywords = f"UNNM; minutes; {model.reference}"
    core.category = "Addendum" if model.extra_properties.get("document") == "addendum" else "Minutes"
    core.created = now
    core.modified = now
    core.revision = 1
    core.language = _LANGUAGE_TAGS.get(model.lang, model.lang)
    core.content_status = "Signed off" if model.signed else (model.draft_mark or "Draft")
    core.version = str(model.revision)
    core.identifier = f"sha256:{model.fingerprint}" if model.fingerprint else ""
    core.comments = (
        f"Signed-off minutes, revision {model.revision}; content SHA-256 {model.fingerprint}."
        if model.fingerprint
        else f"Draft minutes, revision {model.revision}; not signed off."
    )
    set_custom_properties(
        document,
        {
            "fingerprint": model.fingerprint or "",
            "meeting id": model.meeting_id,
            "reference": model.reference,
            "revision": model.revision,
            "content format": model.content_format,
            "language": model.lang,
            "status": "signed_off" if model.signed else "draft",
            "sign-off id": model.sign_off_id or "",
            "label version": model.label_version,
            "stamps as prose": model.stamps_as_prose,
            "exporter": f"UNNM Desktop {__version__}",
            **model.extra_properties,
        },
    )
    defaults = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if defaults is not None:
        lang = defaults.find(qn("w:lang"))
        if lang is None:
            lang = SubElement(defaults, qn("w:lang"))
        lang.set(qn("w:val"), _LANGUAGE_TAGS.get(model.lang, model.lang))
        lang.set(qn("w:bidi"), "ar-SA")

"""Reading an exported .docx back without python-docx (lxml only, so `verify` starts fast): our custom
properties, and the text of the body as `verify` compares it.
"""

from __future__ import annotations

from lxml import etree

CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
PROPERTY_PREFIX = "UNNM "
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def read_custom_properties(xml: bytes) -> dict[str, str]:
    """Our properties from a docProps/custom.xml, without the prefix: {"fingerprint": "...", ...}."""
    root = etree.fromstring(xml, SAFE_PARSER)
    found: dict[str, str] = {}
    for prop in root.findall(f"{{{CUSTOM_NS}}}property"):
        name = prop.get("name", "")
        if name.startswith(PROPERTY_PREFIX) and len(prop):
            found[name[len(PROPERTY_PREFIX) :]] = prop[0].text or ""
    return found


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_TAGS = {f"{_W}t": None, f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}


def body_texts(body: etree._Element) -> list[str]:
    """The text of every paragraph of the body, table cells included, in document order; empty ones left out.

    `verify` compares this list for the document and for a fresh rendering of the signed-off content.
    """
    texts = []
    for paragraph in body.iter(f"{_W}p"):
        parts = []
        for element in paragraph.iter(*_TEXT_TAGS):
            fixed = _TEXT_TAGS[element.tag]
            parts.append(element.text or "" if fixed is None else fixed)
        text = "".join(parts)
        if text.strip():
            texts.append(text)
    return texts

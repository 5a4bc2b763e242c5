"""`verify` of an addendum's Word file (issue 14): the addendum is in the database as signed, the minutes it
belongs to still verify, and every paragraph of the file is what the addendum's stored content renders."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, Message
from unnm_desktop.export import docx_text
from unnm_desktop.export.addendum import ADDENDUM_DOCUMENT, build_addendum_document
from unnm_desktop.export.verify import VerificationResult, _first_difference, _read
from unnm_desktop.services.context import ServiceContext


def is_addendum_file(path: Path | str) -> bool:
    """Whether a Word file says it is an addendum (its custom properties); False for anything unreadable."""
    try:
        with zipfile.ZipFile(path) as archive:
            if "docProps/custom.xml" not in archive.namelist():
                return False
            properties = docx_text.read_custom_properties(archive.read("docProps/custom.xml"))
    except (OSError, zipfile.BadZipFile, KeyError, etree.XMLSyntaxError):
        return False
    return properties.get("document") == ADDENDUM_DOCUMENT


def verify_addendum_docx(ctx: ServiceContext | None, path: Path | str) -> VerificationResult:
    from unnm_desktop.export.docx_render import render
    from unnm_desktop.services.minutes.addenda import find_addendum
    from unnm_desktop.services.minutes.addendum_check import addendum_problems

    path = Path(path)
    result = VerificationResult(path)
    properties, body = _read(path)
    result.fingerprint = properties.get("fingerprint") or None
    result.reference = properties.get("reference") or None
    revision = properties.get("revision", "")
    result.revision = int(revision) if revision.isdigit() else None
    if ctx is None:
        result.problems.append(
            Message(QT_TRANSLATE_NOOP("Errors", "No database was given to check the fingerprint against."))
        )
        return result
    addendum = find_addendum(ctx, result.fingerprint or "")
    if addendum is None:
        result.problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Errors", "Its fingerprint {fingerprint} is unknown to this database: no signed addendum has it."
                ),
                fingerprint=result.fingerprint or "?",
            )
        )
        return result
    result.reference = addendum.meeting_reference
    result.addendum_number = addendum.number
    verdict = addendum_problems(ctx, addendum)
    result.problems.extend(verdict.problems)
    result.notes.extend(verdict.notes)
    lang = properties.get("language") or "en"
    model = build_addendum_document(addendum, lang=lang if lang in ("en", "tr") else "en")
    difference = _first_difference(docx_text.body_texts(render(model).element.body), docx_text.body_texts(body))
    if difference:
        result.problems.insert(0, difference)
    result.ok = not result.problems
    return result

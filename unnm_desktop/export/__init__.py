"""Export of the minutes: one document model (`builder`), rendered to Word (`docx_render`) and PDF
(`pdf_render`, QtGui only), and verification of an exported Word file (`verify`).

The GUI and the CLI call these two functions:

    export_meeting(ctx, meeting_id, "minutes.docx")          # or .pdf; lang="en"|"tr"
    verify_docx(ctx, "minutes.docx").ok                       # minutes, or an addendum to them
    export_addendum(ctx, meeting_id, "addendum.docx", number=1)  # export/addendum.py (issue 14)
    paint_meeting(ctx, meeting_id, printer)                   # print / print preview (a QPrinter)
"""

from __future__ import annotations

from pathlib import Path

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, UserFacingError
from unnm_desktop.export.verify import VerificationResult
from unnm_desktop.export.verify import verify_docx as verify_minutes_docx
from unnm_desktop.files import suggest_free_name
from unnm_desktop.services.context import ServiceContext

FORMATS = (".docx", ".pdf")

__all__ = ["FORMATS", "VerificationResult", "export_meeting", "paint_meeting", "suggest_free_name", "verify_docx"]


def verify_docx(ctx: ServiceContext | None, path: Path | str) -> VerificationResult:
    """Is this Word file an unaltered export of signed-off minutes, or of an addendum to them (issue 14), and
    does the database still stand behind it?"""
    from unnm_desktop.export.addendum_verify import is_addendum_file, verify_addendum_docx

    if is_addendum_file(path):
        return verify_addendum_docx(ctx, path)
    return verify_minutes_docx(ctx, path)


def export_meeting(
    ctx: ServiceContext,
    meeting_id: str,
    out_path: Path | str,
    lang: str | None = None,
    *,
    sign_off_id: str | None = None,
    template: Path | str | None = None,
    stamps_as_prose: bool = False,
) -> Path:
    """Write the minutes of a meeting to `out_path` (.docx or .pdf, from the extension); returns the path.

    Signed-off minutes are written from the content stored at sign-off (the latest, or `sign_off_id`), with
    their fingerprint; others from the live rows, marked DRAFT with their revision number. `lang` defaults
    to the meeting's language; `template` is a user's .docx template (letterhead) instead of ours.
    `stamps_as_prose`: the notes' intervention stamps written as prose ("The representative of PMM: …",
    export/stamps.py); the notes themselves are unchanged, and the document records the wording for `verify`.
    """
    out = Path(out_path)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise UserFacingError(
            QT_TRANSLATE_NOOP("Errors", "“{name}” must end in .docx (Word) or .pdf; the format follows the extension."),
            name=out.name,
        )
    document = _document(ctx, meeting_id, lang, sign_off_id, stamps_as_prose)
    if suffix == ".docx":
        from unnm_desktop.export.docx_render import write_docx

        return write_docx(document, out, Path(template) if template else None)
    from unnm_desktop.export.pdf_render import write_pdf

    return write_pdf(document, out)


def paint_meeting(
    ctx: ServiceContext,
    meeting_id: str,
    device: object,
    lang: str | None = None,
    *,
    sign_off_id: str | None = None,
    stamps_as_prose: bool = False,
) -> int:
    """Paint the minutes on a QPrinter (or QPdfWriter), e.g. from QPrintPreviewDialog.paintRequested; A4.

    Returns the number of pages. The same pages as the PDF export.
    """
    from unnm_desktop.export.pdf_render import paint

    return paint(_document(ctx, meeting_id, lang, sign_off_id, stamps_as_prose), device)


def _document(ctx: ServiceContext, meeting_id: str, lang: str | None, sign_off_id: str | None, stamps_as_prose: bool):  # type: ignore[no-untyped-def]
    from unnm_desktop.export.builder import build_document
    from unnm_desktop.export.stamps import LATEST_WORDING
    from unnm_desktop.services.minutes.verification import minutes_source

    source = minutes_source(ctx, meeting_id, sign_off_id)
    language = (lang or source.content["meeting"].get("language") or "en").strip().lower()
    if language not in ("en", "tr"):
        raise UserFacingError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a language the minutes can be written in; use en or tr."),
            value=lang,
        )
    wording = LATEST_WORDING if stamps_as_prose else 0
    return build_document(
        source.content, lang=language, signed=source.signed, stamps_as_prose=wording, time_zone=source.time_zone
    )

"""An addendum to signed-off minutes as a document (issue 14): "Addendum 1 to the minutes of …" / "… tutanağına
Ek 1", in Word (.docx) or PDF, from the addendum's stored content and with its fingerprint.

    export_addendum(ctx, meeting_id, "addendum.docx", "tr", number=1)

The words are those of the label version the addendum was signed with (export/labels.py), so that `verify`
renders it again word for word (export/addendum_verify.py).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from unnm_desktop.domain.clock import zone
from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, UserFacingError
from unnm_desktop.export.labels import Labels
from unnm_desktop.export.model import (
    BODY,
    DECISION,
    DECISION_LABEL,
    META,
    NETWORK,
    OUTCOME,
    SMALL,
    TITLE,
    MinutesDocument,
    Span,
)
from unnm_desktop.export.sections import t, zone_words
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.minutes.closure_views import AddendumView

ADDENDUM_DOCUMENT = "addendum"


def export_addendum(
    ctx: ServiceContext, meeting_id: str, out_path: Path | str, lang: str | None = None, *, number: int | None = None
) -> Path:
    """Write addendum `number` (the latest when None) of a meeting's minutes to .docx or .pdf; returns the path."""
    from unnm_desktop.services.minutes.addenda import get_addendum

    out = Path(out_path)
    suffix = out.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        raise UserFacingError(
            QT_TRANSLATE_NOOP("Errors", "“{name}” must end in .docx (Word) or .pdf; the format follows the extension."),
            name=out.name,
        )
    addendum = get_addendum(ctx, meeting_id, number)
    language = (lang or addendum.content["meeting"].get("language") or "en").strip().lower()
    if language not in ("en", "tr"):
        raise UserFacingError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a language the minutes can be written in; use en or tr."),
            value=lang,
        )
    document = build_addendum_document(addendum, lang=language)
    if suffix == ".docx":
        from unnm_desktop.export.docx_render import write_docx

        return write_docx(document, out)
    from unnm_desktop.export.pdf_render import write_pdf

    return write_pdf(document, out)


def build_addendum_document(addendum: AddendumView, *, lang: str) -> MinutesDocument:
    """The addendum's document model, from its stored (signed) content only."""
    content = addendum.content
    labels = Labels(lang, int(content.get("label_version") or addendum.label_version))
    meeting, minutes, decision, closure = (
        content["meeting"],
        content["minutes"],
        content["decision"],
        content["closure"],
    )
    tz = meeting.get("time_zone")
    held_on = labels.date(meeting["held_on"])
    title = labels["addendum_title"].format(n=content["number"], title=t(meeting["title"]), date=held_on)
    doc = MinutesDocument(
        lang=lang,
        title=t(meeting["title"]),
        reference=t(meeting["reference"]),
        meeting_id=t(meeting["id"]),
        revision=int(minutes["revision"]),
        signed=True,
        fingerprint=addendum.sha256,
        header_text=f"{labels['network']}\t{t(meeting['reference'])} — "
        + labels["addendum_short"].format(n=content["number"]),
        draft_mark=None,
        page_label=labels["page"],
        author=t(content.get("signed_by")) or labels["network"],
        network=labels["network"],
        fingerprint_label=labels["fingerprint"],
        content_format=t(content.get("format")),
        sign_off_id=t(minutes["sign_off_id"]),
        label_version=labels.version,
        extra_properties={
            "document": ADDENDUM_DOCUMENT,
            "addendum number": int(content["number"]),
            "minutes fingerprint": t(minutes["sha256"]),
        },
    )
    doc.add(NETWORK, labels["network"])
    doc.add(TITLE, title)
    doc.add(
        SMALL,
        labels["addendum_minutes"].format(reference=doc.reference, revision=minutes["revision"], sha=minutes["sha256"]),
    )
    doc.add(DECISION_LABEL, Span(f"{labels['decision']} {t(decision['reference'])}", bold=True))
    doc.add(DECISION, t(decision.get("text")).strip())
    doc.add(BODY, _closure_sentence(labels, closure, tz))
    if closure.get("on_what"):
        doc.add(META, Span(f"{labels['addendum_on_what']}: ", italic=True), t(closure["on_what"]))
    if closure.get("note"):
        label = labels["addendum_how"] if closure["kind"] in ("confirmed", "withdrawn") else labels["addendum_note"]
        doc.add(META, Span(f"{label}: ", italic=True), t(closure["note"]))
    words = _outcome_words(labels, content)
    doc.add(OUTCOME, Span(f"{labels['addendum_outcome']}: ", bold=True), Span(words, bold=True))
    for item in content.get("still_open") or []:
        doc.add(BODY, _still_open(labels, item, tz))
    signed_at = datetime.fromisoformat(content["signed_at"]).astimezone(zone(tz))
    doc.add(SMALL, labels["addendum_signed"].format(date=labels.date(signed_at.date()), name=t(content["signed_by"])))
    doc.add(SMALL, labels["addendum_fingerprint"].format(sha=addendum.sha256))
    return doc


def _when(labels: Labels, on: str, time: str | None, tz: str | None) -> str:
    day = labels.date(date.fromisoformat(on))
    return labels["at_time"].format(date=day, time=time, zone=zone_words(labels, tz)) if time else day


def _closure_sentence(labels: Labels, closure: dict[str, Any], tz: str | None) -> str:
    acronym = t((closure.get("organization") or {}).get("acronym"))
    day = labels.date(date.fromisoformat(closure["on"]))
    when = _when(labels, closure["on"], closure.get("time"), tz)
    key = {
        "confirmed": "addendum_confirmed",
        "withdrawn": "addendum_withdrawn",
        "silence_ended": "addendum_silence_ended",
        "silence_broken": "addendum_silence_broken",
    }[closure["kind"]]
    return labels[key].format(acronym=acronym, date=day, when=when)


def _outcome_words(labels: Labels, content: dict[str, Any]) -> str:
    outcome, kind = content["outcome_after"], content["closure"]["kind"]
    if kind == "silence_ended" and outcome == "adopted":
        return labels["adopted_under_silence"]
    if kind in ("withdrawn", "silence_broken") and outcome == "not_adopted":
        return labels["back_to_network"]
    return labels.outcome(outcome)


def _still_open(labels: Labels, item: dict[str, Any], tz: str | None) -> str:
    deadline = item.get("deadline") or ""
    if item["kind"] == "silence":
        on, _, time = deadline.partition("T")
        return labels["silence_still_running"].format(when=_when(labels, on, time or None, tz) if on else "—")
    acronym = t((item.get("organization") or {}).get("acronym"))
    return labels["still_awaited"].format(acronym=acronym, date=labels.date(deadline) if deadline else "—")

"""Content (the plain dict of `services.minutes.build_content`) -> the document model, in the order of UN
minutes: header; attendance; adoption of the agenda; previous minutes; matters arising; the items with their
decisions; other decisions; any other business; action points; GCM objectives; next meeting; signatures.

Every text taken from the content passes through `clean_text` again: what reaches a renderer is NFC and
holds nothing XML cannot store, whatever the database holds.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from unnm_desktop.export import sections
from unnm_desktop.export.labels import Labels
from unnm_desktop.export.model import (
    BODY,
    CELL,
    CELL_HEADER,
    DRAFT_MARK,
    GRID,
    HEADING1,
    HEADING2,
    LIST,
    NETWORK,
    PLAIN,
    SIGNATURE,
    SMALL,
    SUBTITLE,
    TITLE,
    MinutesDocument,
    Para,
    Span,
    Table,
)
from unnm_desktop.export.sections import t
from unnm_desktop.services.minutes.verification import SignatoryView, SignedVersion

_GROUPS = ("un_entity", "government")
_LINE = 34  # characters of a label and its blank line, so that the blanks end about level


def build_document(
    content: dict[str, Any],
    *,
    lang: str,
    signed: SignedVersion | None,
    stamps_as_prose: int = 0,
    time_zone: str | None = None,
) -> MinutesDocument:
    """The minutes as a document. `stamps_as_prose`: the wording (export/stamps.py) to write the notes' intervention
    stamps with; 0 keeps them as typed. It changes the presentation only: the content, and so the fingerprint, are
    the same. `time_zone`: the meeting's (default: the signed version's, else Istanbul), in which label version 3
    prints a silence's deadline."""
    # Signed-off minutes print the labels they were signed off with, so that they verify after a correction.
    labels = Labels(lang, signed.label_version) if signed else Labels(lang)
    meeting = content["meeting"]
    revision = int(meeting.get("revision") or 0)
    draft_mark = None if signed else labels["draft_revision"].format(n=revision)
    rapporteur = (meeting.get("rapporteur") or {}).get("name")
    doc = MinutesDocument(
        lang=lang,
        title=t(meeting["title"]),
        reference=t(meeting["reference"]),
        meeting_id=t(meeting["id"]),
        revision=revision,
        signed=signed is not None,
        fingerprint=signed.sha256 if signed else None,
        header_text=f"{labels['network']}\t{t(meeting['reference'])}",
        draft_mark=draft_mark,
        page_label=labels["page"],
        author=t(rapporteur) or labels["network"],
        network=labels["network"],
        fingerprint_label=labels["fingerprint"],
        content_format=t(content.get("format")),
        sign_off_id=signed.id if signed else None,
        label_version=labels.version,
        stamps_as_prose=stamps_as_prose,
    )
    _header(doc, labels, meeting, signed)
    _attendance(doc, labels, content["attendance"])
    sections.agenda(doc, labels, content, time_zone or (signed.time_zone if signed else None))
    sections.actions(doc, labels, content["actions"])
    _objectives(doc, labels, content)
    doc.add(HEADING1, labels["next_meeting"])
    next_date = meeting.get("next_meeting_date")
    doc.add(BODY, labels.date(next_date, weekday=True) + "." if next_date else labels["to_be_confirmed"])
    _signatures(doc, labels, signed)
    return doc


def _header(doc: MinutesDocument, labels: Labels, meeting: dict[str, Any], signed: SignedVersion | None) -> None:
    doc.add(NETWORK, labels["network"])
    doc.add(TITLE, doc.title)
    doc.add(SUBTITLE, labels["minutes"])
    if doc.draft_mark:
        doc.add(DRAFT_MARK, doc.draft_mark)
    start = datetime.fromisoformat(meeting["start"])
    end = datetime.fromisoformat(meeting["end"]) if meeting.get("end") else None
    time = f"{start:%H:%M}–{end:%H:%M}" if end and end.date() == start.date() else f"{start:%H:%M}"
    venue, location = t(meeting.get("venue")), t(meeting.get("location"))
    place = venue if location.casefold() in venue.casefold() else ", ".join(v for v in (venue, location) if v)
    rows = [
        (labels["reference"], doc.reference),
        (labels["date"], labels.date(start.date(), weekday=True)),
        (labels["time"], f"{time} ({labels['time_zone']})"),
        (labels["venue"], place),
        (labels["format"], labels.word("modality", meeting.get("modality"))),
        (labels["chair"], _person(meeting.get("chair"))),
        (labels["rapporteur"], _person(meeting.get("rapporteur"))),
    ]
    if signed:
        dates = [s.signed_on for s in signed.signatories if s.signed_on]
        when = max(dates) if dates else signed.signed_at.date()
        status = labels["signed_off"].format(date=labels.date(when), n=signed.revision)
    else:
        status = doc.draft_mark or ""
    rows.append((labels["status"], status))
    table = Table(PLAIN, [0.25, 0.75], None, [])
    for label, value in rows:
        if value:
            table.rows.append([[Para(CELL_HEADER, [Span(label)])], value])
    doc.blocks.append(table)
    if not signed:
        doc.add(SMALL, labels["draft_notice"])


def _person(person: dict[str, Any] | None) -> str:
    if not person:
        return ""
    name, title = t(person.get("name")), t(person.get("title"))
    return f"{name}, {title}" if title else name


def _org_label(org: dict[str, Any] | None, labels: Labels) -> list[Para]:
    if not org:
        return [Para(CELL, [Span("—")])]
    name = t(org.get("name_tr") if labels.lang == "tr" and org.get("name_tr") else org.get("name_en"))
    return [Para(CELL, [Span(t(org.get("acronym")), bold=True)]), Para(CELL, [Span(name)])]


def _attendance(doc: MinutesDocument, labels: Labels, attendance: list[dict[str, Any]]) -> None:
    doc.add(HEADING1, labels["attendance"])
    attending = [a for a in attendance if a.get("status") in ("present", "remote")]
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in attending:
        kind = (row.get("organization") or {}).get("kind")
        groups.setdefault(kind if kind in _GROUPS else "other", []).append(row)
    for group in (*_GROUPS, "other"):
        rows = groups.get(group)
        if not rows:
            continue
        doc.add(HEADING2, labels[f"group_{group}"])
        table = Table(
            GRID, [0.36, 0.42, 0.22], [labels["organisation"], labels["participant"], labels["participation"]], []
        )
        previous = None
        for row in rows:
            org = row.get("organization")
            org_id = (org or {}).get("id")
            person = row.get("person") or {}
            participant: list[Para] = [Para(CELL, [Span(t(person.get("name")) or "—")])]
            if person.get("title"):
                participant.append(Para(CELL, [Span(t(person["title"]), italic=True)]))
            how = labels.word("attendance", row.get("status"))
            role = labels.word("role", row.get("role"))
            table.rows.append(
                [
                    _org_label(org, labels) if org_id != previous or org_id is None else "",
                    participant,
                    f"{how}; {role}" if role else how,
                ]
            )
            previous = org_id
        doc.blocks.append(table)
    if not attending:
        doc.add(BODY, labels["no_attendance"])
    apologies = [a for a in attendance if a.get("status") == "apologies"]
    if apologies:
        names = []
        for row in apologies:
            acronym = t((row.get("organization") or {}).get("acronym"))
            name = t((row.get("person") or {}).get("name"))
            names.append(f"{acronym} ({name})" if acronym and name else acronym or name)
        doc.add(BODY, Span(f"{labels['apologies']}: ", bold=True), "; ".join(names) + ".")


def _objectives(doc: MinutesDocument, labels: Labels, content: dict[str, Any]) -> None:
    from unnm_desktop.resources import gcm_objectives

    numbers = set(content["meeting"].get("objectives") or [])
    for item in content["agenda"]:
        numbers.update(item.get("objectives") or [])
        for decision in item.get("decisions") or []:
            numbers.update(decision.get("objectives") or [])
    for decision in content.get("decisions_without_item") or []:
        numbers.update(decision.get("objectives") or [])
    doc.add(HEADING1, labels["objectives"])
    titles = gcm_objectives()
    for number in sorted(n for n in numbers if isinstance(n, int)):
        doc.blocks.append(Para(LIST, [Span(t(titles.get(number, "")))], marker=f"{number}."))
    if not numbers:
        doc.add(BODY, labels["no_objectives"])


def _signatures(doc: MinutesDocument, labels: Labels, signed: SignedVersion | None) -> None:
    doc.add(HEADING1, labels["signatures"])
    signers: list[SignatoryView] = (
        list(signed.signatories)
        if signed and signed.signatories
        else [SignatoryView("", "", labels["chair"], None), SignatoryView("", "", labels["rapporteur"], None)]
    )
    cells: list[list[Para]] = []
    for signer in signers:
        signed_on: date | None = signer.signed_on
        cells.append(
            [
                Para(SIGNATURE, [Span(_role(labels, t(signer.role)) or labels["signature"], bold=True)]),
                _signature_line(labels["signature"], ""),
                _signature_line(labels["name"], t(signer.name)),
                _signature_line(labels["title"], t(signer.title)),
                _signature_line(labels["date"], labels.date(signed_on) if signed_on else ""),
            ]
        )
    table = Table(PLAIN, [0.5, 0.5], None, [])
    for start in range(0, len(cells), 2):
        pair: list[Any] = cells[start : start + 2]
        table.rows.append(pair + [""] * (2 - len(pair)))
    doc.blocks.append(table)
    if signed:
        doc.add(SMALL, labels["fingerprint_full"].format(sha=signed.sha256))
    else:
        doc.add(SMALL, labels["draft_notice"])


_ROLES = {"chair": "chair", "co-chair": "co_chair", "rapporteur": "rapporteur", "secretariat": "secretariat"}


def _role(labels: Labels, role: str) -> str:
    """A signatory's role in the export language when it is one of ours ("Chair" -> "Başkan")."""
    key = _ROLES.get(role.strip().lower())
    return labels.word("role", key) if key else role


def _signature_line(label: str, value: str) -> Para:
    return Para(SIGNATURE, [Span(f"{label}: "), Span(value or "_" * max(12, _LINE - len(label)))])

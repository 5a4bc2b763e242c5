"""The decision register and the GCM report as Word documents.

They are built as the same plain document model as the minutes (export/model.py) and drawn by the same
renderer on the minutes template (headers, page numbers, Arabic runs, fast tables); only the document's
properties say what it is instead of minutes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from unnm_desktop import __version__
from unnm_desktop.domain.clock import meeting_today
from unnm_desktop.export import docx_parts
from unnm_desktop.export.docx_render import render
from unnm_desktop.export.labels import Labels
from unnm_desktop.export.model import (
    BODY,
    CELL,
    GRID,
    HEADING1,
    HEADING2,
    META,
    NETWORK,
    TITLE,
    MinutesDocument,
    Para,
    Span,
    Table,
)
from unnm_desktop.files import atomic_write
from unnm_desktop.services.desk.views import GcmReport, RegisterEntry

WORDS = Labels("en")


def _document(title: str, subtitle: str) -> MinutesDocument:
    model = MinutesDocument(
        lang="en",
        title=title,
        reference=subtitle,
        meeting_id="",
        revision=0,
        signed=False,
        fingerprint=None,
        header_text=f"{WORDS['network']}\t{title}",
        draft_mark=None,
        page_label=WORDS["page"],
        author=WORDS["network"],
        network=WORDS["network"],
    )
    model.add(NETWORK, WORDS["network"])
    model.add(TITLE, title)
    model.add(META, subtitle)
    return model


def _save(model: MinutesDocument, target: Path | str, category: str, description: str) -> Path:
    document = render(model)
    core = document.core_properties
    core.title, core.category, core.keywords = model.title, category, f"UNNM; {category}"
    core.content_status, core.version, core.identifier = "", "", ""
    core.comments = description
    docx_parts.set_custom_properties(
        document, {"report": category, "filter": description, "exporter": f"UNNM Desktop {__version__}"}
    )
    return atomic_write(Path(target), lambda temporary: document.save(str(temporary)))


def _cell(*lines: str) -> list[Para]:
    return [Para(CELL, [Span(line)]) for line in lines if line] or [Para(CELL, [])]


def write_register_docx(entries: Sequence[RegisterEntry], target: Path | str, description: str = "") -> Path:
    """The (filtered) register as a table: one row per decision, its positions in the last column."""
    today = WORDS.date(meeting_today(None))
    subtitle = f"{len(entries)} decisions" + (f" — {description}" if description else "") + f" — as of {today}"
    model = _document("Decision register", subtitle)
    rows = []
    for e in entries:
        outcome = [WORDS.outcome(e.outcome, e.deferred_to)]
        if e.final_outcome and e.final_outcome != e.outcome and e.final_on:
            outcome.append(f"Final: {WORDS.outcome(e.final_outcome)} ({WORDS.date(e.final_on)})")
        elif e.final_outcome is None and e.meeting_status == "signed_off":
            outcome.append("Open: awaiting confirmation or the end of a silence procedure")
        if e.superseded_by:
            outcome.append("Superseded by " + ", ".join(reference for _, reference in e.superseded_by))
        if e.supersedes_reference:
            outcome.append(f"Supersedes {e.supersedes_reference}")
        decision = [e.text] + ([f"{WORDS['chair_note']}: {e.chair_note}"] if e.chair_note else [])
        if e.objectives:
            decision.append(f"{WORDS['objectives_short']}: " + ", ".join(str(n) for n in e.objectives))
        positions = [
            f"{p.organization} — {WORDS.position(p.kind)}" + (f": {p.statement}" if p.statement else "")
            for p in e.positions
        ]
        rows.append(
            [
                _cell(e.reference),
                _cell(WORDS.date(e.meeting_date)),
                _cell(e.meeting_reference, e.meeting_title),
                _cell(*decision),
                _cell(*outcome),
                _cell(*positions),
            ]
        )
    header = ["Reference", "Date", "Meeting", "Decision", "Outcome", "Positions"]
    model.blocks.append(Table(GRID, [1.5, 1.2, 1.7, 4.2, 1.6, 3.0], header, rows))  # type: ignore[arg-type]
    if not entries:
        model.add(BODY, "No decision matches the filters.")
    return _save(model, target, "Decision register", description or "all decisions")


def write_gcm_report_docx(report: GcmReport, target: Path | str) -> Path:
    """Counts per objective first, then, for each objective with material, its meetings, decisions and
    action points."""
    period = f"{WORDS.date(report.date_from)} – {WORDS.date(report.date_to)}"
    model = _document("GCM report", f"Meetings, decisions and action points by GCM objective, {period}")
    totals = report.totals
    model.add(
        BODY,
        f"In this period {totals['meetings']} meetings, {totals['decisions']} decisions and {totals['actions']} "
        "action points were tagged with at least one objective of the Global Compact for Safe, Orderly and "
        "Regular Migration.",
    )
    summary = [
        [str(s.number), s.title, str(s.counts["meetings"]), str(s.counts["decisions"]), str(s.counts["actions"])]
        for s in report.sections
    ]
    model.blocks.append(
        Table(GRID, [0.6, 6.4, 1.1, 1.1, 1.1], ["No.", "Objective", "Meetings", "Decisions", "Actions"], summary)
    )  # type: ignore[arg-type]
    for section in report.sections:
        if not any(section.counts.values()):
            continue
        model.add(HEADING1, f"Objective {section.number}: {section.title}")
        if section.meetings:
            model.add(HEADING2, f"Meetings ({len(section.meetings)})")
            rows = [[WORDS.date(m.date), m.reference, m.title] for m in section.meetings]
            model.blocks.append(Table(GRID, [1.4, 1.8, 6.8], ["Date", "Reference", "Meeting"], rows))  # type: ignore[arg-type]
        if section.decisions:
            model.add(HEADING2, f"Decisions ({len(section.decisions)})")
            rows = [[d.reference, WORDS.date(d.date), d.text, WORDS.outcome(d.outcome)] for d in section.decisions]
            model.blocks.append(Table(GRID, [1.8, 1.4, 5.0, 1.8], ["Reference", "Date", "Decision", "Outcome"], rows))  # type: ignore[arg-type]
        if section.actions:
            model.add(HEADING2, f"Action points ({len(section.actions)})")
            rows = [
                [
                    a.text,
                    ", ".join(a.responsible),
                    WORDS.date(a.due_date),
                    WORDS.word("action", a.status),
                    a.meeting_reference,
                ]
                for a in section.actions
            ]
            header = ["Action", WORDS["responsible"], WORDS["deadline"], "Status", "Set at"]
            model.blocks.append(Table(GRID, [4.6, 1.6, 1.4, 1.2, 1.6], header, rows))  # type: ignore[arg-type]
    return _save(model, target, "GCM report", period)

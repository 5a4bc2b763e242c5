"""The decision register and the action tracker as Excel workbooks (openpyxl, write-only mode).

Every text cell passes through `cells.safe_cell` (formula injection); dates are real date cells;
overdue action points are filled red. Written through a temporary file and an atomic rename.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from unnm_desktop.export.cells import safe_cell
from unnm_desktop.export.labels import Labels
from unnm_desktop.files import atomic_write
from unnm_desktop.services.desk.views import RegisterEntry, TrackerEntry

_HEADER_FILL, _OVERDUE_FILL = "DCE9F5", "F8D7DA"


def _write(
    target: Path, title: str, header: Sequence[str], widths: Sequence[int], rows: list[tuple[list, bool]]
) -> Path:  # type: ignore[type-arg]
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    def build_and_save(temporary: Path) -> None:
        # The write-only workbook opens temporary files as soon as it exists, so it is made only once
        # atomic_write has checked the target folder.
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(title)
        sheet.freeze_panes = "A2"
        for index, width in enumerate(widths):
            sheet.column_dimensions[chr(ord("A") + index)].width = width
        bold, header_fill = Font(bold=True), PatternFill("solid", fgColor=_HEADER_FILL)
        overdue_fill = PatternFill("solid", fgColor=_OVERDUE_FILL)
        wrap = Alignment(wrap_text=True, vertical="top")
        top = Alignment(vertical="top")
        heading = []
        for name in header:
            cell = WriteOnlyCell(sheet, value=safe_cell(name))
            cell.font, cell.fill = bold, header_fill
            heading.append(cell)
        sheet.append(heading)
        for values, highlighted in rows:
            line = []
            for value in values:
                cell = WriteOnlyCell(sheet, value=safe_cell(value))
                if isinstance(value, str):
                    cell.data_type = "s"  # never a formula, whatever the text
                    cell.alignment = wrap if len(value) > 40 else top
                elif isinstance(value, date):
                    cell.number_format = "yyyy-mm-dd"
                    cell.alignment = top
                if highlighted:
                    cell.fill = overdue_fill
                line.append(cell)
            sheet.append(line)
        sheet.auto_filter.ref = f"A1:{chr(ord('A') + len(header) - 1)}{len(rows) + 1}"
        workbook.save(str(temporary))

    return atomic_write(target, build_and_save)


def write_register_xlsx(entries: Sequence[RegisterEntry], target: Path | str, lang: str = "en") -> Path:
    words = Labels(lang)
    header = ["Reference", "Date", "Meeting", "Meeting title", "Decision", "Outcome", "GCM objectives"]
    header += ["Reservations and objections", "All positions", "Supersedes", "Superseded by", "Chair's note"]
    header += ["Final outcome", "Final on"]
    rows = []
    for e in entries:
        dissent = "; ".join(
            f"{p.organization}: {words.position(p.kind)}" for p in e.positions if p.kind in ("reservation", "objects")
        )
        positions = "\n".join(
            f"{p.organization} — {words.position(p.kind)}" + (f": {p.statement}" if p.statement else "")
            for p in e.positions
        )
        rows.append(
            (
                [
                    e.reference,
                    e.meeting_date,
                    e.meeting_reference,
                    e.meeting_title,
                    e.text,
                    words.outcome(e.outcome, e.deferred_to),
                    ", ".join(str(n) for n in e.objectives),
                    dissent,
                    positions,
                    e.supersedes_reference or "",
                    ", ".join(reference for _, reference in e.superseded_by),
                    e.chair_note or "",
                    words.outcome(e.final_outcome) if e.final_outcome else "",
                    e.final_on,
                ],
                False,
            )
        )
    widths = [22, 12, 18, 36, 70, 24, 12, 30, 60, 22, 22, 40, 30, 12]
    return _write(Path(target), "Decision register", header, widths, rows)


def write_actions_xlsx(entries: Sequence[TrackerEntry], target: Path | str, lang: str = "en") -> Path:
    words = Labels(lang)
    header = ["Action", "Responsible", "Responsible person", "Due", "Status", "Overdue", "Completed on"]
    header += ["Completion note", "Set at meeting", "Meeting date", "Decision", "Latest follow-up", "Follow-up at"]
    rows = [
        (
            [
                e.text,
                ", ".join(e.responsible),
                e.responsible_person or "",
                e.due_date,
                words.word("action", e.status),
                "overdue" if e.overdue else "",
                e.completed_on,
                e.completion_note or "",
                e.meeting_reference,
                e.meeting_date,
                e.decision_reference or "",
                e.last_follow_up or "",
                e.last_follow_up_meeting or "",
            ],
            e.overdue,
        )
        for e in entries
    ]
    widths = [60, 20, 22, 12, 12, 10, 13, 40, 18, 12, 22, 50, 18]
    return _write(Path(target), "Action points", header, widths, rows)

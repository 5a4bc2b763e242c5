"""The sync screenshots of make_screenshots.py (`--only sync`): the Synchronise dialog and the review dialog.

The Synchronise dialog shows an exchange folder chosen (nothing is run). The review needs conflicts: the demo
register is synchronised once with a second register file in the script's folder, the same meeting is then edited
differently on both (its title, its location, the first line of an agenda item's notes, with an Arabic line on the
other side), and a second run leaves those three questions, the notes selected.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

SYNC = "sync"
REVIEW = "sync-review"
SHOTS = (SYNC, REVIEW)

# Where a desk's exchange folder would be: a OneDrive folder the secretariat shares.
EXCHANGE_FOLDER = "/home/ayse/OneDrive - IOM/UNNM exchange"
TITLES = ("Göç ve Uyum Çalışma Grubu — Şubat toplantısı", "Göç Çalışma Grubu: Şubat 2023 toplantısı")
LOCATIONS = ("Ankara", "Gaziantep")
FIRST_LINES = (
    "The Chair opened the meeting at 10:05 and welcomed the new members from İzmir and Şanlıurfa.",
    "The Chair opened the meeting at 10:10; Işıl Doğan (UNHCR) joined remotely.",
)
ARABIC_LINE = "رحّب الرئيس بالأعضاء الجدد."


def sync_dialog(parent: Any, settings: Any, ctx: Any) -> Any:
    """File → Synchronise…, "An exchange folder or a register file" chosen, the shared folder typed in."""
    from unnm_desktop.gui.sync.sync_dialog import SyncDialog

    settings.sync_target = EXCHANGE_FOLDER
    dialog = SyncDialog(parent, settings, ctx)
    dialog.path.setFocus()
    return dialog


def review_dialog(parent: Any, ctx: Any, meeting_id: str, item_id: str, work: Path) -> Any:
    """The review of three conflicts on the meeting `meeting_id`, its notes' conflict selected."""
    from unnm_desktop.gui.sync.review_dialog import SyncReviewDialog
    from unnm_desktop.services.context import open_context
    from unnm_desktop.services.meeting import agenda, meetings
    from unnm_desktop.services.sync.run import synchronise
    from unnm_desktop.services.sync.targets import target_register_id

    with open_context(work / "register.sqlite3", actor="Secretariat") as register:
        synchronise(ctx, register)
        notes = agenda.get_item(ctx, item_id).notes_md
        rest = notes.split("\n", 1)[1] if "\n" in notes else ""
        for side, title, location, first in ((ctx, TITLES[0], LOCATIONS[0], FIRST_LINES[0]),
                                             (register, TITLES[1], LOCATIONS[1], FIRST_LINES[1])):  # fmt: skip
            meetings.update_meeting(side, meeting_id, title=title, location=location)
            extra = f"{ARABIC_LINE}\n" if side is register else ""
            agenda.set_notes(side, item_id, f"{first}\n{extra}{rest}")
        report = synchronise(ctx, register)
        target_id = target_register_id(register)
    dialog = SyncReviewDialog(parent, ctx, target_id)
    fields = [view.field for view in report.conflicts]
    dialog.list.setCurrentRow(fields.index("notes_md") if "notes_md" in fields else 0)
    dialog.list.setFocus()
    return dialog

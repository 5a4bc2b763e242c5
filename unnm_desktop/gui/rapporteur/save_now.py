"""Saving a table cell at once (action points, follow-ups, attendance) on the versions the autosave keeps.

A cell is saved when its editor closes, on the GUI thread, so that a refusal can be shown at the cell. On a
server whose connection has dropped the same edit is handed to the autosave instead, which keeps it in the
local journal and writes it when the server is back (gui/rapporteur/autosave.py): the cell keeps what was
typed, and the status bar counts it among the changes waiting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from unnm_desktop.services.edits import Edit, run_edit
from unnm_desktop.store.connection_lost import is_connection_lost

if TYPE_CHECKING:
    from unnm_desktop.gui.rapporteur.autosave import Autosaver


def save_now(autosaver: Autosaver, key: str, ctx: Any, edit: Edit) -> bool:
    """Run `edit` now, based on the versions its records were shown with; True once committed, False when
    it waits for the server. Refusals (UserFacingError, ConcurrentChangeError) are raised as by the service."""
    if not autosaver.waiting_count():  # else the server is known to be away: straight to the waiting edits
        try:
            produced = run_edit(ctx, edit, autosaver.versions.of(edit.records))
        except Exception as error:
            if not is_connection_lost(error):
                raise
        else:
            autosaver.versions.update(produced)
            return True
    autosaver.wait_for_server(key, ctx, edit)
    return False

"""The service modules, imported on first use.

The services import SQLAlchemy, which costs a few hundred milliseconds; the GUI names them through
these stand-ins so that the window can appear first and the import happen on the backend thread
(gui/backend.py). `agenda.list_items(...)` works as with a normal import.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class _LazyModule:
    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attribute: str) -> Any:
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attribute)


actions = _LazyModule("unnm_desktop.services.meeting.actions")
addenda = _LazyModule("unnm_desktop.services.minutes.addenda")
addenda_list = _LazyModule("unnm_desktop.services.minutes.addenda_list")
agenda = _LazyModule("unnm_desktop.services.meeting.agenda")
attendance = _LazyModule("unnm_desktop.services.meeting.attendance")
chair_summary = _LazyModule("unnm_desktop.services.meeting.chair_summary")
decisions = _LazyModule("unnm_desktop.services.meeting.decisions")
directory = _LazyModule("unnm_desktop.services.directory.entries")
directory_csv = _LazyModule("unnm_desktop.services.directory.csv_import")
gcm_report = _LazyModule("unnm_desktop.services.desk.gcm_report")
leases = _LazyModule("unnm_desktop.services.meeting.leases")
meeting_detail = _LazyModule("unnm_desktop.services.meeting.detail")  # Core only: read before the ORM has loaded
meetings = _LazyModule("unnm_desktop.services.meeting.meetings")
pending = _LazyModule("unnm_desktop.services.minutes.pending")
package = _LazyModule("unnm_desktop.services.package.importer")
people_match = _LazyModule("unnm_desktop.services.meeting.people_match")
register = _LazyModule("unnm_desktop.services.desk.register")
search = _LazyModule("unnm_desktop.services.desk.search")
signoff = _LazyModule("unnm_desktop.services.minutes.signoff")
tracker = _LazyModule("unnm_desktop.services.desk.tracker")

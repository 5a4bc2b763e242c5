"""Opening a database and reading the open meeting need SQLAlchemy's Core only (store/tables.py): the ORM and the
models are loaded after the window is interactive (gui/backend.py warm_up), and the first session loads them."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from builders import small_meeting

from unnm_desktop.services.context import open_context
from unnm_desktop.services.meeting import agenda, meetings
from unnm_desktop.store.address import Location

OPEN_AND_READ = """
import json, sys
from unnm_desktop.services.context import open_context
from unnm_desktop.services.meeting.detail import get_meeting

ctx = open_context(sys.argv[1], actor="Rapporteur")  # a file, or a server's postgresql:// address
detail = get_meeting(ctx, sys.argv[2])
loaded_before = {name: name in sys.modules for name in ("sqlalchemy.orm", "unnm_desktop.store.models")}
from unnm_desktop.services.meeting import agenda  # the first service used: the ORM comes with it
item = agenda.list_items(ctx, sys.argv[2])[0]
agenda.set_notes(ctx, item.id, "Yazıldı: İğdır, ışık")
print(json.dumps({"before": loaded_before, "title": detail.title, "objectives": list(detail.objectives),
                  "after": "sqlalchemy.orm" in sys.modules}))
ctx.close()
"""


def test_the_opening_and_the_first_read_do_not_load_the_orm_and_the_first_edit_does(db_path: Location) -> None:
    """On SQLite and on a server (`db_path` is then its address)."""
    with open_context(db_path) as ctx:
        meeting = small_meeting(ctx, title="Ankara toplantısı — Göç Yönetimi")
        meetings.update_meeting(ctx, meeting.meeting_id, objectives=[23, 1, 7])
    run = subprocess.run(
        [sys.executable, "-c", OPEN_AND_READ, str(db_path), meeting.meeting_id],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["before"] == {"sqlalchemy.orm": False, "unnm_desktop.store.models": False}
    assert (seen["title"], seen["objectives"]) == ("Ankara toplantısı — Göç Yönetimi", [1, 7, 23])
    assert seen["after"] is True
    with open_context(db_path) as ctx:
        first = agenda.list_items(ctx, meeting.meeting_id)[0]
        assert first.notes_md == "Yazıldı: İğdır, ışık"


def _described(column: Any) -> tuple[object, ...]:
    default, onupdate, server_default = column.default, column.onupdate, column.server_default
    return (
        repr(column.type),
        column.nullable,
        default.arg.__name__ if default is not None and callable(default.arg) else default and default.arg,
        onupdate.arg.__name__ if onupdate is not None and callable(onupdate.arg) else onupdate,
        server_default.arg if server_default is not None else None,
    )


def test_the_core_tables_edited_columns_are_those_of_the_models_mixins() -> None:
    """store/tables.py gives the meeting table the version and timestamps that store/model_base.py's Versioned and
    Timestamped give every other edited record: the same types, defaults and counters, and the same version check."""
    from unnm_desktop.store import models, tables

    edited = ("version", "created_at", "updated_at")
    core = [_described(tables.meeting.c[name]) for name in edited]
    for model in (models.AgendaItem, models.Decision, models.Person, models.Phrase):
        assert [_described(model.__table__.c[name]) for name in edited] == core, model.__name__
        assert model.__mapper__.version_id_col is model.__table__.c.version
    assert models.Meeting.__mapper__.version_id_col is tables.meeting.c.version
    assert models.Meeting.__table__ is tables.meeting and models.AppInfo.__table__ is tables.app_info

"""Random edits on three laptops synchronised through an exchange folder, files delivered late and in any order.

Whenever no conflict was reported the laptops converge; when one was, every line typed is still somewhere a
person sees it (the notes, or a conflict's values), and once the conflicts are answered the laptops converge.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from builders import small_meeting
from database_templates import DatabaseTemplates
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_support import ARABIC, EMOJI, TURKISH, assert_checked, assert_converged

from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.meeting import agenda, meetings
from unnm_desktop.services.sync import exchange_files
from unnm_desktop.services.sync.conflicts import conflict_views
from unnm_desktop.services.sync.folder import FolderSide
from unnm_desktop.services.sync.resolve import resolve_conflict
from unnm_desktop.services.sync.run import synchronise

LAPTOPS = ("a", "b", "c")
TEXTS = (TURKISH, ARABIC, EMOJI, "İzmir", "Şişli")

step = st.one_of(
    st.tuples(st.just("append"), st.sampled_from(LAPTOPS), st.booleans()),
    st.tuples(st.just("title"), st.sampled_from(LAPTOPS), st.sampled_from(TEXTS)),
    st.tuples(st.just("venue"), st.sampled_from(LAPTOPS), st.sampled_from(TEXTS)),
    st.tuples(st.just("sync"), st.sampled_from(LAPTOPS), st.booleans()),  # True: its file is delivered late
    st.tuples(st.just("deliver"), st.sampled_from(LAPTOPS), st.just(False)),
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(step, min_size=3, max_size=14))
def test_random_edits_through_the_folder_converge_and_lose_nothing_typed(
    database_templates: DatabaseTemplates, tmp_path_factory: Any, steps: list[tuple[str, str, Any]]
) -> None:
    root = tmp_path_factory.mktemp("folder")
    folder, transit = root / "exchange", root / "transit"
    folder.mkdir()
    transit.mkdir()
    laptops = {
        name: open_context(database_templates.copy_to(root / name / "laptop.sqlite3"), actor=name) for name in LAPTOPS
    }
    try:
        _play(laptops, folder, transit, steps)
    finally:
        for ctx in laptops.values():
            ctx.close()


def _sync(laptop: ServiceContext, folder: Path) -> Any:
    return synchronise(laptop, FolderSide(laptop, folder))


def _play(laptops: dict[str, ServiceContext], folder: Path, transit: Path, steps: list[tuple[str, str, Any]]) -> None:
    meeting = small_meeting(laptops["a"], title="Ağ toplantısı")
    agenda.set_notes(laptops["a"], meeting.item_id, "başlangıç\n")
    for ctx in laptops.values():
        _sync(ctx, folder)
    typed_lines: set[str] = set()
    seen_in_conflicts: set[str] = set()
    asked = False
    for number, (action, name, option) in enumerate(steps):
        ctx = laptops[name]
        if action == "append":
            line = f"{name}{number} {EMOJI}"
            typed_lines.add(line)
            notes = agenda.get_item(ctx, meeting.item_id).notes_md or ""
            agenda.set_notes(ctx, meeting.item_id, line + "\n" + notes if option else notes + line + "\n")
        elif action in ("title", "venue"):
            meetings.update_meeting(ctx, meeting.meeting_id, **{action: f"{option} {name}{number}"})
        elif action == "sync":
            before = set(exchange_files.change_file_names(folder))
            report = _sync(ctx, folder)
            asked = asked or bool(report.conflicts)
            seen_in_conflicts |= {str(v) for c in report.conflicts for v in (c.ours, c.theirs, c.base)}
            if option:
                for late in set(exchange_files.change_file_names(folder)) - before:
                    shutil.move(folder / late, transit / late)
        else:
            for late in transit.iterdir():
                shutil.move(late, folder / late.name)
    for late in transit.iterdir():
        shutil.move(late, folder / late.name)
    for _round in range(2):
        for ctx in laptops.values():
            report = _sync(ctx, folder)
            asked = asked or bool(report.conflicts)
            seen_in_conflicts |= {str(v) for c in report.conflicts for v in (c.ours, c.theirs, c.base)}
    final_notes = {agenda.get_item(ctx, meeting.item_id).notes_md or "" for ctx in laptops.values()}
    for line in typed_lines:
        assert any(line in notes for notes in final_notes) or any(line in text for text in seen_in_conflicts), line
    if not asked:
        assert_converged(laptops["a"], laptops["b"])
        assert_converged(laptops["b"], laptops["c"])
        assert all(line in next(iter(final_notes)) for line in typed_lines)
    else:
        for _round in range(4):
            for ctx in laptops.values():
                target = FolderSide(ctx, folder).register_id()
                for view in conflict_views(ctx, target):
                    resolve_conflict(ctx, target, view.id, "theirs")
                _sync(ctx, folder)
        for ctx in laptops.values():
            assert _sync(ctx, folder).conflicts == ()
        assert_converged(laptops["a"], laptops["b"])
        assert_converged(laptops["b"], laptops["c"])
    assert_checked(*laptops.values())

"""Random edits on two laptops synchronised directly with a register (a SQLite file), in any order.

Whenever no conflict was reported the laptops and the register converge; when one was, every line typed is still
somewhere a person sees it (the notes on some side, or a conflict's values), and once the conflicts are answered
(ours or theirs) the laptops and the register converge.
"""

from __future__ import annotations

from typing import Any

from builders import small_meeting
from database_templates import DatabaseTemplates
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_support import ARABIC, EMOJI, TURKISH, assert_checked, assert_converged

from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.meeting import agenda, meetings
from unnm_desktop.services.sync.conflicts import pending_conflicts
from unnm_desktop.services.sync.resolve import resolve_conflict
from unnm_desktop.services.sync.run import synchronise
from unnm_desktop.services.sync.views import SyncReport

LAPTOPS = ("a", "b")
TEXTS = (TURKISH, ARABIC, EMOJI, "İzmir", "Şişli")

step = st.one_of(
    st.tuples(st.just("append"), st.sampled_from(LAPTOPS), st.sampled_from(TEXTS)),
    st.tuples(st.just("title"), st.sampled_from(LAPTOPS), st.sampled_from(TEXTS)),
    st.tuples(st.just("venue"), st.sampled_from(LAPTOPS), st.sampled_from(TEXTS)),
    st.tuples(st.just("sync"), st.sampled_from(LAPTOPS), st.just("")),
)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(step, min_size=3, max_size=14), take=st.sampled_from(("ours", "theirs")))
def test_random_edits_through_the_register_converge_and_lose_nothing_typed(
    database_templates: DatabaseTemplates, tmp_path_factory: Any, steps: list[tuple[str, str, str]], take: str
) -> None:
    root = tmp_path_factory.mktemp("register")
    register = open_context(database_templates.copy_to(root / "register" / "register.sqlite3"), actor="Secretariat")
    laptops = {
        name: open_context(database_templates.copy_to(root / name / "laptop.sqlite3"), actor=name) for name in LAPTOPS
    }
    try:
        _play(laptops, register, steps, take)
    finally:
        for ctx in (*laptops.values(), register):
            ctx.close()


class _Seen:
    """Whether any sync asked a question, and every value a person was shown in a conflict."""

    def __init__(self) -> None:
        self.asked = False
        self.in_conflicts: set[str] = set()

    def note(self, report: SyncReport) -> SyncReport:
        self.asked = self.asked or bool(report.conflicts)
        self.in_conflicts |= {str(v) for c in report.conflicts for v in (c.ours, c.theirs, c.base)}
        return report


def _play(
    laptops: dict[str, ServiceContext], register: ServiceContext, steps: list[tuple[str, str, str]], take: str
) -> None:
    meeting = small_meeting(laptops["a"], title="Ağ toplantısı")
    agenda.set_notes(laptops["a"], meeting.item_id, "başlangıç\n")
    seen = _Seen()
    for ctx in laptops.values():
        seen.note(synchronise(ctx, register))
    assert not seen.asked
    typed_lines: set[str] = set()
    for number, (action, name, text) in enumerate(steps):
        ctx = laptops[name]
        if action == "append":
            line = f"{name}{number} {text}"
            typed_lines.add(line)
            notes = agenda.get_item(ctx, meeting.item_id).notes_md or ""
            agenda.set_notes(ctx, meeting.item_id, notes + line + "\n")
        elif action in ("title", "venue"):
            meetings.update_meeting(ctx, meeting.meeting_id, **{action: f"{text} {name}{number}"})
        else:
            seen.note(synchronise(ctx, register))
    for _round in range(2):
        for ctx in laptops.values():
            seen.note(synchronise(ctx, register))
    everyone = (*laptops.values(), register)
    final_notes = {agenda.get_item(ctx, meeting.item_id).notes_md or "" for ctx in everyone}
    for line in typed_lines:
        assert any(line in notes for notes in final_notes) or any(line in text for text in seen.in_conflicts), (
            line,
            steps,
        )
    if not seen.asked:
        assert_converged(laptops["a"], register)
        assert_converged(laptops["b"], register)
        notes = agenda.get_item(register, meeting.item_id).notes_md or ""
        assert all(line in notes for line in typed_lines), (notes, steps)
    else:
        for _round in range(4):
            for ctx in laptops.values():
                for view in pending_conflicts(ctx, register):
                    resolve_conflict(ctx, register, view.id, take)
                synchronise(ctx, register)
        for ctx in laptops.values():
            assert synchronise(ctx, register).conflicts == (), steps
        assert_converged(laptops["a"], register)
        assert_converged(laptops["b"], register)
    assert_checked(*everyone)

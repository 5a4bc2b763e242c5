"""The decision register: filters, organisations named as at the meeting, supersession rules, exports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import docx
import openpyxl
import pytest
from builders import SmallMeeting
from sqlalchemy import text

from unnm_desktop.domain.errors import MeetingLockedError, ValidationError
from unnm_desktop.export.desk_docx import write_register_docx
from unnm_desktop.export.desk_xlsx import write_register_xlsx
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.desk.register import load_register, set_supersedes
from unnm_desktop.services.desk.views import RegisterFilter
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.meeting import attendance, decisions, meetings
from unnm_desktop.services.minutes import signoff


@pytest.fixture
def demo_ctx(demo_ctx_of: Callable[[int], ServiceContext]) -> ServiceContext:
    """`fill_demo` on a new database, copied from the session's template."""
    return demo_ctx_of(3)


def _refs(ctx: ServiceContext, **filters: object) -> list[str]:
    return [e.reference for e in load_register(ctx, RegisterFilter(**filters))]  # type: ignore[arg-type]


def test_every_decision_with_meeting_outcome_and_positions(demo_ctx: ServiceContext) -> None:
    entries = load_register(demo_ctx)
    assert len(entries) == 12  # two of them the 2021 meeting's closures still open (issue 14)
    assert [e.meeting_date for e in entries] == sorted(e.meeting_date for e in entries)
    first = entries[1]
    assert first.reference == "UNNM-TR/2019/1/2" and first.meeting_reference == "UNNM-TR/2019/1"
    assert first.meeting_date == date(2019, 11, 20) and first.outcome == "adopted_with_reservations"
    assert first.objectives == (1, 23)
    assert [(p.organization, p.kind) for p in first.positions] == [("ILO", "joins"), ("UNHCR", "reservation")]
    # The Presidency of Migration Management is named DGMM in 2019 and PMM in 2023.
    names = {
        p.organization for e in entries for p in e.positions if e.meeting_date.year < 2021 or e.meeting_date.year > 2022
    }
    assert "DGMM" in names and "PMM" in names


def test_filters(demo_ctx: ServiceContext) -> None:
    ctx = demo_ctx
    assert _refs(ctx, outcomes=("deferred",)) == ["UNNM-TR/2021/1/2", "UNNM-TR/2023/1/4"]
    assert _refs(ctx, outcomes=("adopted", "not_adopted")) == [
        "UNNM-TR/2019/1/1",
        "UNNM-TR/2021/1/3",
        "UNNM-TR/2023/1/1",
    ]
    assert _refs(ctx, objective=7) == ["UNNM-TR/2019/1/3", "UNNM-TR/2023/1/2"]
    pmm = directory.find_organization(ctx, "PMM").id  # type: ignore[union-attr]
    assert _refs(ctx, organization_id=pmm) == ["UNNM-TR/2021/1/3", "UNNM-TR/2023/1/2"]  # objection as DGMM, reservation
    unhcr = directory.find_organization(ctx, "UNHCR").id  # type: ignore[union-attr]
    assert _refs(ctx, organization_id=unhcr) == ["UNNM-TR/2019/1/2"]  # its concern and standing aside do not count
    assert [r[:14] for r in _refs(ctx, date_from=date(2021, 6, 24), date_to=date(2021, 6, 24))] == [
        "UNNM-TR/2021/1"
    ] * 5
    assert _refs(ctx, date_from=date(2023, 11, 3)) == []
    both = ["UNNM-TR/2019/1/2", "UNNM-TR/2021/1/1"]
    assert _refs(ctx, objective=1, outcomes=("adopted_with_reservations",)) == both
    with pytest.raises(ValidationError, match="1 to 23"):
        load_register(ctx, RegisterFilter(objective=24))
    with pytest.raises(ValidationError, match="before it starts"):
        load_register(ctx, RegisterFilter(date_from=date(2024, 1, 1), date_to=date(2023, 1, 1)))
    with pytest.raises(ValidationError, match="not a valid outcome"):
        load_register(ctx, RegisterFilter(outcomes=("accepted",)))


def test_free_text_uses_the_folded_index_over_decisions_and_statements(
    ctx: ServiceContext, small: SmallMeeting
) -> None:
    first = decisions.add_decision(ctx, small.meeting_id, text="Ağ, GÖÇ verisi çalışma grubunu kurar.")
    second = decisions.add_decision(ctx, small.meeting_id, text="The Network adopts its work plan.")
    decisions.set_position(ctx, second, small.orgs["UNHCR"], "concern", statement="Işık tutulmalı: koruma boyutu.")
    assert _refs(ctx, text="goc calisma") == [decisions.get_decision(ctx, first).reference]
    assert _refs(ctx, text="ISIK") == [decisions.get_decision(ctx, second).reference]
    assert _refs(ctx, text="nowhere") == []


def test_supersede_rules(ctx: ServiceContext, small: SmallMeeting) -> None:
    old = decisions.add_decision(ctx, small.meeting_id, text="Work plan 2023", outcome="adopted")
    later_meeting = meetings.create_next_meeting(ctx, small.meeting_id, title="Next", start="2024-02-01 10:00")
    new = decisions.add_decision(ctx, later_meeting, text="Work plan 2024")
    newest_meeting = meetings.create_next_meeting(ctx, later_meeting, title="Third", start="2024-06-01 10:00")
    newest = decisions.add_decision(ctx, newest_meeting, text="Work plan 2024, revised")
    with pytest.raises(ValidationError, match="itself"):
        set_supersedes(ctx, new, new)
    with pytest.raises(ValidationError, match="only a later decision"):
        set_supersedes(ctx, old, new)
    set_supersedes(ctx, new, old)
    set_supersedes(ctx, newest, new)
    by_id = {e.id: e for e in load_register(ctx)}
    assert by_id[old].superseded_by == ((new, by_id[new].reference),)
    assert by_id[new].supersedes_reference == by_id[old].reference and by_id[new].superseded
    assert [e.id for e in load_register(ctx, RegisterFilter(include_superseded=False))] == [newest]
    # A cycle made outside these rules (e.g. an earlier edit) is refused, not followed for ever.
    with ctx.session() as session:
        session.execute(
            text("UPDATE decision SET supersedes_id = :newest WHERE id = :old"), {"newest": newest, "old": old}
        )
    with pytest.raises(ValidationError, match="already supersedes"):
        set_supersedes(ctx, newest, old)
    set_supersedes(ctx, newest, None)
    assert load_register(ctx, RegisterFilter(text="revised"))[0].supersedes_id is None


def test_supersede_needs_the_later_minutes_open_and_is_audited(ctx: ServiceContext, small: SmallMeeting) -> None:
    from sqlalchemy import select

    from unnm_desktop.store.models import AuditEvent

    old = decisions.add_decision(ctx, small.meeting_id, text="Old", outcome="adopted")
    signoff.sign_off(ctx, small.meeting_id, [signoff.SignatoryInput("Ayşe Yılmaz", role="Chair")], backup=False)
    later = meetings.create_next_meeting(ctx, small.meeting_id, title="Later", start="2024-01-10 10:00")
    new = decisions.add_decision(ctx, later, text="New", outcome="adopted")
    set_supersedes(ctx, new, old)  # the earlier minutes are signed off: that is fine
    with ctx.session() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert (event.entity, event.action, event.entity_id) == ("decision", "supersede", new)
    attendance.update_attendance(ctx, [row.id for row in attendance.list_attendance(ctx, later)], status="present")
    signoff.sign_off(ctx, later, [signoff.SignatoryInput("Ayşe Yılmaz", role="Chair")], backup=False)
    with pytest.raises(MeetingLockedError):
        set_supersedes(ctx, new, None)


def test_exports_open_in_word_and_excel_with_formulas_neutralised(
    ctx: ServiceContext, small: SmallMeeting, tmp_path: Path
) -> None:
    hostile = '=HYPERLINK("http://evil.example","click")'
    decision = decisions.add_decision(ctx, small.meeting_id, text=hostile)
    decisions.set_position(ctx, decision, small.orgs["UNICEF"], "reservation", statement="@SUM(1+1) ليلى الحسن")
    decisions.add_decision(ctx, small.meeting_id, text="-1+2 Göç ve İstanbul", chair_note="+cmd|' /C calc'!A0")
    entries = load_register(ctx)
    workbook = openpyxl.load_workbook(write_register_xlsx(entries, tmp_path / "register.xlsx"))
    sheet = workbook.active
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c.value for c in row), strict=False)) for row in sheet.iter_rows(min_row=2)]
    assert rows[0]["Decision"] == "'" + hostile and rows[1]["Decision"] == "'-1+2 Göç ve İstanbul"
    assert rows[1]["Chair's note"].startswith("'+cmd")
    assert "UNICEF: Reservation" in rows[0]["Reservations and objections"]
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    document = docx.Document(str(write_register_docx(entries, tmp_path / "register.docx", "all")))
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["Reference", "Date", "Meeting", "Decision", "Outcome", "Positions"]
    assert table.rows[1].cells[3].text.startswith(hostile)
    assert "ليلى الحسن" in table.rows[1].cells[5].text
    assert document.core_properties.category == "Decision register"


def test_editing_a_decision_obeys_the_same_supersession_rules(ctx: ServiceContext, small: SmallMeeting) -> None:
    first = decisions.add_decision(ctx, small.meeting_id, text="First")
    second = decisions.add_decision(ctx, small.meeting_id, text="Second")
    with pytest.raises(ValidationError, match="only a later decision"):
        decisions.update_decision(ctx, first, supersedes_id=second)
    with pytest.raises(ValidationError, match="itself"):
        decisions.update_decision(ctx, second, supersedes_id=second)
    decisions.update_decision(ctx, second, supersedes_id=first)
    assert decisions.get_decision(ctx, second).supersedes_id == first

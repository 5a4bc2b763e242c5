"""The action tracker: filters, overdue, marking done within the sign-off rules, the .xlsx export, and the
one function that neutralises spreadsheet formulas."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from builders import small_meeting
from sqlalchemy import select

from unnm_desktop.domain.errors import MeetingLockedError, NotFoundError, ValidationError
from unnm_desktop.export.cells import neutralise, safe_cell
from unnm_desktop.export.desk_xlsx import write_actions_xlsx
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.desk.tracker import load_actions, mark_done
from unnm_desktop.services.desk.views import TrackerFilter
from unnm_desktop.services.maintenance import check_database
from unnm_desktop.services.meeting import actions, attendance, meetings
from unnm_desktop.services.minutes import signoff
from unnm_desktop.store.models import AuditEvent

TODAY = date(2024, 1, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+90 312 000 00 00", "'+90 312 000 00 00"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=cmd", "'\t=cmd"),
        ("\r=cmd", "'\r=cmd"),
        ("Göç = migration", "Göç = migration"),
        ("", ""),
    ],
)
def test_formula_like_text_is_neutralised(text: str, expected: str) -> None:
    assert neutralise(text) == expected
    assert safe_cell(text) == expected


def test_safe_cell_keeps_numbers_and_dates_and_drops_xml_illegal_characters() -> None:
    assert safe_cell(-3) == -3 and safe_cell(date(2024, 1, 1)) == date(2024, 1, 1) and safe_cell(None) is None
    assert safe_cell("a\x00b\x1bc") == "abc"


def _tracked(ctx: ServiceContext) -> tuple[object, dict[str, str]]:
    m = small_meeting(ctx)
    ids = {
        "late": actions.add_action(ctx, m.meeting_id, text="Late report", responsible_org_ids=[m.orgs["IOM"]], due_date="2023-12-01"),
        "soon": actions.add_action(ctx, m.meeting_id, text="Soon", responsible_org_ids=[m.orgs["PMM"], m.orgs["IOM"]], due_date="2024-02-01"),
        "done": actions.add_action(ctx, m.meeting_id, text="Done one", responsible_org_ids=[m.orgs["UNHCR"]], due_date="2023-11-20", status="done"),
        "undated": actions.add_action(ctx, m.meeting_id, text="=HYPERLINK(\"x\")", responsible_org_ids=[m.orgs["PMM"]]),
    }  # fmt: skip
    return m, ids


def test_filters_and_overdue(ctx: ServiceContext) -> None:
    m, ids = _tracked(ctx)

    def found(**filters: object) -> list[str]:
        return [e.id for e in load_actions(ctx, TrackerFilter(today=TODAY, **filters))]  # type: ignore[arg-type]

    assert found() == [ids["done"], ids["late"], ids["soon"], ids["undated"]]  # by due date, undated last
    assert found(overdue_only=True) == [ids["late"]]
    assert found(organization_id=m.orgs["PMM"]) == [ids["soon"], ids["undated"]]  # type: ignore[attr-defined]
    assert found(statuses=("done",)) == [ids["done"]]
    assert found(statuses=("open", "in_progress"), due_from=date(2023, 12, 1), due_to=date(2023, 12, 31)) == [
        ids["late"]
    ]
    entry = next(e for e in load_actions(ctx, TrackerFilter(today=TODAY)) if e.id == ids["soon"])
    assert entry.responsible == ("IOM", "PMM") and not entry.overdue and entry.meeting_date == date(2023, 11, 2)
    with pytest.raises(ValidationError, match="not a valid action status"):
        load_actions(ctx, TrackerFilter(statuses=("finished",)))


def test_mark_done_with_date_and_note_is_audited(ctx: ServiceContext) -> None:
    _, ids = _tracked(ctx)
    mark_done(ctx, ids["late"], done_on="2023-12-20", note="Report shared by e-mail.")
    entry = next(e for e in load_actions(ctx) if e.id == ids["late"])
    assert (entry.status, entry.completed_on, entry.completion_note) == (
        "done",
        date(2023, 12, 20),
        "Report shared by e-mail.",
    )
    assert not entry.overdue
    with ctx.session() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert (event.entity, event.action, event.entity_id) == ("action_point", "mark_done", ids["late"])
        assert '"status": "open"' in event.before_json and "2023-12-20" in event.after_json
    with pytest.raises(ValidationError, match="before"):
        mark_done(ctx, ids["soon"], done_on="2023-01-01")
    with pytest.raises(ValidationError, match="still to come"):
        mark_done(ctx, ids["soon"], done_on=date.today() + timedelta(days=2))
    with pytest.raises(ValidationError, match="not a date"):
        mark_done(ctx, ids["soon"], done_on="tomorrow")
    with pytest.raises(NotFoundError):
        mark_done(ctx, "no-such-action")


def test_actions_of_signed_off_minutes_can_be_marked_done_and_the_sign_off_holds(ctx: ServiceContext) -> None:
    m, ids = _tracked(ctx)
    signoff.sign_off(ctx, m.meeting_id, [signoff.SignatoryInput("Ayşe Yılmaz", role="Chair")], backup=False)  # type: ignore[attr-defined]
    with pytest.raises(MeetingLockedError):
        actions.update_action(ctx, ids["late"], text="Changed")  # the text of signed-off minutes stays
    mark_done(ctx, ids["late"], done_on="2023-12-20", note="Shared.")
    later = meetings.create_next_meeting(ctx, m.meeting_id, title="Later", start="2024-01-10 10:00")  # type: ignore[attr-defined]
    mark_done(ctx, ids["soon"], done_on="2024-01-10", note="Reported at the January meeting.", at_meeting_id=later)
    follow_ups = actions.list_follow_ups(ctx, later)
    assert [(f.action.id, f.note, f.status) for f in follow_ups if f.action.id == ids["soon"]] == [
        (ids["soon"], "Reported at the January meeting.", "done")
    ]
    assert check_database(ctx, backup=False).ok
    with pytest.raises(ValidationError, match="later meeting"):
        mark_done(ctx, ids["undated"], at_meeting_id=m.meeting_id)  # type: ignore[attr-defined]
    attendance.update_attendance(ctx, [r.id for r in attendance.list_attendance(ctx, later)], status="present")
    signoff.sign_off(ctx, later, [signoff.SignatoryInput("Ayşe Yılmaz", role="Chair")], backup=False)
    with pytest.raises(MeetingLockedError):
        mark_done(ctx, ids["undated"], at_meeting_id=later)
    assert check_database(ctx, backup=False).ok


def test_xlsx_export_highlights_overdue_and_neutralises_formulas(ctx: ServiceContext, tmp_path: Path) -> None:
    _tracked(ctx)
    entries = load_actions(ctx, TrackerFilter(today=TODAY))
    sheet = openpyxl.load_workbook(write_actions_xlsx(entries, tmp_path / "actions.xlsx")).active
    header = [c.value for c in sheet[1]]
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    assert header[:6] == ["Action", "Responsible", "Responsible person", "Due", "Status", "Overdue"]
    assert '\'=HYPERLINK("x")' in rows and rows['\'=HYPERLINK("x")'][0].data_type == "s"
    late = rows["Late report"]
    assert late[header.index("Overdue")].value == "overdue"
    assert late[0].fill.fgColor.rgb.endswith("F8D7DA")
    assert rows["Soon"][0].fill.fgColor.rgb in (None, "00000000")
    assert late[header.index("Due")].value.date() == date(2023, 12, 1)
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)

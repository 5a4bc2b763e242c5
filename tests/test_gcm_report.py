"""The GCM report: per objective 1-23, the meetings, decisions and action points of a period, with counts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import docx
import pytest
from builders import SmallMeeting

from unnm_desktop.domain.errors import ValidationError
from unnm_desktop.export.desk_docx import write_gcm_report_docx
from unnm_desktop.resources import gcm_objectives
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.desk.gcm_report import gcm_report
from unnm_desktop.services.meeting import actions, agenda, decisions, meetings


def test_counts_per_objective_and_what_is_tagged(ctx: ServiceContext, small: SmallMeeting) -> None:
    meetings.update_meeting(ctx, small.meeting_id, objectives=[1, 23])
    agenda.update_item(ctx, small.item_id, objectives=[7])
    tagged = decisions.add_decision(ctx, small.meeting_id, text="Data working group", objectives=[1, 17])
    decisions.add_decision(ctx, small.meeting_id, text="Untagged decision")
    from_decision = actions.add_action(ctx, small.meeting_id, text="Terms of reference", decision_id=tagged)
    from_meeting = actions.add_action(
        ctx, small.meeting_id, text="Circulate the minutes", responsible_org_ids=[small.orgs["PMM"]]
    )
    later = meetings.create_meeting(ctx, title="Next year", start="2024-03-01 10:00", objectives=[1])

    report = gcm_report(ctx, date(2023, 11, 2), date(2023, 11, 2))
    assert [s.number for s in report.sections] == list(range(1, 24))
    by_number = {s.number: s for s in report.sections}
    assert by_number[1].title == gcm_objectives()[1]
    assert [mt.id for mt in by_number[1].meetings] == [small.meeting_id]
    assert [mt.id for mt in by_number[7].meetings] == [small.meeting_id]  # through its agenda item
    assert [mt.id for mt in by_number[17].meetings] == [small.meeting_id]  # through its decision
    assert [d.id for d in by_number[1].decisions] == [tagged] and by_number[23].decisions == ()
    assert [a.id for a in by_number[17].actions] == [from_decision]  # the decision's objectives
    assert [a.id for a in by_number[23].actions] == [from_meeting]  # no decision: the meeting's
    assert {a.id for a in by_number[1].actions} == {from_decision, from_meeting}
    assert by_number[23].actions[0].responsible == ("PMM",)
    assert by_number[1].counts == {"meetings": 1, "decisions": 1, "actions": 2}
    assert by_number[2].counts == {"meetings": 0, "decisions": 0, "actions": 0}
    assert report.totals == {"meetings": 1, "decisions": 1, "actions": 2}
    whole = gcm_report(ctx, date(2023, 1, 1), date(2024, 12, 31))
    assert [mt.id for mt in whole.sections[0].meetings] == [small.meeting_id, later]


def test_the_period_is_in_istanbul_days(ctx: ServiceContext) -> None:
    # 00:30 on 1 March in Istanbul is still 28 February in UTC.
    early = meetings.create_meeting(ctx, title="Early", start="2024-03-01 00:30", objectives=[5])
    assert [mt.id for mt in gcm_report(ctx, date(2024, 3, 1), date(2024, 3, 1)).sections[4].meetings] == [early]
    assert gcm_report(ctx, date(2024, 2, 1), date(2024, 2, 29)).sections[4].meetings == ()
    with pytest.raises(ValidationError, match="before it starts"):
        gcm_report(ctx, date(2024, 3, 2), date(2024, 3, 1))


def test_docx_export_of_the_demo(demo_ctx_of: Callable[[int], ServiceContext], tmp_path: Path) -> None:
    ctx = demo_ctx_of(3)
    report = gcm_report(ctx, date(2019, 1, 1), date(2023, 12, 31))
    assert report.totals["meetings"] == 3 and report.totals["decisions"] == 10
    document = docx.Document(str(write_gcm_report_docx(report, tmp_path / "gcm.docx")))
    summary = document.tables[0]
    assert [c.text for c in summary.rows[0].cells] == ["No.", "Objective", "Meetings", "Decisions", "Actions"]
    assert len(summary.rows) == 24
    first = [c.text for c in summary.rows[1].cells]
    assert first[0] == "1" and first[1] == gcm_objectives()[1]
    assert first[2:] == [str(v) for v in report.sections[0].counts.values()]
    headings = [p.text for p in document.paragraphs if p.text.startswith("Objective ")]
    assert headings[0].startswith("Objective 1: ")
    assert len(headings) == sum(1 for s in report.sections if any(s.counts.values()))
    assert document.core_properties.category == "GCM report"

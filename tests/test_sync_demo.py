"""A whole demo register (decisions, positions, action points and follow-ups, sign-offs, aliases) to a new laptop
and back, with edits of every kind of record on both sides; on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable

from sync_support import ARABIC, EMOJI, TURKISH, assert_checked, assert_converged, records

from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.meeting import actions, agenda, attendance, decisions, meetings
from unnm_desktop.services.sync.run import synchronise


def test_a_demo_register_goes_to_a_new_laptop_and_edits_of_every_kind_come_back(
    demo_ctx_of: Callable[[int], ServiceContext], laptop: ServiceContext
) -> None:
    register = demo_ctx_of(4)
    first = synchronise(laptop, register)
    assert first.conflicts == () and first.pushed == 0
    kinds = {key[0] for key in records(laptop)}
    assert {"sign_off", "decision", "position", "action_point", "organization_alias"} <= kinds
    assert_converged(laptop, register)
    assert_checked(laptop, register)

    draft = meetings.create_meeting(laptop, title=f"Taslak {TURKISH}", start="2026-06-01 10:00",
                                    reference="UNNM-TR/2026/LAP-1")  # fmt: skip
    iom = directory.find_organization(laptop, "IOM").id  # type: ignore[union-attr]
    unhcr = directory.find_organization(laptop, "UNHCR").id  # type: ignore[union-attr]
    attendance.add_attendee(laptop, draft, organization_id=iom)
    attendance.add_attendee(laptop, draft, organization_id=unhcr)
    item = agenda.add_item(laptop, draft, title="Göç verileri", notes_md=f"{ARABIC}\n")
    decision = decisions.add_decision(laptop, draft, text=f"Karar metni {EMOJI}", agenda_item_id=item)
    decisions.set_position(laptop, decision, iom, "joins", statement="Destekliyoruz — نؤيد")
    action = actions.add_action(laptop, draft, text="Raporu paylaş", responsible_org_ids=[iom, unhcr],
                                decision_id=decision)  # fmt: skip
    synchronise(laptop, register)
    # The register carries on with the new meeting, while the laptop records a follow-up at another one.
    actions.update_action(register, action, text="Raporu Şubat'ta paylaş")
    decisions.set_position(register, decision, unhcr, "joins", statement="ولا مانع")
    later = meetings.create_meeting(laptop, title="Sonraki", start="2026-07-01 10:00", reference="UNNM-TR/2026/LAP-2")
    actions.record_follow_up(laptop, action, later, note="Paylaşıldı ✅", status="done")
    agenda.set_notes(laptop, item, f"Açılış\n{ARABIC}\n")

    report = synchronise(laptop, register)

    assert report.conflicts == ()
    for side in (laptop, register):
        (action_view,) = actions.list_actions(side, draft)
        assert (action_view.text, action_view.status) == ("Raporu Şubat'ta paylaş", "done")
        assert agenda.get_item(side, item).notes_md == f"Açılış\n{ARABIC}\n"
        assert len(decisions.get_decision(side, decision).positions) == 2
    assert_converged(laptop, register)
    assert_checked(laptop, register)
    again = synchronise(laptop, register)
    assert (again.pulled, again.pushed, again.conflicts) == (0, 0, ())

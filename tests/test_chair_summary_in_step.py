"""The chair's summary kept in step with the positions and the outcome, unless it was edited by hand (issue 14).

The stored chair's note still equal to the draft made before a change was not edited by hand: the services
replace it with the draft made after the change, in the same language; anything else is left alone. Through
set_position, remove_position, update_decision and the autosave's edits, in English and Turkish.
"""

from __future__ import annotations

import pytest
from builders import SmallMeeting

from unnm_desktop.services import edits
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.meeting import decisions, meetings
from unnm_desktop.services.meeting.chair_summary import draft_chair_summary

ENGLISH_START = "The Network has not yet taken a decision; PMM entered a reservation on paragraph 3."
TURKISH_START = "Ağ henüz karar almadı; PMM, 3 numaralı paragraf hakkında çekince koydu."


def _decision_with_summary(ctx: ServiceContext, small: SmallMeeting, language: str) -> str:
    meetings.update_meeting(ctx, small.meeting_id, language=language)
    decision_id = decisions.add_decision(ctx, small.meeting_id, text="The Network endorses the work plan.")
    decisions.set_position(ctx, decision_id, small.orgs["IOM"], "joins")
    decisions.set_position(ctx, decision_id, small.orgs["PMM"], "reservation", paragraph_ref="3")
    draft = draft_chair_summary(ctx, decision_id)  # the meeting's language
    decisions.update_decision(ctx, decision_id, chair_note=draft)
    return decision_id


def _note(ctx: ServiceContext, decision_id: str) -> str | None:
    return decisions.get_decision(ctx, decision_id).chair_note


@pytest.mark.parametrize(("language", "start"), [("en", ENGLISH_START), ("tr", TURKISH_START)])
def test_the_draft_is_in_the_meetings_language(
    ctx: ServiceContext, small: SmallMeeting, language: str, start: str
) -> None:
    decision_id = _decision_with_summary(ctx, small, language)
    assert _note(ctx, decision_id) == start


@pytest.mark.parametrize(
    ("language", "after_objection", "after_outcome", "after_removal"),
    [
        (
            "en",
            "The Network has not yet taken a decision; UNHCR objected; PMM entered a reservation on paragraph 3.",
            "There being no consensus, the Network did not adopt the decision; UNHCR objected; PMM entered a "
            "reservation on paragraph 3.",
            "There being no consensus, the Network did not adopt the decision; PMM entered a reservation on "
            "paragraph 3.",
        ),
        (
            "tr",
            "Ağ henüz karar almadı; UNHCR itiraz etti; PMM, 3 numaralı paragraf hakkında çekince koydu.",
            "Uzlaşı sağlanamadığından Ağ, kararı kabul etmedi; UNHCR itiraz etti; PMM, 3 numaralı paragraf "
            "hakkında çekince koydu.",
            "Uzlaşı sağlanamadığından Ağ, kararı kabul etmedi; PMM, 3 numaralı paragraf hakkında çekince koydu.",
        ),
    ],
)
def test_a_summary_not_edited_by_hand_follows_positions_and_outcome(
    ctx: ServiceContext, small: SmallMeeting, language: str, after_objection: str, after_outcome: str,
    after_removal: str,
) -> None:  # fmt: skip
    decision_id = _decision_with_summary(ctx, small, language)
    version = decisions.get_decision(ctx, decision_id).version
    decisions.set_position(ctx, decision_id, small.orgs["UNHCR"], "objects")
    assert _note(ctx, decision_id) == after_objection
    assert decisions.get_decision(ctx, decision_id).version == version + 1  # other desks see the change
    decisions.update_decision(ctx, decision_id, outcome="not_adopted")
    assert _note(ctx, decision_id) == after_outcome
    assert decisions.remove_position(ctx, decision_id, small.orgs["UNHCR"]) is not None
    assert _note(ctx, decision_id) == after_removal


def test_a_change_that_leaves_the_draft_as_it_was_changes_nothing(ctx: ServiceContext, small: SmallMeeting) -> None:
    decision_id = _decision_with_summary(ctx, small, "en")
    version = decisions.get_decision(ctx, decision_id).version
    saved = decisions.save_position(ctx, decision_id, small.orgs["UNHCR"], "joins", statement="We join.")
    assert saved.decision_version is None
    assert decisions.get_decision(ctx, decision_id).version == version
    assert _note(ctx, decision_id) == ENGLISH_START


@pytest.mark.parametrize("language", ["en", "tr"])
def test_a_summary_edited_by_hand_is_left_alone(ctx: ServiceContext, small: SmallMeeting, language: str) -> None:
    decision_id = _decision_with_summary(ctx, small, language)
    edited = _note(ctx, decision_id).replace(".", "; the Chair thanked İŞKUR and Işıl Doğan.")
    decisions.update_decision(ctx, decision_id, chair_note=edited)
    decisions.set_position(ctx, decision_id, small.orgs["UNHCR"], "objects")
    decisions.update_decision(ctx, decision_id, outcome="not_adopted")
    decisions.remove_position(ctx, decision_id, small.orgs["PMM"])
    assert _note(ctx, decision_id) == edited


def test_a_free_chairs_note_is_never_replaced(ctx: ServiceContext, small: SmallMeeting) -> None:
    decision_id = decisions.add_decision(ctx, small.meeting_id, text="The Network agrees.")
    decisions.update_decision(ctx, decision_id, chair_note="The quorum was not reached.")
    decisions.set_position(ctx, decision_id, small.orgs["UNHCR"], "objects")
    assert _note(ctx, decision_id) == "The quorum was not reached."
    empty = decisions.add_decision(ctx, small.meeting_id, text="The Network agrees again.")
    decisions.set_position(ctx, empty, small.orgs["UNHCR"], "objects")
    assert _note(ctx, empty) is None  # nothing inserted: nothing kept in step


def test_a_summary_in_the_other_language_follows_in_its_own_language(ctx: ServiceContext, small: SmallMeeting) -> None:
    """Inserted in Turkish in an English meeting (or the meeting's language changed since): it stays Turkish."""
    decision_id = _decision_with_summary(ctx, small, "en")
    decisions.update_decision(ctx, decision_id, chair_note=draft_chair_summary(ctx, decision_id, "tr"))
    decisions.set_position(ctx, decision_id, small.orgs["UNHCR"], "stands_aside")
    assert _note(ctx, decision_id) == (
        "Ağ henüz karar almadı; PMM, 3 numaralı paragraf hakkında çekince koydu; UNHCR çekimser kaldı."
    )


def test_the_autosaves_position_edit_reports_the_decisions_new_version(
    ctx: ServiceContext, small: SmallMeeting
) -> None:
    """A desk's next save of the decision builds on the version the summary's step produced: no false conflict."""
    decision_id = _decision_with_summary(ctx, small, "en")
    before = decisions.get_decision(ctx, decision_id).version
    edit = edits.position_edit(decision_id, small.orgs["PMM"], "reservation", paragraph_ref="4")
    produced = edits.run_edit(ctx, edit, {edit.records[0]: None})
    assert produced[edits.record_key("decision", decision_id)] == before + 1
    assert (
        _note(ctx, decision_id) == "The Network has not yet taken a decision; PMM entered a reservation on paragraph 4."
    )
    version = decisions.update_decision(
        ctx, decision_id, expected_version=produced[edits.record_key("decision", decision_id)], text="Amended."
    )
    assert version == before + 2


def test_the_step_is_in_the_audit_log(ctx: ServiceContext, small: SmallMeeting) -> None:
    from sqlalchemy import select

    from unnm_desktop.store.models import AuditEvent

    decision_id = _decision_with_summary(ctx, small, "en")
    decisions.set_position(ctx, decision_id, small.orgs["UNHCR"], "objects")
    with ctx.session() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.entity == "decision", AuditEvent.entity_id == decision_id)
        ).all()
        assert any("UNHCR objected" in (event.after_json or "") for event in events)

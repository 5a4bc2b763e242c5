"""A signed-off meeting with closures still open (issue 14), built through the services for the closure tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from builders import SmallMeeting

from unnm_desktop.domain.clock import use_clock
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.meeting import decisions
from unnm_desktop.services.minutes import signoff

# The small meeting is held on 2 November 2023 at 10:00 in Istanbul; sign-off on 3 November.
SIGNING = datetime(2023, 11, 3, 9, 0, tzinfo=timezone.utc)


@dataclass
class OpenMeeting:
    meeting_id: str
    reference: str
    ad_referendum: str  # decision reference: UNHCR and UNICEF ad referendum (due 30 Nov / 15 Dec 2023), PMM reserves
    silence: str  # decision reference: under silence until 10 Nov 2023 12:00 Istanbul time
    sha256: str


def signed_with_open_closures(ctx: ServiceContext, small: SmallMeeting) -> OpenMeeting:
    ad_ref = decisions.add_decision(
        ctx, small.meeting_id, text="The Network endorses the 2024 workplan.", agenda_item_id=small.item_id
    )
    decisions.set_position(ctx, ad_ref, small.orgs["IOM"], "joins")
    decisions.set_position(ctx, ad_ref, small.orgs["PMM"], "reservation", paragraph_ref="paragraph 3")
    decisions.set_position(ctx, ad_ref, small.orgs["UNHCR"], "ad_referendum", deadline="2023-11-30")
    decisions.set_position(ctx, ad_ref, small.orgs["UNICEF"], "ad_referendum", deadline="2023-12-15")
    silence = decisions.add_decision(
        ctx,
        small.meeting_id,
        text="The Network adopts the joint statement on World Refugee Day.",
        agenda_item_id=small.item_id,
        method="silence_procedure",
        outcome="under_silence",
        silence_deadline="2023-11-10 12:00",
    )
    with use_clock(SIGNING):
        sha = signoff.sign_off(
            ctx, small.meeting_id, [signoff.SignatoryInput("Ayşe Yılmaz", role="Chair")], backup=False
        )
    refs = {d.id: d.reference for d in decisions.list_decisions(ctx, small.meeting_id)}
    from unnm_desktop.services.meeting.meetings import get_meeting

    return OpenMeeting(small.meeting_id, get_meeting(ctx, small.meeting_id).reference, refs[ad_ref], refs[silence], sha)

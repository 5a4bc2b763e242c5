"""A signed-off meeting whose notes hold intervention stamps, for the tests of stamps as prose (issue 14)."""

from __future__ import annotations

from builders import small_meeting

from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.meeting import agenda, decisions, meetings
from unnm_desktop.services.minutes import signoff

NOTES = "10:42 — PMM: Veri paylaşımı — İÖÇÜŞĞ ığdır.\n\n10:44 — Işıl Doğan (UNHCR): Katılıyoruz. 10:45 — Chair: Teşekkürler."


def signed_meeting(ctx: ServiceContext, language: str = "en") -> str:
    meeting = small_meeting(ctx)
    meetings.update_meeting(ctx, meeting.meeting_id, language=language)
    agenda.set_notes(ctx, meeting.item_id, NOTES)
    decision = decisions.add_decision(ctx, meeting.meeting_id, text="Adopt", agenda_item_id=meeting.item_id)
    decisions.set_position(ctx, decision, meeting.orgs["PMM"], "joins")
    decisions.update_decision(ctx, decision, outcome="adopted")
    signatories = [signoff.SignatoryInput("Ayşe Yılmaz", role="Chair"), signoff.SignatoryInput("İsmail Çelik")]
    signoff.sign_off(ctx, meeting.meeting_id, signatories, backup=False)
    return meeting.meeting_id


def item_id(ctx: ServiceContext, meeting_id: str) -> str:
    (item,) = [i for i in agenda.list_items(ctx, meeting_id) if i.title == "GCM implementation in Türkiye"]
    return item.id

"""Small builders for test meetings, through the real services."""

from __future__ import annotations

from dataclasses import dataclass

from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.meeting import agenda, attendance, meetings


@dataclass
class SmallMeeting:
    meeting_id: str
    item_id: str
    orgs: dict[str, str]
    people: dict[str, str]


def small_meeting(ctx: ServiceContext, *, title: str = "UNNM Türkiye network meeting") -> SmallMeeting:
    orgs = {
        acronym: directory.find_organization(ctx, acronym).id for acronym in ("IOM", "PMM", "UNHCR", "UNICEF", "MFA")
    }
    people = {
        "Ayşe Yılmaz": directory.create_person(ctx, full_name="Ayşe Yılmaz", organization_id=orgs["IOM"]),
        "İsmail Çelik": directory.create_person(ctx, full_name="İsmail Çelik", organization_id=orgs["PMM"]),
        "Işıl Doğan": directory.create_person(ctx, full_name="Işıl Doğan", organization_id=orgs["UNHCR"]),
        "ليلى الحسن": directory.create_person(ctx, full_name="ليلى الحسن", organization_id=orgs["UNICEF"]),
    }
    meeting_id = meetings.create_meeting(
        ctx,
        title=title,
        start="2023-11-02 10:00",
        chair_id=people["Ayşe Yılmaz"],
        rapporteur_id=people["İsmail Çelik"],
        location="Ankara",
    )
    for person_id in people.values():
        attendance.add_attendee(ctx, meeting_id, person_id=person_id)
    item_id = agenda.add_item(ctx, meeting_id, title="GCM implementation in Türkiye")
    return SmallMeeting(meeting_id, item_id, orgs, people)

"""Similar-name search (Qt-free): the Turkish way, word order ignored, one typo allowed, attendance known."""

from __future__ import annotations

from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.meeting import attendance, meetings, people_match
from unnm_desktop.services.meeting.people_match import SAME_NAME, SIMILAR_NAME, closeness, name_key


def test_names_compare_the_turkish_way() -> None:
    assert name_key("  Işık   YILMAZ ") == name_key("isik yilmaz") == name_key("Işık-Yılmaz") == "isik yilmaz"
    assert closeness("Isik Yilmaz", "Işık Yılmaz") == SAME_NAME
    assert closeness("İSMAİL ÇELİK", "İsmail Çelik") == SAME_NAME
    assert closeness("Yılmaz Işık", "Işık Yılmaz") == SIMILAR_NAME  # surname first
    assert closeness("Isik Dogan", "Işıl Doğan") == SIMILAR_NAME  # one letter off
    assert closeness("Ali Can", "Ala Can") == SIMILAR_NAME
    assert closeness("Ece", "Eda") is None  # very short names: no typo allowed, or everyone is similar
    assert closeness("Işıl Aydın", "Işıl Doğan") is None  # same first name only
    assert closeness("Ayşe Yılmaz", "Ayşe Kaya") is None
    assert closeness("", "Ayşe Kaya") is None
    assert closeness("ليلى الحسن", "ليلى الحسن") == SAME_NAME


def test_similar_people_same_names_first_with_attendance(ctx: ServiceContext) -> None:
    iom = directory.find_organization(ctx, "IOM").id
    pmm = directory.find_organization(ctx, "PMM").id
    isil = directory.create_person(ctx, full_name="Işıl Doğan", organization_id=iom)
    isik_pmm = directory.create_person(ctx, full_name="Işık Doğan", organization_id=pmm)
    directory.create_person(ctx, full_name="Ayşe Yılmaz", organization_id=iom)
    meeting_id = meetings.create_meeting(ctx, title="Toplantı", start="2026-12-03 10:00")
    attendance.add_attendee(ctx, meeting_id, person_id=isil)

    found = people_match.similar_people(ctx, "Isik Dogan", meeting_id=meeting_id)
    assert [(s.person.id, s.closeness, s.attending) for s in found] == [
        (isik_pmm, SAME_NAME, False),
        (isil, SIMILAR_NAME, True),
    ]
    assert found[0].person.organization_acronym == "PMM"
    assert people_match.similar_people(ctx, "Şükrü Öztürk") == []

    same = people_match.similar_people(ctx, "ışıl doğan")
    assert [(s.person.id, s.closeness, s.attending) for s in same] == [
        (isil, SAME_NAME, False),  # no meeting asked about
        (isik_pmm, SIMILAR_NAME, False),
    ]


def test_attendee_named(ctx: ServiceContext) -> None:
    iom = directory.find_organization(ctx, "IOM").id
    ayse = directory.create_person(ctx, full_name="Ayşe Yılmaz", organization_id=iom)
    directory.create_person(ctx, full_name="Işık Yılmaz", organization_id=iom)
    meeting_id = meetings.create_meeting(ctx, title="Toplantı", start="2026-12-03 10:00")
    entry = attendance.add_attendee(ctx, meeting_id, person_id=ayse)
    assert people_match.attendee_named(ctx, meeting_id, "AYSE yilmaz").id == entry
    assert people_match.attendee_named(ctx, meeting_id, "Işık Yılmaz") is None  # in the directory, not attending
    assert people_match.attendee_named(ctx, meeting_id, "   ") is None


def test_similar_organisations(ctx: ServiceContext) -> None:
    turkish = "Sığınmacılar ve Göçmenlerle Dayanışma Derneği"
    assert [o.acronym for o in people_match.similar_organizations(ctx, "ASAM")] == ["SGDD-ASAM"]
    assert [o.acronym for o in people_match.similar_organizations(ctx, "XYZQ", name_tr=turkish.upper())] == [
        "SGDD-ASAM"
    ]
    assert people_match.similar_organizations(ctx, "İGAM", "Research Centre on Asylum and Migration") == []
    assert people_match.similar_organizations(ctx, "") == []

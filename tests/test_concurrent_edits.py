"""Two desks changing the same record: the second save, based on an older version, is refused with the other
change shown, and nothing is overwritten (issue 12, "Many users at once"), on SQLite and on a real server.

On a server the two desks are two contexts (two connection pools, as two machines would have). A SQLite file has
one writer process at a time (store/lock.py), so there the other desk's save is made by the same context under
the other person's name: what the services see is the same, a version that moved on since the editor read it.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from builders import small_meeting
from sqlalchemy import text

from unnm_desktop.domain.errors import ConcurrentChangeError
from unnm_desktop.services.concurrency import SHOWN_CHARACTERS
from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.desk import tracker
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.directory import lookups
from unnm_desktop.services.meeting import actions, agenda, attendance, decisions, meetings
from unnm_desktop.services.package.apply import write_meeting
from unnm_desktop.services.package.from_database import read_meeting
from unnm_desktop.store.audit import verify_chain

AYSE = "Ayşe Yılmaz"
ISMAIL = "İsmail Çelik"
# "at 10:42 (Ayşe Yılmaz)": the other change's time where the meeting is held, and who made it.
_WHO_AND_WHEN = re.compile(r"at (\d{4}-\d\d-\d\d )?\d\d:\d\d \(Ayşe Yılmaz\)")


@dataclass
class Desks:
    """The desk of `name`: a context that saves under that person's name."""

    desk: Callable[[str], contextlib.AbstractContextManager[ServiceContext]]
    setup: ServiceContext


@pytest.fixture(params=["sqlite", "server"])
def desks(request: pytest.FixtureRequest) -> Iterator[Desks]:
    if request.param == "sqlite":
        ctx: ServiceContext = request.getfixturevalue("ctx")

        @contextlib.contextmanager
        def same_context_as(name: str) -> Iterator[ServiceContext]:
            before, ctx.actor = ctx.actor, name
            try:
                yield ctx
            finally:
                ctx.actor = before

        yield Desks(same_context_as, ctx)
        return
    address = request.getfixturevalue("server_address")
    opened: dict[str, ServiceContext] = {}

    @contextlib.contextmanager
    def own_context(name: str) -> Iterator[ServiceContext]:
        if name not in opened:
            opened[name] = open_context(address, actor=name)
        yield opened[name]

    setup = request.getfixturevalue("server_ctx")
    try:
        yield Desks(own_context, setup)
    finally:
        for context in opened.values():
            context.close()


def test_notes_saved_on_an_older_version_are_refused_with_the_other_text_shown(desks: Desks) -> None:
    m = small_meeting(desks.setup)
    with desks.desk(ISMAIL) as mine:
        agenda.set_notes(mine, m.item_id, "İlk satır.")
        read = agenda.get_item(mine, m.item_id)  # the editor's text is based on this
    with desks.desk(AYSE) as theirs:
        assert agenda.set_notes(
            theirs, m.item_id, "PMM: göçmenler için ŞEHİR planı — Işık", expected_version=read.version
        )
    with desks.desk(ISMAIL) as mine:
        with pytest.raises(ConcurrentChangeError) as refused:
            agenda.set_notes(mine, m.item_id, "İlk satır.\nBenim notum: ılık İğdır", expected_version=read.version)
        message = str(refused.value)
        assert message.startswith("Someone else changed this agenda item's notes at ")
        assert _WHO_AND_WHEN.search(message), message
        assert "«PMM: göçmenler için ŞEHİR planı — Işık»" in message
        assert "Your text was kept in the editor; copy what you need and reload." in message
        assert refused.value.current_version == read.version + 1
        # Nothing was overwritten, and the refused save left no trace in the audit log.
        now = agenda.get_item(mine, m.item_id)
        assert now.notes_md == "PMM: göçmenler için ŞEHİR planı — Işık"
        assert now.version == read.version + 1
        # Reloaded, the editor bases its save on the current version: it is written, one version higher.
        assert agenda.set_notes(
            mine, m.item_id, now.notes_md + "\nBenim notum: ılık İğdır", expected_version=now.version
        )
        again = agenda.get_item(mine, m.item_id)
        assert again.notes_md == "PMM: göçmenler için ŞEHİR planı — Işık\nBenim notum: ılık İğdır"
        assert again.version == now.version + 1
        with mine.session() as session:
            assert verify_chain(session).ok
            notes_events = session.execute(
                text("SELECT actor FROM audit_event WHERE entity_id = :id AND action = 'notes' ORDER BY seq"),
                {"id": m.item_id},
            ).scalars()
            assert list(notes_events) == [ISMAIL, AYSE, ISMAIL]


def test_a_save_without_a_version_keeps_working_and_a_long_other_text_is_shortened(desks: Desks) -> None:
    m = small_meeting(desks.setup)
    read = agenda.get_item(desks.setup, m.item_id)
    long_text = "Göç " * 300
    with desks.desk(AYSE) as theirs:
        agenda.set_notes(theirs, m.item_id, long_text)
    with desks.desk(ISMAIL) as mine:
        with pytest.raises(ConcurrentChangeError) as refused:
            agenda.set_notes(mine, m.item_id, "x", expected_version=read.version)
        shown = re.search("«(.*)»", str(refused.value), re.S)
        assert shown and shown.group(1).endswith("…") and len(shown.group(1)) <= SHOWN_CHARACTERS + 1
        # A caller that does not know the version (the command line) writes as before.
        assert agenda.set_notes(mine, m.item_id, "the command line's text")
        assert agenda.get_item(mine, m.item_id).notes_md == "the command line's text"


def test_notes_refused_after_another_desk_renamed_the_item_say_so(desks: Desks) -> None:
    m = small_meeting(desks.setup)
    read = agenda.get_item(desks.setup, m.item_id)
    with desks.desk(AYSE) as theirs:
        agenda.update_item(theirs, m.item_id, title="Göç ve uyum (İzmir)")
    with desks.desk(ISMAIL) as mine, pytest.raises(ConcurrentChangeError) as refused:
        agenda.set_notes(mine, m.item_id, "benim notum", expected_version=read.version)
    message = str(refused.value)
    assert message.startswith("Someone else changed this agenda item at "), message
    assert "title «Göç ve uyum (İzmir)»" in message and _WHO_AND_WHEN.search(message)


def _stale_edit_cases(ctx: ServiceContext) -> list[tuple[str, Callable[[], int], Callable[..., Any], str, str]]:
    """(what, read the version, save with expected_version=…, the other desk's value, where it shows)."""
    m = small_meeting(ctx)
    decision_id = decisions.add_decision(ctx, m.meeting_id, text="The network adopts the work plan.")
    decisions.set_position(ctx, decision_id, m.orgs["PMM"], "joins", statement="PMM joins.")
    action_id = actions.add_action(ctx, m.meeting_id, text="Share the data", responsible_org_ids=[m.orgs["IOM"]])
    later = meetings.create_meeting(ctx, title="Later", start="2023-12-02 10:00")
    actions.record_follow_up(ctx, action_id, later, note="Asked again.")
    row_id = attendance.list_attendance(ctx, m.meeting_id)[0].id
    person_id = m.people["Işıl Doğan"]
    pmm = m.orgs["PMM"]

    def position_version() -> int:
        return next(p for p in decisions.get_decision(ctx, decision_id).positions if p.organization_id == pmm).version

    def follow_up_version() -> int:
        return actions.list_follow_ups(ctx, later)[0].version

    def attendance_version() -> int:
        return next(a for a in attendance.list_attendance(ctx, m.meeting_id) if a.id == row_id).version

    return [
        (
            "meeting",
            lambda: meetings.get_meeting(ctx, m.meeting_id).version,
            lambda c, v, value: meetings.update_meeting(c, m.meeting_id, expected_version=v, location=value),
            "İzmir, Konak",
            "location «İzmir, Konak»",
        ),
        (
            "agenda item",
            lambda: agenda.get_item(ctx, m.item_id).version,
            lambda c, v, value: agenda.update_item(c, m.item_id, expected_version=v, title=value),
            "Göç ve uyum",
            "title «Göç ve uyum»",
        ),
        (
            "decision",
            lambda: decisions.get_decision(ctx, decision_id).version,
            lambda c, v, value: decisions.update_decision(c, decision_id, expected_version=v, text=value),
            "Ağ çalışma planını kabul eder.",
            "text «Ağ çalışma planını kabul eder.»",
        ),
        (
            "position",
            position_version,
            lambda c, v, value: decisions.set_position(
                c, decision_id, pmm, "concern", statement=value, expected_version=v
            ),
            "PMM: Şüpheli veri",
            "statement «PMM: Şüpheli veri»",
        ),
        (
            "action point",
            lambda: actions.list_actions(ctx, m.meeting_id)[0].version,
            lambda c, v, value: actions.update_action(c, action_id, expected_version=v, text=value),
            "Verileri paylaş",
            "text «Verileri paylaş»",
        ),
        (
            "follow-up",
            follow_up_version,
            lambda c, v, value: actions.record_follow_up(c, action_id, later, note=value, expected_version=v),
            "Yeniden soruldu.",
            "note «Yeniden soruldu.»",
        ),
        (
            "attendance entry",
            attendance_version,
            lambda c, v, value: attendance.update_attendance(c, [row_id], expected_version=v, arrival_time=value),
            "10:42",
            "arrival time «10:42»",
        ),
        (
            "person's entry",
            lambda: lookups.get_person(ctx, person_id).version,
            lambda c, v, value: directory.update_person(c, person_id, expected_version=v, title=value),
            "Uzman Yardımcısı",
            "title «Uzman Yardımcısı»",
        ),
        (
            "organisation",
            lambda: lookups.get_organization(ctx, pmm).version,
            lambda c, v, value: directory.update_organization(c, pmm, expected_version=v, name_tr=value),
            "Göç İdaresi Başkanlığı (düzeltildi)",
            "Turkish name «Göç İdaresi Başkanlığı (düzeltildi)»",
        ),
    ]


def test_every_edit_service_refuses_a_save_based_on_an_older_version(desks: Desks) -> None:
    cases = _stale_edit_cases(desks.setup)
    for what, version_now, save, their_value, shown in cases:
        read = version_now()
        with desks.desk(AYSE) as theirs:
            save(theirs, read, their_value)
        assert version_now() == read + 1, what
        with desks.desk(ISMAIL) as mine, pytest.raises(ConcurrentChangeError) as refused:
            save(mine, read, "10:50")  # refused before it is even read
        message = str(refused.value)
        assert message.startswith(f"Someone else changed this {what} at "), message
        assert _WHO_AND_WHEN.search(message), message
        assert shown in message, message
        assert version_now() == read + 1, what  # nothing written
        with desks.desk(ISMAIL) as mine:
            save(mine, read + 1, "11:05" if what == "attendance entry" else their_value + " (2)")  # current: written
        assert version_now() == read + 2, what


def test_a_position_recorded_meanwhile_is_not_overwritten_by_an_editor_that_showed_none(desks: Desks) -> None:
    m = small_meeting(desks.setup)
    decision_id = decisions.add_decision(desks.setup, m.meeting_id, text="Karar")
    with desks.desk(AYSE) as theirs:
        decisions.set_position(theirs, decision_id, m.orgs["PMM"], "concern", statement="PMM: endişe")
    with desks.desk(ISMAIL) as mine, pytest.raises(ConcurrentChangeError) as refused:
        decisions.set_position(mine, decision_id, m.orgs["PMM"], "joins", expected_version=0)
    assert "statement «PMM: endişe»" in str(refused.value)
    held = decisions.get_decision(desks.setup, decision_id).positions
    assert [(p.kind, p.statement) for p in held] == [("concern", "PMM: endişe")]


def test_the_message_is_translated_as_one_sentence(ctx: ServiceContext) -> None:
    m = small_meeting(ctx)
    read = agenda.get_item(ctx, m.item_id).version
    agenda.update_item(ctx, m.item_id, title="Göç")
    with pytest.raises(ConcurrentChangeError) as refused:
        agenda.update_item(ctx, m.item_id, expected_version=read, title="x")
    catalogue = {
        "Someone else changed this agenda item at {time} ({name}): {changes}. Your text was kept in the editor; "
        "copy what you need and reload.": "{name} bu gündem maddesini {time} saatinde değiştirdi: {changes}.",
        "{field} «{value}»": "{field}: «{value}»",
        "title": "başlık",
    }
    translated = refused.value.translated(lambda context, source: catalogue.get(source, source))
    assert re.fullmatch(
        r"Test Rapporteur bu gündem maddesini \d\d:\d\d saatinde değiştirdi: başlık: «Göç»\.", translated
    )


def test_every_way_of_changing_a_row_raises_its_version(ctx: ServiceContext) -> None:
    """The ORM's own updates, the autosave's Core update, a merge's bulk update and a package import."""
    m = small_meeting(ctx)
    item = agenda.get_item(ctx, m.item_id).version
    agenda.set_notes(ctx, m.item_id, "bir")
    agenda.update_item(ctx, m.item_id, objectives=[3])  # only the objectives: still a change of the item
    assert agenda.get_item(ctx, m.item_id).version == item + 2
    assert not agenda.set_notes(ctx, m.item_id, "bir")  # nothing changed: no new version
    assert agenda.get_item(ctx, m.item_id).version == item + 2
    # An edit service returns the version the editor bases its next save on.
    assert agenda.update_item(ctx, m.item_id, expected_version=item + 2, title="Göç") == item + 3
    assert agenda.update_item(ctx, m.item_id, expected_version=item + 3, title="Göç") == item + 3
    assert agenda.get_item(ctx, m.item_id).version == item + 3

    meeting = meetings.get_meeting(ctx, m.meeting_id).version
    duplicate = directory.create_person(ctx, full_name="Ayse Yilmaz")
    meetings.update_meeting(ctx, m.meeting_id, chair_id=duplicate)
    directory.merge_people(ctx, m.people[AYSE], duplicate)  # the chair moves to the kept entry
    detail = meetings.get_meeting(ctx, m.meeting_id)
    assert detail.chair_id == m.people[AYSE] and detail.version == meeting + 2

    # A package import writes the meeting's rows with Core (services/package/apply.py).
    before_import = agenda.get_item(ctx, m.item_id).version
    with ctx.session() as session:
        entry, _ = read_meeting(session, m.meeting_id)
        entry["agenda_items"][0]["notes_md"] = "paketten"
        write_meeting(session.connection(), entry)
    restored = agenda.get_item(ctx, m.item_id)
    assert restored.notes_md == "paketten" and restored.version == before_import + 1


def test_the_tracker_refuses_marking_done_an_action_changed_meanwhile(ctx: ServiceContext) -> None:
    m = small_meeting(ctx)
    action_id = actions.add_action(ctx, m.meeting_id, text="Share the data")
    entry = next(e for e in tracker.load_actions(ctx) if e.id == action_id)
    actions.update_action(ctx, action_id, due_date="2023-12-01")
    with pytest.raises(ConcurrentChangeError) as refused:
        tracker.mark_done(ctx, action_id, done_on="2023-11-20", expected_version=entry.version)
    assert "due date «2023-12-01»" in str(refused.value)
    assert next(e for e in tracker.load_actions(ctx) if e.id == action_id).status == "open"


def test_a_row_changed_between_reading_and_writing_is_refused_not_overwritten(server_address: Any) -> None:
    """The ORM's own check, for the services that read before they write (the version read is in the UPDATE's
    WHERE): another desk's commit in between makes the write match no row, and the person is told."""
    from unnm_desktop.store.models import AgendaItem

    with open_context(server_address, actor=ISMAIL) as mine, open_context(server_address, actor=AYSE) as theirs:
        meeting_id = meetings.create_meeting(mine, title="Toplantı", start="2026-05-12 10:00")
        item_id = agenda.add_item(mine, meeting_id, title="Göç")
        with pytest.raises(ConcurrentChangeError) as refused, mine.session() as session:
            item = session.get(AgendaItem, item_id)
            agenda.set_notes(theirs, item_id, "Ayşe'nin notu")  # committed while this desk is between the two
            item.title = "İsmail'in başlığı"
        assert str(refused.value).startswith("Someone else changed this record at the same moment")
        now = agenda.get_item(mine, item_id)
        assert (now.title, now.notes_md) == ("Göç", "Ayşe'nin notu")

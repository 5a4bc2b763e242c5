"""Helpers for the tests of the minutes' content order (issue 15): a pair of meetings full of records that tie
under the sorting rule's first keys, packages with every list shuffled, and content read with SQLite returning
unordered rows backwards (as PostgreSQL may return them in any order)."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from builders import small_meeting
from sqlalchemy import text

from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.meeting import actions, agenda, attendance, decisions, meetings
from unnm_desktop.services.minutes import signoff
from unnm_desktop.services.minutes.content import build_content
from unnm_desktop.store.models import Organization

TIED_TEXT = "Circulate the revised draft"


@dataclass
class TiedMeetings:
    earlier_id: str  # its action points are followed up by the later meeting
    later_id: str
    reference: str  # of the later meeting


def tied_meetings(ctx: ServiceContext) -> TiedMeetings:
    """Two signed-off meetings whose records tie on the old rule's keys wherever they can: attendees called alike
    at one organisation, two organisations called IOM (a package import keeps both), action points with the same
    text set at the same meeting (followed up together at the next), each with responsible organisations."""
    built = small_meeting(ctx)
    orgs, earlier = built.orgs, built.meeting_id
    with ctx.session() as session:  # the directory refuses a second IOM; an imported package may bring one
        twin = Organization(
            acronym="IOM", name_en="International Organization for Migration (Gaziantep)", kind="un_entity"
        )
        session.add(twin)
        session.flush()
        twin_iom = twin.id
    for _ in range(2):
        namesake = directory.create_person(ctx, full_name="Ayşe Yılmaz", organization_id=orgs["IOM"])
        attendance.add_attendee(ctx, earlier, person_id=namesake, status="remote", arrival_time="10:20")
    attendance.add_attendee(ctx, earlier, organization_id=twin_iom, status="present")
    attendance.add_attendee(ctx, earlier, organization_id=orgs["IOM"], status="apologies")
    _decision_with_tied_positions(ctx, earlier, built.item_id, orgs["IOM"], twin_iom, orgs["UNHCR"])
    for responsible in ([orgs["IOM"]], [orgs["UNHCR"], orgs["PMM"]], [twin_iom, orgs["UNICEF"]]):
        actions.add_action(ctx, earlier, text=TIED_TEXT, responsible_org_ids=responsible, due_date="2023-12-01")
    actions.add_action(ctx, earlier, text="Share the data matrix", responsible_org_ids=[orgs["MFA"]])
    _sign(ctx, earlier)

    later = meetings.create_next_meeting(ctx, earlier, title="UNNM Türkiye network meeting", start="2023-12-07 10:00")
    rows = attendance.list_attendance(ctx, later)
    attendance.update_attendance(ctx, [row.id for row in rows], status="present")
    for number, follow_up in enumerate(actions.list_follow_ups(ctx, later)):
        status = ("in_progress", None, "done", None)[number % 4]
        actions.record_follow_up(ctx, follow_up.action.id, later, note=f"Görüşüldü ({number})", status=status)
    item = agenda.add_item(ctx, later, title="Göç verisi")
    _decision_with_tied_positions(ctx, later, item, orgs["IOM"], twin_iom, orgs["PMM"])
    for responsible in ([orgs["PMM"], orgs["IOM"]], [twin_iom]):
        actions.add_action(ctx, later, text=TIED_TEXT, responsible_org_ids=responsible)
    _sign(ctx, later)
    return TiedMeetings(earlier, later, meetings.get_meeting(ctx, later).reference)


def _decision_with_tied_positions(
    ctx: ServiceContext, meeting_id: str, item_id: str, iom: str, twin_iom: str, other: str
) -> None:
    decision = decisions.add_decision(ctx, meeting_id, text="Adopt the work plan", agenda_item_id=item_id)
    for org_id, statement in ((iom, "Ankara ofisi"), (twin_iom, "Gaziantep ofisi"), (other, "")):
        decisions.set_position(ctx, decision, org_id, "joins", statement=statement)
    decisions.update_decision(ctx, decision, outcome="adopted")


def _sign(ctx: ServiceContext, meeting_id: str) -> str:
    signatories = [signoff.SignatoryInput("Ayşe Yılmaz", role="Chair"), signoff.SignatoryInput("İsmail Çelik")]
    return signoff.sign_off(ctx, meeting_id, signatories, backup=False)


def content(ctx: ServiceContext, meeting_id: str, *, backwards: bool = False) -> dict[str, Any]:
    """The meeting's content; `backwards`: with SQLite returning every unordered SELECT's rows in reverse (on
    PostgreSQL, which has no such switch, read through index scans instead of sequential ones: another order)."""
    on_server = ctx.db.server is not None
    switch, reset = (
        ("SET enable_seqscan = off", "RESET enable_seqscan")
        if on_server
        else ("PRAGMA reverse_unordered_selects = 1", "PRAGMA reverse_unordered_selects = 0")
    )
    with ctx.session() as session:
        session.execute(text(switch if backwards else reset))
        try:
            return build_content(session, meeting_id)
        finally:
            session.execute(text(reset))


def shuffled(value: Any, rng: random.Random) -> Any:
    """The JSON value with every list, at every depth, in a random order."""
    if isinstance(value, dict):
        return {key: shuffled(item, rng) for key, item in value.items()}
    if isinstance(value, list):
        items = [shuffled(item, rng) for item in value]
        rng.shuffle(items)
        return items
    return value


def write_shuffled(package: Path, target: Path, rng: random.Random) -> Path:
    document = json.loads(package.read_text(encoding="utf-8"))
    target.write_text(json.dumps(shuffled(document, rng), ensure_ascii=False), encoding="utf-8")
    return target


def ties_reversed(items: list[Any], key: Any) -> list[Any]:
    """The list sorted by `key` with records that tie on it in the reverse of their current order: one order
    the rule before issue 15 could have stored, as it left ties to the database."""
    return sorted(reversed(items), key=key)


def as_the_old_rule_stored_it(content: dict[str, Any]) -> dict[str, Any]:
    """The content with every tie of the old rule (sorted by names only) in the other order."""
    old = json.loads(json.dumps(content))
    old["attendance"] = ties_reversed(
        old["attendance"],
        lambda a: ((a["organization"] or {}).get("acronym", ""), (a["person"] or {}).get("name", "")),
    )
    for item in old["agenda"]:
        for decision in item["decisions"]:
            decision["positions"] = ties_reversed(decision["positions"], lambda p: p["organization"]["acronym"])
    old["follow_ups"] = ties_reversed(old["follow_ups"], lambda f: (f["action"]["origin"], f["action"]["text"]))
    return old

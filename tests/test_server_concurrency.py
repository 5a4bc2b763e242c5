"""Eight desks editing the same and different meetings at once on a real server (issue 12): no lost update, no
deadlock left hanging, the audit chain verifies afterwards.

Each desk is a process with its own context on the server, typing as an editor does: it saves with the version
it last read (`expected_version`), and when told that someone else changed the record it reloads and goes on.
Every save a desk was told succeeded is recorded with the version it made. Then, per record:

- no two acknowledged saves made the same version (two saves based on one version would be a lost update);
- the acknowledged versions run without a gap from the version before the test to the record's version now,
  so each acknowledged save is either the record's state now or was followed by a save based on it (its author
  had seen it: a save of an older version was refused in between);
- each field holds the value of the acknowledged save with the highest version among those that set it;
- the audit log has exactly one event per acknowledged save (refused saves wrote nothing).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from server_fixtures import server_register_at
from sqlalchemy import text

from unnm_desktop.domain.errors import ConcurrentChangeError
from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.meeting import agenda, meetings
from unnm_desktop.store.address import ServerAddress
from unnm_desktop.store.audit import verify_chain

DESKS = 8
# The issue asks for 20 s; the test's whole run stays under 25 s.
SECONDS = float(os.environ.get("UNNM_CONCURRENCY_SECONDS", "20"))
# Between two saves a desk pauses up to this long (75 ms on average; a person's autosave comes at most every 0.6 s):
# about 2,000 saves in the 20 s, half of them refused as conflicts, while the 8 desks and their server processes
# take under a core, leaving the rest to the tests running beside this one.
MAX_PAUSE_SECONDS = 0.15


def _edit_for_a_while(number: int, address: ServerAddress, plan: dict[str, Any], until: float, out: Path) -> None:
    """One desk: random saves on its meeting's shared records and its own item until `until`."""
    rng = random.Random(number)
    acknowledged: list[dict[str, Any]] = []
    refused: defaultdict[str, int] = defaultdict(int)
    errors: list[str] = []
    ctx = open_context(address, actor=f"Masa {number} — Işık")
    try:
        known = {item: agenda.get_item(ctx, item).version for item in [*plan["shared_items"], plan["own_item"]]}
        known[plan["meeting"]] = meetings.get_meeting(ctx, plan["meeting"]).version
        count = 0
        while time.monotonic() < until:
            count += 1
            roll = rng.random()
            if roll < 0.15:
                record, field = plan["own_item"], "notes_md"
            elif roll < 0.3:
                record, field = plan["meeting"], "location"
            else:
                record, field = rng.choice(plan["shared_items"]), "notes_md" if roll < 0.8 else "title"
            value = f"masa {number}, kayıt {count}: göç İğdır ılık"
            try:
                if field == "notes_md":
                    assert agenda.set_notes(ctx, record, value, expected_version=known[record])
                    made = known[record] + 1  # a save that changed the notes raised the version by one
                elif field == "title":
                    made = agenda.update_item(ctx, record, expected_version=known[record], title=value)
                else:
                    made = meetings.update_meeting(ctx, record, expected_version=known[record], location=value)
            except ConcurrentChangeError:
                refused[record] += 1
                # What the editor does: reload, then go on from what is there now.
                reader = meetings.get_meeting if record == plan["meeting"] else agenda.get_item
                known[record] = reader(ctx, record).version
            else:
                known[record] = made
                acknowledged.append({"record": record, "field": field, "value": value, "version": known[record]})
            time.sleep(rng.uniform(0, MAX_PAUSE_SECONDS))
    except Exception as error:  # reported to the test, which fails with it
        errors.append(f"{type(error).__name__}: {error}")
    finally:
        ctx.close()
        out.write_text(json.dumps({"acknowledged": acknowledged, "refused": refused, "errors": errors}))


def test_eight_desks_at_once_lose_no_update_and_leave_no_lock(server_address: ServerAddress, tmp_path: Path) -> None:
    setup = open_context(server_address, actor="Kurulum")
    plans, records = _meetings_for_the_desks(setup)
    initial = _versions(setup, records)
    setup.close()  # no connection of this process is shared with the desks (forked below)

    fork = multiprocessing.get_context("fork")
    until = time.monotonic() + SECONDS
    desks = [
        fork.Process(target=_edit_for_a_while, args=(n, server_address, plans[n], until, tmp_path / f"desk{n}.json"))
        for n in range(DESKS)
    ]
    for desk in desks:
        desk.start()
    for desk in desks:
        desk.join(timeout=max(1.0, until - time.monotonic()) + 15)
    hanging = [desk.pid for desk in desks if desk.is_alive()]
    for desk in desks:
        if desk.is_alive():
            desk.kill()
    assert not hanging, f"desks still running (a lock never released?): {hanging}"
    assert [desk.exitcode for desk in desks] == [0] * DESKS

    reports = [json.loads((tmp_path / f"desk{n}.json").read_text()) for n in range(DESKS)]
    assert [r["errors"] for r in reports] == [[]] * DESKS
    acknowledged = [save for report in reports for save in report["acknowledged"]]
    refused: defaultdict[str, int] = defaultdict(int)
    for report in reports:
        for record, times in report["refused"].items():
            refused[record] += times

    with open_context(server_address, actor="Denetim") as ctx:
        now = _versions(ctx, records)
        for record in records:
            saves = [save for save in acknowledged if save["record"] == record]
            made = sorted(save["version"] for save in saves)
            assert made == list(range(initial[record] + 1, now[record] + 1)), f"lost or unacknowledged on {record}"
            for field in {save["field"] for save in saves}:
                last = max((save for save in saves if save["field"] == field), key=lambda save: save["version"])
                assert _value(ctx, record, field) == last["value"], (record, field)
            assert _audited_changes(ctx, record) == len(saves), record
        shared = [r for r in records if r not in {plan["own_item"] for plan in plans}]
        assert all(refused[record] > 0 for record in shared), "the desks never met on a shared record"
        assert not any(refused[plan["own_item"]] for plan in plans), "a desk was refused on a record only it edits"
        # Every desk got work done: the refusals are conflicts, not a desk starved by the others.
        assert min(len(r["acknowledged"]) for r in reports) >= SECONDS // 4, [len(r["acknowledged"]) for r in reports]

        with ctx.session() as session:
            assert verify_chain(session).ok
            others = session.execute(
                text(
                    "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                    " WHERE a.datname = current_database() AND a.pid <> pg_backend_pid()"
                )
            ).scalar()
            advisory = session.execute(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).scalar()
            deadlocks = session.execute(
                text("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()")
            ).scalar()
        assert (others, advisory, deadlocks) == (0, 0, 0)


def _meetings_for_the_desks(ctx: ServiceContext) -> tuple[list[dict[str, Any]], list[str]]:
    """Two meetings; desks 0-3 share the first (its meeting row and two items), 4-7 the second; each desk also
    has an item of its own in its meeting."""
    plans: list[dict[str, Any]] = []
    records: list[str] = []
    for half in range(2):
        meeting_id = meetings.create_meeting(ctx, title=f"Eşzamanlı toplantı {half + 1}", start="2026-05-12 10:00")
        shared = [agenda.add_item(ctx, meeting_id, title=f"Ortak madde {n}") for n in (1, 2)]
        records += [meeting_id, *shared]
        for number in range(half * DESKS // 2, (half + 1) * DESKS // 2):
            own = agenda.add_item(ctx, meeting_id, title=f"Masa {number} maddesi")
            records.append(own)
            plans.append({"meeting": meeting_id, "shared_items": shared, "own_item": own})
    return plans, records


def _versions(ctx: ServiceContext, records: list[str]) -> dict[str, int]:
    with ctx.session() as session:
        rows = session.execute(
            text("SELECT id, version FROM agenda_item UNION ALL SELECT id, version FROM meeting")
        ).all()
    found = dict(rows)
    return {record: found[record] for record in records}


def _value(ctx: ServiceContext, record: str, field: str) -> str:
    if field == "location":
        return meetings.get_meeting(ctx, record).location
    return getattr(agenda.get_item(ctx, record), field)


def _audited_changes(ctx: ServiceContext, record: str) -> int:
    with ctx.session() as session:
        return session.execute(
            text("SELECT count(*) FROM audit_event WHERE entity_id = :id AND action IN ('notes', 'update')"),
            {"id": record},
        ).scalar()


def test_migration_0006_on_a_server_gives_existing_records_version_1(postgres_cluster: object) -> None:
    """Upgrade test of 0006 on PostgreSQL: a meeting made at 0005 reads back with version 1 and takes a save."""
    address = server_register_at(postgres_cluster, "0005")
    with open_context(address, actor="Ayşe Yılmaz") as ctx:
        assert meetings.get_meeting(ctx, "m-1").version == 1
        assert meetings.update_meeting(ctx, "m-1", expected_version=1, location="İzmir") == 2

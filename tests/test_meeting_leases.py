"""Meeting leases (issue 12): the desk typing a meeting live holds it; the others see who, where and since when.

On a real server, with each desk its own context (its own connection pool, as another computer would have):
take, renew, release, an explicit take-over, a lease lapsing when its desk stops renewing it, and two desks
taking the same free lease at the same moment (exactly one gets it). Leases stay out of the audit log.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
from builders import small_meeting
from server_fixtures import server_register_at
from sqlalchemy import func, select

from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.meeting import leases, meetings
from unnm_desktop.store.address import ServerAddress
from unnm_desktop.store.models import AuditEvent, MeetingLease

AYSE = leases.Desk("desk-ayse", "Ayşe Yılmaz", "sekreterya-01")
ISMAIL = leases.Desk("desk-ismail", "İsmail Çelik", "raportör-laptop")


@pytest.fixture
def other_ctx(server_address: ServerAddress) -> Iterator[ServiceContext]:
    """A second desk on the same register: its own connections."""
    context = open_context(server_address, actor=ISMAIL.holder)
    yield context
    context.close()


def _audit_events(ctx: ServiceContext) -> int:
    with ctx.session() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def test_a_held_lease_is_refused_to_another_desk_with_who_where_and_since(
    server_ctx: ServiceContext, other_ctx: ServiceContext
) -> None:
    meeting_id = small_meeting(server_ctx).meeting_id
    events = _audit_events(server_ctx)

    mine = leases.take(server_ctx, meeting_id, AYSE)
    assert mine.granted and mine.lease is not None
    assert (mine.lease.holder, mine.lease.host, mine.lease.desk_id) == ("Ayşe Yılmaz", "sekreterya-01", "desk-ayse")
    assert mine.lease.expires_at - mine.lease.since == timedelta(seconds=leases.LEASE_SECONDS)

    theirs = leases.take(other_ctx, meeting_id, ISMAIL)
    assert not theirs.granted
    assert theirs.lease == mine.lease  # who holds it, on which computer, since when
    assert leases.current(other_ctx, meeting_id) == mine.lease

    # The holder's heartbeat renews it and keeps its `since`; taking it again from the same desk too.
    time.sleep(0.05)
    assert leases.renew(server_ctx, meeting_id, AYSE)
    again = leases.take(server_ctx, meeting_id, AYSE)
    assert again.granted and again.lease is not None
    assert again.lease.since == mine.lease.since and again.lease.expires_at > mine.lease.expires_at
    assert not leases.renew(other_ctx, meeting_id, ISMAIL)  # a desk without the lease renews nothing

    # Released, it is free for the other desk.
    leases.release(server_ctx, meeting_id, AYSE)
    assert leases.current(other_ctx, meeting_id) is None
    assert leases.take(other_ctx, meeting_id, ISMAIL).granted
    leases.release(server_ctx, meeting_id, AYSE)  # not Ayşe's any more: left alone
    assert leases.current(server_ctx, meeting_id).holder == "İsmail Çelik"  # type: ignore[union-attr]

    assert _audit_events(server_ctx) == events  # not minutes content: nothing in the hash-chained log


def test_taking_over_replaces_the_holder_who_finds_out_at_the_next_heartbeat(
    server_ctx: ServiceContext, other_ctx: ServiceContext
) -> None:
    meeting_id = small_meeting(server_ctx).meeting_id
    assert leases.take(server_ctx, meeting_id, AYSE).granted
    taken = leases.take_over(other_ctx, meeting_id, ISMAIL)
    assert (taken.holder, taken.host, taken.desk_id) == ("İsmail Çelik", "raportör-laptop", "desk-ismail")
    assert not leases.renew(server_ctx, meeting_id, AYSE)
    refused = leases.take(server_ctx, meeting_id, AYSE)
    assert not refused.granted and refused.lease == taken
    assert leases.renew(other_ctx, meeting_id, ISMAIL)


def test_a_lease_its_desk_stopped_renewing_lapses_and_is_free(
    server_ctx: ServiceContext, other_ctx: ServiceContext
) -> None:
    meeting_id = small_meeting(server_ctx).meeting_id
    assert leases.take(server_ctx, meeting_id, AYSE, seconds=0.4).granted
    assert not leases.take(other_ctx, meeting_id, ISMAIL).granted
    time.sleep(0.6)  # Ayşe's desk died: no heartbeat
    assert leases.current(other_ctx, meeting_id) is None
    assert leases.take(other_ctx, meeting_id, ISMAIL).granted
    # Ayşe's desk comes back: its heartbeat says the lease is gone, and taking it again is refused.
    assert not leases.renew(server_ctx, meeting_id, AYSE)
    assert not leases.take(server_ctx, meeting_id, AYSE).granted


def test_a_lapsed_lease_nobody_took_is_still_its_desks(server_ctx: ServiceContext) -> None:
    meeting_id = small_meeting(server_ctx).meeting_id
    assert leases.take(server_ctx, meeting_id, AYSE, seconds=0.2).granted
    time.sleep(0.3)
    assert leases.renew(server_ctx, meeting_id, AYSE)
    assert leases.current(server_ctx, meeting_id).desk_id == AYSE.id  # type: ignore[union-attr]


def test_two_desks_taking_a_free_lease_at_once_exactly_one_gets_it(
    server_ctx: ServiceContext, other_ctx: ServiceContext
) -> None:
    meeting_ids = [meetings.create_meeting(server_ctx, title=f"Toplantı {n}", start="2026-12-03 10:00")
                   for n in range(12)]  # fmt: skip

    def take(ctx: ServiceContext, desk: leases.Desk, meeting_id: str, start: threading.Barrier,
             outcomes: dict[str, bool]) -> None:  # fmt: skip
        start.wait()
        outcomes[desk.id] = leases.take(ctx, meeting_id, desk).granted

    for meeting_id in meeting_ids:
        start = threading.Barrier(2)
        outcomes: dict[str, bool] = {}
        desks = [threading.Thread(target=take, args=(ctx, desk, meeting_id, start, outcomes))
                 for ctx, desk in ((server_ctx, AYSE), (other_ctx, ISMAIL))]  # fmt: skip
        for desk in desks:
            desk.start()
        for desk in desks:
            desk.join(timeout=30)
        assert sorted(outcomes.values()) == [False, True], outcomes
        winner = next(desk_id for desk_id, granted in outcomes.items() if granted)
        assert leases.current(server_ctx, meeting_id).desk_id == winner  # type: ignore[union-attr]


def test_desks_with_skewed_clocks_agree_on_the_servers_time(
    server_ctx: ServiceContext, other_ctx: ServiceContext
) -> None:
    """A desk whose own clock is an hour fast neither sees a live lease as lapsed nor makes its own last longer."""
    from datetime import datetime, timezone

    from unnm_desktop.domain.clock import use_clock

    meeting_id = small_meeting(server_ctx).meeting_id
    assert leases.take(server_ctx, meeting_id, AYSE).granted
    with use_clock(lambda: datetime.now(timezone.utc) + timedelta(hours=1)):
        assert not leases.take(other_ctx, meeting_id, ISMAIL).granted
        assert leases.current(other_ctx, meeting_id) is not None


def test_a_deleted_meeting_takes_its_lease_with_it(server_ctx: ServiceContext) -> None:
    meeting_id = small_meeting(server_ctx).meeting_id
    assert leases.take(server_ctx, meeting_id, AYSE).granted
    meetings.delete_meeting(server_ctx, meeting_id)
    with server_ctx.session() as session:
        assert session.scalar(select(func.count()).select_from(MeetingLease)) == 0


@pytest.mark.sqlite_only("compares a SQLite file's desk with a server's; the server side is server_ctx")
def test_leases_are_taken_only_on_a_server_this_desk_may_write_to(
    ctx: ServiceContext, server_ctx: ServiceContext, server_address: ServerAddress
) -> None:
    assert not leases.leases_apply(ctx)  # a SQLite file: its lock already keeps a second writer out
    assert leases.leases_apply(server_ctx)
    with open_context(server_address, read_only=True) as reading:
        assert not leases.leases_apply(reading)
    desk = leases.this_desk(server_ctx)
    assert desk.id == leases.DESK_ID and desk.holder == server_ctx.actor and desk.host


@pytest.mark.sqlite_only("what the lease services do on a SQLite file")
def test_the_services_work_on_a_sqlite_file_too(ctx: ServiceContext) -> None:
    meeting_id = small_meeting(ctx).meeting_id
    assert leases.take(ctx, meeting_id, AYSE).granted
    assert not leases.take(ctx, meeting_id, ISMAIL).granted
    leases.take_over(ctx, meeting_id, ISMAIL)
    assert not leases.renew(ctx, meeting_id, AYSE)
    leases.release(ctx, meeting_id, ISMAIL)
    assert leases.current(ctx, meeting_id) is None


def test_rapporteurs_and_the_secretariat_take_leases_and_a_reader_only_sees_them(
    postgres_cluster: object, server_address: ServerAddress, server_logins: dict[str, str]
) -> None:
    import psycopg
    from server_fixtures import address_as

    from unnm_desktop.store.server import make_server_engine
    from unnm_desktop.store.server_roles import grant_role, set_up_roles

    with open_context(server_address, actor="Kurulum") as owner:
        meeting_id = small_meeting(owner).meeting_id
    engine = make_server_engine(server_address)
    try:
        report = set_up_roles(engine)
        for role, login in server_logins.items():
            grant_role(engine, login, role)
    finally:
        engine.dispose()
    assert "meeting_leases" in report.tables and "meeting_leases" not in report.defaulted
    as_role = {role: address_as(postgres_cluster, server_address, login) for role, login in server_logins.items()}  # type: ignore[arg-type]

    with open_context(as_role["rapporteur"], actor=ISMAIL.holder) as rapporteur:
        assert leases.leases_apply(rapporteur)
        assert leases.take(rapporteur, meeting_id, ISMAIL).granted
        assert leases.renew(rapporteur, meeting_id, ISMAIL)
    with open_context(as_role["secretariat"], actor=AYSE.holder) as secretariat:
        assert not leases.take(secretariat, meeting_id, AYSE).granted
        assert leases.take_over(secretariat, meeting_id, AYSE).desk_id == AYSE.id
    with open_context(as_role["reader"], actor="Işıl") as reader:
        assert not leases.leases_apply(reader)
        assert leases.current(reader, meeting_id).holder == AYSE.holder  # type: ignore[union-attr]
    with (
        psycopg.connect(as_role["reader"].url, autocommit=True) as raw,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        raw.execute("DELETE FROM meeting_leases")
    with open_context(as_role["secretariat"], actor=AYSE.holder) as secretariat:
        leases.release(secretariat, meeting_id, AYSE)
        assert leases.current(secretariat, meeting_id) is None


def test_migration_0007_on_a_server_adds_the_lease_table(postgres_cluster: object) -> None:
    """Upgrade test of 0007 on PostgreSQL: a register at 0006 with a meeting opens at head and takes its lease."""
    import psycopg

    address = server_register_at(postgres_cluster, "0006")
    with psycopg.connect(postgres_cluster.url(address.database)) as raw:  # type: ignore[attr-defined]
        assert raw.execute("SELECT to_regclass('meeting_leases')").fetchone() == (None,)
    with open_context(address, actor=AYSE.holder) as ctx:
        assert leases.current(ctx, "m-1") is None
        assert leases.take(ctx, "m-1", AYSE).granted
        meetings.delete_meeting(ctx, "m-1")
        assert leases.current(ctx, "m-1") is None  # ON DELETE CASCADE

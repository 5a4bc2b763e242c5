"""A sync killed (SIGKILL) at random moments, many rounds, with edits on both sides between rounds, then run to the
end: both registers check, hold what was typed on each side (nothing lost, nothing twice), agree with each other,
and a second complete run changes nothing. SQLite on both sides: the command in a process of its own, as a
rapporteur runs it (the first and the last run), and the command's `main` in a forked child for the killed rounds,
so that the rounds do not wait for an interpreter to start."""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from database_templates import DatabaseTemplates
from sqlalchemy import func, select
from sync_support import ARABIC, assert_checked, assert_converged

from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.meeting import agenda, meetings
from unnm_desktop.services.sync.run import synchronise
from unnm_desktop.store.lock import lock_path_for
from unnm_desktop.store.models import AgendaItem, Person

ROUNDS = 20
LAPTOP, REGISTER = "laptop", "register"


@contextmanager
def _both(laptop_path: Path, register_path: Path) -> Iterator[dict[str, ServiceContext]]:
    """Both registers opened in this process (closed again so that the command can take their locks)."""
    with (
        open_context(laptop_path, actor="Dizüstü") as laptop,
        open_context(register_path, actor="Sekreterya") as register,
    ):
        yield {LAPTOP: laptop, REGISTER: register}


def _sync_arguments(laptop_path: Path, register_path: Path) -> list[str]:
    return ["sync", "--db", str(laptop_path), "--with", str(register_path)]


def _command_in_a_fork(arguments: list[str]) -> None:
    """The command's own `main`, in a child forked from this process: a process of its own, killed as any is,
    without the second of imports a new interpreter spends before it touches a database."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    from unnm_desktop.cli import main

    os._exit(main(arguments))


def _forked_sync(laptop_path: Path, register_path: Path) -> Any:
    process = multiprocessing.get_context("fork").Process(
        target=_command_in_a_fork, args=(_sync_arguments(laptop_path, register_path),)
    )
    process.start()
    return process


def _sync_command(laptop_path: Path, register_path: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "unnm_desktop", *_sync_arguments(laptop_path, register_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


class Typed:
    """What each side typed, to be found on both sides at the end: per side, its own meeting's venue, the notes of
    its first item (growing by a line a round), the items it added, and the people it added to the directory."""

    def __init__(self, sides: dict[str, ServiceContext]) -> None:
        self.meeting: dict[str, str] = {}
        self.items: dict[str, list[str]] = {}
        self.notes: dict[str, str] = {}
        self.venue: dict[str, str] = {}
        self.people: dict[str, list[str]] = {LAPTOP: [], REGISTER: []}
        for name, ctx in sides.items():
            meeting_id = meetings.create_meeting(ctx, title=f"{name}: Göç Kurulu", start="2026-03-02 10:00",
                                                 reference=f"UNNM-TR/2026/KILL-{name}")  # fmt: skip
            self.meeting[name] = meeting_id
            self.notes[name] = f"{ARABIC}\n"
            self.items[name] = [agenda.add_item(ctx, meeting_id, title="Açılış", notes_md=self.notes[name])]
            self.venue[name] = ""

    def edit(self, sides: dict[str, ServiceContext], round_number: int, rng: random.Random) -> None:
        for name, ctx in sides.items():
            self.notes[name] += f"{name} {round_number}: ğüşıöç İ ✅\n"
            agenda.set_notes(ctx, self.items[name][0], self.notes[name])
            self.venue[name] = f"Salon {round_number} — Şişli"
            meetings.update_meeting(ctx, self.meeting[name], venue=self.venue[name])
            if rng.random() < 0.4:
                self.items[name].append(
                    agenda.add_item(ctx, self.meeting[name], title=f"Madde {round_number} ({name})")
                )
            if rng.random() < 0.2:
                self.people[name].append(directory.create_person(ctx, full_name=f"Işıl {name} {round_number}"))

    def assert_found_on(self, ctx: ServiceContext) -> None:
        for name in self.meeting:
            assert agenda.get_item(ctx, self.items[name][0]).notes_md == self.notes[name]
            assert meetings.get_meeting(ctx, self.meeting[name]).venue == self.venue[name]
            with ctx.session() as session:
                items = session.scalars(select(AgendaItem.id).where(AgendaItem.meeting_id == self.meeting[name]))
                assert sorted(items) == sorted(self.items[name])
                for person_id in self.people[name]:
                    assert session.scalar(select(func.count()).where(Person.id == person_id)) == 1


def _until_it_holds_the_laptop(command: Any, laptop_path: Path) -> float:
    """Wait until the command has imported what it needs and taken the laptop's lock (its pid in the sidecar
    file): the moment it starts to touch the databases. Returns when, by time.perf_counter()."""
    lock = lock_path_for(laptop_path)
    while (command.poll() if isinstance(command, subprocess.Popen) else command.exitcode) is None:
        try:
            if json.loads(lock.read_text(encoding="utf-8")).get("pid") == command.pid:
                break
        except (OSError, ValueError):
            pass
        time.sleep(0.005)
    return time.perf_counter()


def test_a_sync_killed_at_random_moments_leaves_both_sides_consistent_and_the_next_run_completes(
    database_templates: DatabaseTemplates, tmp_path: Path
) -> None:
    rng = random.Random(13)
    register_path = database_templates.copy_to(tmp_path / "register" / "register.sqlite3", demo_meetings=3)
    laptop_path = database_templates.copy_to(tmp_path / "laptop" / "laptop.sqlite3")
    with _both(laptop_path, register_path) as sides:
        typed = Typed(sides)
        synchronise(sides[LAPTOP], sides[REGISTER])
        typed.edit(sides, -1, rng)
    # How long a run touches the databases, from taking the laptop's lock to its end: the kills fall in that span.
    whole = _sync_command(laptop_path, register_path)
    started = _until_it_holds_the_laptop(whole, laptop_path)
    assert whole.wait(timeout=120) == 0, whole.stderr.read()  # type: ignore[union-attr]
    whole.stderr.close()  # type: ignore[union-attr]
    span = time.perf_counter() - started

    killed = 0
    for round_number in range(ROUNDS):
        with _both(laptop_path, register_path) as sides:
            typed.edit(sides, round_number, rng)
        command = _forked_sync(laptop_path, register_path)
        holding = _until_it_holds_the_laptop(command, laptop_path)
        command.join(timeout=max(rng.uniform(0, span) - (time.perf_counter() - holding), 0.001))
        if command.is_alive():
            command.kill()  # SIGKILL
            command.join()
            killed += 1
        else:
            assert command.exitcode == 0, f"round {round_number}: exit status {command.exitcode}"
            span = min(span, time.perf_counter() - holding)  # the machine may be less busy than when measured
    assert killed >= ROUNDS // 4, killed

    last = _sync_command(laptop_path, register_path)
    assert last.wait(timeout=120) == 0, last.stderr.read()  # type: ignore[union-attr]
    last.stderr.close()  # type: ignore[union-attr]
    with _both(laptop_path, register_path) as sides:
        again = synchronise(sides[LAPTOP], sides[REGISTER])
        assert (again.pulled, again.pushed, again.conflicts) == (0, 0, ())
        for ctx in sides.values():
            typed.assert_found_on(ctx)
        assert_converged(sides[LAPTOP], sides[REGISTER])
        assert_checked(sides[LAPTOP], sides[REGISTER])

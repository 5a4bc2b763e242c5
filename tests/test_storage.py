"""Storage rules: pragmas, the single-writer lock, damaged files left untouched, verified backups."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text

from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.store import backups
from unnm_desktop.store.database import open_database
from unnm_desktop.store.errors import DamagedDatabaseError, DatabaseLockedError
from unnm_desktop.store.restore import restore_backup

pytestmark = pytest.mark.sqlite_only("the SQLite file itself: pragmas, its file lock, damaged files, backups")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_connection_has_the_durability_pragmas(db_path: Path) -> None:
    with open_database(db_path) as db, db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def test_missing_file_is_created_with_its_folder(tmp_path: Path) -> None:
    path = tmp_path / "new" / "deeper" / "minutes.sqlite3"
    with open_database(path):
        pass
    assert path.is_file()


def test_second_writer_in_another_process_is_refused_naming_the_holder(db_path: Path) -> None:
    with open_database(db_path):
        code = textwrap.dedent(
            f"""
            from pathlib import Path
            from unnm_desktop.store.database import open_database
            from unnm_desktop.store.errors import DatabaseLockedError
            try:
                open_database(Path({str(db_path)!r}))
            except DatabaseLockedError as error:
                print(error)
            """
        )
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert f"process {os.getpid()}" in result.stdout
    assert "already open for writing" in result.stdout
    # Once released, the file opens again.
    with open_database(db_path):
        pass


def test_second_writer_in_the_same_process_is_refused(db_path: Path) -> None:
    with open_database(db_path), pytest.raises(DatabaseLockedError):
        open_database(db_path)


def test_a_reader_is_not_refused_while_a_writer_works(db_path: Path) -> None:
    with open_context(db_path) as writer:
        from unnm_desktop.services.meeting import meetings

        meetings.create_meeting(writer, title="Live", start="2023-11-02 10:00")
        with open_context(db_path, read_only=True) as reader:
            assert [m.title for m in meetings.list_meetings(reader)] == ["Live"]


@pytest.mark.parametrize(
    "content",
    [
        b"This is a Word document, not a database.\n" * 100,
        b"PK\x03\x04" + os.urandom(4000),
        b"\x00" * 8192,
    ],
)
def test_a_file_that_is_not_a_database_is_refused_and_left_unchanged(db_path: Path, content: bytes) -> None:
    db_path.write_bytes(content)
    before = _digest(db_path)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(db_path)
    message = str(caught.value)
    assert str(db_path) in message and "not been modified" in message
    assert _digest(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_a_truncated_database_is_refused_unchanged_and_the_newest_good_backup_named(db_path: Path) -> None:
    with open_context(db_path) as ctx:
        from unnm_desktop.services import demo

        demo.fill_demo(ctx, total_meetings=3)
        good = ctx.db.backup("test")
    size = db_path.stat().st_size
    with open(db_path, "r+b") as handle:
        handle.truncate(size // 3)
    before = _digest(db_path)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(db_path)
    assert str(good) in str(caught.value)
    assert _digest(db_path) == before
    # Restoring sets the damaged file aside (never deletes it) and puts the backup in place.
    set_aside, source = restore_backup(db_path)
    assert source == good and _digest(set_aside) == before
    with open_context(db_path) as ctx:
        from unnm_desktop.services.meeting import meetings

        assert len(meetings.list_meetings(ctx)) == 3


def test_backups_are_verified_copies_and_rotate(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backups, "KEEP_BACKUPS", 3)
    with open_context(db_path) as ctx:
        made = [ctx.db.backup(f"n{i}") for i in range(5)]
    kept = backups.list_backups(db_path)
    assert kept == list(reversed(made))[:3]
    for copy in kept:
        assert backups.check_file(copy, full=True) == "ok"
    assert backups.newest_good_backup(db_path) == made[-1]


def test_a_backup_that_cannot_be_made_stops_the_sign_off_with_a_clear_message(
    ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unnm_desktop.store import database
    from unnm_desktop.store.errors import StorageError

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(database, "make_backup", disk_full)
    with pytest.raises(StorageError, match="could not be made \\(No space left on device\\); nothing was changed"):
        ctx.db.backup("before-sign-off")

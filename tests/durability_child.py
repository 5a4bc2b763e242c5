"""Child processes for test_durability, forked from this one process once it has imported the services.

Each line on stdin asks for one writer: "fifo<TAB>database<TAB>item id<TAB>meeting id<TAB>last committed number".
The writer is forked, opens the database itself (nothing is open before the fork), commits numbered changes and
reports each number on the FIFO after its commit, until it is killed. This process answers the writer's pid,
then "gone" once it has reaped it. Starting a fresh interpreter and importing SQLAlchemy for each of the test's
rounds cost more than a second a round; a fork costs milliseconds and the writer is the same.
"""

import os
import sys
import traceback
from pathlib import Path

from unnm_desktop.services.context import open_context
from unnm_desktop.services.meeting import actions, agenda


def commit_until_killed(fifo: str, db_path: Path, item_id: str, meeting_id: str, start: int) -> None:
    out = os.open(fifo, os.O_WRONLY)  # waits for the test to open the other end
    ctx = open_context(db_path, actor="Durability")
    counter = start
    while True:
        counter += 1
        agenda.set_notes(ctx, item_id, f"note {counter} " + "ğüşıöç İ " * (counter % 50))
        if counter % 7 == 0:
            actions.add_action(ctx, meeting_id, text=f"action {counter}")
        os.write(out, f"{counter}\n".encode())


for request in sys.stdin:
    fifo, db, item, meeting, start = request.rstrip("\n").split("\t")
    pid = os.fork()
    if pid == 0:
        try:
            commit_until_killed(fifo, Path(db), item, meeting, int(start))
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(1)
    print(pid, flush=True)
    os.waitpid(pid, 0)
    print("gone", flush=True)

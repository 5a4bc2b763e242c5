"""Child process for test_durability: commits numbered changes and reports each one after its commit."""

import sys
from pathlib import Path

from unnm_desktop.services import actions, agenda
from unnm_desktop.services.context import open_context

db_path, item_id, meeting_id, start = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
ctx = open_context(db_path, actor="Durability")
counter = start
while True:
    counter += 1
    agenda.set_notes(ctx, item_id, f"note {counter} " + "ğüşıöç İ " * (counter % 50))
    if counter % 7 == 0:
        actions.add_action(ctx, meeting_id, text=f"action {counter}")
    print(counter, flush=True)

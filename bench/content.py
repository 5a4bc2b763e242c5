"""Content figure (issue 11, one builder): the time to build one meeting's content, as exporting and signing off
do (a fresh session, `build_content(session, id)`), on the public-record meeting UNNM-TR/2021/1 and on the
largest synthetic meeting of a `demo --meetings N` database (whose directory holds everyone of N meetings).

    python bench/content.py [--meetings N] [--repeat N]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import demo_database, describe

PUBLIC_RECORD = "UNNM-TR/2021/1"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--meetings", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=300)
    args = parser.parse_args()

    from sqlalchemy import func, select

    from unnm_desktop.services.context import open_context
    from unnm_desktop.services.minutes.content import build_content
    from unnm_desktop.store.models import AgendaItem, Attendance, Meeting

    print(f"machine: {platform.machine()} {platform.system()} python {platform.python_version()}")
    path, demo_seconds = demo_database(args.meetings)
    if demo_seconds is not None:
        print(f"demo --meetings {args.meetings}: {demo_seconds:.1f} s")
    ctx = open_context(path, read_only=True)
    with ctx.session() as session:
        public = session.scalars(select(Meeting.id).where(Meeting.reference == PUBLIC_RECORD)).one()
        size = func.count(Attendance.id) + func.count(AgendaItem.id)
        largest = session.scalars(
            select(Meeting.id)
            .outerjoin(Attendance, Attendance.meeting_id == Meeting.id)
            .outerjoin(AgendaItem, AgendaItem.meeting_id == Meeting.id)
            .group_by(Meeting.id)
            .order_by(size.desc(), Meeting.id)
            .limit(1)
        ).one()
    for label, meeting_id in ((PUBLIC_RECORD, public), ("largest synthetic", largest)):
        for _ in range(5):  # warm: queries compiled and cached, as in a running application
            with ctx.session() as session:
                build_content(session, meeting_id)
        times = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            with ctx.session() as session:
                build_content(session, meeting_id)
            times.append((time.perf_counter() - started) * 1000)
        print(
            f"build_content {label} ({args.meetings} meetings, {args.repeat} runs): "
            f"median {statistics.median(times):.2f} ms  ({describe(times)} ms)"
        )


if __name__ == "__main__":
    main()

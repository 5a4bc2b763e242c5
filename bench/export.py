"""Export figures (issue 4: signed-off minutes).

On the largest meeting of a `demo --meetings 1000` database, prints:
- .docx export time (database read, document model, rendering, atomic save) against a plain python-docx
  script writing the same paragraphs (with their bold/italic runs) and tables on the same template,
  measured in the same run (goal: ratio ≤ 1.3);
- PDF export time (goal ≤ 0.3 s);
- verify time of a signed-off export (goal ≤ 0.5 s).

    python bench/export.py [--meetings N] [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import demo_database


def timed(function: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return times


def largest_meetings(ctx) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """(largest meeting, largest signed-off meeting) by the size of their canonical content."""
    from sqlalchemy import func, select

    from unnm_desktop.services.minutes.content import build_content, canonical_json
    from unnm_desktop.store.models import AgendaItem, Meeting

    with ctx.session() as session:
        notes = func.sum(func.length(AgendaItem.notes_md))
        rows = session.execute(
            select(Meeting.id, Meeting.status)
            .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
            .group_by(Meeting.id)
            .order_by(notes.desc())
            .limit(40)
        ).all()
        sizes = {row.id: (len(canonical_json(build_content(session, row.id))), row.status) for row in rows}
    ranked = sorted(sizes, key=lambda key: sizes[key][0], reverse=True)
    signed = next(key for key in ranked if sizes[key][1] == "signed_off")
    return ranked[0], signed


def plain_python_docx(model, template: Path, out: Path) -> None:  # type: ignore[no-untyped-def]
    """What a straightforward python-docx script does with the same paragraphs and tables."""
    import docx

    from unnm_desktop.export.docx_parts import PARAGRAPH_STYLES, TABLE_STYLES
    from unnm_desktop.export.model import BREAK, Para

    document = docx.Document(str(template))
    for block in model.blocks:
        if isinstance(block, Para):
            paragraph = document.add_paragraph(style=PARAGRAPH_STYLES[block.role][0])
            if block.marker:
                paragraph.add_run(block.marker + "\t")
            for span in block.spans:
                if span is BREAK:
                    paragraph.add_run().add_break()
                else:
                    run = paragraph.add_run(span.text)
                    run.bold, run.italic = span.bold or None, span.italic or None
        else:
            columns = len(block.widths)
            table = document.add_table(rows=0, cols=columns, style=TABLE_STYLES[block.kind][0])
            rows = ([block.header] if block.header else []) + block.rows
            for row in rows:
                cells = table.add_row().cells
                for cell, value in zip(cells, row, strict=False):
                    if isinstance(value, str):
                        cell.text = value
                    else:
                        cell.text = "\n".join(p.text for p in value)
    document.save(str(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--meetings", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    print(f"machine: {platform.machine()} {platform.system()} python {platform.python_version()}")
    path, seconds = demo_database(args.meetings)
    if seconds is not None:
        print(f"demo --meetings {args.meetings}: {seconds:.1f} s")

    from unnm_desktop.export import export_meeting, verify_docx
    from unnm_desktop.export.builder import build_document
    from unnm_desktop.export.docx_render import default_template
    from unnm_desktop.services.context import open_context
    from unnm_desktop.services.minutes.verification import minutes_source

    with open_context(path, read_only=True) as ctx, tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        largest, signed = largest_meetings(ctx)
        source = minutes_source(ctx, largest)
        model = build_document(source.content, lang="en", signed=source.signed)
        meeting = source.content["meeting"]
        paragraphs = sum(1 for b in model.blocks if hasattr(b, "spans"))
        tables = len(model.blocks) - paragraphs
        print(
            f"largest meeting: {meeting['reference']} ({'signed off' if source.signed else 'draft'}), "
            f"{paragraphs} paragraphs, {tables} tables"
        )
        export_meeting(ctx, largest, out / "warm-up.docx")
        plain_python_docx(model, default_template(), out / "warm-up-plain.docx")

        ours = timed(lambda: export_meeting(ctx, largest, out / "minutes.docx"), args.repeat)
        plain = timed(lambda: plain_python_docx(model, default_template(), out / "plain.docx"), args.repeat)
        ratio = statistics.median(ours) / statistics.median(plain)
        print(
            f".docx export: {statistics.median(ours):.3f} s  plain python-docx script: "
            f"{statistics.median(plain):.3f} s  ratio {ratio:.2f}  (goal ≤ 1.3; medians of {args.repeat})"
        )

        cold = timed(lambda: export_meeting(ctx, largest, out / "minutes.pdf"), 1)[0]
        pdf = timed(lambda: export_meeting(ctx, largest, out / "minutes.pdf"), args.repeat)
        print(f"PDF export: {statistics.median(pdf):.3f} s  (goal ≤ 0.3 s; first call incl. Qt start {cold:.3f} s)")

        signed_docx = export_meeting(ctx, signed, out / "signed.docx")
        assert verify_docx(ctx, signed_docx).ok
        verify = timed(lambda: verify_docx(ctx, signed_docx), args.repeat)
        reference = minutes_source(ctx, signed).content["meeting"]["reference"]
        print(f"verify ({reference}, signed off): {statistics.median(verify):.3f} s  (goal ≤ 0.5 s)")


if __name__ == "__main__":
    main()

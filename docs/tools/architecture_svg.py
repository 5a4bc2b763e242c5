"""Write docs/architecture.svg: the layers and their packages (imports go downwards only).

python docs/tools/architecture_svg.py
"""

from html import escape
from pathlib import Path

W = 960
layers = [
    (
        "command line",
        "#e8eaf6",
        [
            ("__main__ · cli", "parser only"),
            ("commands/", "gui, meetings, desk, package, copy, server, sync: every subcommand"),
        ],
    ),
    (
        "gui/  (Qt; thin)",
        "#e3f2fd",
        [
            ("shell", "app, main_window + window/, the Shell, tabs"),
            ("rapporteur/", "the five tabs, editors, autosave"),
            ("minutes/", "Minutes menu, sign-off, revisions"),
            ("desk/", "search, register, tracker, GCM, packages"),
            ("directory/", "people & organisations"),
            ("sync/", "Synchronise…, review of conflicts"),
            ("widgets/", "shared: models, dates, messages"),
        ],
    ),
    (
        "export/  (no widgets)",
        "#e0f2f1",
        [
            ("model · builder · sections", "minutes as a document model, EN/TR labels by version"),
            ("docx_render · pdf_render · markdown", "Word, PDF, text"),
            ("desk_docx · desk_xlsx · verify", "register/tracker files, proof of a signed file"),
        ],
    ),
    (
        "services/  (no Qt; use cases, audited)",
        "#fff8e1",
        [
            ("meeting/", "meetings, attendance, agenda, decisions, actions"),
            ("minutes/", "content (one builder), sign-off, verification"),
            ("package/", "read, schema, rules, plan, apply, write"),
            ("desk/", "register, tracker, GCM report, search"),
            ("directory/", "entries, look-ups, CSV import"),
            ("sync/", "records, plan, sides (register, folder), run"),
            ("context · views", "the session and who acts; frozen dataclasses"),
        ],
    ),
    (
        "store/  (SQLAlchemy over SQLite, or PostgreSQL on a server)",
        "#fbe9e7",
        [
            ("tables · models · database", "schema, open/check, WAL"),
            ("migrations/", "Alembic, each with an upgrade test"),
            ("audit · lock · backups", "hash chain, single writer, verified copies"),
            ("search_index · server", "Turkish-folded FTS5 and its PostgreSQL twin; roles"),
        ],
    ),
    ("foundations", "#f3e5f5", [("files · resources · logging_setup", "atomic writes with fsync, bundled data, logs")]),
    (
        "domain/  (plain Python)",
        "#f1f8e9",
        [
            ("enums · errors · consensus", "rules, translatable errors"),
            ("merge · chair_summary", "three-way merge; the chair's sentence"),
            ("text · clock · snippet", "Turkish folding and sorting, Istanbul time"),
            ("paths", "platform folders"),
        ],
    ),
]
y = 60
out = []
box_h, gap = 76, 24
for name, colour, packages in layers:
    out.append(f'<rect x="20" y="{y}" width="{W - 40}" height="{box_h + 34}" rx="8" fill="{colour}" stroke="#78909c"/>')
    out.append(f'<text x="32" y="{y + 20}" font-size="15" font-weight="bold" fill="#263238">{escape(name)}</text>')
    n = len(packages)
    inner = (W - 60 - (n - 1) * 8) / n
    for i, (pkg, what) in enumerate(packages):
        x = 30 + i * (inner + 8)
        out.append(
            f'<rect x="{x:.0f}" y="{y + 28}" width="{inner:.0f}" height="{box_h - 4}" rx="5" fill="white" stroke="#90a4ae"/>'
        )
        out.append(
            f'<text x="{x + inner / 2:.0f}" y="{y + 48}" font-size="13" font-weight="bold" text-anchor="middle" font-family="monospace">{escape(pkg)}</text>'
        )
        words, lines, line = what.split(), [], ""
        limit = max(14, int(inner / 6.3))
        for word in words:
            if len(line) + len(word) + 1 > limit:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
        for k, text in enumerate(lines[:3]):
            out.append(
                f'<text x="{x + inner / 2:.0f}" y="{y + 66 + k * 14}" font-size="11" text-anchor="middle" fill="#455a64">{escape(text)}</text>'
            )
    y += box_h + 34
    if name != layers[-1][0]:
        out.append(
            f'<path d="M{W / 2} {y + 2} L{W / 2} {y + gap - 8}" stroke="#546e7a" stroke-width="2"/><path d="M{W / 2 - 6} {y + gap - 9} L{W / 2 + 6} {y + gap - 9} L{W / 2} {y + gap - 1} z" fill="#546e7a"/>'
        )
    y += gap
H = y + 10
svg = f'''<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" font-family="DejaVu Sans, Arial, sans-serif">
<defs><marker id="a" markerWidth="10" markerHeight="10" refX="5" refY="8" orient="auto"><path d="M0,0 L10,0 L5,9 z" fill="#546e7a"/></marker></defs>
<rect width="{W}" height="{H}" fill="white"/>
<text x="20" y="32" font-size="19" font-weight="bold" fill="#263238">UNNM Desktop: layers and packages (imports go downwards only; .importlinter)</text>
{chr(10).join(out)}
</svg>
'''
(Path(__file__).resolve().parents[1] / "architecture.svg").write_text(svg, encoding="utf-8")

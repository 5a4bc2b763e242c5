"""The Markdown subset of meeting notes, as QTextDocument.toMarkdown() writes it and people type it."""

from __future__ import annotations

import time

from unnm_desktop.export.markdown import inline, parse
from unnm_desktop.export.model import BODY, BREAK, HEADING3, LIST, Para, Span, Table


def texts(markdown: str) -> list[tuple[str, str, str, int]]:
    return [(b.role, b.marker, b.text, b.level) for b in parse(markdown) if isinstance(b, Para)]


def test_paragraphs_soft_wraps_and_hard_breaks() -> None:
    blocks = parse("One long line\nwrapped by Qt at 80 columns \n\nSecond  \nline two\\\nline three")
    assert [b.text for b in blocks] == ["One long line wrapped by Qt at 80 columns", "Second\nline two\nline three"]
    assert blocks[1].spans.count(BREAK) == 2


def test_bold_italic_both_and_literals() -> None:
    assert inline("a **b** *c* ***d*** __e__ _f_") == [
        Span("a "),
        Span("b", bold=True),
        Span(" "),
        Span("c", italic=True),
        Span(" "),
        Span("d", bold=True, italic=True),
        Span(" "),
        Span("e", bold=True),
        Span(" "),
        Span("f", italic=True),
    ]
    assert inline(r"2 * 3 = 6, snake_case_name, \*not italic\*, a*") == [
        Span("2 * 3 = 6, snake_case_name, *not italic*, a*")
    ]
    assert inline("`code *x*` [UNNM](https://example.org) <https://x.org>") == [
        Span("code *x* UNNM (https://example.org) https://x.org")
    ]


def test_bulleted_numbered_and_nested_lists() -> None:
    markdown = "Intro:\n\n- first\n  continued\n- second\n    - nested\n1.  one\n2.  two\n    1.  inner\n\nAfter."
    assert texts(markdown) == [
        (BODY, "", "Intro:", 0),
        (LIST, "•", "first continued", 0),
        (LIST, "•", "second", 0),
        (LIST, "–", "nested", 1),
        (LIST, "1.", "one", 0),
        (LIST, "2.", "two", 0),
        (LIST, "1.", "inner", 1),
        (BODY, "", "After.", 0),
    ]


def test_a_wrapped_line_starting_with_a_year_is_not_a_list() -> None:
    assert texts("The plan was adopted in\n2023. It runs to 2025.") == [
        (BODY, "", "The plan was adopted in 2023. It runs to 2025.", 0)
    ]


def test_headings_quotes_rules_code_and_tables() -> None:
    blocks = parse(
        "## Sub-heading ##\n\n> quoted\n> words\n\n---\n\n```\nraw *text*\n  kept\n```\n\n| A | B |\n|---|:-:|\n| 1 | **2** |\n| 3 |\n"
    )
    assert isinstance(blocks[0], Para) and (blocks[0].role, blocks[0].text) == (HEADING3, "Sub-heading")
    assert blocks[1].text == "quoted words" and all(s.italic for s in blocks[1].spans)
    assert blocks[2].text == "raw *text*\n  kept"
    table = blocks[3]
    assert isinstance(table, Table)
    assert [[c[0].text for c in row] for row in table.rows] == [["A", "B"], ["1", "2"], ["3", ""]]
    assert table.rows[1][1][0].spans[0].bold


def test_linear_time_on_a_huge_note() -> None:
    note = ("Word **bold** and *italic* and `code` with a \\* star. " * 2000 + "\n\n") * 10 + "x * " * 20_000
    # The parser's own time (CPU), not the wall clock: on a 2-core machine running the suite on both cores beside
    # other work, the wall clock also counts the time other processes had the core (10 s seen for 1.7 s of work).
    started = time.process_time()
    blocks = parse(note)
    assert time.process_time() - started < 5
    assert len(blocks) == 11 and sum(len(b.text) for b in blocks if isinstance(b, Para)) > 900_000

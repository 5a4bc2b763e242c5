"""A small Markdown reader for meeting notes: the subset `QTextDocument.toMarkdown()` writes and people type.

Blocks: paragraphs (soft-wrapped lines joined, hard breaks kept), `#` headings, bulleted and numbered lists
with nesting, block quotes, fenced code and pipe tables. Inline: bold, italic, code spans, links and
backslash escapes. Everything else is kept as literal text. It runs in linear time, so a 100,000-character
note is no problem.
"""

from __future__ import annotations

import re

from unnm_desktop.export.model import BODY, BREAK, CELL, CELL_HEADER, GRID, HEADING3, LIST, Block, Para, Span, Table

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_ITEM = re.compile(r"^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)(.*)$")
_RULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?(.*)$")
_FENCE = re.compile(r"^ {0,3}(```+|~~~+)")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_SPECIAL = re.compile(r"\\[!-/:-@\[-`{-~]|`+|\*+|_+|\[([^\]\n]*)\]\(([^)\s]*)\)|<(https?://[^>\s]+)>")
_BULLETS = ("•", "–", "•")


def parse(text: str) -> list[Block]:
    """Markdown notes -> body paragraphs, list paragraphs, sub-headings and tables."""
    return _BlockReader(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")).read()


class _BlockReader:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.role = BODY
        self.marker = ""
        self.level = 0
        self.quote = False
        self.indents: list[tuple[int, int]] = []  # open list items: (marker indent, content column)

    def flush(self) -> None:
        if self.buffer:
            self.blocks.append(Para(self.role, _join(self.buffer, italic=self.quote), self.marker, self.level))
        self.buffer = []
        self.role, self.marker, self.quote, self.level = BODY, "", False, 0

    def read(self) -> list[Block]:
        lines, i = self.lines, 0
        blank_before = False
        while i < len(lines):
            line = lines[i]
            i += 1
            if not line.strip():
                self.flush()
                blank_before = True
                continue
            indent = len(line) - len(line.lstrip(" \t"))
            fence = _FENCE.match(line)
            item = _ITEM.match(line)
            if fence:
                self.flush()
                self.indents = []
                code: list[str] = []
                while i < len(lines) and not lines[i].lstrip().startswith(fence.group(1)):
                    code.append(lines[i])
                    i += 1
                i += 1
                self.blocks.append(Para(BODY, _lines_as_spans(code)))
            elif _HEADING.match(line):
                self.flush()
                self.indents = []
                self.blocks.append(Para(HEADING3, inline(_HEADING.match(line).group(2))))  # type: ignore[union-attr]
            elif _RULE.match(line):
                self.flush()
                self.indents = []
            elif item and (item.group(4) or item.group(3) == "") and not self._wrapped_number(item):
                self.flush()
                self._start_item(item, indent)
            elif "|" in line and i < len(lines) and _TABLE_RULE.match(lines[i]) and "-" in lines[i]:
                self.flush()
                self.indents = []
                i = self._table(line, i + 1)
            elif _QUOTE.match(line):
                if self.buffer and not self.quote:
                    self.flush()
                self.indents = []
                self.quote = True
                self.buffer.append(_QUOTE.match(line).group(1))  # type: ignore[union-attr]
            elif self.buffer:
                self.buffer.append(line.lstrip(" \t"))  # continuation (also lazy continuation of an item)
            elif self.indents and indent >= self.indents[-1][1] - 1 and blank_before:
                self.role, self.level = LIST, len(self.indents) - 1  # another paragraph of the same item
                self.buffer.append(line.lstrip(" \t"))
            else:
                self.indents = []
                self.buffer.append(line.lstrip(" \t"))
            blank_before = False
        self.flush()
        return self.blocks

    def _wrapped_number(self, item: re.Match[str]) -> bool:
        """A soft-wrapped line of a paragraph that happens to start with "2023." is not a list item."""
        marker = item.group(2)
        return bool(self.buffer) and self.role != LIST and marker[0].isdigit() and int(marker[:-1]) != 1

    def _start_item(self, item: re.Match[str], indent: int) -> None:
        marker = item.group(2)
        content_column = indent + len(marker) + max(1, len(item.group(3)))
        while self.indents and indent < self.indents[-1][0]:
            self.indents.pop()
        if self.indents and indent >= self.indents[-1][1]:
            self.indents.append((indent, content_column))
        elif self.indents:
            self.indents[-1] = (indent, content_column)
        else:
            self.indents.append((indent, content_column))
        self.level = min(len(self.indents) - 1, 8)
        self.role = LIST
        self.marker = marker[:-1] + "." if marker[0].isdigit() else _BULLETS[self.level % len(_BULLETS)]
        self.buffer.append(item.group(4))

    def _table(self, header_line: str, i: int) -> int:
        header = _cells(header_line)
        rows: list[list[str]] = []
        while i < len(self.lines) and "|" in self.lines[i] and self.lines[i].strip():
            cells = _cells(self.lines[i])
            rows.append((cells + [""] * len(header))[: len(header)])
            i += 1
        table = Table(GRID, [1.0] * len(header), None, [])
        table.rows.append([[Para(CELL_HEADER, inline(cell))] for cell in header])
        table.rows.extend([[Para(CELL, inline(cell))] for cell in row] for row in rows)
        self.blocks.append(table)
        return i


def _cells(line: str) -> list[str]:
    line = line.strip()
    line = line[1:] if line.startswith("|") else line
    line = line[:-1] if line.endswith("|") and not line.endswith("\\|") else line
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", line)]


def _lines_as_spans(lines: list[str]) -> list[Span]:
    spans: list[Span] = []
    for index, line in enumerate(lines):
        if index:
            spans.append(BREAK)
        if line:
            spans.append(Span(line))
    return spans


def _join(lines: list[str], *, italic: bool = False) -> list[Span]:
    """Soft-wrapped lines become one line; a line ending in two spaces or a backslash breaks."""
    spans: list[Span] = []
    pending: list[str] = []
    last = len(lines) - 1
    for index, line in enumerate(lines):
        hard = index < last and (line.endswith("  ") or (line.endswith("\\") and not line.endswith("\\\\")))
        text = line[:-1] if hard and line.endswith("\\") else line
        pending.append(text.strip(" \t"))
        if hard:
            spans.extend(inline(" ".join(pending), italic=italic))
            spans.append(BREAK)
            pending = []
    if pending:
        spans.extend(inline(" ".join(pending), italic=italic))
    return spans


def inline(text: str, *, italic: bool = False) -> list[Span]:
    """Inline Markdown -> spans with bold and italic; unmatched delimiters stay literal."""
    matches = list(_SPECIAL.finditer(text))
    closers_after = _closers_after(text, matches)
    spans: list[Span] = []
    buffer: list[str] = []
    state = {"bold": None, "italic": None}  # the delimiter character that opened each, or None
    skip_until = -1
    position = 0

    def flush() -> None:
        if buffer:
            joined = "".join(buffer)
            spans.append(Span(joined, state["bold"] is not None, italic or state["italic"] is not None))
            buffer.clear()

    for index, match in enumerate(matches):
        start, end = match.span()
        if start < skip_until:
            continue
        buffer.append(text[position:start])
        position = end
        token = match.group(0)
        if token[0] == "\\":
            buffer.append(token[1])
        elif token[0] == "`":
            close = text.find(token, end)
            if close < 0:
                buffer.append(token)
            else:
                buffer.append(text[end:close].strip(" ") or " ")
                position = skip_until = close + len(token)
        elif token[0] == "[":
            label, url = match.group(1), match.group(2)
            buffer.append(label if not url or url == label else f"{label} ({url})")
        elif token[0] == "<":
            buffer.append(match.group(3))
        else:
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            can_open = not after.isspace() and (token[0] == "*" or not before.isalnum())
            can_close = not before.isspace() and (token[0] == "*" or not after.isalnum())
            change = _emphasis(token, state, can_open, can_close, closers_after[index])
            if change is None:
                buffer.append(token)
            else:
                flush()
                state.update(change)
    buffer.append(text[position:])
    flush()
    return [span for span in spans if span.text]


def _emphasis(
    token: str, state: dict[str, str | None], can_open: bool, can_close: bool, closers_later: int
) -> dict[str, str | None] | None:
    char, size = token[0], len(token)
    if size > 3:
        return None
    wants = {1: ("italic",), 2: ("bold",), 3: ("bold", "italic")}[size]
    if can_close and all(state[w] == char for w in wants):
        return dict.fromkeys(wants)
    if can_open and closers_later and all(state[w] is None for w in wants):
        return dict.fromkeys(wants, char)
    return None


def _closers_after(text: str, matches: list[re.Match[str]]) -> list[int]:
    """For each match: how many delimiter runs of the same character that could close come after it."""
    counts = {"*": 0, "_": 0}
    result = [0] * len(matches)
    for index in range(len(matches) - 1, -1, -1):
        token = matches[index].group(0)
        char = token[0]
        if char in counts:
            result[index] = counts[char]
            start, end = matches[index].span()
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            if not before.isspace() and (char == "*" or not after.isalnum()):
                counts[char] += 1
    return result

"""Markdown from the HTML that QTextDocument.toHtml() writes, in pure Python.

Why not QTextDocument.toMarkdown()? It holds Python's GIL for its whole run (tens of milliseconds on a
long note), so calling it on the autosave thread would freeze typing. toHtml() is quick on the GUI
thread, and this converter runs on the writer thread, yielding the GIL like any Python code. It covers
what the notes editor makes: paragraphs, headings, bold, italic, code, line breaks and nested lists.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK_START_SYMBOL = re.compile(r"^(\s*)([#>+\-])")
_BLOCK_START_NUMBER = re.compile(r"^(\s*\d+)([.)])")
_INLINE_ESCAPE = re.compile(r"([\\`*_\[\]<])")
_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6"}


def _escape(text: str) -> str:
    return _INLINE_ESCAPE.sub(r"\\\1", text)


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.lists: list[list] = []  # [kind, counter]
        self.runs: list[tuple[str, bool, bool, bool]] | None = None
        self.block_prefix = ""
        self.heading = 0
        self.spans: list[tuple[bool, bool, bool]] = []
        self.in_body = False
        self.last_was_list = False

    # --- structure ------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        style = dict(attrs).get("style") or ""
        if tag == "body":
            self.in_body = True
        elif tag in ("ul", "ol"):
            if self.runs is not None:  # a nested list ends the text of its parent item
                self._end_block()
            self.lists.append([tag, 0])
        elif tag in _BLOCKS:
            if self.runs is not None:
                self._end_block()
            self._begin_block(tag)
        elif tag == "span":
            bold = "font-weight:700" in style.replace(" ", "") or "font-weight:600" in style.replace(" ", "")
            italic = "font-style:italic" in style.replace(" ", "")
            code = "monospace" in style
            self.spans.append((bold, italic, code))
        elif tag == "br" and self.runs is not None:
            self.runs.append(("\n", False, False, False))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("ul", "ol"):
            if self.runs is not None:
                self._end_block()
            self.lists.pop()
            if not self.lists:
                self.out.append("")  # a blank line after a whole list
                self.last_was_list = False
        elif tag in _BLOCKS:
            if self.runs is not None:
                self._end_block()
        elif tag == "span" and self.spans:
            self.spans.pop()

    def handle_data(self, data: str) -> None:
        if not self.in_body or self.runs is None:
            return
        bold = any(s[0] for s in self.spans)
        italic = any(s[1] for s in self.spans)
        code = any(s[2] for s in self.spans)
        # Newlines in Qt's HTML only lay out the markup; a line break inside a paragraph is <br />.
        text = data.replace("\n", "").replace("\u2028", "\n")
        if text:
            self.runs.append((text, bold, italic, code))

    def _begin_block(self, tag: str) -> None:
        self.runs = []
        self.heading = int(tag[1]) if tag[0] == "h" and tag[1:].isdigit() else 0
        if tag == "li" and self.lists:
            kind = self.lists[-1]
            kind[1] += 1
            depth = sum(2 if k == "ul" else 3 for k, _n in self.lists[:-1])
            marker = "- " if kind[0] == "ul" else f"{kind[1]}. "
            self.block_prefix = " " * depth + marker
        else:
            self.block_prefix = "#" * self.heading + " " if self.heading else ""

    def _end_block(self) -> None:
        runs, self.runs = self.runs or [], None
        text = _render(runs, heading=bool(self.heading)).rstrip("\n")
        in_list = bool(self.lists)
        if not text.strip() and not in_list:
            return  # Qt writes an empty paragraph as <p><br /></p>; Markdown has no empty paragraph
        if not in_list and not self.heading:
            text = _BLOCK_START_SYMBOL.sub(r"\1\\\2", text, count=1)
            text = _BLOCK_START_NUMBER.sub(r"\1\\\2", text, count=1)
            if self.out and self.out[-1] != "":
                self.out.append("")
        indent = " " * len(self.block_prefix)
        lines = text.split("\n")
        rendered = self.block_prefix + lines[0] + "".join("  \n" + indent + line for line in lines[1:])
        self.out.append(rendered)
        if not in_list:
            self.out.append("")


def _render(runs: list[tuple[str, bool, bool, bool]], *, heading: bool) -> str:
    merged: list[list] = []
    for text, bold, italic, code in runs:
        if heading:
            bold = False
        if merged and merged[-1][1:] == [bold, italic, code]:
            merged[-1][0] += text
        else:
            merged.append([text, bold, italic, code])
    parts = []
    for text, bold, italic, code in merged:
        if code:
            parts.append(f"`{text}`" if text.strip() else text)
            continue
        escaped = _escape(text)
        marker = "***" if bold and italic else "**" if bold else "*" if italic else ""
        core = escaped.strip()
        if not marker or not core:
            parts.append(escaped)
            continue
        lead = escaped[: len(escaped) - len(escaped.lstrip())]
        trail = escaped[len(escaped.rstrip()) :]
        parts.append(f"{lead}{marker}{core}{marker}{trail}")
    return "".join(parts)


def html_to_markdown(html: str) -> str:
    converter = _Converter()
    converter.feed(html)
    converter.close()
    lines = converter.out
    while lines and lines[-1] == "":
        lines.pop()
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text) + ("\n" if text else "")

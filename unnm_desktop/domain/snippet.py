"""Search snippets: a short window of the ORIGINAL text around the words a folded query matched.

Matching happens on the folded text (`text.fold`), display on the original. `fold` works character by
character, so each original character owns a run of the folded text: one character for ASCII and for
Turkish letters, none for a combining mark, several for e.g. "ﬁ" or "ß". `FoldMap` records only the
characters whose run is not one long, which for ordinary text is none, and maps folded offsets back.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from unnm_desktop.domain.text import fold

# A word as FTS5's unicode61 tokenizer sees one: letters and digits (the underscore separates).
WORD = re.compile(r"[^\W_]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SPACE = re.compile(r"\s+")
_MARKUP = re.compile(r"(?m)^[ \t]*(?:[-*+]|\d+[.)]|#{1,6}|>)[ \t]+|\*+")

HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE, ELLIPSIS = "«", "»", "…"


@lru_cache(maxsize=4096)
def _folded_length(ch: str) -> int:
    return len(fold(ch))


class FoldMap:
    """Offsets in fold(original) -> offsets in original."""

    def __init__(self, original: str) -> None:
        self.original = original
        self._folded_starts: list[int] = []
        self._entries: list[tuple[int, int, int]] = []  # (original index, folded start, folded length)
        delta = 0
        for found in _NON_ASCII.finditer(original):
            length = _folded_length(found.group())
            if length != 1:
                index = found.start()
                self._folded_starts.append(index + delta)
                self._entries.append((index, index + delta, length))
                delta += length - 1

    def to_original(self, offset: int) -> int:
        at = bisect.bisect_right(self._folded_starts, offset) - 1
        if at < 0:
            return offset
        index, start, length = self._entries[at]
        if offset < start + length:
            return index
        return index + 1 + offset - (start + length)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original characters that folded into [start, end), with trailing combining marks."""
        first = self.to_original(start)
        last = self.to_original(end - 1) + 1
        while (
            last < len(self.original)
            and _NON_ASCII.match(self.original[last])
            and not _folded_length(self.original[last])
        ):
            last += 1
        return first, last


@dataclass(frozen=True)
class Snippet:
    text: str
    highlights: tuple[tuple[int, int], ...]  # (start, end) offsets into `text`

    def marked(self, open_mark: str = HIGHLIGHT_OPEN, close_mark: str = HIGHLIGHT_CLOSE) -> str:
        parts, position = [], 0
        for start, end in self.highlights:
            parts += [self.text[position:start], open_mark, self.text[start:end], close_mark]
            position = end
        parts.append(self.text[position:])
        return "".join(parts)


def matched_spans(original: str, terms: Sequence[str], folded: str | None = None) -> list[tuple[int, int]]:
    """Spans of the original whose folded word starts with one of the (folded) terms."""
    folded = fold(original) if folded is None else folded
    mapping: FoldMap | None = None
    spans = []
    for word in _words_starting_with(tuple(terms)).finditer(folded):
        mapping = mapping or FoldMap(original)
        spans.append(mapping.span(word.start(), word.end()))
    return spans


@lru_cache(maxsize=64)
def _words_starting_with(terms: tuple[str, ...]) -> re.Pattern[str]:
    """The WORDs that start with one of the terms, found by one regular expression instead of a test of every word
    of a long note against every term: a WORD begins where no letter or digit comes before it, and runs on."""
    if not terms:
        return re.compile(r"(?!)")
    alternatives = "|".join(re.escape(term) for term in sorted(set(terms), key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?={alternatives})[^\W_]+")


def make_snippet(original: str, terms: Sequence[str], *, width: int = 180, folded: str | None = None) -> Snippet:
    """About `width` characters of `original` around the most matches, whitespace and Markdown tidied."""
    spans = matched_spans(original, terms, folded)
    start, end = _window(original, spans, width)
    inside = [(max(a, start), min(b, end)) for a, b in spans if a < end and b > start]
    return _tidy(original, start, end, inside)


def _window(original: str, spans: list[tuple[int, int]], width: int) -> tuple[int, int]:
    if len(original) <= width:
        return 0, len(original)
    best_first, best_count, last = 0, 0, 0
    for first in range(len(spans)):
        last = max(last, first)
        while last + 1 < len(spans) and spans[last + 1][1] <= spans[first][0] + width:
            last += 1
        if last - first + 1 > best_count:
            best_first, best_count = first, last - first + 1
    anchor = spans[best_first][0] if spans else 0
    start = max(0, anchor - min(40, width // 4))
    if start > 0:
        space = original.find(" ", start, anchor)
        start = space + 1 if space >= 0 else start
    end = min(len(original), start + width)
    if end < len(original):
        space = original.rfind(" ", max(start + width // 2, anchor), end)
        end = space if space > 0 else end
    return start, end


def _tidy(original: str, start: int, end: int, spans: list[tuple[int, int]]) -> Snippet:
    # Markdown marks become spaces (same length, so the spans still fit), then whitespace runs one space.
    at_line_start = start == 0 or original[start - 1] == "\n"
    window = original[start:end] if at_line_start else "\x00" + original[start:end]
    window = _MARKUP.sub(lambda found: " " * len(found.group()), window)[0 if at_line_start else 1 :]
    pieces: list[tuple[str, bool]] = []
    position = 0
    for a, b in spans:
        a, b = a - start, b - start
        if a < position:
            continue
        pieces += [(window[position:a], False), (window[a:b], True)]
        position = b
    pieces.append((window[position:], False))
    text = ELLIPSIS if start > 0 else ""
    highlights = []
    for piece, highlighted in pieces:
        piece = _SPACE.sub(" ", piece)
        if not text or text.endswith((" ", ELLIPSIS)):
            piece = piece.lstrip(" ")
        if highlighted and piece:
            highlights.append((len(text), len(text) + len(piece)))
        text += piece
    text = text.rstrip(" ")
    if end < len(original):
        text += ELLIPSIS
    return Snippet(text, tuple(highlights))

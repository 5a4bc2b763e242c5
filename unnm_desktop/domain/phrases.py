"""The phrase bank's formulas: their placeholders ("{…}", "{ORG}") and how a word being typed finds them.

A formula is plain text in which every ``{…}`` is a placeholder for the rapporteur to type over: ``{ORG}`` (or
``{KURULUŞ}``) names an organisation, anything else between braces is free text. Matching is the search's
folding (domain/text.py `fold`): "başkan", "BAŞKAN" and "baskan" all find "Başkan … hatırlattı".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from unnm_desktop.domain.text import fold, turkish_sort_key

# A placeholder: braces around anything but braces and line breaks ("{…}", "{ORG}", "{date}", "{}").
_PLACEHOLDER = re.compile(r"\{[^{}\n]*\}")
# The names that mean "an organisation": completed from the meeting's attendees.
ORGANISATION_NAMES = frozenset({"org", "organisation", "organization", "kurulus", "kurum"})
# A word typed needs this many letters before formulas are offered: fewer would open the list on every "a".
MIN_TYPED = 3
# Words too common to find a formula by: typing "the" or "bir" must not offer the whole bank.
_ENGLISH_COMMON = "the of that its and for to a an on in with by at as from was were has had be this their it"
_TURKISH_COMMON = "ve ile bir bu da de icin olarak ki olan ise hem"  # folded
_COMMON_WORDS = frozenset(f"{_ENGLISH_COMMON} {_TURKISH_COMMON}".split())
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Placeholder:
    start: int  # index of "{" in the formula
    end: int  # index after "}"
    name: str  # what is between the braces, as written

    @property
    def is_organisation(self) -> bool:
        return fold(self.name.strip()) in ORGANISATION_NAMES


def find_placeholders(formula: str) -> list[Placeholder]:
    """Every placeholder of the formula, in order."""
    return [Placeholder(m.start(), m.end(), m.group()[1:-1]) for m in _PLACEHOLDER.finditer(formula)]


def next_placeholder(formula: str, position: int, *, backwards: bool = False) -> Placeholder | None:
    """The placeholder after `position` (one starting at it included), or the last one ending before it."""
    found = find_placeholders(formula)
    if backwards:
        before = [p for p in found if p.end <= position]
        return before[-1] if before else None
    return next((p for p in found if p.start >= position), None)


def unbalanced_brace(formula: str) -> int | None:
    """The index of a brace that opens or closes no placeholder (a typing slip in the bank), else None."""
    covered = {i for p in find_placeholders(formula) for i in range(p.start, p.end)}
    return next((i for i, ch in enumerate(formula) if ch in "{}" and i not in covered), None)


def keywords(formula: str) -> list[str]:
    """The folded words a typed word can find the formula by: its words outside placeholders, common ones left
    out ("the", "of", "ve" …)."""
    text = _PLACEHOLDER.sub(" ", formula)
    return [w for w in _WORD.findall(fold(text)) if w not in _COMMON_WORDS]


def typed_word_finds(formula: str, typed: str) -> bool:
    """Whether the word being typed (at least MIN_TYPED letters) starts one of the formula's keywords."""
    folded = fold(typed.strip())
    if len(folded) < MIN_TYPED or folded in _COMMON_WORDS:
        return False
    return any(word.startswith(folded) for word in keywords(formula))


def filter_finds(formula: str, query: str) -> bool:
    """The phrase list's filter: every word of the query starts a word of the formula (placeholders too)."""
    words = _WORD.findall(fold(formula))
    return all(any(word.startswith(part) for word in words) for part in _WORD.findall(fold(query)))


def word_before(text: str, position: int) -> tuple[int, str]:
    """The word that ends at `position` in `text` (a paragraph): its start and itself ("" when none)."""
    start = position
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_'’"):
        start -= 1
    return start, text[start:position]


def sort_key(formula: str, language: str) -> tuple[object, ...]:
    """Alphabetical order of formulas: Turkish letter order for Turkish (c < ç, ı < i), case ignored."""
    stripped = _PLACEHOLDER.sub("", formula).strip()
    if language == "tr":
        return turkish_sort_key(stripped)
    return (fold(stripped), stripped)

"""Intervention stamps written as prose in exported minutes: "10:42 — PMM: …" → "The representative of PMM: …".

The rapporteur's notes keep the stamps as typed (gui/rapporteur/notes_format.py inserts "HH:MM — SPEAKER: ");
on request the export writes each stamp the way UN minutes name a speaker, and leaves the text after it as
typed. Organisations (the acronyms of the meeting's attendance, or a word written in capitals) become "The
representative of PMM" / "PMM temsilcisi"; the chair and the secretariat "The Chair" / "Başkan" and "The
Secretariat" / "Sekretarya"; a person ("Işıl Doğan (UNHCR)") or anything else typed keeps its name, without the
time.

The words are versioned like the printed labels (export/labels.py): an exported document records the wording
it was written with (its "stamps as prose" property), and `verify` writes the stamps with that same wording,
so that a later change of these words never fails a document exported before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from unnm_desktop.domain.text import fold

# The wording of each version, by language; a correction is a new version, never an edit of an old one.
WORDINGS: dict[int, dict[str, dict[str, str]]] = {
    1: {
        "en": {
            "organisation": "The representative of {speaker}",
            "chair": "The Chair",
            "secretariat": "The Secretariat",
        },
        "tr": {"organisation": "{speaker} temsilcisi", "chair": "Başkan", "secretariat": "Sekretarya"},
    },
}
LATEST_WORDING = max(WORDINGS)

# The words the stamp dialog offers for the chair and the secretariat (in either language of the minutes).
_CHAIR = {fold(word) for word in ("Chair", "The Chair", "Chairperson", "Başkan", "Toplantı Başkanı", "Eş Başkan")}
_SECRETARIAT = {fold(word) for word in ("Secretariat", "The Secretariat", "Sekretarya", "Sekreterya")}

# A stamp: a time (10:42, or 10.42 as Turkish writes it), a dash (— as inserted, – or a spaced -), a speaker with
# no colon, then the colon. It starts a line, follows a list marker or a space (several stamps in a paragraph).
_STAMP = re.compile(
    r"(?<!\S)"
    r"(?P<time>(?:[01]?\d|2[0-3])[:.][0-5]\d)[ \t]*(?:—|–|(?<=[ \t])-)[ \t]*"
    r"(?P<speaker>[^\s:][^:\n]{0,99}?)[ \t]*:(?=\s|$)",
    re.MULTILINE,
)
# An acronym written as such: no space, at least two letters, every cased letter a capital ("İŞKUR", "SGDD-ASAM").
_ACRONYM = re.compile(r"^[^\W\d_](?:[\w&.\-/]*[^\W_])?$")


def is_known_wording(version: object) -> bool:
    return isinstance(version, int) and not isinstance(version, bool) and version in WORDINGS


def stamps_to_prose(text: str, language: str, organisations: Iterable[str] = (), wording: int = LATEST_WORDING) -> str:
    """`text` (a note, Markdown) with every intervention stamp written as prose in `language` ("en"/"tr");
    everything else, the words after each stamp included, exactly as typed. `organisations`: the acronyms of
    the meeting's organisations (any case), named as representatives even when not written in capitals."""
    words = WORDINGS[wording]["tr" if language == "tr" else "en"]
    known = {fold(acronym) for acronym in organisations if acronym}

    def prose(match: re.Match[str]) -> str:
        return f"{speaker_in_words(match['speaker'], words, known)}:"

    return _STAMP.sub(prose, text)


def speaker_in_words(speaker: str, words: dict[str, str], known: set[str]) -> str:
    """How the minutes name who spoke: an organisation's representative, the chair, the secretariat, or the
    name as typed."""
    key = fold(speaker)
    if key in _CHAIR:
        return words["chair"]
    if key in _SECRETARIAT:
        return words["secretariat"]
    if key in known or _is_acronym(speaker):
        return words["organisation"].format(speaker=speaker)
    return speaker


def _is_acronym(speaker: str) -> bool:
    """Arabic and other scripts without capitals have no acronyms in this sense: their speakers keep their name."""
    letters = [c for c in speaker if c.isalpha()]
    cased = [c for c in letters if c.lower() != c.upper()]
    return bool(_ACRONYM.match(speaker)) and len(letters) >= 2 and len(cased) == len(letters) and speaker.isupper()

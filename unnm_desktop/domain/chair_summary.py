"""The chair's summary of a decision: one sentence for the minutes, drafted in English or Turkish from what was recorded.

"The Network adopted the decision by consensus; PMM entered a reservation on paragraph 3; UNHCR joined ad
referendum (confirmation due by 30 May 2026)." The outcome clause comes first, then one clause per group of
positions other than joining, in a fixed order: objections, reservations, stand-asides, ad referendum, concerns.
Organisations are listed in Turkish alphabetical order of their acronyms, each once.

The sentence is a draft the rapporteur edits; once inserted it is stored text like any other, so these words
are not versioned as the printed labels are (export/labels.py). The words follow those labels and
resources/translations/GLOSSARY.md ("uzlaşı ile kabul edildi", "çekince", "çekimser", "teyit için son tarih").

Turkish: an acronym never takes a case suffix (whether "UNHCR'ye" or "UNHCR'a" depends on how it is read
aloud), so organisations are always the bare subject of their clause, and free text typed by the user (a
paragraph reference, a meeting deferred to) is followed by a postposition ("hakkında") or put in brackets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from unnm_desktop.domain.clock import ISTANBUL, MONTH_NAMES
from unnm_desktop.domain.enums import DecisionMethod, Outcome, PositionKind
from unnm_desktop.domain.text import turkish_sort_key

SUMMARY_LANGUAGES = ("en", "tr")


@dataclass(frozen=True)
class SummaryPosition:
    """What the summary needs of one organisation's position on the decision."""

    acronym: str
    kind: PositionKind | str
    paragraph_ref: str | None = None
    # Ad referendum: the date the confirmation is due by.
    deadline: date | None = None


# The groups of positions the summary names, in the order it names them; "joins" is the consensus itself.
GROUP_ORDER = (
    PositionKind.OBJECTS,
    PositionKind.RESERVATION,
    PositionKind.STANDS_ASIDE,
    PositionKind.AD_REFERENDUM,
    PositionKind.CONCERN,
)


# How the Network took a decision it adopted, by decision method.
_MANNER = {
    "en": {
        DecisionMethod.CONSENSUS: "by consensus",
        DecisionMethod.SILENCE_PROCEDURE: "under silence procedure",
        DecisionMethod.CHAIRS_SUMMARY: "on the basis of the Chair's summary",
    },
    "tr": {
        DecisionMethod.CONSENSUS: "uzlaşı ile",
        DecisionMethod.SILENCE_PROCEDURE: "sessiz onay usulü ile",
        DecisionMethod.CHAIRS_SUMMARY: "Başkanın özeti doğrultusunda",
    },
}

_OUTCOME = {
    "en": {
        Outcome.PROPOSED: "The Network has not yet taken a decision",
        Outcome.ADOPTED: "The Network adopted the decision {manner}",
        Outcome.ADOPTED_WITH_RESERVATIONS: "The Network adopted the decision {manner}",
        Outcome.NOT_ADOPTED: "There being no consensus, the Network did not adopt the decision",
        Outcome.DEFERRED: "There being no consensus, the Network deferred the decision",
        Outcome.WITHDRAWN: "The draft decision was withdrawn",
    },
    "tr": {
        Outcome.PROPOSED: "Ağ henüz karar almadı",
        Outcome.ADOPTED: "Ağ, kararı {manner} kabul etti",
        Outcome.ADOPTED_WITH_RESERVATIONS: "Ağ, kararı {manner} kabul etti",
        Outcome.NOT_ADOPTED: "Uzlaşı sağlanamadığından Ağ, kararı kabul etmedi",
        Outcome.DEFERRED: "Uzlaşı sağlanamadığından Ağ, kararı erteledi",
        Outcome.WITHDRAWN: "Karar taslağı geri çekildi",
    },
}

_DEFERRED = {
    "en": {
        "next": "There being no consensus, the Network deferred the decision to the next meeting",
        "to": "There being no consensus, the Network deferred the decision to {target}",
    },
    "tr": {
        "next": "Uzlaşı sağlanamadığından Ağ, kararı bir sonraki toplantıya erteledi",
        "to": "Uzlaşı sağlanamadığından Ağ, kararı erteledi ({target})",
    },
}
_NEXT_MEETING = {"next meeting", "the next meeting", "sonraki toplantı", "bir sonraki toplantı"}

_SILENCE = {
    "en": {
        "open": "The text was put under silence procedure",
        "until": "The text was put under silence procedure until {deadline} (Istanbul time)",
        "until_day": "The text was put under silence procedure until {deadline}",
    },
    "tr": {
        "open": "Metin sessiz onay usulüne sunuldu",
        "until": "Metin sessiz onay usulüne sunuldu (son tarih: {deadline}, İstanbul saati)",
        "until_day": "Metin sessiz onay usulüne sunuldu (son tarih: {deadline})",
    },
}
_AT_TIME = {"en": "{day} at {time}", "tr": "{day}, saat {time}"}


@dataclass(frozen=True)
class _Clause:
    """One position group's clause in one language: the verb for one organisation and for several, and how a
    paragraph reference joins it (`{ref}`)."""

    one: str
    several: str
    about: str


_CLAUSES = {
    "en": {
        PositionKind.OBJECTS: _Clause("objected", "objected", "to {ref}"),
        PositionKind.RESERVATION: _Clause("entered a reservation", "entered reservations", "on {ref}"),
        PositionKind.STANDS_ASIDE: _Clause("stood aside", "stood aside", "with regard to {ref}"),
        PositionKind.AD_REFERENDUM: _Clause("joined ad referendum", "joined ad referendum", "on {ref}"),
        PositionKind.CONCERN: _Clause("expressed a concern", "expressed concerns", "about {ref}"),
    },
    "tr": {
        PositionKind.OBJECTS: _Clause("itiraz etti", "itiraz etti", "{ref} hakkında"),
        PositionKind.RESERVATION: _Clause("çekince koydu", "çekince koydu", "{ref} hakkında"),
        PositionKind.STANDS_ASIDE: _Clause("çekimser kaldı", "çekimser kaldı", "{ref} hakkında"),
        PositionKind.AD_REFERENDUM: _Clause(
            "ad referendum kaydıyla katıldı", "ad referendum kaydıyla katıldı", "{ref} hakkında"
        ),
        PositionKind.CONCERN: _Clause("endişesini dile getirdi", "endişelerini dile getirdi", "{ref} hakkında"),
    },
}
_CONFIRMATION_DUE = {"en": " (confirmation due by {day})", "tr": " (teyit için son tarih: {day})"}
_AND = {"en": "and", "tr": "ve"}
_PARAGRAPH = {"en": ("paragraph {n}", "paragraphs {n}"), "tr": ("{n} numaralı paragraf", "{n} numaralı paragraflar")}

# A paragraph reference made of numbers ("3", "6.3", "3(b)", "3 and 4", "3–5", "3 to 5"), with or without a word for
# "paragraph" before or after it, is worded in the summary's language; anything else is quoted as typed.
_NUMBER = r"\d+(?:\.\d+)*[a-z]?(?:\s*\([a-z0-9]+\))*"
_SEPARATOR = r"\s*(?:,|&|\band\b|\bve\b|-|–|—|\bto\b|\bila\b)\s*"
_NUMBERS = re.compile(rf"{_NUMBER}(?:{_SEPARATOR}{_NUMBER})*", re.IGNORECASE)
_PARAGRAPH_WORD_BEFORE = re.compile(r"^(?:paragraphs?|paras?\.?|pars?\.?|paragraf(?:lar)?|§+)\s*", re.IGNORECASE)
_PARAGRAPH_WORD_AFTER = re.compile(r"\.?\s*(?:numaralı\s+)?(?:paragraf(?:lar|ı|ları)?)$", re.IGNORECASE)


def draft_summary(
    outcome: Outcome | str,
    method: DecisionMethod | str | None,
    positions: Iterable[SummaryPosition],
    language: str,
    *,
    silence_deadline: datetime | date | str | None = None,
    deferred_to: str | None = None,
) -> str:
    """The chair's summary of a decision, one sentence in `language` ("en" or "tr") ending with a full stop.

    `silence_deadline`: an aware datetime (a naive one, or ISO text, is Istanbul time, as the app takes times),
    or a date; written in Istanbul time, as the minutes show times. Positions of any kind are worded, whether or
    not the consensus rules allow them with this outcome: the rules are the services' business, not the draft's.
    """
    if language not in SUMMARY_LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    method = DecisionMethod(method or DecisionMethod.CONSENSUS)
    clauses = [_outcome_clause(Outcome(outcome), method, language, silence_deadline, deferred_to)]
    clauses.extend(position_clauses(positions, language))
    return "; ".join(clauses) + "."


def _outcome_clause(
    outcome: Outcome,
    method: DecisionMethod,
    language: str,
    silence_deadline: datetime | date | str | None,
    deferred_to: str | None,
) -> str:
    if outcome is Outcome.UNDER_SILENCE:
        return _silence_clause(language, silence_deadline)
    target = _plain(deferred_to)
    if outcome is Outcome.DEFERRED and target:
        if target.casefold() in _NEXT_MEETING:
            return _DEFERRED[language]["next"]
        return _DEFERRED[language]["to"].format(target=target)
    return _OUTCOME[language][outcome].format(manner=_MANNER[language][method])


def _silence_clause(language: str, deadline: datetime | date | str | None) -> str:
    words = _SILENCE[language]
    if deadline is None or deadline == "":
        return words["open"]
    if isinstance(deadline, str):
        text = deadline.strip().replace(" ", "T", 1)
        deadline = datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)
    if not isinstance(deadline, datetime):
        return words["until_day"].format(deadline=date_in_words(deadline, language))
    local = deadline.replace(tzinfo=ISTANBUL) if deadline.tzinfo is None else deadline.astimezone(ISTANBUL)
    when = _AT_TIME[language].format(day=date_in_words(local.date(), language), time=f"{local:%H:%M}")
    return words["until"].format(deadline=when)


def position_clauses(positions: Iterable[SummaryPosition], language: str) -> list[str]:
    """One clause per group of positions other than joining, in GROUP_ORDER; within a kind, organisations with
    the same paragraph (and, ad referendum, the same deadline) share a clause."""
    ordered = sorted(
        enumerate(positions), key=lambda pair: (turkish_sort_key(pair[1].acronym), pair[1].acronym, pair[0])
    )
    clauses = []
    for kind in GROUP_ORDER:
        groups: dict[tuple[str, date | None], list[SummaryPosition]] = {}
        for _, position in ordered:
            if PositionKind(position.kind) is kind:
                deadline = position.deadline if kind is PositionKind.AD_REFERENDUM else None
                key = (paragraph_in_words(position.paragraph_ref, language).casefold(), deadline)
                groups.setdefault(key, []).append(position)
        clauses.extend(_clause(kind, group, language) for group in groups.values())
    return clauses


def _clause(kind: PositionKind, group: list[SummaryPosition], language: str) -> str:
    words = _CLAUSES[language][kind]
    subject = list_in_words([p.acronym.strip() for p in group], language)
    verb = words.one if len(group) == 1 else words.several
    ref = paragraph_in_words(group[0].paragraph_ref, language)
    if not ref:
        text = f"{subject} {verb}"
    elif language == "tr":
        # The comma keeps the acronym the subject ("PMM, 3 numaralı paragraf hakkında …").
        text = f"{subject}, {words.about.format(ref=ref)} {verb}"
    else:
        text = f"{subject} {verb} {words.about.format(ref=ref)}"
    deadline = group[0].deadline
    if kind is PositionKind.AD_REFERENDUM and deadline is not None:
        text += _CONFIRMATION_DUE[language].format(day=date_in_words(deadline, language))
    return text


def list_in_words(items: list[str], language: str) -> str:
    """ "A", "A and B", "A, B and C" ("ve" in Turkish), without a serial comma as UN texts write them."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {_AND[language]} {items[-1]}"


def paragraph_in_words(ref: str | None, language: str) -> str:
    """A paragraph reference as the summary words it: "3 and 4" → "paragraphs 3 and 4" / "3 ve 4 numaralı
    paragraflar"; a reference that is not made of numbers ("the preamble", "OP2") as typed."""
    text = _plain(ref)
    numbers = _PARAGRAPH_WORD_AFTER.sub("", _PARAGRAPH_WORD_BEFORE.sub("", text)).strip()
    if not numbers or not _NUMBERS.fullmatch(numbers):
        return text
    parts = re.split(f"({_SEPARATOR})", numbers, flags=re.IGNORECASE)
    worded = []
    for index, part in enumerate(parts):
        if index % 2 == 0:
            worded.append(part)
        elif part.strip() == ",":
            worded.append(", ")
        elif part.strip().lower() in ("-", "–", "—", "to", "ila"):
            worded.append("–")
        else:
            worded.append(f" {_AND[language]} ")
    one, several = _PARAGRAPH[language]
    return (one if len(parts) == 1 else several).format(n="".join(worded))


def date_in_words(day: date | datetime | str, language: str) -> str:
    """ "30 May 2026" / "30 Mayıs 2026"."""
    if isinstance(day, datetime):
        day = day.date()
    elif isinstance(day, str):
        day = date.fromisoformat(day[:10])
    return f"{day.day} {MONTH_NAMES[language][day.month - 1]} {day.year}"


def _plain(text: str | None) -> str:
    """Typed text as it goes into the sentence: one line, no surrounding spaces, no full stop of its own."""
    return " ".join((text or "").split()).rstrip(".;").strip()

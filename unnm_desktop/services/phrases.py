"""The phrase bank: the formulas of UN minutes the secretariat keeps, in English and Turkish (issue 14).

    list_phrases(ctx) -> [PhraseView]                   in the bank's order
    add_phrase(ctx, text_en=..., text_tr=...) -> id     at the end of the bank
    update_phrase(ctx, id, expected_version=v, text_en=..., text_tr=...) -> PhraseView
    delete_phrase(ctx, id, expected_version=v)
    move_phrase(ctx, id, position)                      1 = first
    offered(phrases, typed, language) -> [Offer]        what the notes' completer offers for the word being typed
    filtered(phrases, query, language) -> [Offer]       what the phrase list shows for a filter

Every change is audited (entity "phrase") and checked against the version the editor read
(services/concurrency.py). Placeholders and matching: domain/phrases.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from unnm_desktop.domain import phrases as formulas
from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from unnm_desktop.services.common import apply_changes, get_or_fail, text_field
from unnm_desktop.services.concurrency import begin_edit, check_version
from unnm_desktop.services.views import PhraseView
from unnm_desktop.store.models import Phrase

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from unnm_desktop.services.context import ServiceContext

LANGUAGES = ("en", "tr")
MAX_FORMULA = 2000  # characters: a formula is a sentence or two
CLEANERS = {"text_en": text_field(MAX_FORMULA), "text_tr": text_field(MAX_FORMULA)}
_EMPTY = QT_TRANSLATE_NOOP(
    "Errors", "A phrase needs its text in English or in Turkish; to remove the phrase, delete it from the list."
)


def _view(phrase: Phrase) -> PhraseView:
    return PhraseView(phrase.id, phrase.position, phrase.text_en, phrase.text_tr, phrase.version)


def _ordered(session: Session) -> list[Phrase]:
    return list(session.scalars(select(Phrase).order_by(Phrase.position, Phrase.id)))


def list_phrases(ctx: ServiceContext) -> list[PhraseView]:
    """The bank in its own order (the secretariat's)."""
    with ctx.session() as session:
        return [_view(phrase) for phrase in _ordered(session)]


def get_phrase(ctx: ServiceContext, phrase_id: str) -> PhraseView:
    with ctx.session() as session:
        return _view(get_or_fail(session, Phrase, phrase_id, "phrase"))


def add_phrase(ctx: ServiceContext, *, text_en: str = "", text_tr: str = "") -> str:
    """A new formula at the end of the bank."""
    with ctx.session() as session:
        begin_edit(session)
        phrase = Phrase(text_en="", text_tr="")
        _, after = apply_changes(phrase, {"text_en": text_en, "text_tr": text_tr}, CLEANERS)
        _refuse_empty(phrase)
        phrase.position = (session.scalar(select(func.max(Phrase.position))) or 0) + 1
        session.add(phrase)
        session.flush()
        ctx.audit(session, "phrase", phrase.id, "create", after={**after, "position": phrase.position})
        return phrase.id


def update_phrase(
    ctx: ServiceContext, phrase_id: str, *, expected_version: int | None = None, **changes: Any
) -> PhraseView:
    """Change a formula's texts; `expected_version`: the version the editor read (PhraseView.version)."""
    with ctx.session() as session:
        begin_edit(session)
        phrase = get_or_fail(session, Phrase, phrase_id, "phrase")
        check_version(session, phrase, expected_version, entity="phrase", attempted=changes)
        before, after = apply_changes(phrase, changes, CLEANERS)
        _refuse_empty(phrase)
        if after:
            ctx.audit(session, "phrase", phrase.id, "update", before, after)
            session.flush()
        return _view(phrase)


def delete_phrase(ctx: ServiceContext, phrase_id: str, *, expected_version: int | None = None) -> None:
    """Remove a formula from the bank (its texts stay in the audit log); the others keep their order."""
    with ctx.session() as session:
        begin_edit(session)
        phrase = get_or_fail(session, Phrase, phrase_id, "phrase")
        check_version(session, phrase, expected_version, entity="phrase")
        before = {"text_en": phrase.text_en, "text_tr": phrase.text_tr, "position": phrase.position}
        ctx.audit(session, "phrase", phrase.id, "delete", before=before)
        session.delete(phrase)


def move_phrase(ctx: ServiceContext, phrase_id: str, position: int) -> None:
    """Put the formula at `position` (1 = first, clamped to the bank); the bank is numbered 1..n again."""
    with ctx.session() as session:
        begin_edit(session)
        phrase = get_or_fail(session, Phrase, phrase_id, "phrase")
        others = [p for p in _ordered(session) if p.id != phrase.id]
        wanted = max(1, min(position, len(others) + 1))
        before = phrase.position
        others.insert(wanted - 1, phrase)
        for number, each in enumerate(others, start=1):
            if each.position != number:
                each.position = number
        if before != phrase.position:
            ctx.audit(session, "phrase", phrase.id, "move", {"position": before}, {"position": phrase.position})


def _refuse_empty(phrase: Phrase) -> None:
    if not phrase.text_en and not phrase.text_tr:
        raise ValidationError(_EMPTY)


# --- finding formulas --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Offer:
    """One formula in one language, as a list shows it."""

    phrase_id: str
    language: str
    text: str


def _offers(phrases: Iterable[PhraseView], language: str) -> list[Offer]:
    """Each formula in the wanted language first, then in the other; a text left empty is not offered."""
    order = (language, *(other for other in LANGUAGES if other != language))
    return [Offer(p.id, lang, p.text(lang)) for lang in order for p in phrases if p.text(lang)]


def offered(phrases: Sequence[PhraseView], typed: str, language: str = "en") -> list[Offer]:
    """The formulas a word being typed finds (domain/phrases.py `typed_word_finds`): those of the minutes'
    language first, each language alphabetically (Turkish letter order for Turkish)."""
    found = [offer for offer in _offers(phrases, language) if formulas.typed_word_finds(offer.text, typed)]
    return _alphabetical(found, language)


def filtered(phrases: Sequence[PhraseView], query: str, language: str = "en") -> list[Offer]:
    """The phrase list's entries for a filter ("" shows every formula, in the bank's order)."""
    everything = _offers(phrases, language)
    if not query.strip():
        return everything
    return _alphabetical([offer for offer in everything if formulas.filter_finds(offer.text, query)], language)


def _alphabetical(found: list[Offer], language: str) -> list[Offer]:
    return sorted(found, key=lambda o: (o.language != language, formulas.sort_key(o.text, o.language), o.phrase_id))

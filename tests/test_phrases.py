"""The phrase bank: placeholders (domain/phrases.py), the editing services, Turkish-aware finding and sorting."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from unnm_desktop.domain import phrases as formulas
from unnm_desktop.domain.errors import ConcurrentChangeError, UserFacingError
from unnm_desktop.services import phrases
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.store.models import AuditEvent

# --- domain ------------------------------------------------------------------------------------------------


def test_placeholders_are_found_in_order_with_their_names() -> None:
    formula = "{ORG} informed the Network that {…} by {date}."
    found = formulas.find_placeholders(formula)
    assert [(formula[p.start : p.end], p.name, p.is_organisation) for p in found] == [
        ("{ORG}", "ORG", True),
        ("{…}", "…", False),
        ("{date}", "date", False),
    ]
    assert formulas.find_placeholders("Başkan, {KURULUŞ} temsilcisine teşekkür etti.")[0].is_organisation
    assert formulas.find_placeholders("No placeholder here; a { stray brace") == []


def test_moving_between_placeholders() -> None:
    formula = "{ORG} proposed that {…}."
    first, second = formulas.find_placeholders(formula)
    assert formulas.next_placeholder(formula, 0) == first
    assert formulas.next_placeholder(formula, 1) == second
    assert formulas.next_placeholder(formula, second.end) is None
    assert formulas.next_placeholder(formula, second.start, backwards=True) == first
    assert formulas.next_placeholder(formula, 0, backwards=True) is None


def test_a_stray_brace_is_pointed_at() -> None:
    assert formulas.unbalanced_brace("The Chair recalled that {…}.") is None
    assert formulas.unbalanced_brace("The Chair recalled that {… .") == 24
    assert formulas.unbalanced_brace("closing } only") == 8


@pytest.mark.parametrize("typed", ["başkan", "BAŞKAN", "baskan", "Başk", "BASK", "hatırla", "HATIRLA", "hatirla"])
def test_a_typed_word_finds_a_turkish_formula_the_turkish_way(typed: str) -> None:
    assert formulas.typed_word_finds("Başkan, {…} hususunu hatırlattı.", typed)


@pytest.mark.parametrize("typed", ["ba", "the", "THE", "bir", "ve", "xyz", "hususu ", "ORG"])
def test_short_common_or_absent_words_find_nothing(typed: str) -> None:
    assert not formulas.typed_word_finds("The Chair recalled that {…}; bir {ORG} ve hususu.", typed.strip() + "q")
    assert not formulas.typed_word_finds("The Chair recalled that {…}.", typed) or typed == "hususu "


def test_the_word_before_the_cursor() -> None:
    assert formulas.word_before("Toplantıda Başk", 15) == (11, "Başk")
    assert formulas.word_before("Toplantıda ", 11) == (11, "")
    assert formulas.word_before("PMM’nin", 7) == (0, "PMM’nin")


def test_turkish_formulas_sort_in_turkish_letter_order() -> None:
    texts = ["Sekretarya, {…}.", "Çalışma grubu {…}.", "Ağ, {…}.", "Şimdi {…}.", "Cevap {…}.", "İlk {…}.", "Işık {…}."]
    ordered = sorted(texts, key=lambda t: formulas.sort_key(t, "tr"))
    assert ordered == ["Ağ, {…}.", "Cevap {…}.", "Çalışma grubu {…}.", "Işık {…}.", "İlk {…}.", "Sekretarya, {…}.",
                       "Şimdi {…}."]  # fmt: skip


# --- services ----------------------------------------------------------------------------------------------


def test_the_default_bank_is_there_in_both_languages(ctx: ServiceContext) -> None:
    bank = phrases.list_phrases(ctx)
    assert 25 <= len(bank) <= 40
    assert [p.position for p in bank] == list(range(1, len(bank) + 1))
    assert all(p.text_en and p.text_tr for p in bank)
    english = {p.text_en for p in bank}
    assert {"The Chair recalled that {…}.", "The Network took note of {…}.",
            "{ORG} expressed its appreciation for {…}."} <= english  # fmt: skip
    turkish = {p.text_tr for p in bank}
    assert "Başkan, {…} hususunu hatırlattı." in turkish and "Ağ, {…} hususunu not aldı." in turkish
    for p in bank:  # every placeholder well formed, the same organisations in both languages
        assert formulas.unbalanced_brace(p.text_en) is None and formulas.unbalanced_brace(p.text_tr) is None
        org_en = [x for x in formulas.find_placeholders(p.text_en) if x.is_organisation]
        org_tr = [x for x in formulas.find_placeholders(p.text_tr) if x.is_organisation]
        assert len(org_en) == len(org_tr), p


def test_add_edit_move_delete_with_versions_and_audit(ctx: ServiceContext) -> None:
    count = len(phrases.list_phrases(ctx))
    new_id = phrases.add_phrase(ctx, text_tr="  Başkan, {ORG} temsilcisinin {…} önerisini oyladı.  ")
    view = phrases.get_phrase(ctx, new_id)
    assert (view.text_en, view.text_tr, view.position, view.version) == (
        "", "Başkan, {ORG} temsilcisinin {…} önerisini oyladı.", count + 1, 1
    )  # fmt: skip
    changed = phrases.update_phrase(ctx, new_id, expected_version=1, text_en="The Chair put {…} to {ORG}.")
    assert changed.version == 2 and changed.text_en == "The Chair put {…} to {ORG}."
    with pytest.raises(ConcurrentChangeError):
        phrases.update_phrase(ctx, new_id, expected_version=1, text_en="stale")
    assert phrases.get_phrase(ctx, new_id).text_en == "The Chair put {…} to {ORG}."
    with pytest.raises(UserFacingError):
        phrases.update_phrase(ctx, new_id, text_en="", text_tr=" ")
    phrases.move_phrase(ctx, new_id, 1)
    bank = phrases.list_phrases(ctx)
    assert bank[0].id == new_id and [p.position for p in bank] == list(range(1, count + 2))
    phrases.delete_phrase(ctx, new_id, expected_version=phrases.get_phrase(ctx, new_id).version)
    assert [p.position for p in phrases.list_phrases(ctx)] == list(range(2, count + 2))
    with ctx.session() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.entity == "phrase")).all()
    assert [e.action for e in events] == ["create", "update", "move", "delete"]
    assert "oyladı" in json.loads(events[-1].before_json)["text_tr"]


def test_an_empty_phrase_is_refused(ctx: ServiceContext) -> None:
    with pytest.raises(UserFacingError, match="English or in Turkish"):
        phrases.add_phrase(ctx, text_en=" ", text_tr="")


def test_the_completer_offers_the_minutes_language_first_in_turkish_order(ctx: ServiceContext) -> None:
    bank = phrases.list_phrases(ctx)
    for typed in ("başkan", "BAŞKAN", "baskan", "Başk"):
        offers = phrases.offered(bank, typed, "tr")
        assert offers and all(o.language == "tr" and o.text.startswith("Başkan") for o in offers), typed
        assert [o.text for o in offers] == sorted((o.text for o in offers), key=lambda t: formulas.sort_key(t, "tr"))
    chair = phrases.offered(bank, "chai", "tr")
    assert chair and all(o.language == "en" for o in chair)
    mixed = phrases.offered(bank, "not", "en")  # "took note" in English, "not aldı" in Turkish
    languages = [o.language for o in mixed]
    assert "en" in languages and "tr" in languages and languages == sorted(languages, key=lambda lang: lang != "en")
    assert phrases.offered(bank, "the", "en") == []


def test_the_filter_of_the_phrase_list(ctx: ServiceContext) -> None:
    bank = phrases.list_phrases(ctx)
    assert len(phrases.filtered(bank, "", "en")) == 2 * len(bank)
    found = phrases.filtered(bank, "AĞ NOT", "tr")
    assert [o.text for o in found] == ["Ağ, {…} hususunu not aldı."]
    assert [o.text for o in phrases.filtered(bank, "network took", "tr")] == ["The Network took note of {…}."]

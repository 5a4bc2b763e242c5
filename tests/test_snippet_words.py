"""The snippet's matched words (domain/snippet.py matched_spans) found by one regular expression are exactly the
words the plain reading finds: every WORD of the folded text that starts with one of the terms."""

from __future__ import annotations

import pytest

from unnm_desktop.domain.snippet import WORD, FoldMap, make_snippet, matched_spans
from unnm_desktop.domain.text import fold

TEXTS = [
    "İstanbul'da Işık Yılmaz: göç idaresi, GÖÇMEN ve göçmenlik; ŞANLIURFA.",
    "ﬁle ﬁnal ß straße e\u0301te\u0301 _göç_ x_y 12_3 2021/1 e-posta UNHCR'ın",
    "- madde: **çalışma izni**\n1. mevsimlik tarım işçileri\n> alıntı #başlık",
    "ليلى الحسن — UNICEF; Ǆemal ǅemal; ﬃ ﬄ",
    "",
]
TERMS = [["g"], ["goc"], ["istanbul", "isik"], ["fi"], ["ss", "strasse"], ["x"], ["12"], ["e"], ["unhcr"], [""], []]


def _reference(original: str, terms: list[str]) -> list[tuple[int, int]]:
    folded = fold(original)
    mapping = FoldMap(original)
    return [
        mapping.span(word.start(), word.end())
        for word in WORD.finditer(folded)
        if any(word.group().startswith(term) for term in terms)
    ]


@pytest.mark.parametrize("original", TEXTS)
@pytest.mark.parametrize("terms", TERMS)
def test_the_words_found_are_those_starting_with_a_term(original: str, terms: list[str]) -> None:
    assert matched_spans(original, terms) == _reference(original, terms)


def test_a_snippet_marks_the_turkish_words_as_typed() -> None:
    snippet = make_snippet(TEXTS[0], ["goc", "isik"])
    assert snippet.marked() == "İstanbul'da «Işık» Yılmaz: «göç» idaresi, «GÖÇMEN» ve «göçmenlik»; ŞANLIURFA."

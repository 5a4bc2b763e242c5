from __future__ import annotations

import pytest

from unnm_desktop.domain.text import clean_text, fold, turkish_sort_key


def test_clean_text_removes_what_xml_cannot_hold_and_keeps_the_rest() -> None:
    raw = "a\x00b\x07c\x0bd\x0ce\x1ff\ufffeg\uffffh\ud800i\tj\nk\rl"
    assert clean_text(raw) == "abcdefghi\tj\nk\rl"


def test_clean_text_normalises_to_nfc() -> None:
    decomposed = "S\u0327" + "G\u0306" + "i\u0307"  # Ş, Ğ and i + combining dot
    assert clean_text(decomposed) == "ŞĞi\u0307"
    assert clean_text("Cafe\u0301") == "Café"


def test_clean_text_keeps_turkish_arabic_and_emoji_exactly() -> None:
    text = "İstanbul ışık ŞşĞğÇçÖöÜü — ليلى الحسن 👍🏽 🇹🇷"
    assert clean_text(text) == text


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("İstanbul", "istanbul"),
        ("ışık", "isik"),
        ("ışık", "IŞIK"),
        ("IŞIK", "ışık"),
        ("Göç İdaresi", "goc idaresi"),
        ("Çağrı", "CAGRI"),
        ("Ünlü Öğrenci", "unlu ogrenci"),
        ("Hâkim", "hakim"),
    ],
)
def test_fold_matches_the_turkish_way(text: str, query: str) -> None:
    assert fold(query) in fold(text)


def test_fold_does_not_grow_dotted_capital_i() -> None:
    # Python's "İ".lower() is two characters; fold keeps one.
    assert fold("İ") == "i"
    assert len(fold("İSTANBUL")) == len("İSTANBUL")


def test_turkish_sort_order() -> None:
    words = ["Zeynep", "Çelik", "Cem", "Işıl", "İpek", "Ilgaz", "Şahin", "Sevgi", "Öztürk", "Ozan", "Doğan"]
    assert sorted(words, key=turkish_sort_key) == [
        "Cem", "Çelik", "Doğan", "Ilgaz", "Işıl", "İpek", "Ozan", "Öztürk", "Sevgi", "Şahin", "Zeynep",
    ]  # fmt: skip

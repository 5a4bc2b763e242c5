"""Text rules (DESIGN.md §4): what is stored, how it is searched and how it is sorted.

Everything typed or imported passes through `clean_text` at the service boundary, so storage, search and
the Word export only ever see NFC text that XML can hold.
"""

from __future__ import annotations

import re
import unicodedata

# Characters XML 1.0 cannot hold (python-docx refuses them) plus lone surrogates.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

# Turkish letters whose folding differs from a plain Unicode decomposition: both capital I's and the
# dotless ı must meet the ASCII i, which `str.lower()` and SQLite's NOCASE get wrong.
_TURKISH_FOLD = str.maketrans({"İ": "i", "I": "i", "ı": "i"})


def clean_text(value: str | None) -> str:
    """NFC-normalise and drop characters that cannot be stored in XML (and so in .docx)."""
    if not value:
        return ""
    return unicodedata.normalize("NFC", _XML_INVALID.sub("", value))


def clean_optional(value: str | None) -> str | None:
    """Like `clean_text`, but keeps "nothing entered" as None."""
    if value is None:
        return None
    cleaned = clean_text(value).strip()
    return cleaned or None


def _fold_general(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value.translate(_TURKISH_FOLD))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


# Turkish letters (and a few common accented ones) with what they fold to, replaced first by str.replace, a
# C-speed scan: ordinary text then reaches str.lower without the per-character work of the general path,
# and the result is the same (fold works character by character).
_COMMON_FOLDS = tuple((letter, _fold_general(letter)) for letter in "İIışŞçÇğĞöÖüÜâÂîÎûÛéÉèàáäëíóúñ")


def fold(value: str) -> str:
    """Search key: case- and accent-insensitive the Turkish way ("IŞIK", "ışık", "isik" fold alike).

    Works character by character: fold(a + b) == fold(a) + fold(b), which lets search map a match in the
    folded text back onto the original. Each Turkish letter folds to exactly one character.
    """
    if not value.isascii():
        for letter, folded in _COMMON_FOLDS:
            if letter in value:
                value = value.replace(letter, folded)
        if not value.isascii():
            return _fold_general(value)
    return value.lower()


_TURKISH_ALPHABET = "aâbcçdefgğhıiîjklmnoöpqrsştuûüvwxyz"
_TURKISH_RANK = {letter: index for index, letter in enumerate(_TURKISH_ALPHABET)}
_TURKISH_LOWER = str.maketrans({"I": "ı", "İ": "i"})


def turkish_sort_key(value: str) -> tuple[tuple[int, int], ...]:
    """Collation key with Turkish letter order (c < ç < d, ı < i, s < ş < t) and case ignored."""
    lowered = unicodedata.normalize("NFC", value.translate(_TURKISH_LOWER)).lower()
    key = []
    for ch in lowered:
        rank = _TURKISH_RANK.get(ch)
        key.append((0, rank) if rank is not None else (1, ord(ch)))
    return tuple(key)


def summarise_for_audit(value: object, limit: int = 400) -> object:
    """Audit entries keep short values whole; long texts (notes) are kept as length and a digest."""
    if isinstance(value, str) and len(value) > limit:
        import hashlib

        digest = hashlib.sha256(value.encode("utf-8")).hexdigest()
        return {"length": len(value), "sha256": digest, "start": value[:80]}
    return value


def first_strong_is_rtl(text: str) -> bool:
    """Whether the text reads right to left, as the Unicode bidi algorithm decides: by its first letter
    with a strong direction (Arabic, Hebrew: yes; Latin, Turkish: no; digits and punctuation: no say)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False

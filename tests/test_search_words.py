"""store/search_words.py sorts every character as SQLite FTS5's unicode61 tokenizer does, and the server's
`unnm_search_words` (migration 0005) cuts text into the same words, whatever the database's locale."""

from __future__ import annotations

import importlib.util
import sqlite3

import pytest

from unnm_desktop.domain.text import fold
from unnm_desktop.services.context import open_context
from unnm_desktop.store import search_words
from unnm_desktop.store.address import ServerAddress
from unnm_desktop.store.schema import MIGRATIONS_DIR

_ALL = [code for code in range(1, 0x110000) if not 0xD800 <= code <= 0xDFFF]


def _fts5_word_characters() -> list[int]:
    """Every code point FTS5 keeps inside a word: one document "qXq qYq ...", read back token by token."""
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 0')")
    connection.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    connection.execute("INSERT INTO t (rowid, x) VALUES (1, ?)", (" ".join(f"q{chr(code)}q" for code in _ALL),))
    tokens = [term for (term,) in connection.execute("SELECT term FROM v ORDER BY offset")]
    found, position = [], 0
    for code in _ALL:  # a word character leaves one token "q?q"; a separator leaves two, "q" and "q"
        if tokens[position] == "q" and tokens[position + 1] == "q" and len(tokens[position]) == 1:
            position += 2
        else:
            found.append(code)
            position += 1
    assert position == len(tokens)
    return found


def _ranges(codes: list[int]) -> str:
    spans: list[list[int]] = []
    for code in codes:
        if spans and code == spans[-1][1] + 1:
            spans[-1][1] = code
        else:
            spans.append([code, code])

    def escaped(code: int) -> str:
        return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"

    return "".join(escaped(a) if a == b else f"{escaped(a)}-{escaped(b)}" for a, b in spans)


def test_the_word_characters_are_those_of_fts5() -> None:
    expected = _ranges(_fts5_word_characters())
    assert expected == search_words.TOKEN_CHARACTERS, f"SQLite's word characters changed; they are now {expected!r}"


def test_migration_0005_holds_the_same_word_characters() -> None:
    path = MIGRATIONS_DIR / "versions" / "0005_postgres_search_words.py"
    spec = importlib.util.spec_from_file_location("migration_0005", path)
    assert spec and spec.loader
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    assert migration._WORD_CHARACTERS == search_words.TOKEN_CHARACTERS


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("un-women unhcr'ın 2021/1 e-posta", ["un", "women", "unhcr", "ın", "2021", "1", "e", "posta"]),
        ("göç😀göç x\ue000y", ["göç", "göç", "x\ue000y"]),  # an emoji separates; private use joins
        ("göç🙂göç", ["göç🙂göç"]),  # ... but not one new since Unicode 6.1, as 🙂 (7.0)
        ("ab\u19b0cd snake_case", ["ab", "cd", "snake", "case"]),  # a New Tai Lue vowel sign separates
        ("الهجرة ١٢٣", ["الهجرة", "١٢٣"]),
    ],
)
def test_words_are_cut_as_fts5_cuts_them(text: str, words: list[str]) -> None:
    assert search_words.words(text) == words
    assert search_words.word_string(text) == "".join(" " + word for word in words)


def test_a_term_is_read_as_fts5_reads_it() -> None:
    assert search_words.phrase("isik") == " isik"
    assert search_words.phrase("ab\u19b0cd") == " ab cd"  # a phrase: "ab" then a word starting with "cd"
    assert search_words.phrase("\u19b0") is None  # no word: FTS5 leaves the term out
    assert search_words.holds_every(fold("Işık ab cdef"), ["isik", "ab\u19b0cd"])
    assert not search_words.holds_every(fold("Işık abx cdef"), ["isik", "ab\u19b0cd"])
    assert not search_words.holds_every("anything", ["\u19b0"])


_ALNUM = "SELECT 'ğ' ~ '^[[:alnum:]]$', '١' ~ '^[[:alnum:]]$', 'ß' ~ '^[[:alnum:]]$', '🙂' ~ '^[[:alnum:]]$'"


def _server_words(url: str) -> list[str]:
    import psycopg

    with psycopg.connect(url) as connection:
        return [connection.execute("SELECT unnm_search_words(%s)", (chunk,)).fetchone()[0] for chunk in _chunks()]


def _chunks() -> list[str]:
    """Every character, in order, in a few texts: a character sorted otherwise than by FTS5 changes the words."""
    return ["".join(chr(code) for code in _ALL[start : start + 50_000]) for start in range(0, len(_ALL), 50_000)]


def test_the_server_cuts_every_character_as_fts5_does(server_address: object, postgres_cluster: object) -> None:
    """On the test cluster's C.UTF-8 database and on one whose locale is Turkish (ICU): a regular expression's
    [[:alnum:]] would differ between them; the spelled-out class does not."""
    import psycopg

    expected = [search_words.word_string(chunk) for chunk in _chunks()]
    with psycopg.connect(postgres_cluster.url(server_address.database)) as connection:  # type: ignore[attr-defined]
        print("[[:alnum:]] on ğ, ١, ß, 🙂 in C.UTF-8:", connection.execute(_ALNUM).fetchone())
    assert _server_words(postgres_cluster.url(server_address.database)) == expected  # type: ignore[attr-defined]
    admin_url = postgres_cluster.url("postgres")  # type: ignore[attr-defined]
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute("DROP DATABASE IF EXISTS unnm_turkish_locale")
        try:
            admin.execute(
                "CREATE DATABASE unnm_turkish_locale TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'tr-TR' "
                "LOCALE 'C.UTF-8'"
            )
        except psycopg.Error as refused:  # a server built without ICU
            pytest.skip(f"no ICU locale on this server: {refused}")
    turkish_url = postgres_cluster.url("unnm_turkish_locale")  # type: ignore[attr-defined]
    with psycopg.connect(turkish_url) as connection:  # here [[:alnum:]] knows Turkish letters; in C.UTF-8 it may not
        print("[[:alnum:]] on ğ, ١, ß in tr-TR (ICU):", connection.execute(_ALNUM).fetchone())
    open_context(ServerAddress.parse(turkish_url), actor="Test").close()  # migrated: 0005 made the function
    assert _server_words(turkish_url) == expected
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute("DROP DATABASE unnm_turkish_locale WITH (FORCE)")

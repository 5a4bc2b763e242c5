"""Search on a PostgreSQL server finds exactly what SQLite's FTS5 finds: the same demo register plus hand-made
records (Turkish, Arabic, emoji, hyphens, slashes, digits, apostrophes, private-use and other odd characters)
in both, and a few hundred queries through search, the register's text filter and the index's matching
records compared as sets. The two databases have different record ids, so records are compared by their kind
and folded text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import pytest
from builders import small_meeting

from unnm_desktop.domain.snippet import WORD, Snippet
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.demo import fill_demo
from unnm_desktop.services.desk import register, search
from unnm_desktop.services.desk.views import RegisterFilter
from unnm_desktop.services.meeting import actions, agenda, decisions
from unnm_desktop.store import search_index, search_query
from unnm_desktop.store.models import Base

TEXTS = (
    "Göç Kurulu: İSTANBUL ve IŞIK — UN-Women / UNHCR'ın 2021/1 toplantısı",
    "Işık Yılmaz e-posta gönderdi 😀👍 ışıklı göç🙂göç; UNHCR’ın raporu (typographic apostrophe)",
    "الهجرة واللاجئين في تركيا ١٢٣ والمفوضية",
    "café naïve résumé Ænima Straße ẞ ǅemal ﬁnance ¹²³ ½ ⅓ №5",
    "private\ue000use x\U000f0001y and a new-letter word ab\u19b0cd, hindi हिन्दी, 移民政策 한국어",
    "T.C. İçişleri Bakanlığı Göç İdaresi — snake_case_word e-mail@example.org https://iom.int/tr?q=1&x=%41",
    "0532 123 45 67, 3.5%, COVID-19, 1,000 kişi; 10.000 TL; ISTANBUL/ANKARA; i̇stanbul (dotted i, combining)",
    "Ōsaka İZMİR izmir IZMIR ıZMİR — Çağrı Ürün Şule Ğ Ö Ü ş ç ğ ö ü ı İ I i 'tek' \"çift\" [köşeli] {süslü}",
)
HAND_QUERIES = (
    "ISTANBUL", "İstanbul", "istanbul", "İSTANBUL", "ıstanbul", "ışık", "IŞIK", "isik", "Işık Yılmaz", "goc", "GÖÇ",
    "göç", "Göç İdaresi", "un-women", "UN-Women", "2021/1", "e-posta", "UNHCR'ın", "UNHCR’ın", "unhcr ın", "ın",
    "😀", "göç🙂", "🙂göç", "x\U000f0001y", "\U000f0001", "private\ue000use", "use", "ab\u19b0cd", "\u19b0", "cd",
    "ab\u19b0", "ab \u19b0", "هجرة", "الهجرة", "١٢٣", "123", "straße", "strasse", "ss", "ß", "ẞ", "fin", "ﬁnance",
    "dzemal", "ǆ", "1", "12", "½", "1/2", "5", "no5", "हिन्दी", "हि", "移民", "移", "한국", "izmir", "IZMIR", "ızmir",
    "ōsaka", "osaka", "i", "ı", "İ", "I", "a", "e", "ka", "%", "_", "\\", "a%", "%a", "3.5%", "10.000", "1,000",
    "covid-19", "snake_case", "case_word", "word", "e-mail@example", "iom.int", "q=1", "x=%41", "41", "'tek'",
    '"çift"', "köşeli", "[köşeli]", "{süslü}", "", "   ", "!!!", "—", "ç ğ", "toplantı", "t.c.", "tc", "ts",
    "the", "and", "meeting", "network göç", "UNHCR ın",
)  # fmt: skip
KINDS = ("meeting", "agenda_item", "decision", "position", "action", "follow_up")


def _build(sqlite_ctx: ServiceContext, server_ctx: ServiceContext | None = None) -> None:
    """The same records in either database: the demo register, copied to the server (the demo draws its
    organisations and people in the order the database returns them, which differs), then hand-made ones
    added through the services to both (so both ways of indexing, rebuild and record by record, are tested)."""
    fill_demo(sqlite_ctx, total_meetings=30)
    if server_ctx is not None:
        _copy_register(sqlite_ctx, server_ctx)
    for context in (sqlite_ctx, server_ctx):
        if context is not None:
            _add_hand_made(context)


_COPIED = [table for table in Base.metadata.sorted_tables if table.name not in ("app_info", "audit_event")]


def _copy_register(source: ServiceContext, target: ServiceContext) -> None:
    with source.session() as session:
        rows = {table.name: session.execute(table.select()).mappings().all() for table in _COPIED}
    with target.session() as session:
        for table in reversed(_COPIED):
            session.execute(table.delete())
        for table in _COPIED:
            if rows[table.name]:
                session.execute(table.insert(), [dict(row) for row in rows[table.name]])
        search_index.rebuild(session.connection())


def _add_hand_made(ctx: ServiceContext) -> None:
    built = small_meeting(ctx, title=TEXTS[0])
    for number, text in enumerate(TEXTS):
        item_id = agenda.add_item(ctx, built.meeting_id, title=text[:60], notes_md=text)
        decision_id = decisions.add_decision(ctx, built.meeting_id, text=f"{number}. {text}", agenda_item_id=item_id)
        decisions.set_position(ctx, decision_id, built.orgs["UNHCR"], "reservation", statement=text[::-1])
        actions.add_action(ctx, built.meeting_id, text=text.upper(), decision_id=decision_id)


def _entries(ctx: ServiceContext) -> dict[tuple[str, str], tuple[str, str]]:
    """(kind, record id) -> (kind, folded text): how a record is named in both databases."""
    with ctx.session() as session:
        return {
            (kind, record_id): (kind, folded)
            for kind, record_id, folded in search_query.iter_entries(session.connection())
        }


def _queries(entries: Iterable[tuple[str, str]]) -> list[str]:
    """Hand-made queries, then words of the data, their beginnings and pairs of them (a few hundred)."""
    words = sorted({word for _kind, folded in entries for word in WORD.findall(folded)})
    sampled = words[:: max(1, len(words) // 100)]
    prefixes = sorted({word[:length] for word in sampled[::2] for length in (1, 2, 3)})
    pairs = [f"{first} {second}" for first, second in zip(sampled[::9], sampled[4::9], strict=False)]
    upper = [word.upper() for word in sampled[::6]]
    return [*HAND_QUERIES, *sampled, *prefixes, *pairs, *upper]


def _found(ctx: ServiceContext, names: dict[tuple[str, str], tuple[str, str]], query: str) -> tuple[Counter, ...]:
    hits = search.search(ctx, query, limit=100_000)
    by_search = Counter(names[(hit.kind, hit.id)] for hit in hits)
    decided = Counter(
        (entry.reference, entry.text) for entry in register.load_register(ctx, RegisterFilter(text=query))
    )
    with ctx.session() as session:
        records = search_query.matching_records(session.connection(), search.query_terms(query), KINDS)
    return by_search, decided, Counter(names[key] for key in records)


@pytest.mark.sqlite_only("`ctx` is the SQLite side of the comparison with the server (`server_ctx`)")
def test_postgres_finds_exactly_what_sqlite_finds(
    ctx: ServiceContext, server_ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Which records are found is compared, not their snippets, which would take most of the time here.
    monkeypatch.setattr(search, "make_snippet", lambda text, _terms: Snippet(text[:20], ()))
    _build(ctx, server_ctx)
    on_sqlite, on_server = _entries(ctx), _entries(server_ctx)
    assert Counter(on_sqlite.values()) == Counter(on_server.values())
    queries = _queries(on_sqlite.values())
    assert len(queries) > 250
    differing = []
    found_something = 0
    for query in queries:
        sqlite_found = _found(ctx, on_sqlite, query)
        server_found = _found(server_ctx, on_server, query)
        found_something += bool(sqlite_found[0])
        if sqlite_found != server_found:
            differing.append(query)
    assert not differing, f"{len(differing)} queries differ, e.g. {differing[:10]}"
    assert found_something > 200  # the queries do find things, so the comparison means something


def test_turkish_queries_find_the_turkish_words_on_the_server(server_ctx: ServiceContext) -> None:
    _add_hand_made(server_ctx)
    names = _entries(server_ctx)

    def texts(query: str) -> set[str]:
        return {names[(hit.kind, hit.id)][1] for hit in search.search(server_ctx, query, limit=1000)}

    assert texts("isik") == texts("IŞIK") == texts("ışık") and any(
        "işık" not in t and "isik" in t for t in texts("isik")
    )
    assert texts("ISTANBUL") == texts("İstanbul") == texts("istanbul") != set()
    assert texts("goc") == texts("Göç") != set()
    assert not texts("stanbul")  # a word's beginning only
    assert texts("un-women") == texts("un women")  # separators split a query into words, as on SQLite
    assert not texts("\u19b0")  # a term without a word of its own is left out; alone it finds nothing


def test_the_server_orders_results_the_same_way_every_time(server_ctx: ServiceContext) -> None:
    fill_demo(server_ctx, total_meetings=30)
    first = [(hit.kind, hit.id, hit.score) for hit in search.search(server_ctx, "göç", limit=50)]
    assert len(first) == 50
    assert first == [(hit.kind, hit.id, hit.score) for hit in search.search(server_ctx, "GOC", limit=50)]
    scores = [score for _kind, _id, score in first]
    assert scores == sorted(scores, reverse=True)  # best (highest) first, as on SQLite


def test_the_server_answers_from_the_words_index_even_for_one_letter(server_ctx: ServiceContext) -> None:
    """A common word (or one letter) matches most entries; the table scan the planner would choose reads every
    entry's words, the GIN index does not (search_postgres.fetch_matching)."""
    from unnm_desktop.store.search_postgres import fetch_matching

    with server_ctx.session() as session:
        cursor = session.connection().connection.cursor()
        cursor.execute(  # 20,000 entries, as on 1,000 meetings
            "INSERT INTO search_entry (kind, record_id, folded) SELECT 'agenda_item', 'entry-' || i, "
            "'goc idaresi ' || md5(i::text) || repeat(' istanbul veri gocmen', 15) FROM generate_series(1, 20000) AS i"
        )
        cursor.execute("ANALYZE search_entry")
        for words in (["g"], ["istanbul"], ["goc", "idaresi"]):
            plan = "\n".join(row[0] for row in fetch_matching(cursor, [[w] for w in words], 30, None, "EXPLAIN"))
            assert "Bitmap Index Scan on ix_search_entry_lexemes" in plan, plan
            assert "Seq Scan" not in plan, plan
        assert cursor.execute("SHOW enable_seqscan").fetchone()[0] == "on"  # for the statements after it
        session.rollback()

"""Full-text search: the Turkish cases, snippets on the original text, the index kept in step by the
services (ORM edits, deletes, the autosave fast path), rebuilt by `check`, filled on upgrade from 0001."""

from __future__ import annotations

import random
import sqlite3
import unicodedata
from pathlib import Path

import pytest
from builders import SmallMeeting

from unnm_desktop.domain.snippet import FoldMap, make_snippet, matched_spans
from unnm_desktop.domain.text import fold
from unnm_desktop.services import demo
from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.desk.search import search
from unnm_desktop.services.maintenance import check_database
from unnm_desktop.services.meeting import actions, agenda, decisions, meetings
from unnm_desktop.store.schema import MIGRATIONS_DIR
from unnm_desktop.store.search_query import entry_count, iter_entries


def _found(ctx: ServiceContext, query: str, **kwargs: object) -> set[tuple[str, str]]:
    return {(r.kind, r.id) for r in search(ctx, query, **kwargs)}


def _general_fold(value: str) -> str:
    """fold() as first written (one decomposition per character), to check the fast version against."""
    value = value.translate(str.maketrans({"İ": "i", "I": "i", "ı": "i"}))
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def test_fold_is_the_general_fold_and_works_character_by_character() -> None:
    rng = random.Random(7)
    pool = "İIışŞçÇğĞöÖüÜâÎû abcXYZ.-\u0301\u0327ﬁßΣς ليلى👍🏽" + "".join(
        chr(rng.randrange(0x80, 0x3000)) for _ in range(300)
    )
    for _ in range(5000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 30)))
        assert fold(text) == _general_fold(text)
        assert fold(text) == "".join(fold(ch) for ch in text)


@pytest.mark.parametrize(
    ("query", "original"),
    [("goc", "Göç"), ("isik", "ışık"), ("IŞIK", "ışık"), ("istanbul", "İstanbul"), ("ISTANBUL", "İstanbul")],
)
def test_turkish_queries_find_the_turkish_words(
    ctx: ServiceContext, small: SmallMeeting, query: str, original: str
) -> None:
    agenda.set_notes(ctx, small.item_id, "Toplantıda **Göç** ve uyum konuşuldu.\n\n- ışık projesi İstanbul'da başladı.")
    results = search(ctx, query)
    assert [(r.kind, r.id) for r in results] == [("agenda_item", small.item_id)]
    hit = results[0]
    assert f"«{original}" in hit.snippet
    assert hit.meeting_id == small.meeting_id and hit.agenda_item_id == small.item_id
    assert hit.meeting_reference and hit.meeting_title == "UNNM Türkiye network meeting"
    start, end = hit.highlights[0]
    assert fold(hit.snippet_text[start:end]).startswith(fold(query))


def test_every_kind_is_found_and_words_must_all_occur(ctx: ServiceContext, small: SmallMeeting) -> None:
    meetings.update_meeting(ctx, small.meeting_id, venue="Şanlıurfa Valiliği")
    decision = decisions.add_decision(
        ctx, small.meeting_id, text="Ağ, göç verisi çalışma grubu kurar.", agenda_item_id=small.item_id
    )
    position = decisions.set_position(ctx, decision, small.orgs["UNHCR"], "concern", statement="Koruma boyutu eksik.")
    action = actions.add_action(ctx, small.meeting_id, text="Gaziantep atölyesi için taslak paylaşılacak")
    later = meetings.create_next_meeting(ctx, small.meeting_id, title="Sonraki toplantı", start="2023-12-20 10:00")
    follow_up = actions.record_follow_up(ctx, action, later, note="Taslak Aralık'ta dağıtıldı.")
    assert ("meeting", small.meeting_id) in _found(ctx, "sanliurfa valiligi")
    assert _found(ctx, "calisma grubu") == {("decision", decision)}
    assert _found(ctx, "koruma") == {("position", position)}
    assert _found(ctx, "gaziantep atolye") == {("action", action)}
    assert _found(ctx, "aralik") == {("follow_up", follow_up)}
    assert _found(ctx, "calisma koruma") == set()  # both words, but in different records
    assert _found(ctx, "koruma", kinds=["decision"]) == set()
    hits = search(ctx, "taslak")
    assert {h.kind for h in hits} == {"action", "follow_up"}
    assert next(h for h in hits if h.kind == "follow_up").meeting_id == later
    assert search(ctx, "  ...  ") == [] and search(ctx, '"*') == []


def test_index_follows_edits_and_deletes(ctx: ServiceContext, small: SmallMeeting) -> None:
    decision = decisions.add_decision(ctx, small.meeting_id, text="Eski metin", agenda_item_id=small.item_id)
    decisions.set_position(ctx, decision, small.orgs["IOM"], "concern", statement="Kaygı açıklaması")
    action = actions.add_action(ctx, small.meeting_id, text="Rapor hazırlanacak")
    decisions.update_decision(ctx, decision, text="Yeni metin")
    assert _found(ctx, "eski") == set() and _found(ctx, "yeni") == {("decision", decision)}
    agenda.update_item(ctx, small.item_id, title="Mevsimlik tarım işçileri")
    assert _found(ctx, "mevsimlik") == {("agenda_item", small.item_id)}
    actions.update_action(ctx, action, text="Bilgi notu hazırlanacak")
    assert _found(ctx, "rapor") == set() and _found(ctx, "bilgi notu") == {("action", action)}
    actions.remove_action(ctx, action)
    assert _found(ctx, "bilgi") == set()
    decisions.remove_decision(ctx, decision)  # its position goes with it
    assert _found(ctx, "yeni") == set() and _found(ctx, "kaygi") == set()
    meetings.delete_meeting(ctx, small.meeting_id)
    assert _found(ctx, "mevsimlik") == set() and _found(ctx, "ankara") == set()
    with ctx.session() as session:
        assert entry_count(session.connection()) == 0


def test_autosave_fast_path_is_searchable_at_once_and_from_a_read_only_view(
    ctx: ServiceContext, small: SmallMeeting, db_path: Path
) -> None:
    agenda.set_notes(ctx, small.item_id, "İlk taslak")
    agenda.set_notes(ctx, small.item_id, "Düzeltilmiş ikinci sürüm")
    with open_context(db_path, read_only=True) as viewer:
        assert viewer.db.read_only
        assert _found(viewer, "duzeltilmis") == {("agenda_item", small.item_id)}
        assert _found(viewer, "ilk") == set()
    assert _found(ctx, "ikinci surum") == {("agenda_item", small.item_id)}
    assert _found(ctx, "ilk") == set()
    second = agenda.add_item(ctx, small.meeting_id, title="Diğer")
    agenda.set_notes(ctx, second, "Başka notlar")
    agenda.set_notes(ctx, small.item_id, "Üçüncü")
    if ctx.db.server is None:  # on a file the next save brings the other item's pending entry up to date
        with ctx.session() as session:
            entries = {record: text for _kind, record, text in iter_entries(session.connection())}
        assert "baska notlar" in entries[second]
    # On a server the autosave stays one round trip and the search brings pending entries up to date first.
    assert _found(ctx, "baska notlar") == {("agenda_item", second)}


@pytest.mark.sqlite_only("damages the FTS5 index itself; a server's index: tests/test_server_search.py")
def test_check_rebuilds_a_damaged_index(ctx: ServiceContext, small: SmallMeeting, db_path: Path) -> None:
    agenda.set_notes(ctx, small.item_id, "Göç yönetimi")
    assert _found(ctx, "goc") == {("agenda_item", small.item_id)}
    with ctx.session() as session:
        session.connection().exec_driver_sql("DELETE FROM search_entry")
        session.connection().exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
    assert _found(ctx, "goc") == set()
    report = check_database(ctx, backup=False)
    assert report.ok and report.counts["search_entry"] >= 2
    assert _found(ctx, "goc") == {("agenda_item", small.item_id)}


def test_upgrade_from_0001_fills_the_index(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    path = tmp_path / "old.sqlite3"
    with open_context(path, actor="Test") as ctx:
        demo.fill_demo(ctx)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    engine.dispose()
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert raw.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE 'search%'").fetchone() == (0,)
    raw.close()
    with open_context(path, actor="Test") as ctx:
        with ctx.session() as session:
            assert entry_count(session.connection()) > 50
        results = search(ctx, "goc")
        assert results and all(r.meeting_reference for r in results)
        assert check_database(ctx, backup=False).ok


def test_a_database_made_by_migration_0001_gets_its_index_on_open(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    path = tmp_path / "v1.sqlite3"
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    raw = sqlite3.connect(path)
    now = "2023-11-02 07:00:00.000000"
    raw.execute(
        "INSERT INTO meeting (id, series, reference, title, start_utc, location, venue, modality, event_category, "
        "main_organisers, target_audience, language, geographic_scope, sub_region, workstream_output, status, "
        "revision, created_at, updated_at) VALUES ('m1', '', 'UNNM-TR/2023/9', 'İstanbul toplantısı', ?, 'Şanlıurfa', "
        "'', 'in_person', '', '', '', 'tr', '', '', '', 'draft', 0, ?, ?)",
        (now, now, now),
    )
    raw.execute(
        "INSERT INTO agenda_item (id, meeting_id, position, number, title, elapsed_seconds, notes_md, status, "
        "created_at, updated_at) VALUES ('a1', 'm1', 1, '1', 'Gündem', 0, 'IŞIK projesi ve göç verisi', 'pending', ?, ?)",
        (now, now),
    )
    raw.commit()
    raw.close()
    with open_context(path, actor="Test") as ctx:
        assert _found(ctx, "isik goc") == {("agenda_item", "a1")}
        assert _found(ctx, "istanbul sanliurfa") == {("meeting", "m1")}


def test_snippet_highlights_map_onto_the_original_when_folding_changes_lengths() -> None:
    original = "Le «ﬁnal» draft — e\u0301cole; Straße; ﬁﬁ İSTANBUL ışık 👍🏽 ليلى"
    for term, expected in [("final", "ﬁnal"), ("ecole", "e\u0301cole"), ("strasse", "Straße"), ("isik", "ışık")]:
        spans = matched_spans(original, [term])
        assert [original[a:b] for a, b in spans] == [expected]
    mapping = FoldMap(original)
    folded = fold(original)
    at = folded.index("istanbul")
    assert original[mapping.to_original(at) :].startswith("İSTANBUL")


def test_snippets_of_random_text_highlight_the_matched_words() -> None:
    rng = random.Random(3)
    words = ["Göç", "ışık", "İstanbul", "ﬁnal", "Straße", "e\u0301cole", "veri", "IŞIK", "data", "**bold**", "- list"]
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 80)))
        term = fold(rng.choice(["goc", "isik", "istanbul", "final", "strasse", "ecole", "veri"]))
        snippet = make_snippet(text, [term], width=60)
        for start, end in snippet.highlights:
            assert fold(snippet.text[start:end]).startswith(term)
        assert len(snippet.text) <= 62
        if term in fold(text).split():
            assert snippet.highlights

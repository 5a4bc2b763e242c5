"""Full-text search across meetings, agenda items and notes, decisions, positions, action points and
follow-ups (DESIGN.md §4): the query is folded by the same `fold` as the indexed text, each word matches
as a word prefix ("goc" finds "Göç", "isik" and "IŞIK" find "ışık", "istanbul" finds "İstanbul"), all
words must occur in the same record, results come best first (bm25).

Snippets are cut from the ORIGINAL text: `snippet` marks the matched words with « and », and
`snippet_text` + `highlights` give the same without marks, as (start, end) offsets, for a GUI to style.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from unnm_desktop.domain.snippet import WORD, make_snippet
from unnm_desktop.domain.text import fold
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.store import search_index, search_query
from unnm_desktop.store.search_words import holds_every

KINDS = search_index.KINDS
MAX_TERMS = 12


@dataclass(frozen=True)
class SearchResult:
    kind: str  # meeting, agenda_item, decision, position, action, follow_up
    id: str  # the record's id (of that kind)
    meeting_id: str | None  # where to open it: the meeting (for a follow-up, the later meeting) ...
    meeting_reference: str
    meeting_title: str
    meeting_start: datetime | None
    agenda_item_id: str | None  # ... and the agenda item, when it has one
    snippet: str  # original text around the match, matched words «marked»
    snippet_text: str  # the same without marks
    highlights: tuple[tuple[int, int], ...]  # (start, end) of the matched words in snippet_text
    score: float  # higher is better (minus FTS5's bm25)

    def as_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "id": self.id,
            "meeting_id": self.meeting_id,
            "meeting_reference": self.meeting_reference,
            "meeting_title": self.meeting_title,
            "agenda_item_id": self.agenda_item_id,
            "snippet": self.snippet,
            "score": self.score,
        }


def query_terms(query: str) -> list[str]:
    """The folded words of a query, as the index sees words."""
    return list(dict.fromkeys(WORD.findall(fold(query))))[:MAX_TERMS]


def search(
    ctx: ServiceContext, query: str, *, limit: int = 30, kinds: Sequence[str] | None = None
) -> list[SearchResult]:
    """The best `limit` records holding every word of `query` (as word prefixes), best first."""
    if kinds:
        unknown = sorted(set(kinds) - set(KINDS))
        if unknown:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "“{kind}” is not something to search; use one of: {allowed}."),
                kind=unknown[0],
                allowed=", ".join(KINDS),
            )
    terms = query_terms(query)
    if not terms or limit <= 0:
        return []
    with ctx.session() as session:
        connection = session.connection()
        pending: set[tuple[str, str]] = set()
        if ctx.db.read_only:
            pending = search_index.pending_records(connection)
        else:
            search_index.refresh_pending(connection)
        hits = search_query.match(connection, terms, limit=limit + len(pending), kinds=kinds)
        if pending:
            hits = _with_pending(connection, hits, pending, terms, kinds)[:limit]
        sources, meetings = search_query.snippet_sources(
            connection, [(h.kind, h.record_id) for h in hits], {h.meeting_id for h in hits if h.meeting_id}
        )
    results = []
    for hit in hits:
        source = sources.get((hit.kind, hit.record_id))
        if source is None:  # deleted since it was indexed (a read-only view of a database in use)
            continue
        snippet = make_snippet(source.text, terms)
        meeting = meetings.get(hit.meeting_id or "")
        results.append(
            SearchResult(
                hit.kind,
                hit.record_id,
                hit.meeting_id,
                meeting.reference if meeting else "",
                meeting.title if meeting else "",
                meeting.start_utc if meeting else None,
                hit.agenda_item_id,
                snippet.marked(),
                snippet.text,
                snippet.highlights,
                round(-hit.score, 4),
            )
        )
    return results


def _with_pending(
    connection: object,
    hits: list[search_query.Hit],
    pending: set[tuple[str, str]],
    terms: list[str],
    kinds: Sequence[str] | None,
) -> list[search_query.Hit]:
    """A read-only view cannot bring pending entries up to date: match those records' text here."""
    hits = [h for h in hits if (h.kind, h.record_id) not in pending]
    best = hits[0].score if hits else 0.0
    fresh = []
    for (kind, record_id), source in search_query.source_texts(connection, pending).items():  # type: ignore[arg-type]
        if kinds and kind not in kinds:
            continue
        folded = fold(source.text)
        if holds_every(folded, terms):  # as FTS5 (and the server) would find it
            fresh.append(search_query.Hit(kind, record_id, source.meeting_id, source.agenda_item_id, folded, best))
    return fresh + hits

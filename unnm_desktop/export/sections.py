"""The body of the minutes: agenda items with their discussion and decisions, follow-ups, action points."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

from unnm_desktop.domain.clock import DEFAULT_TIME_ZONE, zone
from unnm_desktop.domain.text import clean_text
from unnm_desktop.export import markdown
from unnm_desktop.export.labels import Labels
from unnm_desktop.export.model import (
    BODY,
    BREAK,
    DECISION,
    DECISION_LABEL,
    DECISION_NOTE,
    GRID,
    HEADING1,
    META,
    OUTCOME,
    SMALL,
    STATEMENT,
    MinutesDocument,
    Span,
    Table,
)
from unnm_desktop.export.stamps import stamps_to_prose

# The first label version that says open closures in words (issue 14), and the outcomes they stay open under.
CLOSURE_LABELS = 3
_OPEN = ("proposed", "under_silence")
_LEADING = ("adoption_of_agenda", "previous_minutes", "matters_arising")


def t(value: Any) -> str:
    """Any stored value as safe text (the one conversion the builder and the sections share)."""
    return clean_text("" if value is None else str(value))


def agenda(doc: MinutesDocument, labels: Labels, content: dict[str, Any], time_zone: str | None = None) -> None:
    """Standing items first (agenda, previous minutes, matters arising), the items, other decisions, AOB."""
    items = content["agenda"]
    leading = [i for key in _LEADING for i in items if i.get("standing") == key]
    closing = [i for i in items if i.get("standing") == "aob"]
    middle = [i for i in items if i not in leading and i not in closing]
    follow_ups = content.get("follow_ups") or []
    has_matters_arising = any(i.get("standing") == "matters_arising" for i in items)
    notes = _as_typed
    if doc.stamps_as_prose:
        speakers = organisation_acronyms(content)
        notes = partial(stamps_to_prose, language=doc.lang, organisations=speakers, wording=doc.stamps_as_prose)
    for item in leading:
        _item(doc, labels, item, time_zone, notes)
        if item.get("standing") == "matters_arising":
            _follow_ups(doc, labels, follow_ups)
    if follow_ups and not has_matters_arising:
        doc.add(HEADING1, labels["matters_arising"])
        _follow_ups(doc, labels, follow_ups)
    for item in middle:
        _item(doc, labels, item, time_zone, notes)
    loose = content.get("decisions_without_item") or []
    if loose:
        doc.add(HEADING1, labels["other_decisions"])
        for decision in loose:
            _decision(doc, labels, decision, time_zone)
    for item in closing:
        _item(doc, labels, item, time_zone, notes)


def organisation_acronyms(content: dict[str, Any]) -> set[str]:
    """The acronyms of the organisations attending or holding a position: the speakers of the stamps."""
    found = {t((entry.get("organization") or {}).get("acronym")) for entry in content.get("attendance") or []}
    for item in [*(content.get("agenda") or []), {"decisions": content.get("decisions_without_item") or []}]:
        for decision in item.get("decisions") or []:
            found.update(t((p.get("organization") or {}).get("acronym")) for p in decision.get("positions") or [])
    return {acronym for acronym in found if acronym}


def _as_typed(text: str) -> str:
    return text


def _item(
    doc: MinutesDocument,
    labels: Labels,
    item: dict[str, Any],
    time_zone: str | None,
    notes: Callable[[str], str] = _as_typed,
) -> None:
    """An agenda item: its heading, presenter, notes (`notes` writes their stamps as the export is asked to)."""
    number, title = t(item.get("number")).strip(), t(item.get("title"))
    doc.add(HEADING1, f"{number.rstrip('.')}. {title}" if number else title)
    presenter = item.get("presenter")
    if presenter and presenter.get("name"):
        doc.add(META, Span(f"{labels['presented_by']}: ", italic=True), t(presenter["name"]))
    doc.blocks.extend(markdown.parse(notes(t(item.get("notes_md")))))
    if item.get("objectives"):
        _objectives_line(doc, labels, item["objectives"])
    for decision in item.get("decisions") or []:
        _decision(doc, labels, decision, time_zone)


def _objectives_line(doc: MinutesDocument, labels: Labels, numbers: list[Any], role: str = SMALL) -> None:
    doc.add(role, f"{labels['objectives_short']}: " + ", ".join(str(n) for n in numbers))


def _lines(text: str) -> list[Span]:
    """Plain multi-line text as spans, one per line, with breaks between."""
    spans: list[Span] = []
    for index, line in enumerate(text.split("\n")):
        if index:
            spans.append(BREAK)
        if line:
            spans.append(Span(line))
    return spans


def _decision(doc: MinutesDocument, labels: Labels, decision: dict[str, Any], time_zone: str | None) -> None:
    doc.add(DECISION_LABEL, Span(f"{labels['decision']} {t(decision.get('reference'))}", bold=True))
    para = doc.add(DECISION)
    para.spans = _lines(t(decision.get("text")).strip())
    words = labels.outcome(t(decision.get("outcome")), t(decision.get("deferred_to")))
    method = decision.get("method")
    if method and method != "consensus":
        words = f"{words} ({labels.word('method', method)})"
    doc.add(OUTCOME, Span(f"{labels['outcome']}: ", bold=True), Span(words, bold=True))
    still_open = labels.version >= CLOSURE_LABELS and decision.get("outcome") in _OPEN
    if decision.get("silence_deadline") and labels.version >= CLOSURE_LABELS:
        # Label version 3: the deadline in the meeting's local date and time (version 2 printed its UTC date).
        day, time, zone_words = local_moment(labels, decision["silence_deadline"], time_zone)
        if decision.get("outcome") == "under_silence":
            doc.add(DECISION_NOTE, labels["silence_open"].format(date=day, time=time, zone=zone_words))
        else:
            doc.add(
                DECISION_NOTE,
                Span(f"{labels['silence_until']}: ", italic=True),
                labels["at_time"].format(date=day, time=time, zone=zone_words),
            )
    elif decision.get("silence_deadline"):
        doc.add(
            DECISION_NOTE,
            Span(f"{labels['silence_until']}: ", italic=True),
            labels.date(decision["silence_deadline"][:10]),
        )
    if decision.get("chair_note"):
        para = doc.add(DECISION_NOTE, Span(f"{labels['chair_note']}: ", italic=True))
        para.spans.extend(_lines(t(decision["chair_note"]).strip()))
    if decision.get("objectives"):
        _objectives_line(doc, labels, decision["objectives"], DECISION_NOTE)
    _positions(doc, labels, decision.get("positions") or [])
    if still_open:
        awaited = [p for p in decision.get("positions") or [] if p.get("kind") == "ad_referendum" and p.get("deadline")]
        for position in awaited:
            acronym = t((position.get("organization") or {}).get("acronym"))
            words = labels["ad_referendum_open"].format(acronym=acronym, date=labels.date(position["deadline"]))
            doc.add(DECISION_NOTE, words)
        if awaited or decision.get("outcome") == "under_silence":
            doc.add(DECISION_NOTE, labels["addendum_follows"])


def local_moment(labels: Labels, value: str, time_zone: str | None) -> tuple[str, str, str]:
    """An instant stored as ISO text, as (date in words, "HH:MM", the zone in words) where the meeting is held."""
    moment = datetime.fromisoformat(value).astimezone(zone(time_zone))
    return labels.date(moment.date()), f"{moment:%H:%M}", zone_words(labels, time_zone)


def zone_words(labels: Labels, time_zone: str | None) -> str:
    """ "Istanbul time" for the Network's own zone (as the header says); any other by its IANA name."""
    if not time_zone or time_zone == DEFAULT_TIME_ZONE:
        return labels["time_zone"]
    return time_zone


def _positions(doc: MinutesDocument, labels: Labels, positions: list[dict[str, Any]]) -> None:
    if not positions:
        return
    doc.add(DECISION_NOTE, Span(labels["positions"], italic=True))
    silent_joins = [p for p in positions if p.get("kind") == "joins" and not t(p.get("statement")).strip()]
    if silent_joins:
        acronyms = ", ".join(t((p.get("organization") or {}).get("acronym")) for p in silent_joins)
        doc.add(STATEMENT, Span(f"{labels['joined']}: ", bold=True), acronyms + ".")
    for position in positions:
        if position in silent_joins:
            continue
        acronym = t((position.get("organization") or {}).get("acronym"))
        kind = labels.position(t(position.get("kind")))
        details = [t(position.get("paragraph"))] if position.get("paragraph") else []
        if position.get("deadline"):
            details.append(f"{labels['confirm_by']} {labels.date(position['deadline'])}")
        heading = ", ".join([kind, *details])
        para = doc.add(STATEMENT, Span(acronym, bold=True), Span(f" — {heading}", bold=True))
        statement = t(position.get("statement")).strip()
        if statement:
            para.spans.append(Span(": "))
            para.spans.extend(_lines(statement))


def _follow_ups(doc: MinutesDocument, labels: Labels, follow_ups: list[dict[str, Any]]) -> None:
    if not follow_ups:
        return
    doc.add(META, Span(labels["follow_ups"], italic=True))
    header = [labels["action"], labels["responsible"], labels["follow_up"], labels["status"]]
    table = Table(GRID, [0.34, 0.14, 0.38, 0.14], header, [])
    for entry in follow_ups:
        action = entry.get("action") or {}
        status = entry.get("status") or action.get("status")
        table.rows.append(
            [
                f"{t(action.get('text'))} ({t(action.get('origin'))})",
                _responsible(action),
                t(entry.get("note")),
                labels.word("action", t(status)),
            ]
        )
    doc.blocks.append(table)


def _responsible(action: dict[str, Any]) -> str:
    names = [t(a) for a in action.get("responsible") or []]
    person = action.get("responsible_person")
    if person and person.get("name"):
        names.append(t(person["name"]))
    return ", ".join(names)


def actions(doc: MinutesDocument, labels: Labels, action_points: list[dict[str, Any]]) -> None:
    doc.add(HEADING1, labels["action_points"])
    if not action_points:
        doc.add(BODY, labels["no_actions"])
        return
    header = [labels["no"], labels["action"], labels["responsible"], labels["deadline"], labels["status"]]
    table = Table(GRID, [0.07, 0.47, 0.18, 0.15, 0.13], header, [])
    for number, action in enumerate(action_points, start=1):
        table.rows.append(
            [
                f"{number}.",
                t(action.get("text")),
                _responsible(action),
                labels.date(action.get("due")) if action.get("due") else "—",
                labels.word("action", t(action.get("status"))),
            ]
        )
    doc.blocks.append(table)

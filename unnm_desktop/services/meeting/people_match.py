"""Is this person already here? Names compared the Turkish way, before a duplicate person is created.

A rapporteur types "Isik Yilmaz" on an English keyboard for "Işık Yılmaz", or a name that is one letter off
("Isik Dogan" for "Işıl Doğan"), or the right name with another organisation. Each of these is offered
before a new person is created; only a name that matches nobody goes straight to the new-person form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from unnm_desktop.domain.text import fold, turkish_sort_key
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory.entries import people_with_organisations, person_view
from unnm_desktop.services.meeting.attendance import list_attendance
from unnm_desktop.services.views import AttendeeView, OrgView, PersonView
from unnm_desktop.store.models import Attendance

_NOT_A_LETTER = re.compile(r"[\W_]+")

SAME_NAME = "same_name"
SIMILAR_NAME = "similar_name"


@dataclass(frozen=True)
class SimilarPerson:
    """A person of the directory whose name is close to the one typed, and how close (SAME_NAME or
    SIMILAR_NAME), and whether they already attend the meeting asked about."""

    person: PersonView
    closeness: str
    attending: bool


def name_key(name: str) -> str:
    """ "Işık  YILMAZ", "isik yilmaz" and "Işık-Yılmaz" give the same key: folded words, one space apart."""
    return " ".join(_NOT_A_LETTER.sub(" ", fold(name)).split())


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _allowed_typos(key: str) -> int:
    # One wrong letter in a short name, two in a long one: "Ali Can" and "Ala Can" are close, but a
    # looser rule would offer half the directory for every short name.
    letters = len(key.replace(" ", ""))
    return 0 if letters < 5 else 1 if letters < 10 else 2


def closeness(typed: str, existing: str) -> str | None:
    """SAME_NAME, SIMILAR_NAME or None for two names, compared the Turkish way (fold), word order ignored."""
    a, b = name_key(typed), name_key(existing)
    if not a or not b:
        return None
    if a == b:
        return SAME_NAME
    if sorted(a.split()) == sorted(b.split()):
        return SIMILAR_NAME
    if _edit_distance(a, b, _allowed_typos(a)) <= _allowed_typos(a):
        return SIMILAR_NAME
    return None


def similar_people(
    ctx: ServiceContext, name: str, *, meeting_id: str | None = None, limit: int = 10
) -> list[SimilarPerson]:
    """People of the directory with the same or a similar name, the same names first, then by name.

    With `meeting_id`, each says whether they already attend that meeting.
    """
    with ctx.session() as session:
        rows = people_with_organisations(session)
        attending: set[str] = set()
        if meeting_id is not None:
            attending = set(
                session.scalars(
                    select(Attendance.person_id).where(
                        Attendance.meeting_id == meeting_id, Attendance.person_id.is_not(None)
                    )
                )
            )
        found = []
        for person, org in rows:
            how = closeness(name, person.full_name)
            if how is None:
                continue
            found.append(SimilarPerson(person_view(person, org), how, person.id in attending))
    found.sort(key=lambda s: (s.closeness != SAME_NAME, turkish_sort_key(s.person.full_name)))
    return found[:limit]


def similar_organizations(ctx: ServiceContext, acronym: str, name_en: str = "", name_tr: str = "") -> list[OrgView]:
    """Organisations an acronym or name being typed for a new one may already be: "ASAM" is inside
    "SGDD-ASAM", or the English or Turkish name is the same (compared the Turkish way)."""
    from unnm_desktop.services.directory.entries import acronym_key, list_organizations

    key = acronym_key(acronym)
    names = {name_key(n) for n in (name_en, name_tr)} - {""}
    found = []
    for org in list_organizations(ctx):
        other = acronym_key(org.acronym)
        same_acronym_part = len(key) >= 3 and len(other) >= 3 and (key in other or other in key)
        if same_acronym_part or names & {name_key(org.name_en), name_key(org.name_tr)}:
            found.append(org)
    return found


def attendee_named(ctx: ServiceContext, meeting_id: str, name: str) -> AttendeeView | None:
    """The attendance entry of the person of that name (compared the Turkish way), if they attend."""
    key = name_key(name)
    if not key:
        return None
    for row in list_attendance(ctx, meeting_id):
        if row.person_id and name_key(row.full_name) == key:
            return row
    return None


__all__ = [
    "SAME_NAME",
    "SIMILAR_NAME",
    "SimilarPerson",
    "attendee_named",
    "closeness",
    "name_key",
    "similar_organizations",
    "similar_people",
]

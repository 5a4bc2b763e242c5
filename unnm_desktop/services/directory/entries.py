"""People and organisations: edits, aliases by date, merges and type-ahead (the starter directory: starter_directory.py)."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from unnm_desktop.domain.enums import OrganizationKind, parse_enum
from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from unnm_desktop.domain.text import fold, turkish_sort_key
from unnm_desktop.services.common import (
    apply_changes,
    get_or_fail,
    optional_date,
    optional_text,
    required_text,
    text_field,
)
from unnm_desktop.services.concurrency import begin_edit, check_version
from unnm_desktop.services.views import OrgView, PersonView
from unnm_desktop.store.models import (
    ActionPoint,
    ActionResponsible,
    AgendaItem,
    Attendance,
    Meeting,
    Organization,
    OrganizationAlias,
    Person,
    Position,
)

if TYPE_CHECKING:
    from unnm_desktop.services.context import ServiceContext

ORG_CLEANERS = {
    "acronym": required_text("acronym", 40),
    "name_en": required_text("English name", 300),
    "name_tr": text_field(300),
    "kind": lambda v: parse_enum(OrganizationKind, v, "organisation kind").value,
}
PERSON_CLEANERS = {
    "full_name": required_text("name", 300),
    "title": text_field(300),
    "organization_id": lambda v: v or None,
    "email": optional_text,
}


def acronym_key(acronym: str) -> str:
    """ "UN Women", "UNWOMEN" and "un-women" name the same organisation."""
    return re.sub(r"[^0-9a-z]", "", fold(acronym))


# --- organisations -----------------------------------------------------------------------------------


def create_organization(
    ctx: ServiceContext, *, acronym: str, name_en: str, name_tr: str = "", kind: str = "other"
) -> str:
    with ctx.session() as session:
        org = Organization(acronym="", name_en="", name_tr="", kind="other")
        _, after = apply_changes(
            org, {"acronym": acronym, "name_en": name_en, "name_tr": name_tr, "kind": kind}, ORG_CLEANERS
        )
        _refuse_duplicate_acronym(session, org.acronym, None)
        session.add(org)
        session.flush()
        ctx.audit(session, "organization", org.id, "create", after=after)
        return org.id


def update_organization(
    ctx: ServiceContext, org_id: str, *, expected_version: int | None = None, **changes: Any
) -> None:
    """Edit an organisation; `expected_version`: the version the form read (OrgView.version)."""
    with ctx.session() as session:
        begin_edit(session)
        org = get_or_fail(session, Organization, org_id, "organisation")
        check_version(session, org, expected_version, entity="organization", attempted=changes)
        before, after = apply_changes(org, changes, ORG_CLEANERS)
        if "acronym" in after:
            _refuse_duplicate_acronym(session, org.acronym, org.id)
        if after:
            ctx.audit(session, "organization", org.id, "update", before, after)


def _refuse_duplicate_acronym(session: Session, acronym: str, own_id: str | None) -> None:
    key = acronym_key(acronym)
    for other in session.scalars(select(Organization).where(Organization.merged_into_id.is_(None))):
        if other.id != own_id and acronym_key(other.acronym) == key:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "An organisation with the acronym {acronym} already exists."),
                acronym=other.acronym,
            )


def add_alias(
    ctx: ServiceContext,
    org_id: str,
    *,
    acronym: str,
    name_en: str,
    name_tr: str = "",
    valid_from: Any = None,
    valid_to: Any = None,
) -> str:
    with ctx.session() as session:
        org = get_or_fail(session, Organization, org_id, "organisation")
        alias = OrganizationAlias(
            acronym=required_text("acronym", 40)(acronym),
            name_en=required_text("English name", 300)(name_en),
            name_tr=text_field(300)(name_tr),
            valid_from=optional_date(valid_from),
            valid_to=optional_date(valid_to),
        )
        if alias.valid_from and alias.valid_to and alias.valid_from > alias.valid_to:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "An alias cannot end before it starts; check the two dates.")
            )
        org.aliases.append(alias)
        session.flush()
        ctx.audit(session, "organization", org.id, "add_alias", after={"alias": alias.acronym, "alias_id": alias.id})
        return alias.id


def remove_alias(ctx: ServiceContext, alias_id: str) -> None:
    with ctx.session() as session:
        alias = get_or_fail(session, OrganizationAlias, alias_id, "alias")
        ctx.audit(session, "organization", alias.organization_id, "remove_alias", before={"alias": alias.acronym})
        session.delete(alias)


def name_at(org: Organization, on: date | None) -> tuple[str, str, str]:
    """(acronym, English name, Turkish name) the organisation had on that date."""
    if on is not None:
        for alias in org.aliases:
            if (alias.valid_from is None or alias.valid_from <= on) and (
                alias.valid_to is None or on <= alias.valid_to
            ):
                return alias.acronym, alias.name_en, alias.name_tr
    return org.acronym, org.name_en, org.name_tr


def list_organizations(ctx: ServiceContext) -> list[OrgView]:
    with ctx.session() as session:
        orgs = session.scalars(select(Organization).where(Organization.merged_into_id.is_(None))).all()
        views = [OrgView(o.id, o.acronym, o.name_en, o.name_tr, o.kind, o.version) for o in orgs]
    return sorted(views, key=lambda v: turkish_sort_key(v.acronym))


def find_organization(ctx: ServiceContext, acronym: str) -> OrgView | None:
    """By current acronym or any alias acronym, ignoring case, spacing and Turkish accents."""
    key = acronym_key(acronym)
    with ctx.session() as session:
        orgs = session.scalars(
            select(Organization)
            .where(Organization.merged_into_id.is_(None))
            .options(selectinload(Organization.aliases))
        ).all()
        for org in orgs:
            if acronym_key(org.acronym) == key or any(acronym_key(a.acronym) == key for a in org.aliases):
                return OrgView(org.id, org.acronym, org.name_en, org.name_tr, org.kind, org.version)
    return None


def merge_organizations(ctx: ServiceContext, keep_id: str, duplicate_id: str) -> None:
    """Point everything at `keep_id`; the duplicate is kept, marked as merged, for the audit trail."""
    if keep_id == duplicate_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An organisation cannot be merged into itself."))
    with ctx.session() as session:
        begin_edit(session)  # bulk updates below: on a server, the writers' turn first
        keep = get_or_fail(session, Organization, keep_id, "organisation")
        duplicate = get_or_fail(session, Organization, duplicate_id, "organisation")
        _refuse_if_touches_signed_off(session, Attendance.organization_id == duplicate_id)
        for model, column in (
            (Person, Person.organization_id),
            (Attendance, Attendance.organization_id),
        ):
            # A change of each row: its version goes up (store/models.py Versioned), as the ORM does on its own updates.
            session.execute(
                update(model).where(column == duplicate_id).values({column.key: keep_id, "version": model.version + 1})
            )
        _move_unique_children(session, Position, Position.organization_id, "decision_id", duplicate_id, keep_id)
        _move_unique_children(
            session, ActionResponsible, ActionResponsible.organization_id, "action_id", duplicate_id, keep_id
        )
        duplicate.merged_into_id = keep.id
        ctx.audit(
            session,
            "organization",
            keep.id,
            "merge",
            before={"merged": duplicate.acronym},
            after={"into": keep.acronym},
        )


def _move_unique_children(session: Session, model: type, column: Any, owner: str, old: str, new: str) -> None:
    for child in session.scalars(select(model).where(column == old)).all():
        clash = session.scalars(
            select(model).where(column == new, getattr(model, owner) == getattr(child, owner))
        ).first()
        if clash is not None:
            session.delete(child)
        else:
            setattr(child, column.key, new)


def _refuse_if_touches_signed_off(session: Session, attendance_filter: Any) -> None:
    signed = session.scalars(
        select(Meeting.title)
        .join(Attendance, Attendance.meeting_id == Meeting.id)
        .where(attendance_filter, Meeting.status == "signed_off")
        .limit(1)
    ).first()
    if signed:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "That would change the signed-off minutes of “{title}”; merge is not possible."
            ),
            title=signed,
        )


# --- people ------------------------------------------------------------------------------------------


def create_person(
    ctx: ServiceContext,
    *,
    full_name: str,
    title: str = "",
    organization_id: str | None = None,
    email: str | None = None,
) -> str:
    with ctx.session() as session:
        person = Person(full_name="", title="")
        _, after = apply_changes(
            person,
            {"full_name": full_name, "title": title, "organization_id": organization_id, "email": email},
            PERSON_CLEANERS,
        )
        if organization_id:
            get_or_fail(session, Organization, organization_id, "organisation")
        session.add(person)
        session.flush()
        ctx.audit(session, "person", person.id, "create", after=after)
        return person.id


def update_person(ctx: ServiceContext, person_id: str, *, expected_version: int | None = None, **changes: Any) -> None:
    """Edit a person's entry; `expected_version`: the version the form read (PersonView.version)."""
    with ctx.session() as session:
        begin_edit(session)
        person = get_or_fail(session, Person, person_id, "person")
        check_version(session, person, expected_version, entity="person", attempted=changes)
        before, after = apply_changes(person, changes, PERSON_CLEANERS)
        if after:
            ctx.audit(session, "person", person.id, "update", before, after)


def merge_people(ctx: ServiceContext, keep_id: str, duplicate_id: str) -> None:
    if keep_id == duplicate_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A person cannot be merged into themselves."))
    with ctx.session() as session:
        begin_edit(session)  # bulk updates below: on a server, the writers' turn first
        keep = get_or_fail(session, Person, keep_id, "person")
        duplicate = get_or_fail(session, Person, duplicate_id, "person")
        _refuse_if_touches_signed_off(session, Attendance.person_id == duplicate_id)
        for attendance in session.scalars(select(Attendance).where(Attendance.person_id == duplicate_id)).all():
            clash = session.scalars(
                select(Attendance).where(
                    Attendance.person_id == keep_id, Attendance.meeting_id == attendance.meeting_id
                )
            ).first()
            if clash is not None:
                session.delete(attendance)
            else:
                attendance.person_id = keep_id
        for model, column in (
            (Meeting, Meeting.chair_id),
            (Meeting, Meeting.rapporteur_id),
            (AgendaItem, AgendaItem.presenter_id),
            (ActionPoint, ActionPoint.responsible_person_id),
        ):
            # A change of each row: its version goes up (store/models.py Versioned), as the ORM does on its own updates.
            session.execute(
                update(model).where(column == duplicate_id).values({column.key: keep_id, "version": model.version + 1})
            )
        duplicate.merged_into_id = keep.id
        ctx.audit(
            session,
            "person",
            keep.id,
            "merge",
            before={"merged": duplicate.full_name},
            after={"into": keep.full_name},
        )


def people_with_organisations(session: Session) -> list[Any]:
    """(person, organisation or None) of every person not merged into another."""
    return list(
        session.execute(
            select(Person, Organization)
            .outerjoin(Organization, Person.organization_id == Organization.id)
            .where(Person.merged_into_id.is_(None))
        ).all()
    )


def list_people(ctx: ServiceContext, query: str = "", limit: int | None = None) -> list[PersonView]:
    """People whose name, organisation acronym or organisation name match `query`, Turkish-aware."""
    needle = fold(query.strip())
    with ctx.session() as session:
        rows = people_with_organisations(session)
        views = []
        for person, org in rows:
            haystack = " ".join(
                [person.full_name, org.acronym, org.name_en, org.name_tr] if org else [person.full_name]
            )
            if needle and needle not in fold(haystack):
                continue
            views.append(person_view(person, org))
    views.sort(key=lambda v: turkish_sort_key(v.full_name))
    return views[:limit] if limit else views


def person_view(person: Person, org: Organization | None) -> PersonView:
    """The view of a person with their organisation (None: none given); the one place the mapping is made."""
    return PersonView(
        person.id,
        person.full_name,
        person.title,
        person.email,
        person.organization_id,
        org.acronym if org else "",
        person.version,
    )

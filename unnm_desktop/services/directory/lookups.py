"""Directory look-ups the People & organisations dialog needs beside `directory`: one record, aliases.

No Qt here; every change is audited (this module only reads, so far).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from unnm_desktop.domain.text import turkish_sort_key
from unnm_desktop.services.common import get_or_fail
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory.entries import OrgView, PersonView, name_at, person_view
from unnm_desktop.store.models import Organization, OrganizationAlias, Person


@dataclass(frozen=True)
class AliasView:
    id: str
    organization_id: str
    acronym: str
    name_en: str
    name_tr: str
    valid_from: date | None
    valid_to: date | None


def _alias_view(alias: OrganizationAlias) -> AliasView:
    return AliasView(
        alias.id,
        alias.organization_id,
        alias.acronym,
        alias.name_en,
        alias.name_tr,
        alias.valid_from,
        alias.valid_to,
    )


def _alias_order(view: AliasView) -> tuple[object, ...]:
    # Undated (open-ended) starts first, then by start date, then by name.
    return (view.valid_from is not None, view.valid_from or date.min, turkish_sort_key(view.acronym))


def get_organization(ctx: ServiceContext, org_id: str) -> OrgView:
    with ctx.session() as session:
        org = get_or_fail(session, Organization, org_id, "organisation")
        return OrgView(org.id, org.acronym, org.name_en, org.name_tr, org.kind, org.version)


def get_person(ctx: ServiceContext, person_id: str) -> PersonView:
    with ctx.session() as session:
        person = get_or_fail(session, Person, person_id, "person")
        return person_view(person, person.organization)


def list_aliases(ctx: ServiceContext, org_id: str) -> list[AliasView]:
    """The earlier (or other) names of one organisation, oldest first."""
    with ctx.session() as session:
        aliases = session.scalars(select(OrganizationAlias).where(OrganizationAlias.organization_id == org_id)).all()
        views = [_alias_view(a) for a in aliases]
    return sorted(views, key=_alias_order)


def aliases_by_organization(ctx: ServiceContext) -> dict[str, list[AliasView]]:
    """Every alias of every current (not merged) organisation, keyed by organisation id; for search."""
    with ctx.session() as session:
        rows = session.scalars(
            select(OrganizationAlias)
            .join(Organization, OrganizationAlias.organization_id == Organization.id)
            .where(Organization.merged_into_id.is_(None))
        ).all()
        result: dict[str, list[AliasView]] = {}
        for alias in rows:
            result.setdefault(alias.organization_id, []).append(_alias_view(alias))
    for views in result.values():
        views.sort(key=_alias_order)
    return result


def organization_name_at(ctx: ServiceContext, org_id: str, on: date | None) -> tuple[str, str, str]:
    """(acronym, English name, Turkish name) the organisation had on that date (see `directory.name_at`)."""
    with ctx.session() as session:
        return name_at(get_or_fail(session, Organization, org_id, "organisation"), on)

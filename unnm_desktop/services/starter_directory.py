"""The starter directory: the Network's organisations (resources/reference/organizations.json), put into every
new database on first open, with the same ids everywhere."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from unnm_desktop.store import tables

if TYPE_CHECKING:
    from unnm_desktop.services.context import ServiceContext

# The starter directory gets the same ids in every database, so that a meeting package from another
# machine refers to "our" IOM rather than bringing in a second one (packages merge by id).
_STARTER_NAMESPACE = uuid.UUID("6f1d3f0e-5b7a-4c59-9a0e-3f4b2d1c8e71")


def starter_id(*parts: str) -> str:
    return str(uuid.uuid5(_STARTER_NAMESPACE, "/".join(parts)))


def seed_starter_directory_if_empty(ctx: ServiceContext) -> bool:
    # A Core read (store/tables.py): every opening asks, and the flag is almost always set; the ORM and the
    # models are loaded only to fill a new database.
    info = tables.app_info.c
    with ctx.reading() as connection:
        if connection.execute(select(info.key).where(info.key == "directory_seeded")).first() is not None:
            return False
    from unnm_desktop.resources import load_json
    from unnm_desktop.services.common import optional_date
    from unnm_desktop.store.models import AppInfo, Organization, OrganizationAlias

    with ctx.session() as session:
        if session.get(AppInfo, "directory_seeded") is not None:  # another desk has just filled it
            return False
        for entry in load_json("reference", "organizations.json")["organizations"]:
            org = Organization(
                id=starter_id("organization", entry["acronym"]),
                acronym=entry["acronym"],
                name_en=entry["name_en"],
                name_tr=entry["name_tr"],
                kind=entry["kind"],
            )
            for alias in entry.get("aliases", []):
                org.aliases.append(
                    OrganizationAlias(
                        id=starter_id("alias", entry["acronym"], alias["acronym"], str(alias.get("valid_from"))),
                        acronym=alias["acronym"],
                        name_en=alias["name_en"],
                        name_tr=alias.get("name_tr", ""),
                        valid_from=optional_date(alias.get("valid_from")),
                        valid_to=optional_date(alias.get("valid_to")),
                    )
                )
            session.add(org)
            session.flush()
            ctx.audit(session, "organization", org.id, "seed", after={"acronym": org.acronym})
        session.add(AppInfo(key="directory_seeded", value=date.today().isoformat()))
    return True

"""The other side of a sync as a person names it (a server, a register file, an exchange folder), opened for a run;
and what the review of conflicts needs without opening it: the registers with questions waiting, and the records
in question as the laptop holds them (to name them in words).

File → Synchronise (gui/sync/) runs `opened_target` and `synchronise` on a thread of its own; a refusal is one
sentence (a UserFacingError), never a traceback.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import select

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP
from unnm_desktop.services.context import ServiceContext, open_context
from unnm_desktop.services.sync.records import MODELS, record_of
from unnm_desktop.services.sync.run import SyncRefused
from unnm_desktop.services.sync.sides import OtherSide
from unnm_desktop.services.sync.views import SyncConflictView
from unnm_desktop.store.address import ServerAddress
from unnm_desktop.store.models import Organization, Person
from unnm_desktop.store.sync_models import SyncConflict

Target = ServiceContext | OtherSide


@contextmanager
def opened_target(
    location: Path | ServerAddress, *, actor: str, laptop: ServiceContext | None = None
) -> Iterator[Target]:
    """The other side, open for one run and closed after it: a server's register, a register file, or an exchange
    folder (seen from `laptop`, whose register id names its change files). A path where there is nothing is
    refused before anything is opened."""
    if isinstance(location, ServerAddress):
        with open_context(location, actor=actor) as server:
            yield server
        return
    if not location.exists():
        raise SyncRefused(
            QT_TRANSLATE_NOOP(
                "Errors", "There is no register file or exchange folder at {path}. Nothing was synchronised."
            ),
            path=str(location),
        )
    if location.is_dir():
        yield _exchange_folder(location, laptop)
        return
    with open_context(location, actor=actor) as register:
        yield register


def _exchange_folder(folder: Path, laptop: ServiceContext | None) -> OtherSide:
    if laptop is None:
        raise SyncRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is a folder: synchronising through an exchange folder is not available in this version yet. "
                "Choose a server or a register file.",
            ),
            path=str(folder),
        )
    from unnm_desktop.services.sync.folder import FolderSide

    side = FolderSide(laptop, folder)
    side.register_id()  # a folder that cannot be used is refused in one sentence before the run
    return side


def target_register_id(target: Target) -> str:
    """The other side's register id, under which the laptop files its base and its conflicts."""
    if isinstance(target, ServiceContext):
        from unnm_desktop.services.sync.conflicts import target_id_of

        return target_id_of(target)
    return target.register_id()


def targets_with_conflicts(ctx: ServiceContext) -> tuple[str, ...]:
    """The register ids of the other sides that conflicts wait about on this register (the laptop)."""
    with ctx.session() as session:
        found = session.scalars(select(SyncConflict.target_id).distinct().order_by(SyncConflict.target_id)).all()
    return tuple(found)


def records_in_question(ctx: ServiceContext, conflicts: Iterable[SyncConflictView]) -> dict[str, dict[str, Any]]:
    """Each conflict's record (``kind/id``) as the laptop holds it, with `_person` and `_organization`: the names of
    the person and organisation it refers to. A record the laptop does not hold is absent."""
    found: dict[str, dict[str, Any]] = {}
    with ctx.session() as session:
        for view in conflicts:
            kind, _, record_id = view.record.partition("/")
            model = MODELS.get(kind)
            obj = session.get(model, record_id) if model is not None else None
            if obj is None or view.record in found:
                continue
            record = record_of(kind, obj)
            person_id = record.get("person_id") or record.get("responsible_person_id")
            person = session.get(Person, person_id) if person_id else None
            organization_id = record.get("organization_id")
            organization = session.get(Organization, organization_id) if organization_id else None
            record["_person"] = person.full_name if person is not None else ""
            record["_organization"] = organization.acronym if organization is not None else ""
            found[view.record] = record
    return found

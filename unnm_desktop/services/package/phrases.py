"""The phrase bank in a package: every package carries the whole bank; an import merges it by id.

A formula the database lacks is added; one it holds takes the package's texts and place only when the package's
copy was changed later (`updated_at`), so that an older package never undoes a newer edit; formulas the package
lacks are kept (a package never deletes from the bank). A package written before the bank existed has no
`phrases` and changes nothing here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from unnm_desktop.domain.text import clean_text
from unnm_desktop.services.package.format import from_json, json_to_columns, row_to_json, sort_key, table
from unnm_desktop.store.models import Phrase

if TYPE_CHECKING:
    from unnm_desktop.services.context import ServiceContext
    from unnm_desktop.services.package.read import Package

TEXTS = ("text_en", "text_tr")


def read_phrases(session: Session) -> list[dict[str, Any]]:
    """The bank as it goes into a package, in its own order."""
    rows = session.execute(select(table("phrase"))).all()
    return sorted((row_to_json("phrase", row) for row in rows), key=sort_key("position", "id"))


def merge_phrases(ctx: ServiceContext, session: Session, package: Package) -> int:
    """Merge the package's bank into the database (see the module docstring); returns how many formulas were
    added or changed. Each is audited as a `package_import` of the phrase."""
    entries = package.data.get("phrases") or []
    if not entries:
        return 0
    local = {p.id: p for p in session.scalars(select(Phrase).where(Phrase.id.in_([e["id"] for e in entries])))}
    stamp = {"package": package.source, "package_sha256": package.file_sha256}
    merged = 0
    for entry in entries:
        values = json_to_columns("phrase", entry)
        texts = {name: clean_text(values[name]).strip() for name in TEXTS}
        if not any(texts.values()):
            continue
        phrase = local.get(entry["id"])
        if phrase is None:
            phrase = Phrase(id=entry["id"], position=values["position"], **texts)
            session.add(phrase)
            session.flush()
            ctx.audit(session, "phrase", phrase.id, "package_import", after={**texts, **stamp})
            merged += 1
            continue
        changed_there = from_json("datetime", entry["updated_at"])
        same = all(getattr(phrase, name) == texts[name] for name in TEXTS) and phrase.position == values["position"]
        if same or changed_there is None or changed_there <= phrase.updated_at:
            continue
        before = {name: getattr(phrase, name) for name in TEXTS}
        for name, text in texts.items():
            setattr(phrase, name, text)
        phrase.position = values["position"]
        session.flush()
        ctx.audit(session, "phrase", phrase.id, "package_import", before, {**texts, **stamp})
        merged += 1
    return merged

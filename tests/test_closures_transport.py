"""Addenda travel (issue 14): in a meeting package and through a sync, and stay signed and verifiable there."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from builders import SmallMeeting
from closure_support import signed_with_open_closures
from engine_fixtures import NewDatabase, Templates
from package_support import load, save

from unnm_desktop.domain.clock import use_clock
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.minutes.addenda import addenda, confirm, end_silence, find_addendum
from unnm_desktop.services.minutes.addendum_check import addendum_problems
from unnm_desktop.services.minutes.pending import pending_confirmations
from unnm_desktop.services.package.importer import export_package, import_package, read_package

DEC_20 = datetime(2023, 12, 20, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def target(new_db: NewDatabase, templates: Templates) -> Iterator[ServiceContext]:
    context = templates.open_new(new_db("secretariat", empty=False), actor="Secretariat")
    yield context
    context.close()


def test_a_package_carries_the_addenda_and_they_verify_on_the_other_side(
    ctx: ServiceContext, small: SmallMeeting, target: ServiceContext, tmp_path: Path
) -> None:
    built = signed_with_open_closures(ctx, small)
    first = export_package(ctx, built.meeting_id, tmp_path / "before.unnm.json")
    assert "addenda" not in read_package(first).meetings[0]  # none yet: the format as it was
    with use_clock(DEC_20):
        confirm(ctx, built.ad_referendum, "UNHCR", on="2023-11-18", note="E-mail ref. 2023/77")
        broken = end_silence(ctx, built.silence, broken_by="MFA", on="2023-11-09 16:30", on_what="paragraph 2")
    path = export_package(ctx, built.meeting_id, tmp_path / "after.unnm.json")
    assert [a["number"] for a in read_package(path).meetings[0]["addenda"]] == [1, 2]
    import_package(target, path)
    copied = addenda(target, built.meeting_id)
    assert [(a.number, a.kind, a.organization_acronym, a.sha256) for a in copied] == [
        (a.number, a.kind, a.organization_acronym, a.sha256) for a in addenda(ctx, built.meeting_id)
    ]
    found = find_addendum(target, broken.sha256)
    assert found is not None and addendum_problems(target, found).ok
    with use_clock(DEC_20):
        assert [(p.kind, p.organization_acronym) for p in pending_confirmations(target)] == [("confirmation", "UNICEF")]
    # Imported again: nothing is added twice.
    import_package(target, path)
    assert len(addenda(target, built.meeting_id)) == 2


def test_a_tampered_addendum_in_a_package_is_refused(
    ctx: ServiceContext, small: SmallMeeting, target: ServiceContext, tmp_path: Path
) -> None:
    from unnm_desktop.services.package.importer import PackageError

    built = signed_with_open_closures(ctx, small)
    with use_clock(DEC_20):
        confirm(ctx, built.ad_referendum, "UNHCR", on="2023-11-18", note="E-mail ref. 2023/77")
    path = export_package(ctx, built.meeting_id, tmp_path / "p.unnm.json")
    document = load(path)
    addendum = document["meetings"][0]["addenda"][0]
    addendum["content_json"] = addendum["content_json"].replace("2023/77", "2023/78")
    tampered = save(document, tmp_path / "tampered.unnm.json")  # resealed: only the addendum's own check catches it
    with pytest.raises(PackageError, match="does not match its fingerprint"):
        import_package(target, tampered)
    assert addenda(target, built.meeting_id) == []


def test_a_sync_carries_an_addendum_recorded_on_the_laptop(
    ctx: ServiceContext, small: SmallMeeting, laptop: ServiceContext
) -> None:
    from sync_support import assert_checked, assert_converged

    from unnm_desktop.services.sync.run import synchronise

    built = signed_with_open_closures(ctx, small)
    synchronise(laptop, ctx)
    with use_clock(DEC_20):
        recorded = confirm(laptop, built.ad_referendum, "UNHCR", on="2023-11-18", note="E-mail ref. 2023/77")
    report = synchronise(laptop, ctx)
    assert report.pushed > 0 and report.conflicts == ()
    found = find_addendum(ctx, recorded.sha256)
    assert found is not None and found.number == 1 and addendum_problems(ctx, found).ok
    with use_clock(DEC_20):
        assert [p.organization_acronym for p in pending_confirmations(ctx) if p.kind == "confirmation"] == ["UNICEF"]
    again = synchronise(laptop, ctx)
    assert (again.pulled, again.pushed, again.conflicts) == (0, 0, ())
    assert_converged(laptop, ctx)
    assert_checked(laptop, ctx)

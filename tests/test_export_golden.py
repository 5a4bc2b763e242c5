"""Golden files of the Word export: any change to the printed minutes shows as a reviewed diff.

Each demo meeting (one draft, two signed off) is exported in English and Turkish, and its `word/document.xml`
compared with tests/golden/minutes/<reference>.<lang>.xml; the signed-off UNNM-TR/2021/1 is also exported
with label version 1 (`…labels-v1…`: the words of every sign-off made before label versions, which must
never change). The approach is novelWriter's DOCX tests.

Normalised so that the files are readable and the same on every run: the XML pretty-printed, the SHA-256
fingerprints (they hash content that holds the demo's random ids) replaced by `[SHA-256]`, ids in text by
`[id]`, and Word's revision-session ids (`w:rsid…`) left out.

After an intended change to the minutes, regenerate and review the diff before committing:

    UNNM_UPDATE_GOLDEN=1 python -m pytest tests/test_export_golden.py -p no:cacheprovider
    git diff tests/golden/minutes/

A label-version-1 file that changes means old minutes would no longer verify: fix the code, not the file.
"""

from __future__ import annotations

import difflib
import os
import re
import zipfile
from pathlib import Path

import pytest
from engine_fixtures import outside_edit
from lxml import etree

from unnm_desktop.export import export_meeting
from unnm_desktop.export.docx_text import SAFE_PARSER
from unnm_desktop.services.context import open_context
from unnm_desktop.services.meeting.meetings import resolve_meeting
from unnm_desktop.store.address import Location

pytest_plugins = ("export_fixtures",)

GOLDEN = Path(__file__).resolve().parent / "golden" / "minutes"
UPDATE = os.environ.get("UNNM_UPDATE_GOLDEN") == "1"
MEETINGS = ("UNNM-TR/2023/1", "UNNM-TR/2021/1", "UNNM-TR/2019/1")  # draft, signed off, signed off
OLD_LABELS = "UNNM-TR/2021/1"
CASES = [(reference, lang, None) for reference in MEETINGS for lang in ("en", "tr")] + [
    (OLD_LABELS, lang, 1) for lang in ("en", "tr")
]

_SHA256 = re.compile(r"\b[0-9a-f]{64}\b")
_UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
_RSID = re.compile(r"^\{http://schemas\.openxmlformats\.org/wordprocessingml/2006/main\}rsid")


def normalise(document_xml: bytes) -> str:
    """The document part as stable, readable text: pretty-printed, without what changes from run to run."""
    root = etree.fromstring(document_xml, SAFE_PARSER)
    for element in root.iter():
        for name in [n for n in element.attrib if _RSID.match(n)]:
            del element.attrib[name]
        if element.text:
            element.text = _UUID.sub("[id]", _SHA256.sub("[SHA-256]", element.text))
    return etree.tostring(root, pretty_print=True, encoding="unicode")


def _golden_name(reference: str, lang: str, label_version: int | None) -> str:
    stem = reference.replace("/", "-")
    return f"{stem}.labels-v{label_version}.{lang}.xml" if label_version else f"{stem}.{lang}.xml"


@pytest.fixture(scope="module")
def exported(module_demo_db: Location, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Every case's normalised document.xml, exported once from one copy of the session's demo database."""
    folder = tmp_path_factory.mktemp("golden")
    database = module_demo_db
    found: dict[str, str] = {}
    with pytest.MonkeyPatch.context() as patch:
        for name in ("DATA", "BACKUP", "LOG"):
            patch.setenv(f"UNNM_DESKTOP_{name}_DIR", str(folder / name.lower()))
        for label_version in (None, 1):
            if label_version:  # as migration 0004 leaves a sign-off made before label versions
                outside_edit(database, "UPDATE sign_off SET label_version = :version", version=label_version)
            with open_context(database, actor="Golden files") as ctx:
                for reference, lang, version in CASES:
                    if version != label_version:
                        continue
                    name = _golden_name(reference, lang, version)
                    path = export_meeting(ctx, resolve_meeting(ctx, reference), folder / f"{name}.docx", lang)
                    with zipfile.ZipFile(path) as archive:
                        found[name] = normalise(archive.read("word/document.xml"))
    return found


@pytest.mark.parametrize(("reference", "lang", "label_version"), CASES)
def test_the_word_export_matches_its_golden_file(
    exported: dict[str, str], reference: str, lang: str, label_version: int | None
) -> None:
    name = _golden_name(reference, lang, label_version)
    golden = GOLDEN / name
    actual = exported[name]
    if UPDATE:
        if label_version is not None and golden.exists() and golden.read_text(encoding="utf-8") != actual:
            pytest.fail(f"{name}: label version {label_version} is frozen; old minutes would no longer verify")
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
        return
    assert golden.exists(), f"{golden} is missing: run with UNNM_UPDATE_GOLDEN=1 and review it"
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), actual.splitlines(), f"golden/{name}", "export", lineterm="", n=2
        )
        shown = "\n".join(list(diff)[:80])
        pytest.fail(
            f"The Word export of {reference} ({lang}) changed; if intended, regenerate with UNNM_UPDATE_GOLDEN=1 "
            f"and review the diff:\n{shown}"
        )


def test_the_normalisation_hides_only_what_changes_between_runs() -> None:
    sha, uid = "ab" * 32, "0f1e2d3c-4b5a-4697-8877-665544332211"
    xml = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        f'<w:p w:rsidR="00FC693F"><w:r><w:t>Parmak izi: {sha}; {uid}; 2021 Ağustos</w:t></w:r></w:p>'
        "</w:body></w:document>"
    ).encode()
    text = normalise(xml)
    assert "Parmak izi: [SHA-256]; [id]; 2021 Ağustos" in text
    assert sha not in text and uid not in text and "rsid" not in text
    lines = text.splitlines()
    assert len(lines) == 9 and lines[4].strip().startswith("<w:t>")  # one element per line

"""`unnm-desktop verify FILE.docx`: is this document an unaltered export of signed-off minutes?

The document carries the fingerprint (full SHA-256), meeting id, revision, language, content format and
the wording of its intervention stamps (when written as prose, export/stamps.py) in its custom properties. Verification finds that signed-off version in the database, renders its stored
content again through the same code path as the export, with the labels it was signed off with (its label
version, so that corrected labels never fail older minutes), and compares the text of every paragraph and
table cell with the document's. The database side (stored content still hashing to its fingerprint, live
rows unchanged, audit chain intact) is `services.verification.database_problems`. Content is hashed,
never the .docx bytes: Word may re-save a file without changing a word of it.
"""

from __future__ import annotations

import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, JoinedMessage, Message
from unnm_desktop.export import docx_text
from unnm_desktop.services.context import ServiceContext


@dataclass
class VerificationResult:
    path: Path
    ok: bool = False
    fingerprint: str | None = None
    reference: str | None = None
    revision: int | None = None
    problems: list[Message] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)
    addendum_number: int | None = None  # an addendum's Word file (export/addendum_verify.py)

    def summary(self) -> Message:
        """One paragraph for people: English as a str, translated in the GUI (domain.errors.Message)."""
        if self.ok and self.addendum_number is not None:
            return Message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} is an unaltered export of addendum {number} to the signed-off minutes {reference} "
                    "(fingerprint {fingerprint}); the minutes it belongs to verify too.",
                ),
                file=self.path.name, number=self.addendum_number, reference=self.reference,
                fingerprint=self.fingerprint,
            )  # fmt: skip
        if self.ok:
            return Message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} is an unaltered export of the signed-off minutes {reference} "
                    "(revision {revision}, fingerprint {fingerprint}).",
                ),
                file=self.path.name, reference=self.reference, revision=self.revision, fingerprint=self.fingerprint,
            )  # fmt: skip
        return Message(
            QT_TRANSLATE_NOOP("Errors", "{file} could not be verified: {problems}"),
            file=self.path.name,
            problems=JoinedMessage(self.problems),
        )


_W_BODY = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}body"


def _read(path: Path) -> tuple[dict[str, str], etree._Element]:
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        properties = (
            docx_text.read_custom_properties(archive.read("docProps/custom.xml"))
            if "docProps/custom.xml" in names
            else {}
        )
        document = etree.fromstring(archive.read("word/document.xml"), docx_text.SAFE_PARSER)
    body = document.find(_W_BODY)
    return properties, body if body is not None else document


def _first_difference(expected: list[str], found: list[str]) -> Message | None:
    for index, (want, have) in enumerate(zip(expected, found, strict=False), start=1):
        if unicodedata.normalize("NFC", want) != unicodedata.normalize("NFC", have):
            return Message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The text was changed after export: paragraph {number} reads “{found}” "
                    "where the signed-off minutes say “{expected}”.",
                ),
                number=index, found=_short(have), expected=_short(want),
            )  # fmt: skip
    if len(found) > len(expected):
        return Message(
            QT_TRANSLATE_NOOP("Errors", "The text was changed after export: paragraph {number} (“{text}”) was added."),
            number=len(expected) + 1, text=_short(found[len(expected)]),
        )  # fmt: skip
    if len(expected) > len(found):
        return Message(
            QT_TRANSLATE_NOOP("Errors", "The text was changed after export: paragraph {number} (“{text}”) is missing."),
            number=len(found) + 1, text=_short(expected[len(found)]),
        )  # fmt: skip
    return None


def _short(text: str, limit: int = 90) -> str:
    text = text.replace("\n", " ").replace("\t", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def verify_docx(ctx: ServiceContext | None, path: Path | str) -> VerificationResult:
    from unnm_desktop.export.builder import build_document
    from unnm_desktop.export.docx_render import render
    from unnm_desktop.export.stamps import is_known_wording
    from unnm_desktop.services.minutes.verification import database_problems, find_signed_version

    path = Path(path)
    result = VerificationResult(path)
    try:
        properties, body = _read(path)
    except FileNotFoundError:
        result.problems.append(Message(QT_TRANSLATE_NOOP("Errors", "There is no file {path}."), path=path))
        return result
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, OSError) as error:
        result.problems.append(
            Message(QT_TRANSLATE_NOOP("Errors", "The file is damaged or not a Word document ({error})."), error=error)
        )
        return result
    result.fingerprint = properties.get("fingerprint") or None
    result.reference = properties.get("reference") or None
    revision = properties.get("revision", "")
    result.revision = int(revision) if revision.isdigit() else None
    if not properties:
        result.problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Errors", "It is not an UNNM Desktop export of minutes (it carries no UNNM properties)."
                )
            )
        )
        return result
    if properties.get("status") != "signed_off" or not result.fingerprint:
        result.problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "It is a draft export (revision {revision}), not signed-off minutes; drafts carry no fingerprint.",
                ),
                revision=revision or "?",
            )
        )
        return result
    if ctx is None:
        result.problems.append(
            Message(QT_TRANSLATE_NOOP("Errors", "No database was given to check the fingerprint against."))
        )
        return result
    version = find_signed_version(ctx, result.fingerprint, properties.get("meeting id") or None)
    if version is None:
        version = find_signed_version(ctx, result.fingerprint)
    if version is None:
        result.problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Its fingerprint {fingerprint} is unknown to this database: no signed-off minutes have it.",
                ),
                fingerprint=result.fingerprint,
            )
        )
        return result
    result.reference, result.revision = version.reference, version.revision
    verdict = database_problems(ctx, version)
    result.problems.extend(verdict.problems)
    result.notes.extend(verdict.notes)
    lang = properties.get("language") or version.content["meeting"].get("language") or "en"
    # The stamps are written as the document says it wrote them: a presentation of the same content, which
    # the fingerprint covers either way (export/stamps.py).
    wording = properties.get("stamps as prose", "0").strip()
    stamps_as_prose = int(wording) if wording.isdigit() else -1
    if stamps_as_prose and not is_known_wording(stamps_as_prose):
        result.problems.insert(
            0,
            Message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "It writes the intervention stamps with wording {wording}, which this version of UNNM Desktop "
                    "does not know; verify it with the version that exported it, or a newer one.",
                ),
                wording=wording,
            ),
        )
        return result
    model = build_document(
        version.content, lang=lang if lang in ("en", "tr") else "en", signed=version, stamps_as_prose=stamps_as_prose
    )
    expected = docx_text.body_texts(render(model).element.body)
    difference = _first_difference(expected, docx_text.body_texts(body))
    if difference:
        result.problems.insert(0, difference)
    result.ok = not result.problems
    return result
